/**
 * Quick fixes for build-check findings: pure text edits, each one safe (the graph stays the
 * same, except the names a rename renames) and each making its finding go away. Offered only
 * where the edit is equivalent; otherwise only "skip this check here".
 * Edits use the model's 1-based ranges (end column exclusive); applied together, they never overlap.
 */
import type { Analysis, Flag, Instruction, Range } from '../model.ts';
import { RULES } from './rules.ts';
import type { Finding } from './types.ts';

export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

export type FixKind =
  | 'lowercaseStage' | 'matchAsCasing' | 'instructionCasing' | 'keyValue' | 'jsonForm' | 'maintainerLabel'
  | 'removeEmptyContinuation' | 'dropPlatform' | 'lowercaseProtocol' | 'skipHere' | 'skipFile';

export interface QuickFix {
  readonly kind: FixKind;
  /** For the title: the rule, a name, a casing. */
  readonly params: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
}

/** Rules BuildKit checks with the file-level config only (a comment above a line does not reach them). */
const FILE_LEVEL = new Set<string>([
  RULES.NoEmptyContinuation.name, RULES.ConsistentInstructionCasing.name, RULES.DuplicateStageName.name,
  RULES.ReservedStageName.name, RULES.InvalidDefaultArgInFrom.name, RULES.InvalidBaseImagePlatform.name,
]);

const at = (line: number, column: number) => ({ line, column });
const span = (line: number, from: number, to: number): Range => ({ start: at(line, from), end: at(line, to) });

/** The fixes for `finding` in `text` (analysed as `analysis`), the skip last. */
export function quickFixes(text: string, analysis: Analysis, finding: Finding): QuickFix[] {
  const lines = text.split('\n');
  const ins = instructionAt(analysis, finding.range.start.line);
  const out: QuickFix[] = [];
  const add = (f: QuickFix | null): void => {
    if (f !== null && f.edits.length > 0) out.push(f);
  };
  if (ins) {
    switch (finding.ruleName) {
      case RULES.StageNameCasing.name: add(lowercaseStage(lines, analysis, ins)); break;
      case RULES.FromAsCasing.name: add(matchAsCasing(lines, ins)); break;
      case RULES.ConsistentInstructionCasing.name: add(instructionCasing(finding, analysis)); break;
      case RULES.LegacyKeyValueFormat.name: add(keyValue(lines, ins)); break;
      case RULES.JSONArgsRecommended.name: add(jsonForm(lines, analysis, ins)); break;
      case RULES.MaintainerDeprecated.name: add(maintainerLabel(lines, ins)); break;
      case RULES.NoEmptyContinuation.name: add(removeEmptyContinuation(lines, ins)); break;
      case RULES.RedundantTargetPlatform.name: add(dropPlatform(lines, ins)); break;
      case RULES.ExposeProtoCasing.name: add(lowercaseProtocol(lines, ins)); break;
      default: break;
    }
  }
  add(skip(lines, analysis, finding, ins));
  return out;
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }): number => {
    let o = 0;
    for (let i = 0; i < p.line - 1 && i < lines.length; i++) o += (lines[i] ?? '').length + 1;
    return o + p.column - 1;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.text + out.slice(offset(e.range.end));
  return out;
}

function instructionAt(analysis: Analysis, line: number): Instruction | undefined {
  return analysis.parse.instructions.find((i) => i.range.start.line <= line && line <= i.range.end.line);
}

/** Whitespace-separated words of one physical line, with 1-based start columns. */
function words(line: string): { text: string; column: number }[] {
  const out: { text: string; column: number }[] = [];
  for (const m of line.matchAll(/\S+/g)) out.push({ text: m[0], column: (m.index ?? 0) + 1 });
  return out;
}

/** The non-flag words of a one-line instruction, keyword first. */
function lineWords(lines: readonly string[], ins: Instruction): { text: string; column: number }[] | null {
  if (ins.range.start.line !== ins.range.end.line || ins.heredocs.length > 0) return null;
  const all = words(lines[ins.range.start.line - 1] ?? '');
  let flags = 1;
  while (flags < all.length && (all[flags]?.text ?? '').startsWith('--')) flags++;
  return [...all.slice(0, 1), ...all.slice(flags)];
}

function lowercaseStage(lines: readonly string[], analysis: Analysis, from: Instruction): QuickFix | null {
  const stage = analysis.stages.find((s) => s.fromRange.start.line === from.range.start.line);
  const ws = lineWords(lines, from);
  const nameWord = ws?.[3];
  if (!stage || stage.originalName === null || !nameWord || nameWord.text !== stage.originalName) return null;
  const lower = stage.originalName.toLowerCase();
  const edits: TextEdit[] = [{ range: span(from.range.start.line, nameWord.column, nameWord.column + nameWord.text.length), text: lower }];
  // COPY --from and RUN --mount from= match stage names case-insensitively: rename those too.
  // (A FROM that uses the stage must already spell it in lower case: FROM matches verbatim.)
  for (const ins of analysis.parse.instructions) {
    for (const f of ins.flags) {
      const e = renameInFlag(lines, f, ins.keyword === 'run' ? 'mount' : 'from', lower);
      if (e === 'unsafe') return null;
      if (e) edits.push(e);
    }
  }
  return { kind: 'lowercaseStage', params: { name: stage.originalName, lower }, edits };
}

function renameInFlag(lines: readonly string[], f: Flag, which: 'from' | 'mount', lower: string): TextEdit | null | 'unsafe' {
  if (f.name !== which || f.value === null) return null;
  const value = which === 'from' ? f.value : (/(?:^|,)\s*from=([^,]*)/.exec(f.value)?.[1] ?? '');
  if (value.toLowerCase() !== lower || value === lower) return null;
  const line = lines[f.range.start.line - 1] ?? '';
  const raw = line.slice(f.range.start.column - 1, f.range.end.column - 1);
  if (f.range.start.line !== f.range.end.line || raw !== f.text) return 'unsafe'; // quoted or continued: leave it
  const inFlag = which === 'from' ? '--from='.length : raw.indexOf(`from=${value}`) + 'from='.length;
  const column = f.range.start.column + inFlag;
  return { range: span(f.range.start.line, column, column + value.length), text: lower };
}

function matchAsCasing(lines: readonly string[], from: Instruction): QuickFix | null {
  const asWord = lineWords(lines, from)?.[2];
  if (!asWord || asWord.text.toLowerCase() !== 'as') return null;
  const upper = from.original === from.original.toUpperCase();
  const text = upper ? 'AS' : 'as';
  return { kind: 'matchAsCasing', params: { as: text }, edits: [{ range: span(from.range.start.line, asWord.column, asWord.column + 2), text }] };
}

function instructionCasing(finding: Finding, analysis: Analysis): QuickFix | null {
  const upper = finding.detail.endsWith('(uppercase)');
  const edits: TextEdit[] = [];
  for (const ins of analysis.parse.instructions) {
    // Global ARGs are not counted by BuildKit; they follow too: one casing for the whole file.
    const want = upper ? ins.original.toUpperCase() : ins.original.toLowerCase();
    if (want !== ins.original) edits.push({ range: ins.keywordRange, text: want });
  }
  return { kind: 'instructionCasing', params: { casing: upper ? 'uppercase' : 'lowercase' }, edits };
}

/** `ENV k v` / `LABEL k v` → `k=v`, quoting a value with spaces; only values without quotes or backslashes. */
function keyValue(lines: readonly string[], ins: Instruction): QuickFix | null {
  if (ins.args.length !== 3 || ins.args[2] !== '') return null;
  const ws = lineWords(lines, ins);
  const key = ins.args[0] ?? '';
  const value = ins.args[1] ?? '';
  if (!ws || ws[1]?.text !== key || /["'\\`]/.test(value) || value === '') return null;
  const line = ins.range.start.line;
  const end = (lines[line - 1] ?? '').replace(/\s+$/, '').length + 1;
  const quoted = /\s/.test(value) ? `"${value}"` : value;
  return { kind: 'keyValue', params: { key }, edits: [{ range: span(line, ws[1]!.column, end), text: `${key}=${quoted}` }] };
}

const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

/**
 * Shell form → JSON form, only for plain words (no quotes, variables, globs, operators). An
 * ENTRYPOINT only in a stage without CMD: in JSON form a CMD's words would be appended to it,
 * which the shell form ignores.
 */
function jsonForm(lines: readonly string[], analysis: Analysis, ins: Instruction): QuickFix | null {
  const ws = lineWords(lines, ins);
  if (!ws || ins.json || ins.flags.length > 0) return null;
  if (ins.keyword === 'entrypoint') {
    const stage = analysis.stages.find((s) => s.startLine <= ins.range.start.line && ins.range.start.line <= s.endLine);
    if (!stage || stage.instructions.some((i) => i.keyword === 'cmd')) return null;
  }
  const argv = ws.slice(1).map((w) => w.text);
  if (argv.length === 0 || !argv.every((w) => SAFE_WORD.test(w))) return null;
  const line = ins.range.start.line;
  const end = (lines[line - 1] ?? '').replace(/\s+$/, '').length + 1;
  return { kind: 'jsonForm', params: { instruction: ins.original }, edits: [{ range: span(line, ws[1]!.column, end), text: JSON.stringify(argv).replace(/","/g, '", "') }] };
}

function maintainerLabel(lines: readonly string[], ins: Instruction): QuickFix | null {
  if (ins.range.start.line !== ins.range.end.line) return null;
  const line = ins.range.start.line;
  const value = (ins.args[0] ?? '').replace(/[\\"$]/g, (c) => `\\${c}`);
  const keyword = ins.original === ins.original.toLowerCase() ? 'label' : 'LABEL';
  const end = (lines[line - 1] ?? '').replace(/\s+$/, '').length + 1;
  return { kind: 'maintainerLabel', params: {}, edits: [{ range: { start: ins.keywordRange.start, end: at(line, end) }, text: `${keyword} org.opencontainers.image.authors="${value}"` }] };
}

function removeEmptyContinuation(lines: readonly string[], ins: Instruction): QuickFix | null {
  const first = ins.range.start.line;
  const last = ins.heredocs.length > 0 ? (ins.heredocs[0]?.range.start.line ?? first + 1) - 1 : ins.range.end.line;
  const edits: TextEdit[] = [];
  for (let n = first + 1; n <= last; n++) {
    if (/^[ \t]*\r?$/.test(lines[n - 1] ?? '')) edits.push({ range: { start: at(n, 1), end: at(n + 1, 1) }, text: '' });
  }
  return { kind: 'removeEmptyContinuation', params: {}, edits };
}

function dropPlatform(lines: readonly string[], ins: Instruction): QuickFix | null {
  const f = ins.flags.find((x) => x.name === 'platform');
  if (!f || f.range.start.line !== f.range.end.line) return null;
  const line = lines[f.range.start.line - 1] ?? '';
  let end = f.range.end.column;
  while (line[end - 1] === ' ' || line[end - 1] === '\t') end++;
  return { kind: 'dropPlatform', params: { flag: f.text }, edits: [{ range: span(f.range.start.line, f.range.start.column, end), text: '' }] };
}

function lowercaseProtocol(lines: readonly string[], ins: Instruction): QuickFix | null {
  const ws = lineWords(lines, ins);
  if (!ws) return null;
  const edits: TextEdit[] = [];
  for (const w of ws.slice(1)) {
    const slash = w.text.lastIndexOf('/');
    if (slash < 0 || w.text.includes('$')) continue;
    const proto = w.text.slice(slash + 1);
    if (proto !== proto.toLowerCase()) edits.push({ range: span(ins.range.start.line, w.column + slash + 1, w.column + w.text.length), text: proto.toLowerCase() });
  }
  return { kind: 'lowercaseProtocol', params: {}, edits };
}

/**
 * "Skip this check here": `# check=skip=<Rule>` directly above the instruction whose config
 * BuildKit uses (for MultipleInstructionsDisallowed, the later duplicate); an existing
 * `# check=skip=` comment there gets the rule added. Rules BuildKit checks with the file's
 * config get the file-level directive instead.
 */
function skip(lines: readonly string[], analysis: Analysis, finding: Finding, ins: Instruction | undefined): QuickFix | null {
  const rule = finding.ruleName;
  if (FILE_LEVEL.has(rule) || !ins) return skipFile(lines, analysis, rule);
  let target = ins;
  if (rule === RULES.MultipleInstructionsDisallowed.name) {
    target = analysis.parse.instructions.find((i) => i.range.start.line > ins.range.end.line && i.keyword === ins.keyword) ?? ins;
  }
  const line = target.range.start.line;
  const above = lines[line - 2] ?? '';
  const existing = /^(#\s*check\s*=\s*skip=)(\S*)/i.exec(above);
  if (existing && target.comments.length > 0) {
    const end = (existing[1] ?? '').length + (existing[2] ?? '').length + 1;
    return { kind: 'skipHere', params: { rule }, edits: [{ range: span(line - 1, end, end), text: `,${rule}` }] };
  }
  // At column 1: BuildKit drops only the first character before trimming a comment, so an
  // indented `# check=` comment keeps its `#` and is never read as a directive.
  return { kind: 'skipHere', params: { rule }, edits: [{ range: span(line, 1, 1), text: `# check=skip=${rule}\n` }] };
}

function skipFile(lines: readonly string[], analysis: Analysis, rule: string): QuickFix {
  const d = analysis.parse.directives.find((x) => x.name === 'check');
  if (d) {
    const text = lines[d.line - 1] ?? '';
    const m = /skip=([^;\s]*)/.exec(text);
    if (m && m.index !== undefined) {
      const end = m.index + m[0].length + 1;
      return { kind: 'skipFile', params: { rule }, edits: [{ range: span(d.line, end, end), text: `,${rule}` }] };
    }
    const end = text.replace(/\s+$/, '').length + 1;
    return { kind: 'skipFile', params: { rule }, edits: [{ range: span(d.line, end, end), text: `;skip=${rule}` }] };
  }
  // Directives must come first: after any others, before everything else.
  const last = analysis.parse.directives.reduce((n, x) => Math.max(n, x.line), 0);
  return { kind: 'skipFile', params: { rule }, edits: [{ range: span(last + 1, 1, 1), text: `# check=skip=${rule}\n` }] };
}
