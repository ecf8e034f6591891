/**
 * Colour for the text summary on a terminal: section headings bold, the target green,
 * errors red, warnings yellow. Applied after control characters are neutralised, so the
 * only escape sequences in the output are these.
 */
const SGR = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const bold = SGR('1');
const red = SGR('31');
const yellow = SGR('33');
const green = SGR('32');

export function paintSummary(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(==> .* <==|Stages \(\d+\):|Edges \(\d+\):|Diagnostics \(\d+\):)$/, (h) => bold(h))
        .replace(/\bTARGET\b/, (t) => green(t))
        .replace(/^(\s+line \d+: )(error)\b/, (_, p: string, w: string) => p + red(w))
        .replace(/^(\s+line \d+: )(warning)\b/, (_, p: string, w: string) => p + yellow(w)),
    )
    .join('\n');
}
