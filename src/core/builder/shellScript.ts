/**
 * Reads a build.sh into commands, the way sh splits it: quotes, backslash
 * continuations, comments, operators, redirections and here-documents.
 * It does not run or expand anything: `$VAR` stays as written (and is listed),
 * `$(...)` and backquotes are marked. Never throws: problems are notes.
 */
import { tokenize, type Token } from './shellTokens.ts';
import type { Note } from './types.ts';

/** One word after quote removal; expansions are kept as written. */
export interface ShellWord {
  readonly text: string;
  /** The word as written, quotes included. */
  readonly raw: string;
  /** Names of `$NAME` / `${NAME...}` expansions outside single quotes. */
  readonly vars: readonly string[];
  /** True when the word holds `$(...)`, `$((...))` or backquotes. */
  readonly substitution: boolean;
}

export type ListOperator = '&&' | '||' | '|';

/** A simple command: words, the redirections after it, and the operator that joined it to the one before. */
export interface ScriptCommand {
  readonly words: readonly ShellWord[];
  readonly redirects: readonly string[];
  readonly joinedBy: ListOperator | null;
}

/** What one source line (or continued lines) holds: commands joined by && || |, ended by newline ; or &. */
export interface ScriptList {
  readonly line: number;
  readonly endLine: number;
  /** Source text with continuations joined, for messages. */
  readonly text: string;
  readonly commands: readonly ScriptCommand[];
  readonly background: boolean;
  readonly subshell: boolean;
  readonly heredoc: boolean;
  /** An operator with no command on one side (`| x`, `a &&`): not a complete command. */
  readonly incomplete: boolean;
}

export interface ParsedScript {
  readonly lists: readonly ScriptList[];
  readonly comments: readonly { readonly line: number; readonly text: string }[];
  readonly notes: readonly Note[];
}

/** Parses a whole script. `file` names it in notes (usually `build.sh`). */
export function parseScript(src: string, file = 'build.sh'): ParsedScript {
  const starts = [0];
  for (let k = 0; k < src.length; k++) if (src[k] === '\n') starts.push(k + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
    return lo + 1;
  };
  const notes: Note[] = [];
  const comments: { line: number; text: string }[] = [];
  const tokens = tokenize(src, file, lineAt, notes, comments);
  return { lists: groupLists(tokens, src, lineAt), comments, notes };
}

/** Groups tokens into lists ended by newline, `;` or `&` (outside parentheses). */
function groupLists(tokens: readonly Token[], src: string, lineAt: (o: number) => number): ScriptList[] {
  const lists: ScriptList[] = [];
  let cur: Token[] = [];
  let depth = 0;
  const flush = (background: boolean) => {
    if (cur.length > 0) lists.push(buildList(cur, src, lineAt, background));
    cur = [];
  };
  for (const t of tokens) {
    if (t.kind === 'op' && t.op === '(') depth++;
    if (t.kind === 'op' && t.op === ')') depth = Math.max(0, depth - 1);
    if (t.kind === 'op' && depth === 0 && (t.op === '\n' || t.op === ';' || t.op === ';;' || t.op === '&')) {
      flush(t.op === '&');
      continue;
    }
    cur.push(t);
  }
  flush(false);
  return lists;
}

function buildList(tokens: readonly Token[], src: string, lineAt: (o: number) => number, background: boolean): ScriptList {
  const commands: ScriptCommand[] = [];
  let words: ShellWord[] = [];
  let redirects: string[] = [];
  let joinedBy: ListOperator | null = null;
  let subshell = false;
  let heredoc = false;
  let joins = 0;
  const push = () => { if (words.length > 0 || redirects.length > 0) commands.push({ words, redirects, joinedBy }); words = []; redirects = []; };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') { words.push(t.word); continue; }
    if (t.op === '&&' || t.op === '||' || t.op === '|') { push(); joinedBy = t.op; joins++; continue; }
    if (t.op === '(' || t.op === ')') { subshell = true; continue; }
    if (t.op.includes('<<')) heredoc = true;
    const target = tokens[k + 1];
    if (target?.kind === 'word') { redirects.push(`${t.op}${target.word.raw}`); k++; } else redirects.push(t.op);
  }
  push();
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const text = src.slice(first.start, last.end).replace(/[ \t]*\\[ \t]*\r?\n[ \t]*/g, ' ').replace(/\s+$/, '');
  const incomplete = commands.length === 0 || joins !== commands.length - 1;
  return { line: lineAt(first.start), endLine: lineAt(Math.max(first.start, last.end - 1)), text, commands, background, subshell, heredoc, incomplete };
}
