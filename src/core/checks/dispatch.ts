/**
 * The checks BuildKit runs while it dispatches a stage's instructions (dockerfile2llb
 * `dispatch` and the dispatchX functions it calls): UndefinedVar, LegacyKeyValueFormat,
 * SecretsUsedInArgOrEnv, WorkdirRelativePath, JSONArgsRecommended,
 * MultipleInstructionsDisallowed, ExposeProtoCasing, ExposeInvalidFormat, CopyIgnoredFile.
 * Only the stages BuildKit dispatches are walked (all in check mode, the target's closure in
 * build mode), in file order, each instruction with its own `# check=` comment merged.
 */
import type { IgnoreMatcher } from '../context/dockerignore.ts';
import type { Instruction, Range, Stage } from '../model.ts';
import { processWords, type ShellOptions } from '../shell/index.ts';
import { expandWord } from './expand.ts';
import type { LintConfig } from './config.ts';
import { DEFAULT_PATH, freshState, inheritState, type StageState } from './dispatchState.ts';
import { parsePlatform } from './fromRules.ts';
import { isAbsWorkdir } from './winPath.ts';
import { checkCopySources, missingSources } from './copyIgnored.ts';
import { checkExpose } from './expose.ts';
import { imageEnvKeys } from './imageFacts.ts';
import type { Linter } from './linter.ts';
import { DETAIL, RULES } from './rules.ts';
import { suggestSearch } from './suggest.ts';
import type { CheckNote } from './types.ts';

export interface DispatchInput {
  readonly stages: readonly Stage[];
  readonly dispatched: readonly boolean[];
  readonly globalEnv: ReadonlyMap<string, string>;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly shell: ShellOptions;
  readonly ignore: IgnoreMatcher | null;
  readonly linter: Linter;
  readonly notes: CheckNote[];
  /** Literal COPY/ADD sources the .dockerignore keeps out of the context, in dispatch order. */
  readonly missing: { path: string; range: Range; stage: number }[];
  /**
   * Stages whose base stage's ONBUILD triggers BuildKit runs (resolveStages: only the stages
   * reachable from the target, in check mode too).
   */
  readonly triggered: readonly boolean[];
  /** The build's target platform (TARGETPLATFORM), for stages without `--platform`. */
  readonly targetPlatform: string;
  /** Stop before this instruction (BuildKit fails there): `${stage}:${line}`, or null. */
  readonly stopAt: { readonly stage: number; readonly line: number } | null;
}

/** BuildKit's nonEnvArgs: never reported as undefined. */
const NON_ENV = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
const TRACKED = new Set(['cmd', 'entrypoint', 'healthcheck']);

interface Ctx {
  readonly input: DispatchInput;
  readonly st: StageState;
  readonly stage: number;
  readonly ins: Instruction;
  readonly config: LintConfig;
  /** Undefined variables we could not judge (unknown base image env). */
  unknown: boolean;
  /** Set while an ONBUILD trigger of the base stage runs: the line that declared it. */
  readonly onbuildLine?: number;
}

export function dispatchStages(input: DispatchInput): void {
  const states: (StageState | undefined)[] = [];
  for (const stage of input.stages) {
    if (!input.dispatched[stage.index]) continue;
    const st = initialState(stage, states, stageOs(input, stage));
    states[stage.index] = st;
    let unknown = false;
    const own = stage.instructions.slice(1).map((ins) => ({ ins, onbuildLine: undefined }));
    for (const { ins, onbuildLine } of [...triggersOf(input, stage), ...own]) {
      const stop = input.stopAt;
      if (stop !== null && (stage.index > stop.stage || (stage.index === stop.stage && ins.range.start.line >= stop.line))) return;
      const ctx: Ctx = { input, st, stage: stage.index, ins, config: input.linter.forComments(ins.comments), unknown: false, ...(onbuildLine === undefined ? {} : { onbuildLine }) };
      dispatchOne(ctx);
      unknown ||= ctx.unknown;
    }
    if (unknown) input.notes.push({ kind: 'envUnknown', image: rootImage(input.stages, stage), line: stage.startLine, stage: stage.index });
    if (input.stopAt !== null && stage.index >= input.stopAt.stage) return;
  }
}

/**
 * initOnBuildTriggers: the base stage's ONBUILD triggers run first in the child, each parsed
 * anew with its location reset to the child's FROM (so findings point there) and no comments
 * of its own (the file's config applies). Only the direct base's triggers: a stage's own image
 * config loses the ONBUILDs it inherited (dispatchState.init).
 */
function triggersOf(input: DispatchInput, stage: Stage): { ins: Instruction; onbuildLine: number }[] {
  if (stage.base.kind !== 'stage' || !input.triggered[stage.index]) return [];
  const parent = input.stages[stage.base.stage];
  const from = stage.instructions[0];
  if (!parent || !from) return [];
  const out: { ins: Instruction; onbuildLine: number }[] = [];
  for (const ins of parent.instructions) {
    if (ins.keyword === 'onbuild' && ins.trigger !== null) out.push({ ins: { ...ins.trigger, range: from.range, comments: [] }, onbuildLine: ins.range.start.line });
  }
  return out;
}

/** The image a chain of stages starts from (FROM a FROM b … FROM image). */
function rootImage(stages: readonly Stage[], stage: Stage): string {
  let s = stage;
  for (let guard = 0; s.base.kind === 'stage' && guard < stages.length; guard++) s = stages[s.base.stage] ?? s;
  return s.image;
}

/**
 * The OS of a stage's platform (d.platform.OS): its own `--platform`, else its base stage's,
 * else the build's target platform. A stage built on another stage inherits its platform.
 */
function stageOs(input: DispatchInput, stage: Stage): string {
  let s = stage;
  for (let guard = 0; s.base.kind === 'stage' && guard < input.stages.length; guard++) s = input.stages[s.base.stage] ?? s;
  return parsePlatform(s.platform ?? input.targetPlatform)?.os ?? 'linux';
}

/**
 * The state a stage starts from. scratch is BuildKit's emptyImage (dockerfile2llb/image.go):
 * PATH set, except on Windows; an image's config env is known only from imageFacts; and before
 * dispatch BuildKit adds PATH to every non-Windows stage that lacks it (convert.go, "make
 * sure that PATH is always set").
 */
function initialState(stage: Stage, states: readonly (StageState | undefined)[], os: string): StageState {
  const st = initialFromBase(stage, states);
  st.os = os;
  if (os !== 'windows' && !st.env.has('PATH')) st.env.set('PATH', DEFAULT_PATH);
  return st;
}

function initialFromBase(stage: Stage, states: readonly (StageState | undefined)[]): StageState {
  if (stage.base.kind === 'stage') {
    const parent = states[stage.base.stage];
    return parent ? inheritState(parent) : freshState(null);
  }
  if (stage.base.kind === 'scratch') return freshState([]);
  return freshState(imageEnvKeys(stage.image));
}

/** Expand one word as `dispatch` does, reporting what is undefined (reportUnmatchedVariables). */
function expand(ctx: Ctx, word: string, raw = false): string {
  const shell: ShellOptions = raw ? { escapeToken: '\\' } : ctx.input.shell;
  const r = expandWord(word, ctx.st.env, shell);
  if (!r.ok) return word;
  report(ctx, r.unmatched);
  return r.result;
}

function report(ctx: Ctx, unmatched: readonly string[]): void {
  for (const name of unmatched) {
    if (ctx.st.buildArgs.has(name) || NON_ENV.has(name)) continue;
    if (!ctx.st.envKnown) {
      ctx.unknown = true;
      continue;
    }
    const detail = DETAIL.UndefinedVar(name, suggestSearch(name, ctx.st.env.keys()));
    ctx.input.linter.run(ctx.config, RULES.UndefinedVar, ctx.ins.range, detail, ctx.stage, ctx.onbuildLine);
  }
}

function run(ctx: Ctx, rule: (typeof RULES)[keyof typeof RULES], detail: string, range: Range = ctx.ins.range): void {
  ctx.input.linter.run(ctx.config, rule, range, detail, ctx.stage, ctx.onbuildLine);
}

function dispatchOne(ctx: Ctx): void {
  const { ins, st } = ctx;
  switch (ins.keyword) {
    case 'env':
    case 'label':
      keyValues(ctx);
      return;
    case 'arg':
      arg(ctx);
      return;
    case 'copy':
    case 'add':
      copy(ctx);
      return;
    case 'workdir':
      workdir(ctx);
      return;
    case 'run':
      for (const f of ins.flags) if (f.name === 'mount' && f.value !== null) expand(ctx, f.value);
      return;
    case 'user':
    case 'stopsignal':
    case 'volume':
      for (const w of ins.args) expand(ctx, w);
      return;
    case 'shell':
      st.shellSet = true;
      return;
    case 'expose':
      checkExpose(ins.args.map((p) => processWords(p, st.env, ctx.input.shell)).flatMap((r) => (r.ok ? r.words : [])), (rule, detail) => run(ctx, rule, detail));
      return;
    default:
      if (TRACKED.has(ins.keyword)) commandLike(ctx);
  }
}

/** ENV / LABEL: expand keys and values, then LegacyKeyValueFormat and (ENV) secrets. */
function keyValues(ctx: Ctx): void {
  const { ins, st } = ctx;
  const pairs: { key: string; value: string; legacy: boolean }[] = [];
  for (let i = 0; i + 1 < ins.args.length; i += 3) {
    pairs.push({ key: expand(ctx, ins.args[i] ?? ''), value: expand(ctx, ins.args[i + 1] ?? ''), legacy: (ins.args[i + 2] ?? '') === '' });
  }
  for (const p of pairs) {
    if (p.legacy) run(ctx, RULES.LegacyKeyValueFormat, DETAIL.LegacyKeyValueFormat(ins.original));
    if (ins.keyword === 'env') {
      secret(ctx, 'ENV', p.key);
      st.env.set(p.key, p.value);
      st.unknownValues.delete(p.key);
    }
  }
}

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

function secret(ctx: Ctx, instruction: 'ARG' | 'ENV', key: string): void {
  if (SECRET.test(key) && !ALLOW.test(key)) run(ctx, RULES.SecretsUsedInArgOrEnv, DETAIL.SecretsUsedInArgOrEnv(instruction, key));
}

/** dispatchArg: each ARG in order; a value comes from --build-arg, the default, or the global scope. */
function arg(ctx: Ctx): void {
  const { input, st } = ctx;
  for (const word of ctx.ins.args) {
    const eq = word.indexOf('=');
    const key = eq < 0 ? word : word.slice(0, eq);
    const def = eq < 0 ? null : word.slice(eq + 1);
    secret(ctx, 'ARG', key);
    let value: string | null = null;
    if (Object.prototype.hasOwnProperty.call(input.buildArgs, key)) value = input.buildArgs[key] ?? '';
    else if (def !== null) value = expand(ctx, def);
    else if (input.globalEnv.has(key)) value = input.globalEnv.get(key) ?? '';
    if (value !== null && !NON_ENV.has(key)) {
      st.env.set(key, value);
      st.unknownValues.delete(key);
    }
    st.buildArgs.add(key);
  }
}

function copy(ctx: Ctx): void {
  const { ins } = ctx;
  const isAdd = ins.keyword === 'add';
  for (const name of isAdd ? ['chown', 'chmod', 'checksum'] : ['chown', 'chmod']) {
    const f = ins.flags.find((x) => x.name === name);
    if (f?.value != null) expand(ctx, f.value);
  }
  const words = ins.args;
  const sources = words.slice(0, -1).filter((w) => !/^<<-?/.test(w));
  const expanded = sources.map((w) => expand(ctx, w));
  if (words.length > 0) expand(ctx, words[words.length - 1] ?? '');
  for (const h of ins.heredocs) if (h.expand) expand(ctx, h.content, true);
  const fromStage = ins.flags.some((f) => f.name === 'from');
  if (ctx.input.ignore !== null && (isAdd || !fromStage)) {
    checkCopySources(ctx.input.ignore, expanded, isAdd, (detail) => run(ctx, RULES.CopyIgnoredFile, detail));
    for (const path of missingSources(ctx.input.ignore, expanded, isAdd)) ctx.input.missing.push({ path, range: ins.range, stage: ctx.stage });
  }
}

function workdir(ctx: Ctx): void {
  const { st } = ctx;
  const word = ctx.ins.args[0] ?? '';
  const r = expandWord(word, st.env, ctx.input.shell);
  const path = expand(ctx, word);
  const unknownValue = r.ok && r.matched.some((m) => st.unknownValues.has(m));
  if (!st.workdirSet && !isAbsWorkdir(path, st.os) && !unknownValue) run(ctx, RULES.WorkdirRelativePath, DETAIL.WorkdirRelativePath(path));
  st.workdirSet = true;
}

/** CMD / ENTRYPOINT / HEALTHCHECK: validateUsedOnce, and shell form without SHELL. */
function commandLike(ctx: Ctx): void {
  const { ins, st } = ctx;
  const previous = st.trackers.get(ins.keyword);
  if (previous) run(ctx, RULES.MultipleInstructionsDisallowed, DETAIL.MultipleInstructionsDisallowed(ins.original), previous);
  st.trackers.set(ins.keyword, ins.range);
  if (ins.keyword !== 'healthcheck' && !ins.json && !st.shellSet) run(ctx, RULES.JSONArgsRecommended, DETAIL.JSONArgsRecommended(ins.original));
}
