/**
 * The character-level half of reading a build.sh: tokens (words and
 * operators), quotes, escapes, `$...` expansions, backslash continuations,
 * comments and here-document bodies. `shellScript.ts` groups the tokens.
 */
import { note } from './notes.ts';
import type { ShellWord } from './shellScript.ts';
import type { Note } from './types.ts';

export type Token =
  | { readonly kind: 'word'; readonly word: ShellWord; readonly start: number; readonly end: number }
  | { readonly kind: 'op'; readonly op: string; readonly start: number; readonly end: number };

const OPERATORS = ['&&', '||', ';;', '<<-', '<<', '>>', '>&', '<&', '&>', '|', ';', '&', '(', ')', '<', '>', '\n'];

/** Splits a script into tokens; `file` names it in notes. */
export function tokenize(src: string, file: string, lineAt: (offset: number) => number, notes: Note[], comments: { line: number; text: string }[]): Token[] {
  const tokens: Token[] = [];
  const pendingHeredocs: { delim: string; chomp: boolean }[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && /^\\[ \t]*\r?\n/.test(src.slice(i, i + 200))) {
      const m = /^\\([ \t]*)\r?\n/.exec(src.slice(i))!;
      if (m[1]!.length > 0) notes.push(note('warning', 'BackslashSpace', file, lineAt(i)));
      i += m[0].length;
      continue;
    }
    if (c === '#') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      comments.push({ line: lineAt(i), text: src.slice(i, stop).trimEnd() });
      i = stop;
      continue;
    }
    const digits = /^[0-9]*/.exec(src.slice(i))![0];
    const op = OPERATORS.find((o) => src.startsWith(o, i + digits.length) && (digits === '' || /[<>]/.test(o[0]!)));
    if (op !== undefined) {
      const end = i + digits.length + op.length;
      tokens.push({ kind: 'op', op: digits + op, start: i, end });
      i = end;
      const next = /^[ \t]*(.)/.exec(src.slice(i))?.[1] ?? '\n';
      if ((op === '<<' || op === '<<-') && !WORD_END.test(next)) {
        const w = readWord(src, i, file, lineAt, notes);
        pendingHeredocs.push({ delim: w.word.text, chomp: op === '<<-' });
        tokens.push({ kind: 'word', word: w.word, start: w.start, end: w.end });
        i = w.end;
      }
      if (op === '\n' && pendingHeredocs.length > 0) i = skipHeredocs(src, i, pendingHeredocs.splice(0));
      continue;
    }
    const w = readWord(src, i, file, lineAt, notes);
    tokens.push({ kind: 'word', word: w.word, start: w.start, end: w.end });
    i = w.end;
  }
  return tokens;
}

/** Skips here-document bodies after the newline that ends their command. */
function skipHeredocs(src: string, at: number, docs: readonly { delim: string; chomp: boolean }[]): number {
  let i = at;
  for (const d of docs) {
    while (i < src.length) {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      const body = src.slice(i, stop).replace(/\r$/, '');
      i = end < 0 ? src.length : end + 1;
      if ((d.chomp ? body.replace(/^\t+/, '') : body) === d.delim) break;
    }
  }
  return i;
}

const WORD_END = /[\s;&|()<>]/;

/** Reads one word from `start`: quotes, escapes, `$...` and backquotes. */
function readWord(src: string, start: number, file: string, lineAt: (o: number) => number, notes: Note[]) {
  let i = start;
  let text = '';
  const vars: string[] = [];
  let substitution = false;
  while (i < src.length && /[ \t]/.test(src[i]!)) i++;
  const wordStart = i;
  while (i < src.length && !WORD_END.test(src[i]!)) {
    const c = src[i]!;
    if (c === '\\') {
      if (src[i + 1] === '\n') { i += 2; continue; }
      text += src[i + 1] ?? '';
      i += 2;
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) { notes.push(note('error', 'UnterminatedQuote', file, lineAt(i), { quote: 'single' })); i = src.length; break; }
      text += src.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && /[$`"\\\n]/.test(src[i + 1] ?? '')) { if (src[i + 1] !== '\n') text += src[i + 1]; i += 2; continue; }
        if (src[i] === '$' || src[i] === '`') { const e = readExpansion(src, i, vars); substitution ||= e.substitution; text += src.slice(i, e.end); i = e.end; continue; }
        text += src[i];
        i++;
      }
      if (i >= src.length) { notes.push(note('error', 'UnterminatedQuote', file, lineAt(wordStart), { quote: 'double' })); break; }
      i++;
    } else if (c === '$' || c === '`') {
      const e = readExpansion(src, i, vars);
      substitution ||= e.substitution;
      text += src.slice(i, e.end);
      i = e.end;
    } else {
      text += c;
      i++;
    }
  }
  return { word: { text, raw: src.slice(wordStart, i), vars, substitution }, start: wordStart, end: Math.max(i, wordStart + 1) };
}

/** Reads `$NAME`, `${...}`, `$(...)`, `$((...))` or a backquoted command; records variable names. */
function readExpansion(src: string, i: number, vars: string[]): { end: number; substitution: boolean } {
  if (src[i] === '`') {
    const end = src.indexOf('`', i + 1);
    return { end: end < 0 ? src.length : end + 1, substitution: true };
  }
  const next = src[i + 1];
  if (next === '(' ) {
    let depth = 0;
    let j = i + 1;
    for (; j < src.length; j++) {
      if (src[j] === '(') depth++;
      else if (src[j] === ')' && --depth === 0) break;
    }
    return { end: Math.min(j + 1, src.length), substitution: true };
  }
  if (next === '{') {
    const end = src.indexOf('}', i + 2);
    const stop = end < 0 ? src.length : end + 1;
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 2, stop));
    if (name) vars.push(name[0]);
    return { end: stop, substitution: false };
  }
  const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(src.slice(i + 1));
  if (name) vars.push(name[0]);
  return { end: i + 1 + (name ? name[0].length : 0), substitution: false };
}

