/**
 * The build checks' entry point: an engine analysis (for the same target and build args) →
 * the findings BuildKit prints, in BuildKit's order, and the error the build would end with.
 * Phases follow dockerfile2llb.toDispatchState; see docs/ARCHITECTURE.md.
 */
import { builtinArgs, evaluateMetaArgs } from '../analyze/args.ts';
import { reachableFrom } from '../analyze/graph.ts';
import { parseDockerignore } from '../context/dockerignore.ts';
import type { Analysis, Diagnostic, Instruction, Range } from '../model.ts';
import { buildKitError } from './buildkitError.ts';
import type { ShellOptions } from '../shell/index.ts';
import { EMPTY_CONFIG, parseLintOptions, type LintConfig } from './config.ts';
import { dispatchStages } from './dispatch.ts';
import { checkBaseImagePlatforms } from './basePlatform.ts';
import { checkDefaultArgs, checkFroms } from './fromRules.ts';
import { Linter } from './linter.ts';
import { checkCommandCasing, checkEmptyContinuations, checkParsed, checkStageNames } from './parseRules.ts';
import { firstFailure } from './phases.ts';
import { checkSyntaxVersion } from './syntaxVersion.ts';
import type { BuildError, CheckMode, CheckNote, CheckOptions, CheckResult } from './types.ts';

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
  return runModes(text, analysis, options, [{ mode, target: options.target ?? null }])[0]!;
}

/**
 * What the page shows: a build of `options.target` and `--check` (every stage), from one
 * analysis. Everything before dispatch is the same in both modes, so it runs once.
 */
export function runChecksBoth(text: string, analysis: Analysis, options: Omit<CheckOptions, 'mode'> = {}): { build: CheckResult; check: CheckResult } {
  const [build, check] = runModes(text, analysis, options, [{ mode: 'build', target: options.target ?? null }, { mode: 'check', target: null }]);
  return { build: build!, check: check! };
}

interface ModeRequest {
  readonly mode: CheckMode;
  readonly target: string | null;
}

function runModes(text: string, analysis: Analysis, options: CheckOptions, requests: readonly ModeRequest[]): CheckResult[] {
  const buildArgs = options.buildArgs ?? {};
  const modes = requests.map((r) => {
    const allStages = r.mode === 'check' && !r.target;
    return { ...r, allStages, failure: firstFailure(analysis.diagnostics, allStages) };
  });
  const { config, error: configError } = readConfig(analysis, buildArgs);
  const empty = (buildError: BuildError | null) => modes.map((m): CheckResult => ({ mode: m.mode, allStages: m.allStages, findings: [], buildError, notes: [] }));
  if (configError !== null) return empty({ message: configError, range: null });

  // Phases before dispatch stop at the same error in every mode (only dispatch-time errors
  // depend on which stages are dispatched).
  const early = modes.map((m) => m.failure).find((f) => f !== null && f.phase !== 'dispatch') ?? null;
  const failedAt = early?.diagnostic ?? null;
  const phase = early?.phase ?? null;
  if (phase === 'parser') return empty(toError(failedAt));

  const linter = new Linter(config);
  const parse = analysis.parse;
  const finishAll = (): CheckResult[] => modes.map((m) => finish(linter, [], m.mode, m.allStages, failedAt));
  const stageOfLine = stageLookup(analysis);
  const stageOf = (ins: Instruction): number | undefined => stageOfLine(ins.range.start.line);
  checkEmptyContinuations(parse, lineReader(text), linter);
  const stopLine = phase === 'instructions' && failedAt ? failedAt.range.start.line : Number.MAX_SAFE_INTEGER;
  checkParsed(parse.instructions, linter, stopLine, stageOf);
  const parsed = stopLine === Number.MAX_SAFE_INTEGER ? parse.instructions : parse.instructions.filter((i) => i.range.start.line < stopLine);
  checkSyntaxVersion(parse.directives, parsed, linter, stageOf);
  if (phase === 'instructions') return finishAll();

  const shell: ShellOptions = { escapeToken: parse.escapeToken };
  // The engine's stages, one per FROM (the same split BuildKit makes), and the ARGs before them.
  const named = analysis.stages.map((st) => ({ index: st.index, name: st.name, from: st.instructions[0]!, instructions: st.instructions, fromText: st.fromText }));
  const firstFrom = parse.instructions.findIndex((i) => i.keyword === 'from');
  const metaArgs = parse.instructions.slice(0, firstFrom < 0 ? 0 : firstFrom).filter((i) => i.keyword === 'arg');
  checkStageNames(named, linter);
  checkCommandCasing(named, linter);

  const targetName = options.target ?? named[named.length - 1]?.name ?? 'default';
  const defaults = evaluateMetaArgs(metaArgs, builtinArgs(targetName, {}), {}, shell, false);
  checkDefaultArgs(named, defaults.diagnostics.length > 0 ? null : defaults.env, shell, linter);
  // Without build args the scope FROM lines see is the defaults' scope.
  const scope = Object.keys(buildArgs).length === 0 ? defaults : evaluateMetaArgs(metaArgs, builtinArgs(targetName, buildArgs), buildArgs, shell);
  const metaFailed = phase === 'froms' && failedAt?.stage === undefined;
  const lastStage = metaFailed ? -1 : phase === 'froms' ? (failedAt?.stage ?? -1) : Number.MAX_SAFE_INTEGER;
  checkFroms(named, scope.env, scope.declared, shell, linter, lastStage);
  if (phase === 'froms' || phase === 'graph') return finishAll();

  const ignore = options.dockerignore == null ? null : parseDockerignore(options.dockerignore);
  return modes.map((m) => {
    const own = linter.fork();
    const notes: CheckNote[] = [];
    const dispatched = analysis.stages.map((st) => m.allStages || st.reachable);
    // ONBUILD triggers run only in the stages reachable from the target, in check mode too
    // (resolveStages); check mode's target is the last stage.
    const triggered = m.allStages ? reachableFrom(analysis.stages.length, analysis.edges, analysis.stages.length - 1) : analysis.stages.map((st) => st.reachable);
    const stop = m.failure?.diagnostic ?? null;
    const targetPlatform = scope.env.get('TARGETPLATFORM') ?? 'linux/amd64';
    const missing: { path: string; range: Range; stage: number }[] = [];
    checkBaseImagePlatforms(analysis.stages, dispatched, targetPlatform, own, notes);
    dispatchStages({
      stages: analysis.stages, dispatched, globalEnv: scope.env, buildArgs, shell, ignore, linter: own, notes, targetPlatform, triggered, missing,
      stopAt: stop ? { stage: stop.stage ?? 0, line: stop.range.start.line } : null,
    });
    const result = finish(own, notes, m.mode, m.allStages, stop);
    return m.mode === 'build' && result.buildError === null ? withSolveError(result, missing[0]) : result;
  });
}

/**
 * What only a build (not `--check`) finds: the solve fails on the first COPY/ADD of a file the
 * .dockerignore keeps out of the context. BuildKit's message names the context's ref, a random
 * id of the build session we cannot know: it is shown as `<context>`.
 */
function withSolveError(result: CheckResult, first: { path: string; range: Range; stage: number } | undefined): CheckResult {
  if (first === undefined) return result;
  const message = `failed to solve: failed to compute cache key: failed to calculate checksum of ref <context> "/${first.path}": not found`;
  const note: CheckNote = { kind: 'ignoredSource', path: first.path, line: first.range.start.line, stage: first.stage };
  return { ...result, buildError: { message, range: first.range }, notes: [...result.notes, note] };
}

/** Line n of `text` (1-based), without splitting the whole text up front. */
function lineReader(text: string): (n: number) => string {
  let starts: number[] | null = null;
  return (n) => {
    if (starts === null) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const from = starts[n - 1];
    if (from === undefined) return '';
    const to = starts[n];
    return text.slice(from, to === undefined ? text.length : to - 1);
  };
}

function toError(d: Diagnostic | null): BuildError | null {
  return d === null ? null : buildKitError(d);
}

/** finalizeResultImage: with `error=true`, any finding fails the build (after the dispatch). */
function finish(linter: Linter, notes: CheckNote[], mode: CheckMode, allStages: boolean, failedAt: Diagnostic | null): CheckResult {
  let buildError = toError(failedAt);
  if (buildError === null && linter.config.error && linter.called.length > 0) {
    const first = linter.findings.find((f) => !f.own) ?? linter.findings[0];
    buildError = { message: `lint violation found for rules: ${linter.called.join(', ')}`, range: first?.range ?? null };
  }
  return { mode, allStages, findings: [...linter.findings], buildError, notes };
}

/** Line → stage index (undefined before the first FROM), by binary search over the FROM lines. */
function stageLookup(analysis: Analysis): (line: number) => number | undefined {
  const starts = analysis.stages.map((s) => s.startLine);
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}
