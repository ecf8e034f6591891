/**
 * ARG and ENV names in the editor, with BuildKit's scoping (core/analyze/scope.ts):
 * - completion inside `${…}` (and after `$`) of the variables the line can see: in a stage only
 *   what the stage declared (ARG / ENV, inherited through `FROM <stage>`), on FROM lines and
 *   before the first FROM the global scope (meta ARGs and the builtin platform args);
 * - go to definition from `$VAR` to the ARG or ENV whose value is used there (a build arg's
 *   value still goes to the ARG that lets it in).
 */
import { scopeAt, variableAt, type Binding, type OriginKind } from '../analyze/scope.ts';
import type { Analysis, AnalyzeOptions, Position, Range } from '../model.ts';
import { SourceText } from './sourceText.ts';

export interface VariableSlot {
  readonly typed: string;
  readonly braced: boolean;
}

export interface VariableCompletion {
  readonly name: string;
  readonly value: string | undefined;
  readonly origin: OriginKind;
  /** The line that set the value, when there is one. */
  readonly line: number | null;
}

const BRACED = /\$\{([A-Za-z_][A-Za-z0-9_]*)?$/;
const BARE = /\$([A-Za-z_][A-Za-z0-9_]*)$/;

/** A variable name being typed at the end of `before` (the line up to the cursor), or null. */
export function variableSlot(before: string): VariableSlot | null {
  const braced = BRACED.exec(before);
  if (braced) return { typed: braced[1] ?? '', braced: true };
  const bare = BARE.exec(before);
  return bare ? { typed: bare[1] ?? '', braced: false } : null;
}

const ORDER: Readonly<Record<OriginKind, number>> = { 'stage-arg': 0, env: 0, 'build-arg': 1, 'meta-arg': 1, builtin: 2 };

/** The variables visible on `line`: declared ones first (in line order), builtins last. */
export function variableCompletions(analysis: Analysis, line: number, options: AnalyzeOptions = {}): VariableCompletion[] {
  return scopeAt(analysis, line, options)
    .map((b) => ({ name: b.name, value: b.value, origin: b.origin.kind, line: definingLine(b) }))
    .sort((a, b) => ORDER[a.origin] - ORDER[b.origin] || (a.line ?? 0) - (b.line ?? 0) || a.name.localeCompare(b.name));
}

const definingLine = (b: Binding): number | null => b.origin.line ?? b.declaredAt?.line ?? null;

/** Where the value of the `$VAR` under `p` is defined: the name in its ARG or ENV instruction. */
export function variableDefinition(analysis: Analysis, text: string, p: Position, options: AnalyzeOptions = {}): Range | null {
  const src = new SourceText(text);
  const info = variableAt(analysis, p.line, p.column, src.lines[p.line - 1] ?? '', options);
  if (info === null || info.binding === null) return null;
  const line = definingLine(info.binding);
  if (line === null) return null;
  const ins = analysis.parse.instructions.find((i) => i.range.start.line === line);
  if (ins === undefined) return null;
  return src.find(info.name, ins.keywordRange.end, ins.range.end, /[\s="']/) ?? ins.keywordRange;
}
