/**
 * Physical lines: Go's `bufio.Scanner` with BuildKit's `scanLines` over a string, and
 * the heredoc body loop of parser.go `Parse`.
 *
 * Invariants:
 * - A line ends at `\n` only (a lone `\r` is content). An empty input has no lines; a
 *   trailing `\n` does not start another line.
 * - Each line is read once, so the whole input is read in linear time.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../model.ts';
import { lineSpan } from '../position.ts';
import { trimNewline as goTrimNewline, utf8Length } from './goStrings.ts';

// Bound once: under vite's SSR transform (vitest) every use of an import is a property
// read on the module object, which costs dearly in per-line loops.
const trimNewline = goTrimNewline;

/** bufio.MaxScanTokenSize: a line (with its `\n`) may hold at most this many bytes. */
const MAX_TOKEN_BYTES = 64 * 1024;

/** Go's `scanLines` over a string: yields lines without their `\n`. */
export class LineSource {
  private pos = 0;
  /** 0-based index of the line last returned by `next`, -1 before the first. */
  index = -1;
  /** Length of the last line without trailing `\r`/`\n` (the end column of a range). */
  lastLength = 0;
  /** Whether the last line ended with `\n` (only the input's final line may not). */
  lastHadNewline = false;

  constructor(
    private readonly text: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  hasNext(): boolean {
    return this.pos < this.text.length;
  }

  next(): string {
    const nl = this.text.indexOf('\n', this.pos);
    const end = nl < 0 ? this.text.length : nl;
    const raw = this.text.slice(this.pos, end);
    this.pos = nl < 0 ? this.text.length : nl + 1;
    this.index++;
    this.lastLength = trimNewline(raw).length;
    this.lastHadNewline = nl >= 0;
    // ErrTooLong: bufio.Scanner refuses a line whose bytes (with `\n`) exceed 64 KiB.
    // BuildKit stops reading there; we report it and keep parsing.
    const newline = nl < 0 ? 0 : 1;
    if (raw.length * 3 + newline > MAX_TOKEN_BYTES) {
      const bytes = utf8Length(raw);
      if (bytes + newline > MAX_TOKEN_BYTES) {
        this.diagnostics.push(
          diagnostic('error', 'LineTooLong', lineSpan(this.index, 0, raw.length), { length: bytes }),
        );
      }
    }
    return raw;
  }
}

/** A heredoc body as read by the loop after the instruction (parser.go `Parse`). */
export interface HeredocBody {
  /** Raw lines with their line endings, tabs not yet stripped. */
  readonly content: string;
  readonly terminated: boolean;
  /** 0-based first and last line read; `firstLine` is -1 when no line was left to read. */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly lastLength: number;
}

/**
 * Reads lines until one equals `name` (after `trimNewline`, and after stripping
 * leading tabs for `<<-`). Body lines are never comments, continuations or
 * instructions.
 */
export function readHeredocBody(src: LineSource, name: string, chomp: boolean): HeredocBody {
  let content = '';
  let firstLine = -1;
  while (src.hasNext()) {
    const raw = src.next();
    if (firstLine < 0) firstLine = src.index;
    let candidate = trimNewline(raw);
    if (chomp) {
      let t = 0;
      while (candidate.charCodeAt(t) === 0x09) t++;
      candidate = candidate.slice(t);
    }
    if (candidate === name) {
      return { content, terminated: true, firstLine, lastLine: src.index, lastLength: src.lastLength };
    }
    // scanLines keeps the `\n`; only the very last line of the input lacks one.
    content += src.lastHadNewline ? raw + '\n' : raw;
  }
  return { content, terminated: false, firstLine, lastLine: src.index, lastLength: src.lastLength };
}
