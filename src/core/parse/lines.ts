/**
 * Physical lines → logical instructions: a port of the line loop of BuildKit's
 * `Parse` (parser/parser.go): `processLine`, `trimContinuationCharacter`, `isComment`,
 * `isEmptyContinuationLine` and the comment collection (lines come from source.ts).
 *
 * Invariants:
 * - `trimNewline` strips every trailing `\r`/`\n` of a line.
 * - The first line of an instruction is left-trimmed (Go `unicode.IsSpace`);
 *   continuation lines keep their leading whitespace.
 * - Each piece of the joined line remembers where it came from (`Segment`), so any
 *   offset in the logical line maps back to a source position.
 * - Every line is visited once: the whole file is read in linear time.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Directive } from '../model.ts';
import { lineSpan } from '../position.ts';
import { DirectiveState, type EscapeToken } from './directives.ts';
import { isGoSpace, leadingGoSpace as goLeadingSpace, trimNewline as goTrimNewline } from './goStrings.ts';
import type { LineSource } from './source.ts';

// Hot helpers bound once: under vite's SSR transform (vitest) every use of an import is a
// property read on the module object, which costs dearly in per-character loops.
const leadingGoSpace = goLeadingSpace;
const trimNewline = goTrimNewline;

const NO_COMMENTS: readonly string[] = [];

/** Where a piece of the logical line sits in the source (all 0-based). */
export interface Segment {
  readonly logicalStart: number;
  readonly lineIndex: number;
  readonly column: number;
  readonly length: number;
}

/** One instruction's joined line (BuildKit's `line`), before any word splitting. */
export interface LogicalLine {
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly startLine: number;
  /** Column where the instruction starts on its first line (after left-trimming). */
  readonly startColumn: number;
  /** Last physical line consumed so far (continuation lines and skipped lines included). */
  readonly endLine: number;
  readonly endLength: number;
  readonly comments: readonly string[];
  /** An empty line sat inside the continuation (BuildKit's NoEmptyContinuation warning). */
  readonly hasEmptyContinuation: boolean;
}

/** `isComment`: the first non-space character is `#`. */
export function isComment(line: string): boolean {
  return line.charCodeAt(leadingGoSpace(line)) === 0x23;
}

/**
 * `trimContinuationCharacter`: the regex ``([^\X])\X[ \t]*$|^\X[ \t]*$`` with `$1`
 * as replacement, without a regex. The escape token is a continuation when it is the
 * last character before trailing spaces/tabs, unless another escape token precedes it.
 * Returns the length of the text to keep, or -1 when the line does not continue.
 */
export function continuationCut(line: string, escape: EscapeToken): number {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09) break;
    end--;
  }
  const esc = escape.charCodeAt(0);
  if (end > 0 && line.charCodeAt(end - 1) === esc) {
    if (end === 1) return 0;
    if (line.charCodeAt(end - 2) !== esc) return end - 1;
  }
  return -1;
}

/**
 * The comment text BuildKit records: `strings.TrimSpace(string(bytesRead[1:]))`.
 * It drops the first *byte* of the raw line, not the `#`: `  # a` gives `# a`. When
 * that byte starts a multi-byte space, the leftover bytes are invalid UTF-8, shown
 * here as U+FFFD each.
 */
function commentText(body: string): string {
  const c = body.charCodeAt(0);
  let rest = body.slice(1);
  if (c >= 0x80) rest = '\uFFFD'.repeat(c < 0x800 ? 1 : 2) + rest;
  let a = 0;
  while (a < rest.length && isGoSpace(rest.charCodeAt(a))) a++;
  let b = rest.length;
  while (b > a && isGoSpace(rest.charCodeAt(b - 1))) b--;
  return rest.slice(a, b);
}

/** Reads logical instructions one at a time, as the outer loop of `Parse` does. */
export class LogicalLineReader {
  readonly directives: Directive[] = [];
  private readonly state = new DirectiveState();
  private comments: string[] = [];

  constructor(
    readonly source: LineSource,
    private readonly diagnostics: Diagnostic[],
  ) {}

  get escapeToken(): EscapeToken {
    return this.state.escapeToken;
  }

  /** `comments = nil` after an instruction has been added. */
  resetComments(): void {
    if (this.comments.length > 0) this.comments = [];
  }

  /** The next instruction's joined line, or null at the end of the input. */
  next(): LogicalLine | null {
    const src = this.source;
    while (src.hasNext()) {
      const raw = src.next();
      const lineIndex = src.index;
      // First line: strip the byte-order mark.
      const bom = lineIndex === 0 && raw.charCodeAt(0) === 0xfeff ? 1 : 0;
      const body = bom ? raw.slice(1) : raw;
      if (isComment(body)) {
        const comment = commentText(body);
        if (comment === '') this.comments = [];
        else this.comments.push(comment);
      }
      // processLine(d, bytesRead, true)
      const trimmed = trimNewline(body);
      const lead = leadingGoSpace(trimmed);
      const token = trimmed.slice(lead);
      this.directive(token, lineIndex, src.lastLength);
      const processed = token.charCodeAt(0) === 0x23 ? '' : token; // trimComments
      const cut = continuationCut(processed, this.state.escapeToken);
      if (cut < 0 && processed === '') continue;
      return this.continuation(cut < 0 ? processed : processed.slice(0, cut), cut >= 0, lineIndex, bom + lead);
    }
    return null;
  }

  /** The inner loop: joins continuation lines, skipping comments and empty lines. */
  private continuation(text: string, more: boolean, startLine: number, startColumn: number): LogicalLine {
    const src = this.source;
    const segments: Segment[] = [{ logicalStart: 0, lineIndex: startLine, column: startColumn, length: text.length }];
    let joined = text;
    let length = text.length;
    let hasEmptyContinuation = false;
    let endLength = src.lastLength;
    while (more && src.hasNext()) {
      const raw = src.next();
      endLength = src.lastLength;
      // Directives are already over here: the instruction's first line ended them.
      if (isComment(raw)) continue;
      const token = trimNewline(raw);
      if (leadingGoSpace(token) === token.length) {
        hasEmptyContinuation = true;
        continue;
      }
      const cut = continuationCut(token, this.state.escapeToken);
      more = cut >= 0;
      const piece = more ? token.slice(0, cut) : token;
      segments.push({ logicalStart: length, lineIndex: src.index, column: 0, length: piece.length });
      joined += piece;
      length += piece.length;
    }
    return {
      text: joined,
      segments,
      startLine,
      startColumn,
      endLine: src.index,
      endLength,
      comments: this.comments.length === 0 ? NO_COMMENTS : [...this.comments],
      hasEmptyContinuation,
    };
  }

  /** `possibleParserDirective` plus BuildKit's removal of a directive from the comments. */
  private directive(token: string, lineIndex: number, lineLength: number): void {
    const result = this.state.parseLine(token);
    if (result.kind === 'none') return;
    const range = lineSpan(lineIndex, 0, lineLength);
    switch (result.kind) {
      case 'directive':
        this.comments.pop();
        this.directives.push({ name: result.name, value: result.value, line: range.start.line });
        return;
      case 'duplicate':
        this.diagnostics.push(diagnostic('error', 'DuplicateDirective', range, { name: result.name }));
        return;
      case 'badEscape':
        this.diagnostics.push(diagnostic('error', 'InvalidEscapeDirective', range, { value: result.value }));
        return;
    }
  }
}

