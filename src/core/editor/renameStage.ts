/**
 * Renaming a stage: its AS name and every reference that resolves to it, and nothing that
 * BuildKit resolves elsewhere. A reference by index (`--from=0`) or through a variable
 * (`FROM ${BASE}`) does not spell the name, so it stays as written.
 *
 * The result is checked by analysing the renamed text: every stage must keep the same edges
 * (same kinds, same sources), so a new name that would capture an image reference
 * (`COPY --from=cache` of an image `cache`) or change which duplicate a reference means is
 * refused with the reason, never applied.
 */
import { analyze } from '../analyze/analyze.ts';
import type { Analysis, AnalyzeOptions, Edge, Range } from '../model.ts';
import { indexStages, referencesTo, type StageIndex } from './stageRefs.ts';

export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

/** Why a rename is refused; the UI words each code (i18n `language.rename.<code>`). */
export type RenameRefusal =
  | { readonly code: 'notAStage' }
  | { readonly code: 'unnamed'; readonly stage: number }
  | { readonly code: 'invalidName'; readonly name: string }
  | { readonly code: 'reserved'; readonly name: string }
  | { readonly code: 'taken'; readonly name: string; readonly stage: number }
  | { readonly code: 'changesMeaning'; readonly name: string };

export type RenameResult =
  | { readonly ok: true; readonly edits: readonly TextEdit[] }
  | { readonly ok: false; readonly refusal: RenameRefusal };

/** BuildKit's stage-name rule (instructions/parse.go: `^[a-z][a-z0-9-_.]*$` on the lower-cased name). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const RESERVED = new Set(['scratch', 'context']);

/** Whether `newName` may become the name of `stage`, before looking at the edits. */
export function checkNewName(analysis: Analysis, stage: number, newName: string): RenameRefusal | null {
  const st = analysis.stages[stage];
  if (st === undefined) return { code: 'notAStage' };
  if (st.name === null) return { code: 'unnamed', stage };
  const lower = newName.toLowerCase();
  if (!STAGE_NAME.test(lower)) return { code: 'invalidName', name: newName };
  if (RESERVED.has(lower)) return { code: 'reserved', name: newName };
  const other = analysis.stages.find((s) => s.index !== stage && s.name === lower);
  if (other !== undefined) return { code: 'taken', name: newName, stage: other.index };
  return null;
}

/** The edits that rename `stage` to `newName`, or why not. */
export function renameStage(text: string, stage: number, newName: string, options: AnalyzeOptions = {}, analysis = analyze(text, options)): RenameResult {
  const refused = checkNewName(analysis, stage, newName);
  if (refused !== null) return { ok: false, refusal: refused };
  const index = indexStages(analysis, text);
  const edits = renameEdits(index, stage, analysis.stages[stage]?.name ?? '', newName);
  const after = analyze(applyEdits(text, edits), options);
  if (!sameEdges(analysis.edges, after.edges)) return { ok: false, refusal: { code: 'changesMeaning', name: newName } };
  return { ok: true, edits };
}

function renameEdits(index: StageIndex, stage: number, name: string, newName: string): TextEdit[] {
  return referencesTo(index, stage, true)
    .filter((o) => !o.byIndex && (o.kind === 'from' ? o.written === name : o.written.toLowerCase() === name))
    .map((o) => ({ range: o.range, text: newName }));
}

const edgeKey = (e: Edge): string =>
  `${e.kind}|${e.stage}|${e.line}|${e.source.kind === 'stage' ? `#${e.source.stage}` : e.source.ref}`;

function sameEdges(before: readonly Edge[], after: readonly Edge[]): boolean {
  if (before.length !== after.length) return false;
  // Image references keep their text (rename never edits them), stage ones their index.
  return before.every((e, i) => {
    const a = after[i];
    return a !== undefined && edgeKey(e) === edgeKey(a);
  });
}

/** Applies non-overlapping single-line edits to a text (for the check and for tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split(/(\r\n|\r|\n)/);
  // lines: [line0, sep0, line1, sep1, …]; edit from the right so earlier columns stay valid.
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.column - a.range.start.column);
  for (const e of sorted) {
    const i = (e.range.start.line - 1) * 2;
    const line = lines[i] ?? '';
    lines[i] = line.slice(0, e.range.start.column - 1) + e.text + line.slice(e.range.end.column - 1);
  }
  return lines.join('');
}
