/**
 * The engine's entry point: Dockerfile text → the stage graph BuildKit would build.
 *
 * Pipeline (mirrors BuildKit's toDispatchState, see docs/ARCHITECTURE.md):
 * parse → split stages → global ARGs → FROM bases (in file order) →
 * copy/mount/onbuild edges (final name map) → cycles → target → reachable →
 * dispatch-order check → layers. Never throws: every problem is a diagnostic.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Analysis, AnalyzeOptions, Diagnostic, Edge, LayerInfo, Stage } from '../model.ts';
import { parseDockerfile } from '../parse/parse.ts';
import { wholeLine } from '../position.ts';
import type { ShellOptions } from '../shell/index.ts';
import { builtinArgs, evaluateMetaArgs } from './args.ts';
import { resolveFroms, type ResolvedFrom } from './bases.ts';
import { planStageContexts, unusedContexts, withSourceContexts, type ContextPlan } from './applyContexts.ts';
import { classicBlockers } from './classic.ts';
import { collectDeps, triggerDeps, type DepContext } from './deps.ts';
import { docComment } from './docComment.ts';
import { markFirstError } from './firstError.ts';
import { checkCycles, checkOrder, reachableFrom, resolveTarget } from './graph.ts';
import { checkInstruction, checkTrigger } from './instructions.ts';
import { countOwn, layerInfo, type EnvScope } from './layers.ts';
import { splitStages, type StageDraft } from './stages.ts';

/** Analyzes a Dockerfile for a target and build args. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const parse = parseDockerfile(text);
  const out: Diagnostic[] = [...parse.diagnostics];
  const shell: ShellOptions = { escapeToken: parse.escapeToken };
  const buildArgs = options.buildArgs ?? {};

  const split = splitStages(parse.instructions);
  out.push(...split.diagnostics);
  const drafts = split.stages;
  let stageOf = -1;
  for (const ins of parse.instructions) {
    if (ins.keyword === 'from') stageOf++;
    checkInstruction(ins, stageOf < 0 ? null : stageOf, out);
  }
  // With no instructions at all the parser has already said EmptyDockerfile.
  if (drafts.length === 0 && parse.instructions.length > 0) out.push(diagnostic('error', 'NoStages', wholeLine(1)));

  const target = resolveTarget(drafts, options.target, out);
  const targetStage = targetStageArg(drafts, options.target);
  const builtins = builtinArgs(targetStage, buildArgs);
  const scope = evaluateMetaArgs(split.metaArgs, builtins, buildArgs, shell);
  out.push(...scope.diagnostics);
  const defaults = evaluateMetaArgs(split.metaArgs, builtinArgs(targetStage, {}), {}, shell, false);
  const froms = resolveFroms(drafts, scope.env, defaults.env, scope.declared, shell, out);
  const contexts = options.buildContexts ?? {};
  const plan = planStageContexts(drafts, froms, contexts, out);

  const finalByName = new Map<string, number>();
  for (const d of drafts) if (d.name !== null) finalByName.set(d.name, d.index);
  // A stage a named context replaces has no base (addState's base is reset).
  const baseEdges: Edge[] = drafts.flatMap((d) => {
    const b = plan.replaced[d.index] ? undefined : froms[d.index]?.base;
    return b?.kind === 'stage' ? [{ kind: 'base', stage: d.index, source: { kind: 'stage', stage: b.stage }, line: d.from.range.start.line, via: d.fromText } satisfies Edge] : [];
  });
  const baseStageOf = (i: number): number | null => {
    const b = plan.replaced[i] ? undefined : froms[i]?.base;
    return b?.kind === 'stage' ? b.stage : null;
  };
  const ctx: DepContext = { stages: drafts, finalByName, shell, out, implicit: [] };
  const edges = [...baseEdges, ...withSourceContexts(collectDeps(ctx), contexts)];

  checkCycles(drafts, edges, out);
  const reach = resolveTriggers(ctx, edges, target, baseStageOf);
  edges.sort((a, b) => a.stage - b.stage || a.line - b.line);
  checkOrder(drafts, edges, reach, out);
  checkSecretMounts(drafts, reach, out);
  unusedContexts(contexts, plan, edges, out);
  out.push(...classicBlockers(parse.instructions));

  const stages = buildStages(drafts, froms, reach, target, { buildArgs, globals: scope.env, shell }, plan);
  const diagnostics = markFirstError(sortDiagnostics(out));
  const firstError = diagnostics.find((d) => d.severity === 'error' && !d.afterFirstError);
  return { parse, metaArgs: scope.metaArgs, stages, edges, target, diagnostics, ...(firstError ? { firstError } : {}) };
}

/**
 * resolveStages: the stages BuildKit builds, then the ONBUILD triggers of each
 * built stage whose base is a stage (parsed now, after the cycle check), until
 * no trigger adds a dependency. Appends the trigger edges to `edges`.
 */
function resolveTriggers(ctx: DepContext, edges: Edge[], target: number | null, baseStageOf: (i: number) => number | null): boolean[] {
  const done = new Set<number>();
  for (;;) {
    const reach = reachableFrom(ctx.stages.length, edges, target);
    let added = false;
    for (const st of ctx.stages) {
      const base = baseStageOf(st.index);
      if (!reach[st.index] || base === null || done.has(st.index)) continue;
      done.add(st.index);
      const parent = ctx.stages[base];
      if (parent === undefined) continue;
      const more = triggerDeps(ctx, st, parent, (t) => checkTrigger(t, st.index, ctx.out));
      if (more.length > 0) added = true;
      edges.push(...more);
    }
    if (!added) return reach;
  }
}

/** TARGETSTAGE: the --target value, else the last stage's name, else "default". */
function targetStageArg(drafts: readonly StageDraft[], target: string | null | undefined): string {
  if (target) return target;
  return drafts[drafts.length - 1]?.name ?? 'default';
}

function checkSecretMounts(drafts: readonly StageDraft[], reach: readonly boolean[], out: Diagnostic[]): void {
  for (const d of drafts) {
    for (const ins of d.instructions) {
      if (ins.keyword !== 'run') continue;
      for (const f of ins.flags) {
        if (f.name !== 'mount' || f.value === null) continue;
        if (/(^|,)\s*type=secret(,|$)/i.test(f.value) && /(^|,)\s*from=/i.test(f.value)) {
          out.push(diagnostic(reach[d.index] ? 'error' : 'warning', 'SecretMountFrom', f.range, {}, d.index));
        }
      }
    }
  }
}

function buildStages(
  drafts: readonly StageDraft[], froms: readonly ResolvedFrom[], reach: readonly boolean[], target: number | null,
  envScope: Omit<EnvScope, 'env'>, plan: ContextPlan,
): Stage[] {
  const infos: LayerInfo[] = [];
  const workdirs: string[] = [];
  const envs: ReadonlyMap<string, string>[] = [];
  const platforms: (string | null)[] = [];
  return drafts.map((d) => {
    const from = froms[d.index]!;
    const replacedBy = plan.replaced[d.index] ?? null;
    const baseContext = plan.baseContexts[d.index] ?? null;
    const base = from.base;
    // A replaced stage has no base stage (no triggers, no inherited workdir, env or platform);
    // it and a FROM image a context replaces start from the context, whose layers are unknown.
    const own0 = replacedBy ? ({ kind: 'image', ref: '' } as const) : base;
    const layerBase = replacedBy || baseContext ? ({ kind: 'image', ref: '' } as const) : base;
    const parent = own0.kind === 'stage' ? drafts[own0.stage] : undefined;
    const triggers = (parent?.instructions ?? []).flatMap((i) => (i.keyword === 'onbuild' && i.trigger ? [i.trigger] : []));
    const startWorkdir = own0.kind === 'stage' ? (workdirs[own0.stage] ?? '/') : '/';
    const startEnv = own0.kind === 'stage' ? (envs[own0.stage] ?? new Map<string, string>()) : new Map<string, string>();
    const own = countOwn([...triggers, ...d.instructions.slice(1)], startWorkdir, { ...envScope, env: startEnv });
    const info = layerInfo(layerBase, own, infos);
    infos.push(info);
    workdirs.push(own.workdir);
    envs.push(own.env);
    // BuildKit ignores --platform on a stage-based FROM: the platform comes from the base stage.
    const platform = own0.kind === 'stage' ? (platforms[own0.stage] ?? null) : from.platform;
    platforms.push(platform);
    const last = d.instructions[d.instructions.length - 1] ?? d.from;
    const description = docComment(d.from.comments, d.name);
    return {
      index: d.index, name: d.name, originalName: d.originalName, displayName: d.name ?? `stage-${d.index}`,
      fromText: d.fromText, image: from.image, base,
      platform,
      startLine: d.from.range.start.line, endLine: last.range.end.line, fromRange: d.from.range,
      instructions: d.instructions, layerInfo: info,
      reachable: reach[d.index] ?? false,
      classicBuilt: target !== null && d.index <= target,
      ...(replacedBy ? { replacedBy } : {}), ...(baseContext ? { baseContext } : {}),
      ...(description ? { description } : {}),
    };
  });
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Diagnostics in line order, errors first on the same line; exact duplicates dropped. */
function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = list.filter((d) => {
    const key = `${d.code}|${d.range.start.line}|${d.range.start.column}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.range.start.line - b.range.start.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
