/**
 * Stagecraft's Dockerfile parser: a faithful TypeScript port of BuildKit's
 * `parser.Parse` (moby/buildkit frontend/dockerfile/parser/parser.go).
 *
 * Invariants:
 * - Never throws: where BuildKit returns an error, we add an error diagnostic and
 *   carry on with what BuildKit would have had at that point (the instruction is
 *   kept, with no arguments when its arguments were rejected).
 * - Linear in the input: each physical line is read once; no regex backtracking.
 * - Every position goes through position.ts (0-based here, 1-based in the model).
 *
 * Pipeline per instruction: source.ts reads physical lines, lines.ts joins them into
 * the logical line → node.ts splits it (flags.ts, lineParsers.ts) → heredoc.ts finds
 * heredocs, whose bodies source.ts reads → the node becomes an `Instruction` whose
 * ranges offsets.ts maps back to the source.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Flag, Heredoc, Instruction, ParseResult, Position, Range } from '../model.ts';
import { fromZeroBased, spanFromZeroBased } from '../position.ts';
import { chompHeredocContent, heredocsFromLine } from './heredoc.ts';
import { LogicalLineReader, type LogicalLine } from './lines.ts';
import { canContainHeredoc, newNodeFromLine, type NodeError, type RawNode } from './node.ts';
import { OffsetMapper } from './offsets.ts';
import { LineSource, readHeredocBody } from './source.ts';

/** A flag word `--name[=value]` → name (without the dashes) and value (null without `=`). */
function toFlag(text: string, range: Range): Flag {
  const body = text.startsWith('--') ? text.slice(2) : text;
  const eq = body.indexOf('=');
  return eq < 0
    ? { text, name: body, value: null, range }
    : { text, name: body.slice(0, eq), value: body.slice(eq + 1), range };
}

const NO_FLAGS: readonly Flag[] = [];
const NO_HEREDOCS: readonly Heredoc[] = [];
const NO_COMMENTS: readonly string[] = [];

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.column === b.column;
}

/** The model's `Instruction` for a node; `range` bounds the whole instruction, heredocs included. */
function toInstruction(
  node: RawNode,
  map: OffsetMapper,
  range: Range,
  heredocs: readonly Heredoc[],
  comments: readonly string[],
): Instruction {
  const start = range.start;
  let flags = NO_FLAGS;
  if (node.flags.length > 0) {
    const list: Flag[] = [];
    for (const f of node.flags) list.push(toFlag(f.text, map.span(f.start, f.end)));
    flags = list;
  }
  const trigger =
    node.trigger === null
      ? null
      : toInstruction(node.trigger, map, { start: map.start(node.trigger.keywordStart), end: range.end }, NO_HEREDOCS, NO_COMMENTS);
  const span = map.span(node.keywordStart, node.keywordStart + node.original.length);
  const keywordRange: Range = samePosition(span.start, start) ? { start, end: span.end } : span;
  return {
    keyword: node.keyword,
    original: node.original,
    flags,
    args: node.args,
    json: node.json,
    heredocs,
    trigger,
    comments,
    range,
    keywordRange,
    text: node.line,
  };
}

/** Reads the bodies of the instruction's heredocs, in order (parser.go `Parse`). */
function readHeredocs(
  logical: LogicalLine,
  source: LineSource,
  lineRange: Range,
  diagnostics: Diagnostic[],
): { heredocs: Heredoc[]; endLine: number; endLength: number } {
  const heredocs: Heredoc[] = [];
  let endLine = logical.endLine;
  let endLength = logical.endLength;
  const found = heredocsFromLine(logical.text);
  if (found.error !== null) {
    diagnostics.push(diagnostic('error', 'ShellExpansionError', lineRange, { ...found.error }));
  }
  for (const spec of found.heredocs) {
    const body = readHeredocBody(source, spec.name, spec.chomp);
    if (body.firstLine >= 0) {
      endLine = body.lastLine;
      endLength = body.lastLength;
    }
    const range =
      body.firstLine >= 0
        ? spanFromZeroBased(body.firstLine, 0, body.lastLine, body.lastLength)
        : spanFromZeroBased(endLine, endLength, endLine, endLength);
    heredocs.push({
      name: spec.name,
      expand: spec.expand,
      chomp: spec.chomp,
      fileDescriptor: spec.fileDescriptor,
      content: spec.chomp ? chompHeredocContent(body.content) : body.content,
      range,
    });
    if (!body.terminated) {
      diagnostics.push(diagnostic('error', 'UnterminatedHeredoc', lineRange, { name: spec.name }));
      break; // BuildKit stops at "unterminated heredoc"; the input is exhausted anyway
    }
  }
  return { heredocs, endLine, endLength };
}

/** Diagnostics for errors BuildKit raises while building the node. */
function reportNodeErrors(errors: readonly NodeError[], node: RawNode, map: OffsetMapper, lineRange: Range, out: Diagnostic[]): void {
  for (const e of errors) {
    const range = e.node === node ? lineRange : { start: map.start(e.node.keywordStart), end: lineRange.end };
    out.push(diagnostic('error', e.code, range, e.params));
  }
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Parses a Dockerfile as BuildKit's parser does. Never throws. */
export function parseDockerfile(text: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const source = new LineSource(text, diagnostics);
  const reader = new LogicalLineReader(source, diagnostics);
  const instructions: Instruction[] = [];
  const errors: NodeError[] = []; // reused: BuildKit's per-line errors
  for (let logical = reader.next(); logical !== null; logical = reader.next()) {
    const node = newNodeFromLine(logical.text, 0, reader.escapeToken, errors);
    const map = new OffsetMapper(logical.segments);
    const lineRange = spanFromZeroBased(logical.startLine, logical.startColumn, logical.endLine, logical.endLength);
    if (errors.length > 0) {
      reportNodeErrors(errors, node, map, lineRange, diagnostics);
      errors.length = 0;
    }
    let heredocs = NO_HEREDOCS;
    let range = lineRange;
    if (canContainHeredoc(node) && logical.text.includes('<<')) {
      const read = readHeredocs(logical, source, lineRange, diagnostics);
      if (read.heredocs.length > 0) heredocs = read.heredocs;
      range = { start: lineRange.start, end: fromZeroBased(read.endLine, read.endLength) };
    }
    instructions.push(toInstruction(node, map, range, heredocs, logical.comments));
    reader.resetComments();
  }
  if (instructions.length === 0) {
    diagnostics.push(diagnostic('error', 'EmptyDockerfile', spanFromZeroBased(0, 0, 0, 0)));
  }
  return {
    directives: reader.directives,
    escapeToken: reader.escapeToken,
    instructions,
    diagnostics,
    lineCount: countLines(text),
  };
}
