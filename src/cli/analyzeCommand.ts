/**
/**
 * `stagecraft [FILE|GLOB|-]... [--target NAME] [--build-arg K=V]... [--build-context N=V]...
 *   [--format text|json|markdown|mermaid|dot|outline|targets] [--strict]`
 * Several files: a section per file in text and markdown, a JSON array in json; mermaid and dot
 * draw one graph and outline/targets answer for one build, so they take one file. Every format is
 * terminal-safe (control characters neutralised, or \u-escaped in JSON) and only the text summary
 * is coloured, when io.color says so.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze/analyze.ts';
import { formatOutline, formatTargets } from '../core/format/buildx.ts';
import { jsonSafe, neutralizeControls } from '../core/format/controls.ts';
import { formatDot } from '../core/format/dot.ts';
import { toJson } from '../core/format/json.ts';
import { formatMarkdown } from '../core/format/markdown.ts';
import { formatMermaid } from '../core/format/mermaid.ts';
import { formatText } from '../core/format/text.ts';
import type { Analysis } from '../core/model.ts';
import { expandInputs, perFileJson, perFileText, shownName } from './inputs.ts';
import { readInput, UsageError, type CliIO } from './io.ts';
import { BUILD_OPTIONS, parseBuildArgs, parseBuildContexts } from './options.ts';
import { paintSummary } from './paint.ts';

const FORMATS = ['text', 'json', 'markdown', 'mermaid', 'dot', 'outline', 'targets'] as const;
type Format = (typeof FORMATS)[number];
const ONE_GRAPH: readonly Format[] = ['mermaid', 'dot', 'outline', 'targets'];

export async function analyzeCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...BUILD_OPTIONS,
      format: { type: 'string', short: 'f', default: 'text' },
      strict: { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const files = await expandInputs(positionals.length > 0 ? positionals : ['-']);
  if (files.length > 1 && ONE_GRAPH.includes(format)) throw new UsageError(`--format ${format} draws one file; for ${files.length} files use --format markdown or json`);
  const buildArgs = parseBuildArgs(values['build-arg'] ?? []);
  const options = { target: values.target ?? null, buildArgs, buildContexts: parseBuildContexts(values['build-context'] ?? []) };
  const results: { file: string; text: string; analysis: Analysis }[] = [];
  for (const file of files) {
    const text = await readInput(io, file);
    results.push({ file, text, analysis: analyze(text, options) });
  }

  const several = results.length > 1;
  const one = results[0]!.analysis;
  const render: Record<Format, () => string> = {
    text: () => {
      const text = neutralizeControls(perFileText(results, (r) => formatText(r.analysis)));
      return io.color ? paintSummary(text) : text;
    },
    // Several files: an array of the same documents, each with the file it describes.
    json: () => jsonSafe(perFileJson(results, (r) => toJson(r.analysis))),
    markdown: () => neutralizeControls(results.map((r) => formatMarkdown(r.analysis, several ? shownName(r.file) : undefined)).join('\n')),
    mermaid: () => neutralizeControls(formatMermaid(one)),
    dot: () => neutralizeControls(formatDot(one)),
    outline: () => jsonSafe(formatOutline(one, results[0]!.text, buildArgs)),
    targets: () => jsonSafe(formatTargets(one, results[0]!.text)),
  };
  io.out(render[format]());
  const failed = results.some((r) => r.analysis.diagnostics.some((d) => d.severity === 'error'));
  return values.strict && failed ? 1 : 0;
}
