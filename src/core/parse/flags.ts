/**
 * A port of BuildKit's parser/split_command.go: `splitCommand` and
 * `extractBuilderFlags`.
 *
 * Invariants (as in BuildKit):
 * - The keyword is the first run of non-`[\t\v\f\r ]` characters of the trimmed line.
 * - Flags are the leading words starting with `--`, for every instruction (known or
 *   not). A bare `--` ends the flags and is dropped. Quotes are removed, `\` (always
 *   backslash, whatever the escape directive says) takes the next byte literally.
 * - Go walks the flag text *byte by byte* and appends `string(rune(b))`, so a
 *   non-ASCII character in a flag comes out as its UTF-8 bytes read as Latin-1
 *   (`--chown=é` gives `--chown=Ã©`), and the bytes 0x85 and 0xA0 count as spaces.
 *   We do the same on the UTF-8 bytes of the line.
 * - Offsets returned here are UTF-16 offsets into the `line` given to `splitCommand`.
 */
import { ByteView } from './byteView.ts';
import {
  goToLower,
  goTrimSpace,
  isGoSpaceByte as goSpaceByte,
  isTokenWhitespace as tokenWhitespace,
  leadingGoSpace,
  trailingGoSpaceStart,
} from './goStrings.ts';

// Hot helpers bound once: under vite's SSR transform (vitest) every use of an import is a
// property read on the module object, which costs dearly in per-character loops.
const isGoSpaceByte = goSpaceByte;
const isTokenWhitespace = tokenWhitespace;

/** One flag word as BuildKit keeps it (`Node.Flags` entry) and where it was written. */
export interface FlagWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface SplitCommand {
  /** The keyword as written (`cmdline[0]` before `strings.ToLower`). */
  readonly original: string;
  /** `strings.ToLower(cmdline[0])`. */
  readonly keyword: string;
  readonly keywordStart: number;
  readonly flags: readonly FlagWord[];
  /** `strings.TrimSpace(args)`: what the per-instruction line parser receives. */
  readonly args: string;
  readonly argsStart: number;
}

interface Extracted {
  readonly rest: string;
  readonly restOffset: number;
  readonly flags: FlagWord[];
}

/** `splitCommand(line)`: keyword, flags and the remaining argument text. */
export function splitCommand(line: string): SplitCommand {
  const lead = leadingGoSpace(line);
  const trimmed = lead === line.length ? '' : line.slice(lead, trailingGoSpaceStart(line));
  // tokenWhitespace.Split(trimmed, 2): the trimmed line has no edge whitespace.
  let i = 0;
  while (i < trimmed.length && !isTokenWhitespace(trimmed.charCodeAt(i))) i++;
  const { original, keyword } = internKeyword(trimmed.slice(0, i));
  if (i === trimmed.length) return { original, keyword, keywordStart: lead, flags: NO_FLAGS, args: '', argsStart: lead + i };
  let j = i;
  while (j < trimmed.length && isTokenWhitespace(trimmed.charCodeAt(j))) j++;
  const rest = trimmed.slice(j);
  const shift = lead + j;
  if (!startsWithFlag(rest)) {
    // No flag: extractBuilderFlags would return the text from its first non-space.
    return { original, keyword, keywordStart: lead, flags: NO_FLAGS, args: goTrimSpace(rest), argsStart: shift + leadingGoSpace(rest) };
  }
  const ex = extractBuilderFlags(rest);
  const flags: FlagWord[] = [];
  for (const f of ex.flags) flags.push({ text: f.text, start: f.start + shift, end: f.end + shift });
  return {
    original,
    keyword,
    keywordStart: lead,
    flags,
    args: goTrimSpace(ex.rest),
    argsStart: shift + ex.restOffset + leadingGoSpace(ex.rest),
  };
}

const NO_FLAGS: readonly FlagWord[] = [];

/** Keywords repeat: each spelling is kept once with its lower case (bounded, so arbitrary
 * input cannot grow it), which also lets all instructions share the two strings. */
const KEYWORD_CACHE = new Map<string, { readonly original: string; readonly keyword: string }>();

function internKeyword(original: string): { readonly original: string; readonly keyword: string } {
  const cached = KEYWORD_CACHE.get(original);
  if (cached !== undefined) return cached;
  const entry = { original, keyword: goToLower(original) };
  if (original.length <= 16 && KEYWORD_CACHE.size < 512) KEYWORD_CACHE.set(original, entry);
  return entry;
}

/**
 * Whether `extractBuilderFlags` would read a flag at all: its first non-space byte
 * is `-` followed by `-`. Spaces are checked as bytes (0x85/0xA0 only appear inside
 * multi-byte characters, which start with a non-space byte).
 */
function startsWithFlag(rest: string): boolean {
  let i = 0;
  while (i < rest.length) {
    const c = rest.charCodeAt(i);
    if (c < 0x80 && isGoSpaceByte(c)) i++;
    else break;
  }
  return rest.charCodeAt(i) === DASH && rest.charCodeAt(i + 1) === DASH;
}

const QUOTE_SINGLE = 0x27;
const QUOTE_DOUBLE = 0x22;
const BACKSLASH = 0x5c;
const DASH = 0x2d;

/**
 * `extractBuilderFlags(line)`: returns the rest of the line and the flag words.
 * Go appends byte by byte; we append runs of bytes kept verbatim (`run` up to `pos`),
 * cutting a run at each quote and escape, which gives the same words.
 */
export function extractBuilderFlags(line: string): Extracted {
  const v = new ByteView(line);
  const n = v.length;
  const flags: FlagWord[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let run = 0;
  let wordStart = 0;
  let quote = 0;
  let blankOK = false;
  let ch = 0;

  for (let pos = 0; pos <= n; pos++) {
    if (pos !== n) ch = v.at(pos);
    if (phase === 'spaces') {
      if (pos === n) break;
      if (isGoSpaceByte(ch)) continue;
      // Only keep going if the next word starts with --
      if (ch !== DASH || pos + 1 === n || v.at(pos + 1) !== DASH) return { ...v.restFrom(pos), flags };
      phase = 'word';
      wordStart = pos;
      run = pos;
      word = '';
    }
    if (pos === n) {
      word += v.slice(run, pos);
      if (word !== '--' && (blankOK || word.length > 0)) {
        flags.push({ text: word, start: v.toUtf16(wordStart), end: v.toUtf16(pos) });
      }
      break;
    }
    if (phase === 'word') {
      if (isGoSpaceByte(ch)) {
        word += v.slice(run, pos);
        phase = 'spaces';
        if (word === '--') return { ...v.restFrom(pos), flags };
        if (blankOK || word.length > 0) flags.push({ text: word, start: v.toUtf16(wordStart), end: v.toUtf16(pos) });
        blankOK = false;
        continue;
      }
      if (ch === QUOTE_SINGLE || ch === QUOTE_DOUBLE) {
        word += v.slice(run, pos);
        run = pos + 1;
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === BACKSLASH) {
        word += v.slice(run, pos);
        run = pos + 1; // the escaped byte starts the next run; a final \ is dropped
        if (pos + 1 !== n) pos++;
      }
      continue;
    }
    // phase === 'quote'
    if (ch === quote) {
      word += v.slice(run, pos);
      run = pos + 1;
      phase = 'word';
      continue;
    }
    if (ch === BACKSLASH) {
      word += v.slice(run, pos);
      run = pos + 1;
      if (pos + 1 === n) phase = 'word'; // just skip \ at end
      else pos++;
    }
  }
  return { rest: '', restOffset: line.length, flags };
}
