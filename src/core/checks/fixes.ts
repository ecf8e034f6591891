/**
 * Quick fixes for build-check findings: pure text edits, each one safe (the graph stays the
 * same, except the names a rename renames) and each making its finding go away. Offered only
 * where the edit is equivalent; otherwise only "skip this check here".
 * Edits use the model's 1-based ranges (end column exclusive); applied together, they never overlap.
 */
import type { Analysis, Flag, Instruction, Range } from '../model.ts';
import { parseLintOptions, splitOptionParts } from './config.ts';
import { ruleByName, RULES } from './rules.ts';
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

const LINT_ARG = 'BUILDKIT_DOCKERFILE_CHECK';

const at = (line: number, column: number) => ({ line, column });
const span = (line: number, from: number, to: number): Range => ({ start: at(line, from), end: at(line, to) });

/** Rules BuildKit checks while it dispatches an instruction: on a FROM line, only an ONBUILD trigger's. */
const DISPATCH_RULES = new Set<string>([
  RULES.UndefinedVar.name, RULES.LegacyKeyValueFormat.name, RULES.SecretsUsedInArgOrEnv.name, RULES.WorkdirRelativePath.name,
  RULES.JSONArgsRecommended.name, RULES.MultipleInstructionsDisallowed.name, RULES.ExposeProtoCasing.name,
  RULES.ExposeInvalidFormat.name, RULES.CopyIgnoredFile.name,
]);

export interface FixOptions {
  /** The build's args: with BUILDKIT_DOCKERFILE_CHECK set, the file's `# check=` directive is not read. */
  readonly buildArgs?: Readonly<Record<string, string>>;
}

/** The fixes for `finding` in `text` (analysed as `analysis`), the skip last. */
export function quickFixes(text: string, analysis: Analysis, finding: Finding, options: FixOptions = {}): QuickFix[] {
  const lines = text.split('\n');
  const ins = instructionAt(analysis, finding.range.start.line);
  const out: QuickFix[] = [];
  const add = (f: QuickFix | null): void => {
    if (f !== null && f.edits.length > 0) out.push(f);
  };
  const directiveRead = options.buildArgs?.[LINT_ARG] === undefined;
  // A trigger's finding (the engine's, or a marker's on a FROM line): only the file's skip.
  if (finding.onbuildLine !== undefined || (ins?.keyword === 'from' && DISPATCH_RULES.has(finding.ruleName))) {
    if (directiveRead && !ruleByName(finding.ruleName)?.experimental) add(skipFile(lines, analysis, finding.ruleName));
    return out;
  }
  if (ins) {
    switch (finding.ruleName) {
      case RULES.StageNameCasing.name: add(lowercaseStage(lines, analysis, ins)); break;
      case RULES.FromAsCasing.name: add(matchAsCasing(lines, ins)); break;
      case RULES.ConsistentInstructionCasing.name: add(instructionCasing(lines, finding, analysis)); break;
      case RULES.LegacyKeyValueFormat.name: add(keyValue(lines, ins)); break;
      case RULES.JSONArgsRecommended.name: add(jsonForm(lines, analysis, ins)); break;
      case RULES.MaintainerDeprecated.name: add(maintainerLabel(lines, ins)); break;
      case RULES.NoEmptyContinuation.name: add(removeEmptyContinuation(lines, ins)); break;
      case RULES.RedundantTargetPlatform.name: add(dropPlatform(lines, ins)); break;
      case RULES.ExposeProtoCasing.name: add(lowercaseProtocol(lines, ins)); break;
      default: break;
    }
  }
  add(skip(lines, analysis, finding, ins, directiveRead));
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

function instructionCasing(lines: readonly string[], finding: Finding, analysis: Analysis): QuickFix | null {
  const upper = finding.detail.endsWith('(uppercase)');
  const edits: TextEdit[] = [];
  for (const ins of analysis.parse.instructions) {
    // Global ARGs are not counted by BuildKit; they follow too: one casing for the whole file.
    const want = upper ? ins.original.toUpperCase() : ins.original.toLowerCase();
    if (want !== ins.original) edits.push({ range: ins.keywordRange, text: want });
    // FROM's `AS` follows, or FromAsCasing would appear where `From … as` had none.
    const asWord = ins.keyword === 'from' ? lineWords(lines, ins)?.[2] : undefined;
    const asWant = upper ? 'AS' : 'as';
    if (asWord && asWord.text.toLowerCase() === 'as' && asWord.text !== asWant) {
      edits.push({ range: span(ins.range.start.line, asWord.column, asWord.column + 2), text: asWant });
    }
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

/**
 * A word that means the same to `/bin/sh -c` and to exec: no quotes, variables, globs,
 * redirections, pipes, separators, escapes, tilde, braces or comments.
 */
const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

/**
 * First words that are shell builtins or keywords, not programs: `CMD cd /x` works through
 * `/bin/sh -c`, but `["cd", "/x"]` makes the container fail to start (no such executable).
 * POSIX special and regular builtins, bash's and dash's, and the reserved words. (echo,
 * printf, test, true, false, kill and pwd are also programs in coreutils and busybox: kept.)
 */
const SHELL_ONLY = new Set([
  '.', ':', 'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'case', 'cd', 'command', 'compgen', 'complete', 'continue',
  'coproc', 'declare', 'dirs', 'disown', 'do', 'done', 'elif', 'else', 'enable', 'esac', 'eval', 'exec', 'exit', 'export',
  'fc', 'fg', 'fi', 'for', 'function', 'getopts', 'hash', 'help', 'history', 'if', 'in', 'jobs', 'let', 'local', 'logout',
  'mapfile', 'popd', 'pushd', 'read', 'readarray', 'readonly', 'return', 'select', 'set', 'shift', 'shopt', 'source',
  'suspend', 'then', 'time', 'times', 'trap', 'type', 'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'until', 'wait', 'while',
]);

/**
 * The argv the exec form would need to mean what `/bin/sh -c "<words>"` means, or null when
 * no exec form is equivalent: a builtin or keyword first, an assignment first (`FOO=1 ./app`
 * sets a variable for the program), or any word with shell syntax.
 */
export function equivalentArgv(words: readonly string[]): string[] | null {
  const first = words[0];
  if (first === undefined || SHELL_ONLY.has(first) || first.includes('=')) return null;
  return words.every((w) => SAFE_WORD.test(w)) ? [...words] : null;
}

/**
 * Shell form → JSON form, only where equivalent (equivalentArgv). An ENTRYPOINT only in a
 * stage without CMD: in JSON form a CMD's words would be appended to it, which the shell form
 * ignores.
 */
function jsonForm(lines: readonly string[], analysis: Analysis, ins: Instruction): QuickFix | null {
  const ws = lineWords(lines, ins);
  if (!ws || ins.json || ins.flags.length > 0) return null;
  if (ins.keyword === 'entrypoint') {
    const stage = analysis.stages.find((s) => s.startLine <= ins.range.start.line && ins.range.start.line <= s.endLine);
    if (!stage || stage.instructions.some((i) => i.keyword === 'cmd')) return null;
  }
  const argv = equivalentArgv(ws.slice(1).map((w) => w.text));
  if (argv === null) return null;
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
 * "Skip this check here". BuildKit merges, for one instruction, only the FIRST comment above
 * it that reads as a `check=` directive (Linter.WithMergedConfigFromComments; the comments
 * gathered since the previous instruction, blank lines included, a lone `#` resetting them),
 * so when the instruction already has one the rule is added to that comment; otherwise a
 * `# check=skip=<Rule>` line goes directly above it (for MultipleInstructionsDisallowed, above
 * the later duplicate, whose config BuildKit uses). Rules checked with the file's config, the
 * findings of ONBUILD triggers (run without comments) and a line that would be read as a
 * top-of-file directive get the file's `# check=` directive instead. Experimental rules
 * cannot be skipped (Linter.Run ignores skip for them): no fix.
 */
function skip(lines: readonly string[], analysis: Analysis, finding: Finding, ins: Instruction | undefined, directiveRead: boolean): QuickFix | null {
  const rule = finding.ruleName;
  if (ruleByName(rule)?.experimental) return null;
  if (FILE_LEVEL.has(rule) || !ins) return directiveRead ? skipFile(lines, analysis, rule) : null;
  let target = ins;
  if (rule === RULES.MultipleInstructionsDisallowed.name) {
    target = analysis.parse.instructions.find((i) => i.range.start.line > ins.range.end.line && i.keyword === ins.keyword) ?? ins;
  }
  const line = target.range.start.line;
  const lastDirective = analysis.parse.directives.reduce((n, x) => Math.max(n, x.line), 0);
  if (line - 1 <= lastDirective) {
    // Directly under the directives a `# check=` line would be read as one (a second `check`
    // directive fails the build): a blank line first ends them (DirectiveParser stops at the
    // first line that is not one), and blank lines do not separate comments from their instruction.
    return { kind: 'skipHere', params: { rule }, edits: [{ range: span(line, 1, 1), text: `\n# check=skip=${rule}\n` }] };
  }
  const first = firstCheckComment(lines, target, lastDirective);
  if (first !== null) {
    const edit = editCheckValue(lines, first, rule, true);
    return edit === null ? null : { kind: 'skipHere', params: { rule }, edits: [edit] };
  }
  // At column 1: BuildKit drops only the first character before trimming a comment, so an
  // indented `# check=` comment keeps its `#` and is never read as a directive.
  return { kind: 'skipHere', params: { rule }, edits: [{ range: span(line, 1, 1), text: `# check=skip=${rule}\n` }] };
}

/** The line of the first comment above `ins` that BuildKit reads as its `check=` comment, or null. */
function firstCheckComment(lines: readonly string[], ins: Instruction, lastDirective: number): number | null {
  const wanted = ins.comments.find((c) => commentCheckValue(c) !== null);
  if (wanted === undefined) return null;
  // The instruction's comments are the comment lines between it and the previous instruction.
  let found: number | null = null;
  for (let n = ins.range.start.line - 1; n > lastDirective; n--) {
    const text = lines[n - 1] ?? '';
    if (/^[ \t]*\r?$/.test(text)) continue;
    if (!text.startsWith('#')) break;
    if (text.slice(1).trim() === '') break;
    if (text.slice(1).trim() === wanted) found = n;
  }
  return found;
}

const CHECK_COMMENT = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** A comment's `check=` value (its first space-separated word, as BuildKit cuts it), or null. */
function commentCheckValue(comment: string): string | null {
  const m = CHECK_COMMENT.exec(comment.replace(/^\s+/, ''));
  if (m === null || (m[1] ?? '').toLowerCase() !== 'check') return null;
  return (m[2] ?? '').split(' ')[0] ?? '';
}

/**
 * `check` options with `rule` added to the skip list, or null when that cannot be done
 * safely: the options do not parse (BuildKit would ignore them), or a fourth `;` part would
 * be needed (ParseLintOptions splits into at most three). The result is parsed back to prove
 * it skips the rule.
 */
export function addSkip(value: string, rule: string): string | null {
  if (!parseLintOptions(value).ok) return null;
  const parts = splitOptionParts(value);
  let last = -1;
  parts.forEach((p, i) => {
    if (p.slice(0, p.indexOf('=')).trim() === 'skip') last = i;
  });
  let out: string;
  if (value.trim() === '') out = `skip=${rule}`;
  else if (last >= 0) out = parts.map((p, i) => (i === last ? `${p.replace(/\s+$/, '')},${rule}` : p)).join(';');
  else if (parts.length < 3) out = `${value.replace(/;?\s*$/, '')};skip=${rule}`;
  else return null;
  const back = parseLintOptions(out);
  return back.ok && (back.config.skipAll || back.config.skip.has(rule)) ? out : null;
}

/** Replaces the `check=` value on comment line `n` by one that also skips `rule`. */
function editCheckValue(lines: readonly string[], n: number, rule: string, firstWord: boolean): TextEdit | null {
  const text = lines[n - 1] ?? '';
  const m = /^(#\s*check\s*=\s*)(.*?)\s*$/i.exec(text.replace(/\r$/, ''));
  if (m === null) return null;
  const all = m[2] ?? '';
  const value = firstWord ? (all.split(' ')[0] ?? '') : all;
  const next = addSkip(value, rule);
  if (next === null) return null;
  const from = (m[1] ?? '').length + 1;
  return { range: span(n, from, from + value.length), text: next };
}

function skipFile(lines: readonly string[], analysis: Analysis, rule: string): QuickFix | null {
  const d = analysis.parse.directives.find((x) => x.name === 'check');
  if (d) {
    const edit = editCheckValue(lines, d.line, rule, false);
    return edit === null ? null : { kind: 'skipFile', params: { rule }, edits: [edit] };
  }
  // Directives must come first: after any others, before everything else.
  const last = analysis.parse.directives.reduce((n, x) => Math.max(n, x.line), 0);
  return { kind: 'skipFile', params: { rule }, edits: [{ range: span(last + 1, 1, 1), text: `# check=skip=${rule}\n` }] };
}
