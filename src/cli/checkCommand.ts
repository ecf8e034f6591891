/**
 * `stagecraft check [FILE|-] [--format text|json|sarif] [--build-mode] [--target NAME]
 * [--build-arg K=V]... [--dockerignore FILE]`: BuildKit's build checks, for CI.
 * Exit 1 when the build would fail (a BuildKit error, or a finding under `error=true`),
 * 0 otherwise; usage errors exit 2 (main.ts).
 */
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze/analyze.ts';
import { formatChecksJson } from '../core/checks/report/json.ts';
import { formatChecksSarif } from '../core/checks/report/sarif.ts';
import { formatChecksText } from '../core/checks/report/text.ts';
import { runChecks } from '../core/checks/index.ts';
import { readInput, UsageError, type CliIO } from './io.ts';
import { BUILD_OPTIONS, parseBuildArgs } from './options.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** `--dockerignore`, else `<FILE>.dockerignore` beside FILE, else `.dockerignore` in its folder. */
async function readIgnore(io: CliIO, file: string, explicit: string | undefined): Promise<string | null> {
  if (explicit !== undefined) return readInput(io, explicit);
  const dir = file === '-' ? '.' : dirname(file);
  const candidates = file === '-' ? [join(dir, '.dockerignore')] : [`${file}.dockerignore`, join(dir, '.dockerignore')];
  for (const c of candidates) {
    try {
      return await io.readFile(c);
    } catch {
      // not there: try the next one
    }
  }
  return null;
}

export async function checkCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...BUILD_OPTIONS,
      format: { type: 'string', short: 'f', default: 'text' },
      'build-mode': { type: 'boolean', default: false },
      dockerignore: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const file = positionals[0] ?? '-';
  const buildArgs = parseBuildArgs(values['build-arg'] ?? []);
  const target = values.target ?? null;
  const text = await readInput(io, file);
  const dockerignore = await readIgnore(io, file, values.dockerignore);
  const analysis = analyze(text, { target, buildArgs });
  const result = runChecks(text, analysis, { mode: values['build-mode'] ? 'build' : 'check', target, buildArgs, dockerignore });
  const name = file === '-' ? 'Dockerfile' : basename(file);
  if (format === 'json') io.out(formatChecksJson(result, name));
  else if (format === 'sarif') io.out(formatChecksSarif(result, file === '-' ? 'Dockerfile' : file));
  else io.out(formatChecksText(result, name, text));
  return result.buildError ? 1 : 0;
}
