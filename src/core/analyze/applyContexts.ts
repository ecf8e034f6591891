/**
 * Where named build contexts act (convert.go buildDispatchStates / resolveBaseImage):
 * a context named like a stage replaces the whole stage (its base is dropped, its
 * instructions are not dispatched, though their COPY --from / mounts still count as
 * dependencies, as in BuildKit); a context named like an image replaces that image
 * wherever a FROM, COPY --from or mount names it. Every named stage's name goes through
 * NamedContext in a real build, so a name that is no valid image name fails there.
 */
import { diagnostic } from '../diagnostics.ts';
import type { BuildContext, Diagnostic, Edge } from '../model.ts';
import { wholeLine } from '../position.ts';
import type { ResolvedFrom } from './bases.ts';
import { contextName, findContext, replaceableStageName } from './contexts.ts';
import { parsePlatform } from './platform.ts';
import type { StageDraft } from './stages.ts';

export interface ContextPlan {
  /** Per stage: the context that replaces it, or null. */
  readonly replaced: readonly (BuildContext | null)[];
  /** Per stage: the context that replaces its FROM image, or null. */
  readonly baseContexts: readonly (BuildContext | null)[];
}

/** platforms.FormatAll(platforms.Normalize(p)) of a stage's --platform, or null. */
function normalPlatform(p: string | null): string | null {
  if (p === null) return null;
  const r = parsePlatform(p);
  return r.ok ? `${r.os}/${r.architecture}${r.variant ? `/${r.variant}` : ''}` : null;
}

export function planStageContexts(
  drafts: readonly StageDraft[], froms: readonly ResolvedFrom[], contexts: Readonly<Record<string, string>>, out: Diagnostic[],
): ContextPlan {
  const replaced: (BuildContext | null)[] = [];
  const baseContexts: (BuildContext | null)[] = [];
  for (const d of drafts) {
    const from = froms[d.index];
    const platform = normalPlatform(from?.platform ?? null);
    let nc: BuildContext | null = null;
    if (d.name !== null && replaceableStageName(d.name)) {
      const n = contextName(d.name);
      if (!n.ok) out.push(diagnostic('error', 'InvalidContextName', d.from.range, { name: d.name, reason: n.reason }, d.index));
      else nc = findContext(contexts, d.name, platform);
    }
    if (nc !== null) {
      out.push(diagnostic('info', 'BuildContextReplacesStage', d.from.range, { name: nc.name, value: nc.value, stage: d.name ?? '' }, d.index));
    }
    replaced.push(nc);
    const base = from?.base;
    baseContexts.push(nc === null && base?.kind === 'image' ? findContext(contexts, base.ref, platform) : null);
  }
  return { replaced, baseContexts };
}

/** Image sources of COPY --from / mounts that a context replaces (resolved for the target platform). */
export function withSourceContexts(edges: readonly Edge[], contexts: Readonly<Record<string, string>>): Edge[] {
  return edges.map((e) => {
    if (e.source.kind !== 'image' || e.implicitFrom) return e;
    const c = findContext(contexts, e.source.ref, null);
    return c === null ? e : { ...e, sourceContext: c };
  });
}

/** One note per context that replaces nothing (BuildKit ignores it silently). */
export function unusedContexts(contexts: Readonly<Record<string, string>>, plan: ContextPlan, edges: readonly Edge[], out: Diagnostic[]): void {
  const used = new Set<string>();
  for (const c of [...plan.replaced, ...plan.baseContexts]) if (c) used.add(c.name);
  for (const e of edges) if (e.sourceContext) used.add(e.sourceContext.name);
  for (const name of Object.keys(contexts)) if (!used.has(name)) out.push(diagnostic('info', 'BuildContextUnused', wholeLine(1), { name }));
}
