/**
 * The build checks' entry point: an engine analysis (for the same target and build args) →
 * the findings BuildKit prints, in BuildKit's order, and the error the build would end with.
 * Phases follow dockerfile2llb.toDispatchState; see docs/ARCHITECTURE.md.
 */
import { builtinArgs, evaluateMetaArgs } from '../analyze/args.ts';
import { splitStages } from '../analyze/stages.ts';
import { parseDockerignore } from '../context/dockerignore.ts';
import type { Analysis, Instruction, Range } from '../model.ts';
import type { ShellOptions } from '../shell/index.ts';
import { EMPTY_CONFIG, parseLintOptions, type LintConfig } from './config.ts';
import { dispatchStages } from './dispatch.ts';
import { checkBaseImagePlatforms, checkDefaultArgs, checkFroms } from './fromRules.ts';
import { Linter } from './linter.ts';
import { checkCommandCasing, checkEmptyContinuations, checkParsed, checkStageNames } from './parseRules.ts';
import { firstFailure } from './phases.ts';
import { checkSyntaxVersion } from './syntaxVersion.ts';
import type { BuildError, CheckNote, CheckOptions, CheckResult } from './types.ts';

const LINT_ARG = 'BUILDKIT_DOCKERFILE_CHECK';

/** newRuleLinter: the build arg replaces the directive; a bad value fails the build. */
function readConfig(analysis: Analysis, buildArgs: Readonly<Record<string, string>>): { config: LintConfig; error: string | null } {
  const arg = buildArgs[LINT_ARG];
  if (arg !== undefined) {
    const r = parseLintOptions(arg);
    return r.ok ? { config: r.config, error: null } : { config: EMPTY_CONFIG, error: `failed to parse build-arg:${LINT_ARG}: ${r.error}` };
  }
  const d = analysis.parse.directives.find((x) => x.name === 'check');
  const r = parseLintOptions(d?.value ?? '');
  return r.ok ? { config: r.config, error: null } : { config: EMPTY_CONFIG, error: `failed to parse check options: ${r.error}` };
}

/** Runs BuildKit's checks over `analysis` (computed with the same target and build args). */
export function runChecks(text: string, analysis: Analysis, options: CheckOptions = {}): CheckResult {
  const mode = options.mode ?? 'check';
  const target = options.target ?? null;
  const allStages = mode === 'check' && !target;
  const buildArgs = options.buildArgs ?? {};
  const notes: CheckNote[] = [];
  const { config, error: configError } = readConfig(analysis, buildArgs);
  const empty = (buildError: BuildError | null): CheckResult => ({ mode, allStages, findings: [], buildError, notes });
  if (configError !== null) return empty({ message: configError, range: null });

  const linter = new Linter(config);
  const parse = analysis.parse;
  const failure = firstFailure(analysis.diagnostics, allStages);
  const failedAt = failure?.diagnostic ?? null;
  const phase = failure?.phase ?? null;
  if (phase === 'parser') return empty(toError(failedAt));

  const stageOfLine = stageLookup(analysis);
  const stageOf = (ins: Instruction): number | undefined => stageOfLine(ins.range.start.line);
  const lines = text.split('\n');
  checkEmptyContinuations(parse, lines, linter);
  const stopLine = phase === 'instructions' && failedAt ? failedAt.range.start.line : Number.MAX_SAFE_INTEGER;
  checkParsed(parse.instructions, linter, stopLine, stageOf);
  checkSyntaxVersion(parse.directives, parse.instructions.filter((i) => i.range.start.line < stopLine), linter, stageOf);
  if (phase === 'instructions') return finish(linter, notes, mode, allStages, failedAt);

  const shell: ShellOptions = { escapeToken: parse.escapeToken };
  const split = splitStages(parse.instructions);
  const named = split.stages.map((s) => ({ index: s.index, name: s.name, from: s.from, instructions: s.instructions, fromText: s.fromText }));
  checkStageNames(named, linter);
  checkCommandCasing(named, linter);

  const targetName = target ?? split.stages[split.stages.length - 1]?.name ?? 'default';
  const defaults = evaluateMetaArgs(split.metaArgs, builtinArgs(targetName, {}), {}, shell, false);
  checkDefaultArgs(named, defaults.diagnostics.length > 0 ? null : defaults.env, shell, linter);
  const scope = evaluateMetaArgs(split.metaArgs, builtinArgs(targetName, buildArgs), buildArgs, shell);
  const metaFailed = phase === 'froms' && failedAt?.stage === undefined;
  const lastStage = metaFailed ? -1 : phase === 'froms' ? (failedAt?.stage ?? -1) : Number.MAX_SAFE_INTEGER;
  checkFroms(named, scope.env, scope.declared, shell, linter, lastStage);
  if (phase === 'froms' || phase === 'graph') return finish(linter, notes, mode, allStages, failedAt);

  const dispatched = analysis.stages.map((s) => allStages || s.reachable);
  checkBaseImagePlatforms(analysis.stages, dispatched, scope.env.get('TARGETPLATFORM') ?? 'linux/amd64', linter, notes);
  dispatchStages({
    stages: analysis.stages,
    dispatched,
    globalEnv: scope.env,
    buildArgs,
    shell,
    ignore: options.dockerignore == null ? null : parseDockerignore(options.dockerignore),
    linter,
    notes,
    stopAt: failedAt ? { stage: failedAt.stage ?? 0, line: failedAt.range.start.line } : null,
  });
  return finish(linter, notes, mode, allStages, failedAt);
}

function toError(d: { message: string; range: Range } | null): BuildError | null {
  return d === null ? null : { message: d.message, range: d.range };
}

/** finalizeResultImage: with `error=true`, any finding fails the build (after the dispatch). */
function finish(linter: Linter, notes: CheckNote[], mode: CheckResult['mode'], allStages: boolean, failedAt: { message: string; range: Range } | null): CheckResult {
  let buildError = toError(failedAt);
  if (buildError === null && linter.config.error && linter.called.length > 0) {
    const first = linter.findings.find((f) => !f.own) ?? linter.findings[0];
    buildError = { message: `lint violation found for rules: ${linter.called.join(', ')}`, range: first?.range ?? null };
  }
  return { mode, allStages, findings: linter.findings, buildError, notes };
}

/** Line → stage index (undefined before the first FROM). */
function stageLookup(analysis: Analysis): (line: number) => number | undefined {
  const starts = analysis.stages.map((s) => s.startLine);
  return (line) => {
    let found: number | undefined;
    for (let i = 0; i < starts.length && (starts[i] ?? 0) <= line; i++) found = i;
    return found;
  };
}
