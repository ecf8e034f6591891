/**
 * The part of a large Dockerfile that a completion or signature help at one line can depend on,
 * with every other line emptied so that line numbers (and so positions) stay as they are.
 *
 * The editor's language service parses the whole text on every request, and Monaco asks on every
 * keystroke: in a 1,000-stage file that was 50–100 ms of main thread per key. What it answers
 * (instruction keywords, an instruction's flags and signature) depends only on the instruction
 * under the cursor and the parser directives at the top (`# escape=` changes how lines continue),
 * so it gets those: the directives, and a window of lines around the cursor that holds any
 * realistic continued instruction. Files of at most `SMALL_FILE_LINES` lines are passed whole.
 */
export const SMALL_FILE_LINES = 400;
export const LINES_ABOVE = 200;
export const LINES_BELOW = 20;

/** `lines` as the service should see them for a request at 1-based `line`. */
export function serviceWindow(lines: readonly string[], line: number): string {
  if (lines.length <= SMALL_FILE_LINES) return lines.join('\n');
  const first = Math.max(1, line - LINES_ABOVE);
  const last = Math.min(lines.length, line + LINES_BELOW);
  // Parser directives: the leading comment lines (BuildKit stops reading them at the first other line).
  let directives = 0;
  while (directives < lines.length && /^\s*#/.test(lines[directives]!)) directives++;
  return lines.map((text, i) => (i < directives || (i + 1 >= first && i + 1 <= last) ? text : '')).join('\n');
}
