/**
 * Every place a Dockerfile names a stage, each resolved exactly as BuildKit resolves it
 * (frontend/dockerfile/dockerfile2llb/convert.go):
 * - `FROM <word>`: the expanded word, verbatim (case-sensitive), among the stages defined
 *   *before* it; taken from the analysis (core/analyze/bases.ts), never re-derived.
 * - `COPY --from=<word>`: a number is a stage index; otherwise the word, lower-cased, in the
 *   *final* name map (the last stage with that name, even a later one); else an image.
 *   A variable in it is an error (no stage).
 * - `RUN --mount=…,from=<word>`: the lower-cased name in the final map, else an image
 *   (numbers are not indexes there).
 * - ONBUILD triggers: the same rules; the name map is global, so a trigger resolves the same
 *   in every child.
 * The `AS` names themselves are occurrences too (`kind: 'name'`), so references and rename
 * see the declaration with its uses.
 */
import type { Analysis, Flag, Instruction, Position, Range, Stage } from '../model.ts';
import { parseMount } from '../analyze/mount.ts';
import { SourceText, contains } from './sourceText.ts';

export type Resolution =
  | { readonly kind: 'stage'; readonly stage: number }
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' };

export type OccurrenceKind = 'name' | 'from' | 'copy' | 'mount';

export interface StageOccurrence {
  readonly kind: OccurrenceKind;
  /** The word's span in the text (for `${X}` in a FROM, the whole word as written). */
  readonly range: Range;
  /** The word as written. */
  readonly written: string;
  readonly resolved: Resolution;
  /** The stage whose instruction holds the word. */
  readonly inStage: number;
  /** Inside an ONBUILD trigger. */
  readonly trigger: boolean;
  /** `COPY --from=<number>`: refers to the stage by its index. */
  readonly byIndex: boolean;
}

export interface StageIndex {
  readonly occurrences: readonly StageOccurrence[];
  /** Per stage: where it is declared (its AS name, or the FROM keyword of an unnamed stage). */
  readonly declarations: readonly Range[];
}

const ATOI = /^[+-]?[0-9]+$/;

/** Collects and resolves every stage occurrence of an analysed text. */
export function indexStages(analysis: Analysis, text: string): StageIndex {
  const src = new SourceText(text);
  const finalByName = new Map<string, number>();
  for (const st of analysis.stages) if (st.name !== null) finalByName.set(st.name, st.index);
  const occurrences: StageOccurrence[] = [];
  const declarations: Range[] = [];
  for (const st of analysis.stages) {
    const from = st.instructions[0];
    if (from === undefined) continue;
    const { image, name } = fromWords(src, from, st);
    declarations.push(name ?? from.keywordRange);
    if (name !== null && st.originalName !== null) {
      occurrences.push({ kind: 'name', range: name, written: st.originalName, resolved: { kind: 'stage', stage: st.index }, inStage: st.index, trigger: false, byIndex: false });
    }
    if (image !== null) {
      occurrences.push({ kind: 'from', range: image, written: st.fromText, resolved: st.base, inStage: st.index, trigger: false, byIndex: false });
    }
    for (const ins of st.instructions.slice(1)) {
      const target = ins.keyword === 'onbuild' ? ins.trigger : ins;
      if (target === null) continue;
      for (const o of referencesIn(src, target, finalByName, analysis.stages.length)) {
        occurrences.push({ ...o, inStage: st.index, trigger: ins.keyword === 'onbuild' });
      }
    }
  }
  occurrences.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return { occurrences, declarations };
}

/** The image word and the AS name of a FROM, located in the text. */
function fromWords(src: SourceText, from: Instruction, st: Stage): { image: Range | null; name: Range | null } {
  const lastFlag = from.flags[from.flags.length - 1];
  const after = lastFlag ? lastFlag.range.end : from.keywordRange.end;
  const image = src.find(st.fromText, after, from.range.end);
  if (image === null || st.originalName === null) return { image, name: null };
  const asWord = src.find(from.args[1] ?? 'AS', image.end, from.range.end);
  const name = asWord === null ? null : src.find(st.originalName, asWord.end, from.range.end);
  return { image, name };
}

type Partial = Omit<StageOccurrence, 'inStage' | 'trigger'>;

function referencesIn(src: SourceText, ins: Instruction, finalByName: ReadonlyMap<string, number>, count: number): Partial[] {
  if (ins.keyword === 'copy') {
    const f = ins.flags.find((x) => x.name === 'from');
    if (f === undefined || f.value === null || f.value === '' || f.value.includes('$')) return [];
    const range = src.find(f.value, f.range.start, f.range.end);
    if (range === null) return [];
    if (ATOI.test(f.value)) {
      const i = Number(f.value);
      // Out of range is an error in BuildKit (InvalidStageIndex): no stage to go to.
      return i >= 0 && i < count ? [{ kind: 'copy', range, written: f.value, resolved: { kind: 'stage', stage: i }, byIndex: true }] : [];
    }
    return [{ kind: 'copy', range, written: f.value, resolved: byName(f.value, finalByName), byIndex: false }];
  }
  if (ins.keyword === 'run') {
    return ins.flags.flatMap((f) => mountReference(src, f, finalByName));
  }
  return [];
}

function mountReference(src: SourceText, f: Flag, finalByName: ReadonlyMap<string, number>): Partial[] {
  if (f.name !== 'mount' || f.value === null) return [];
  const value = parseMount(f.value).from;
  if (value === null || value === '') return [];
  const dollar = value.indexOf('$');
  if (dollar >= 0 && dollar !== value.length - 1) return [];
  const range = mountFromSpan(src, f, value);
  return range === null ? [] : [{ kind: 'mount', range, written: value, resolved: byName(value, finalByName), byIndex: false }];
}

/** The span of the `from=` field's value inside a one-line `--mount=` flag. */
function mountFromSpan(src: SourceText, f: Flag, value: string): Range | null {
  if (f.range.start.line !== f.range.end.line) return null;
  const line = src.lines[f.range.start.line - 1] ?? '';
  const text = line.slice(f.range.start.column - 1, f.range.end.column - 1);
  const key = /(^--mount=|,)\s*from=("?)/gi;
  for (let m = key.exec(text); m !== null; m = key.exec(text)) {
    const at = m.index + m[0].length;
    if (text.startsWith(value, at)) {
      const column = f.range.start.column + at;
      return { start: { line: f.range.start.line, column }, end: { line: f.range.start.line, column: column + value.length } };
    }
  }
  return null;
}

function byName(word: string, finalByName: ReadonlyMap<string, number>): Resolution {
  const stage = finalByName.get(word.toLowerCase());
  return stage === undefined ? { kind: 'image', ref: word } : { kind: 'stage', stage };
}

/** The occurrence under a position, if any. */
export function occurrenceAt(index: StageIndex, p: Position): StageOccurrence | null {
  return index.occurrences.find((o) => contains(o.range, p)) ?? null;
}

/** Where the stage named at `p` is declared, or null when the word there is not a stage. */
export function definitionAt(index: StageIndex, p: Position): { readonly stage: number; readonly range: Range } | null {
  const o = occurrenceAt(index, p);
  if (o === null || o.resolved.kind !== 'stage') return null;
  const range = index.declarations[o.resolved.stage];
  return range === undefined ? null : { stage: o.resolved.stage, range };
}

/** Every occurrence that resolves to `stage` (its declaration first when asked for). */
export function referencesTo(index: StageIndex, stage: number, includeDeclaration: boolean): StageOccurrence[] {
  return index.occurrences.filter((o) => o.resolved.kind === 'stage' && o.resolved.stage === stage && (includeDeclaration || o.kind !== 'name'));
}
