/**
 * `stagecraft plan [FILE|-] [--classic] [--target NAME] [--build-arg K=V]... [--changed PATH]...
 *  [--changed-arg NAME]... [--format text|json]`: the build laid out in time, and what re-runs.
 * A FILE's `.dockerignore` (`<FILE>.dockerignore`, else `.dockerignore` beside it) is honoured.
 * A build that fails (an error BuildKit stops at) or that the classic builder cannot run at all
 * prints why instead of a schedule and exits 1, as the failed build would.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze/analyze.ts';
import { parseDockerignore } from '../core/context/dockerignore.ts';
import { jsonSafe, neutralizeControls } from '../core/format/controls.ts';
import { formatOutcomeJson, formatOutcomeText, formatPlanJson, formatPlanText } from '../core/format/plan.ts';
import { cacheWhatIf, planBuild } from '../core/schedule/index.ts';
import { readDockerignore } from './dockerignoreFile.ts';
import { readInput, UsageError, type CliIO } from './io.ts';
import { BUILD_OPTIONS, parseBuildArgs } from './options.ts';

export async function planCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...BUILD_OPTIONS,
      classic: { type: 'boolean', default: false },
      changed: { type: 'string', multiple: true },
      'changed-arg': { type: 'string', multiple: true },
      format: { type: 'string', short: 'f', default: 'text' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const format = values.format as string;
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be one of text, json');
  const file = positionals[0] ?? '-';
  const text = await readInput(io, file);
  const analysis = analyze(text, { target: values.target ?? null, buildArgs: parseBuildArgs(values['build-arg'] ?? []) });
  if (values.target && analysis.target === null) {
    // BuildKit's words, with its suggestion (suggest.WrapError: " (did you mean b?)").
    const suggestion = analysis.diagnostics.find((d) => d.code === 'TargetNotFound')?.params.suggestion ?? '';
    throw new UsageError(`target stage "${values.target}" could not be found${suggestion}`);
  }
  const print = (s: string): void => io.out(format === 'json' ? jsonSafe(s) : neutralizeControls(s));
  const outcome = planBuild(analysis, values.classic ? 'classic' : 'buildkit');
  if (outcome.kind !== 'schedule') {
    print((format === 'json' ? formatOutcomeJson(analysis, outcome) : formatOutcomeText(outcome)) ?? '');
    return 1;
  }
  const sched = outcome.schedule;
  const changed = values.changed ?? [];
  const changedArgs = values['changed-arg'] ?? [];
  let cache;
  if (changed.length > 0 || changedArgs.length > 0) {
    const ignoreText = await readDockerignore(io, file);
    const ignore = ignoreText === null ? undefined : parseDockerignore(ignoreText);
    cache = cacheWhatIf(analysis, sched, { changedPaths: changed, changedArgs, ignores: ignore ? (p) => ignore.ignores(p) : undefined });
  }
  print(format === 'json' ? formatPlanJson(analysis, sched, cache) : formatPlanText(analysis, sched, cache));
  return 0;
}
