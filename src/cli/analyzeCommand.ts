/**
 * `stagecraft [FILE|-] [--target NAME] [--build-arg K=V]... [--build-context N=V]... [--format text|json|mermaid|dot|outline|targets] [--strict]`
 */
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze/analyze.ts';
import { formatOutline, formatTargets } from '../core/format/buildx.ts';
import { formatDot } from '../core/format/dot.ts';
import { formatJson } from '../core/format/json.ts';
import { formatMermaid } from '../core/format/mermaid.ts';
import { formatText } from '../core/format/text.ts';
import { readInput, UsageError, type CliIO } from './io.ts';
import { BUILD_OPTIONS, parseBuildArgs, parseBuildContexts } from './options.ts';

const FORMATS = ['text', 'json', 'mermaid', 'dot', 'outline', 'targets'] as const;
type Format = (typeof FORMATS)[number];

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
  if (positionals.length > 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const text = await readInput(io, positionals[0] ?? '-');
  const buildArgs = parseBuildArgs(values['build-arg'] ?? []);
  const analysis = analyze(text, { target: values.target ?? null, buildArgs, buildContexts: parseBuildContexts(values['build-context'] ?? []) });
  const render: Record<Format, () => string> = {
    text: () => formatText(analysis),
    json: () => formatJson(analysis),
    mermaid: () => formatMermaid(analysis),
    dot: () => formatDot(analysis),
    outline: () => formatOutline(analysis, text, buildArgs),
    targets: () => formatTargets(analysis, text),
  };
  io.out(render[format as Format]());
  return values.strict && analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
