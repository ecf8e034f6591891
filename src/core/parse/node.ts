/**
 * One logical line → one node: a port of BuildKit's `newNodeFromLine`,
 * `parseSubCommand`, `parseIgnore` and `Node.canContainHeredoc` (parser.go,
 * line_parsers.go).
 *
 * Invariants:
 * - Offsets (`keywordStart`, flag `start`/`end`) are UTF-16 offsets into the
 *   instruction's logical line, so the caller can map them back to the source.
 * - An unknown keyword is kept with no arguments (`parseIgnore`); BuildKit only
 *   rejects it later, in `instructions.Parse`.
 * - Errors BuildKit raises while parsing the arguments are collected, not thrown.
 */
import type { EscapeToken } from './directives.ts';
import { splitCommand, type FlagWord } from './flags.ts';
import { goToLower } from './goStrings.ts';
import { DISPATCH, type LineError } from './lineParsers.ts';

export interface RawNode {
  /** `Node.Value`, lower-cased. */
  readonly keyword: string;
  /** The keyword as written. */
  readonly original: string;
  readonly keywordStart: number;
  readonly flags: readonly FlagWord[];
  readonly args: readonly string[];
  readonly json: boolean;
  /** ONBUILD's wrapped node (`Next.Children[0]`). */
  readonly trigger: RawNode | null;
  /** `Node.Original`: the line this node was made from (ONBUILD's trigger: the rest). */
  readonly line: string;
}

export interface NodeError extends LineError {
  /** The node whose arguments failed (for ranges). */
  readonly node: RawNode;
}

/**
 * Deepest ONBUILD nesting kept as nodes. BuildKit's parser recurses without limit (Go
 * stacks grow), but its next step rejects any `ONBUILD ONBUILD`; a JavaScript stack
 * does not survive thousands of levels, so the node at this depth keeps its text and
 * no trigger.
 */
export const MAX_ONBUILD_DEPTH = 100;

/**
 * `newNodeFromLine(line, d, comments)`. `lineStart` is where `line` begins in the
 * logical line (non-zero for an ONBUILD trigger); `depth` counts enclosing ONBUILDs.
 */
export function newNodeFromLine(
  line: string,
  lineStart: number,
  escape: EscapeToken,
  errors: NodeError[],
  depth = 0,
): RawNode {
  const split = splitCommand(line);
  let flags = split.flags;
  if (lineStart !== 0 && flags.length > 0) {
    flags = split.flags.map((f) => ({ text: f.text, start: f.start + lineStart, end: f.end + lineStart }));
  }
  const keywordStart = split.keywordStart + lineStart;
  if (split.keyword === 'onbuild') {
    // parseSubCommand: the rest of the line is a whole instruction of its own.
    const trigger =
      split.args === '' || depth >= MAX_ONBUILD_DEPTH
        ? null
        : newNodeFromLine(split.args, lineStart + split.argsStart, escape, errors, depth + 1);
    return makeNode(split.keyword, split.original, keywordStart, flags, NO_ARGS, false, trigger, line);
  }
  const parser = DISPATCH.get(split.keyword);
  // parseIgnore: an unknown keyword keeps no arguments.
  if (parser === undefined) return makeNode(split.keyword, split.original, keywordStart, flags, NO_ARGS, false, null, line);
  const parsed = parser(split.args, escape);
  const node = makeNode(split.keyword, split.original, keywordStart, flags, parsed.args, parsed.json, null, line);
  if (parsed.error !== null) errors.push({ code: parsed.error.code, params: parsed.error.params, node });
  return node;
}

const NO_ARGS: readonly string[] = [];

/** Builds every node with the same shape (one hidden class for V8). */
function makeNode(
  keyword: string,
  original: string,
  keywordStart: number,
  flags: readonly FlagWord[],
  args: readonly string[],
  json: boolean,
  trigger: RawNode | null,
  line: string,
): RawNode {
  return { keyword, original, keywordStart, flags, args, json, trigger, line };
}

const HEREDOC_KEYWORDS = new Set(['add', 'copy', 'run']);

/** `canContainHeredoc`: ADD/COPY/RUN not in JSON form, also behind ONBUILD. */
export function canContainHeredoc(node: RawNode): boolean {
  const target = node.keyword === 'onbuild' && node.trigger !== null ? node.trigger : node;
  return HEREDOC_KEYWORDS.has(goToLower(target.keyword)) && !target.json;
}
