/**
 * Resolves each stage's FROM: expansion with the global scope, then the
 * base lookup BuildKit does in `dispatchStates.addState` (convert.go):
 * the expanded text, verbatim, among the names registered *so far*.
 * The FROM-related build checks (UndefinedArgInFrom, InvalidDefaultArgInFrom,
 * DuplicateStageName, ReservedStageName) are reported by src/core/checks.
 */
import { diagnostic } from '../diagnostics.ts';
import type { BaseRef, Diagnostic } from '../model.ts';
import { processWordWithMatches, type ShellOptions } from '../shell/index.ts';
import { parsePlatform } from './platform.ts';
import { checkImageReference } from './reference.ts';
import type { StageDraft } from './stages.ts';
import { didYouMean, NearIndex } from './suggest.ts';

export interface ResolvedFrom {
  readonly image: string;
  readonly base: BaseRef;
  readonly platform: string | null;
}

export function resolveFroms(
  stages: readonly StageDraft[],
  env: ReadonlyMap<string, string>,
  defaultsEnv: ReadonlyMap<string, string>,
  declared: ReadonlySet<string>,
  shell: ShellOptions,
  out: Diagnostic[],
): ResolvedFrom[] {
  const byName = new Map<string, number>();
  const near = new NearIndex(); // byName's names, for "did you mean" in linear time
  return stages.map((st) => {
    const at = st.from.range;
    const expanded = processWordWithMatches(st.fromText, env, shell);
    let image = st.fromText;
    if (!expanded.ok) {
      out.push(diagnostic('error', 'ShellExpansionError', at, { text: st.fromText, reason: expanded.error }, st.index));
    } else {
      image = expanded.result;
    }
    const base = resolveBase(st, image, byName, near, out);
    if (st.name !== null) {
      if (byName.has(st.name)) {
        out.push(diagnostic('info', 'ClassicBuilderDiffers', at, { detail: `The classic builder stops here: "${st.name} stage name already used". BuildKit only warns.` }, st.index));
      }
      byName.set(st.name, st.index);
      near.add(st.name);
    }
    return { image, base, platform: resolvePlatform(st, env, declared, shell, out) };
  });
}

function resolveBase(st: StageDraft, image: string, byName: ReadonlyMap<string, number>, names: NearIndex, out: Diagnostic[]): BaseRef {
  const at = st.from.range;
  const stage = byName.get(image);
  if (stage !== undefined) return { kind: 'stage', stage };
  if (image === '') {
    out.push(diagnostic('error', 'BlankBaseName', at, { text: st.fromText }, st.index));
    return { kind: 'image', ref: '' };
  }
  if (image === 'scratch') return { kind: 'scratch' };
  const ref = checkImageReference(image);
  if (!ref.ok) out.push(diagnostic('error', 'InvalidImageReference', at, { ref: image, reason: ref.reason }, st.index));
  const lower = image.toLowerCase();
  const caseTwin = byName.get(lower);
  if (caseTwin !== undefined) {
    out.push(diagnostic('warning', 'FromStageCaseMismatch', at, { ref: image, stage: lower }, st.index));
  } else if (ref.ok && !/[:/@.]/.test(image)) {
    const near = names.closest(image);
    if (near !== null) out.push(diagnostic('warning', 'FromLikelyStageTypo', at, { ref: image, stage: near }, st.index));
  }
  return { kind: 'image', ref: image };
}

function resolvePlatform(
  st: StageDraft,
  env: ReadonlyMap<string, string>,
  declared: ReadonlySet<string>,
  shell: ShellOptions,
  out: Diagnostic[],
): string | null {
  const flag = st.platformFlag;
  if (flag === null || flag.value === null) return null;
  const r = processWordWithMatches(flag.value, env, shell);
  if (!r.ok) {
    out.push(diagnostic('error', 'InvalidPlatform', flag.range, { reason: `failed to process arguments for platform ${flag.value}: ${r.error}` }, st.index));
    return null;
  }
  // BuildKit (buildDispatchStates) adds " (did you mean X?)" for an unmatched variable close to a global arg.
  // (UndefinedArgInFrom itself is a build check: src/core/checks owns it.)
  const hint = suggestAny(r.unmatched, env.keys());
  if (r.result === '') {
    out.push(diagnostic('error', 'InvalidPlatform', flag.range, { reason: `empty platform value from expression ${flag.value}${hint}` }, st.index));
    return null;
  }
  const parsed = parsePlatform(r.result);
  if (!parsed.ok) {
    out.push(diagnostic('error', 'InvalidPlatform', flag.range, { reason: `failed to parse platform ${flag.value}: ${parsed.reason}${hint}` }, st.index));
  }
  return r.result;
}

/** wrapSuggestAny: the first unmatched variable with a close global arg gives the suffix. */
function suggestAny(unmatched: Iterable<string>, keys: Iterable<string>): string {
  const options = [...keys];
  for (const v of unmatched) {
    if (options.includes(v)) continue;
    const s = didYouMean(v, options);
    if (s !== '') return s;
  }
  return '';
}
