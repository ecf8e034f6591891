/**
 * The cache what-if: which steps of a schedule re-run when context paths or build args change,
 * following BuildKit's cache keys (a step's key is its parent's key plus its own definition, and
 * for COPY/ADD the checksum of what it copies):
 * - a step re-runs when what it builds on re-ran (the step before it in its stage, or its base);
 * - COPY/ADD from the context re-runs when a changed path is among its sources, `.dockerignore`
 *   honoured (an ignored file is not sent, so it changes nothing); RUN --mount=type=bind from the
 *   context likewise; cache, tmpfs, secret and ssh mounts never invalidate;
 * - COPY --from / RUN --mount from= a stage re-runs when that stage re-ran (BuildKit compares the
 *   copied files' contents, so an identical output would still hit: we assume the output changed);
 * - a changed build arg re-runs the FROM it feeds, and in a stage that declares it with ARG every
 *   RUN after the declaration and every other instruction whose words use it; a stage built FROM
 *   that stage inherits the declaration (its state and buildArgs), so its RUNs re-run as well.
 * The first reason that applies is the one given.
 */
import { parseMount } from '../analyze/mount.ts';
import type { Analysis, Instruction } from '../model.ts';
import { variablesIn, type ShellOptions } from '../shell/index.ts';
import { contextSources, leftOut, touches } from './paths.ts';
import type { CacheQuery, CacheReason, CacheResult, Schedule, ScheduleStep, StepCache } from './types.ts';

const reason = (code: CacheReason['code'], params: CacheReason['params'] = {}): CacheReason => ({ code, params });

/** What-if over `sched` (a schedule of `analysis`). */
export function cacheWhatIf(analysis: Analysis, sched: Schedule, query: CacheQuery): CacheResult {
  const shell: ShellOptions = { escapeToken: analysis.parse.escapeToken };
  const changedPaths = (query.changedPaths ?? []).map((p) => p.trim()).filter((p) => p !== '');
  const changedArgs = new Set<string>((query.changedArgs ?? []).map((a) => a.trim()).filter((a) => a !== ''));
  const ignores = query.ignores ?? (() => false);
  const stageName = (i: number) => analysis.stages[i]?.displayName ?? `stage-${i}`;
  const insAt = new Map<number, Instruction>();
  const declaredBefore = new Map<number, ReadonlyMap<string, number>>(); // line → args declared by ARG before it → the stage whose ARG it is
  const fromArg = new Map<number, string>(); // stage → changed arg its FROM uses
  const meta = new Set(analysis.metaArgs.map((m) => m.name));
  const none: ReadonlyMap<string, number> = new Map();
  const declaredAtEnd: ReadonlyMap<string, number>[] = [];
  for (const st of analysis.stages) {
    // Copy on write: one set per ARG, shared by the lines after it. A stage built FROM another
    // stage starts from the parent's state, its ARGs' env entries and buildArgs included
    // (convert.go: d.state = d.base.state, d.buildArgs from the base), so they count as declared.
    // The classic builder resets the allowed build args at every FROM (moby dispatchFrom:
    // buildArgs.ResetAllowed()), so only BuildKit inherits them.
    const inherits = sched.builder === 'buildkit' && st.base.kind === 'stage';
    let declared: ReadonlyMap<string, number> = inherits && st.base.kind === 'stage' ? (declaredAtEnd[st.base.stage] ?? none) : none;
    for (const ins of st.instructions) {
      const line = ins.range.start.line;
      insAt.set(line, ins);
      declaredBefore.set(line, declared);
      if (ins.keyword === 'arg') declared = new Map([...declared, ...ins.args.map((a) => [a.split('=')[0]!, st.index] as const)]);
    }
    declaredAtEnd[st.index] = declared;
    const from = st.instructions[0];
    if (from !== undefined) {
      const words = [...from.args.slice(0, 1), ...from.flags.map((f) => f.value ?? '')];
      const used = words.flatMap((w) => variablesIn(w, shell)).find((v) => changedArgs.has(v) && (meta.has(v) || /^(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)$/.test(v)));
      if (used !== undefined) fromArg.set(st.index, used);
    }
  }

  const out: StepCache[] = new Array(sched.steps.length);
  const rerun = (id: number) => out[id]?.cached === false;
  const order = [...sched.steps].sort((a, b) => a.start - b.start || a.id - b.id);
  for (const step of order) {
    out[step.id] = { step: step.id, ...judge(step) };
  }

  function judge(step: ScheduleStep): { cached: boolean; reason: CacheReason } {
    const ins = insAt.get(step.line);
    // The FROM's own step (a pull, or classic's FROM), else the stage's first step.
    const startsStage = step.line === analysis.stages[step.stage]?.startLine || (step.kind === 'instruction' && !step.deps.some((d) => d.kind === 'previous'));
    const arg = fromArg.get(step.stage);
    if (arg !== undefined && startsStage) return { cached: false, reason: reason('fromArgChanged', { arg }) };
    for (const d of step.deps) {
      if (!rerun(d.step)) continue;
      const dep = sched.steps[d.step]!;
      if (d.kind === 'previous') return { cached: false, reason: reason('previousReran', { line: dep.line }) };
      if (d.kind === 'base') return { cached: false, reason: reason('baseReran', { stage: stageName(dep.stage) }) };
      if (d.kind !== 'pull') return { cached: false, reason: reason('sourceStageReran', { stage: stageName(dep.stage) }) };
    }
    if (step.kind === 'pull' || ins === undefined) return { cached: true, reason: reason('unchanged') };
    let ignored: string | undefined;
    const check = (sources: readonly string[], code: 'contextChanged' | 'bindMountChanged'): CacheReason | null => {
      for (const path of changedPaths) {
        for (const source of sources) {
          if (!touches(source, path)) continue;
          if (leftOut(path, ignores)) { ignored ??= path; continue; }
          return reason(code, { path, source });
        }
      }
      return null;
    };
    if ((ins.keyword === 'copy' || ins.keyword === 'add') && !ins.flags.some((f) => f.name === 'from')) {
      const r = check(contextSources(ins.args, ins.heredocs.map((h) => h.name)), 'contextChanged');
      if (r !== null) return { cached: false, reason: r };
    }
    if (ins.keyword === 'run') {
      const binds = ins.flags.filter((f) => f.name === 'mount').map((f) => parseMount(f.value ?? '')).filter((m) => m.type === 'bind' && m.from === null);
      const r = check(binds.map((m) => m.source ?? '.'), 'bindMountChanged');
      if (r !== null) return { cached: false, reason: r };
    }
    const declared = declaredBefore.get(step.line) ?? none;
    if (changedArgs.size === 0 || declared.size === 0) return ignored !== undefined ? { cached: true, reason: reason('contextIgnored', { path: ignored }) } : { cached: true, reason: reason('unchanged') };
    if (ins.keyword === 'run') {
      const a = [...changedArgs].find((x) => declared.has(x));
      const owner = a === undefined ? undefined : declared.get(a);
      if (a !== undefined && owner !== step.stage) return { cached: false, reason: reason('argInherited', { arg: a, stage: stageName(owner!) }) };
      if (a !== undefined) return { cached: false, reason: reason('argChanged', { arg: a }) };
    } else if (ins.keyword !== 'from') {
      const words = [...ins.args, ...ins.flags.map((f) => f.value ?? '')];
      const a = words.flatMap((w) => variablesIn(w, shell)).find((x) => changedArgs.has(x) && declared.has(x));
      if (a !== undefined) return { cached: false, reason: reason('argInWords', { arg: a }) };
    }
    if (ignored !== undefined) return { cached: true, reason: reason('contextIgnored', { path: ignored }) };
    return { cached: true, reason: reason('unchanged') };
  }

  const count = out.filter((s) => !s.cached).length;
  return { steps: out, rerun: count, total: out.length };
}
