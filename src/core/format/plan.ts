/**
 * `stagecraft plan`: a schedule (and its cache what-if) as text a person reads in a terminal, or as
 * JSON (schemaVersion 1: fields may be added, never renamed or removed without a new version).
 */
import type { Analysis } from '../model.ts';
import type { BuildOutcome } from '../schedule/outcome.ts';
import type { CacheReason, CacheResult, Schedule } from '../schedule/types.ts';

export const PLAN_SCHEMA_VERSION = 1;

const EN = new Intl.PluralRules('en');
/** `1 tick`, `4 ticks`: English plural rules (the page words its plurals through i18next). */
const count = (n: number, noun: string): string => `${n} ${noun}${EN.select(n) === 'one' ? '' : 's'}`;

/** The builder as the text output names it. */
const builderName = (b: BuildOutcome['builder']): string => (b === 'buildkit' ? 'BuildKit' : 'Classic builder');

/**
 * A build without a schedule, as text: BuildKit's error (its own words first) and its line, or
 * the BuildKit-only syntax that stops the classic builder. Null when the outcome is a schedule.
 */
export function formatOutcomeText(outcome: BuildOutcome): string | null {
  if (outcome.kind === 'schedule') return null;
  if (outcome.kind === 'fails') {
    return `${builderName(outcome.builder)}: the build fails at line ${outcome.line}: ${outcome.error.message}\n`;
  }
  return `Classic builder cannot build this file: line ${outcome.line} uses ${outcome.feature}, which needs BuildKit (the classic builder stops there before building anything). Build it with BuildKit (docker buildx build, or DOCKER_BUILDKIT=1).\n`;
}

/** The same as JSON (schemaVersion 1): `outcome` and the error or reason instead of stages and steps. */
export function formatOutcomeJson(analysis: Analysis, outcome: BuildOutcome): string | null {
  if (outcome.kind === 'schedule') return null;
  const d = outcome.kind === 'fails' ? outcome.error : outcome.reason;
  const out = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    builder: outcome.builder,
    target: analysis.target,
    outcome: outcome.kind,
    ...(outcome.kind === 'fails'
      ? { error: { code: d.code, line: outcome.line, message: d.message, params: d.params } }
      : { reason: { code: d.code, line: outcome.line, feature: outcome.feature, message: d.message } }),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** English wording of each cache reason (the page words them through i18n, by code). */
const REASONS: Record<CacheReason['code'], string> = {
  unchanged: 'cached',
  contextIgnored: 'cached: {path} is left out of the context by .dockerignore',
  fromArgChanged: 're-runs: the build arg {arg} changes the FROM line, so the whole stage',
  previousReran: 're-runs: the step before it (line {line}) re-ran',
  baseReran: 're-runs: its base, {stage}, re-ran',
  sourceStageReran: 're-runs: {stage} re-ran (BuildKit compares the copied files, so an identical output would still hit the cache; assumed changed)',
  contextChanged: 're-runs: {path} changed and is copied by its source {source}',
  bindMountChanged: 're-runs: {path} changed and is in its bind mount of {source}',
  argChanged: 're-runs: the build arg {arg} is declared with ARG in this stage, and every RUN after that sees it',
  argInherited: 're-runs: the build arg {arg} is declared with ARG in {stage}, which this stage is built from, and every RUN after that sees it',
  argInWords: 're-runs: its words use the build arg {arg}',
};

export function reasonText(r: CacheReason): string {
  return REASONS[r.code].replace(/\{(\w+)\}/g, (m, k: string) => (k in r.params ? String(r.params[k]) : m));
}

export function formatPlanJson(analysis: Analysis, sched: Schedule, cache?: CacheResult): string {
  const ref = (id: number) => {
    const s = sched.steps[id]!;
    return { stage: s.stage, line: s.line, kind: s.kind };
  };
  const out = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    builder: sched.builder,
    target: analysis.target,
    outcome: 'schedule',
    ticks: sched.ticks,
    stages: sched.stages.map((s) => ({ index: s.index, name: analysis.stages[s.index]?.displayName ?? null, start: s.start, end: s.end, critical: s.critical })),
    steps: sched.steps.map((s) => {
      const c = cache?.steps[s.id];
      return {
        stage: s.stage, line: s.line, kind: s.kind, instruction: s.instruction, start: s.start, end: s.end,
        waitsFor: s.waitsFor.map(ref), layer: s.layer, critical: s.critical,
        ...(c ? { cached: c.cached, reason: c.reason.code, reasonParams: c.reason.params } : {}),
      };
    }),
    ...(cache ? { rerun: cache.rerun, total: cache.total } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

const MAX_COLUMNS = 60;

/** One row per stage (`#` a step running, `*` a step that re-runs, `.` waiting), then the steps. */
export function formatPlanText(analysis: Analysis, sched: Schedule, cache?: CacheResult): string {
  const lines: string[] = [];
  const target = analysis.target === null ? null : analysis.stages[analysis.target];
  const who = sched.builder === 'buildkit' ? 'BuildKit' : 'Classic builder';
  if (target == null) return `${who}: nothing to build (no target stage)\n`;
  const rerun = cache ? `; ${cache.rerun} of ${count(cache.total, 'step')} ${EN.select(cache.rerun) === 'one' ? 're-runs' : 're-run'}` : '';
  lines.push(`${who} builds ${target.displayName} in ${count(sched.ticks, 'tick')}, ${count(sched.steps.length, 'step')}${rerun}`);
  const scale = Math.max(1, Math.ceil(sched.ticks / MAX_COLUMNS));
  const cols = Math.ceil(sched.ticks / scale);
  const names = sched.stages.map((s) => `${s.critical ? '!' : ' '} ${analysis.stages[s.index]?.displayName ?? s.index}`);
  const width = Math.max(...names.map((n) => n.length), 6);
  lines.push(`${' '.repeat(width)} |${axis(cols, scale)}`);
  sched.stages.forEach((st, i) => {
    const row = Array.from({ length: cols }, () => ' ');
    for (let c = Math.floor(st.start / scale); c < Math.ceil(st.end / scale); c++) row[c] = '.';
    for (const id of st.steps) {
      const s = sched.steps[id]!;
      const mark = cache?.steps[id]?.cached === false ? '*' : '#';
      for (let t = s.start; t < s.end; t++) if (row[Math.floor(t / scale)] !== '*') row[Math.floor(t / scale)] = mark;
    }
    lines.push(`${names[i]!.padEnd(width)} |${row.join('')}`);
  });
  lines.push(`(one column = ${scale} tick${scale === 1 ? '' : 's'}; ! on the critical path; # a step; * a step that re-runs)`, '');
  for (const st of sched.stages) {
    lines.push(`${analysis.stages[st.index]?.displayName ?? st.index} (ticks ${st.start}-${st.end})`);
    for (const id of st.steps) {
      const s = sched.steps[id]!;
      const c = cache?.steps[id];
      const mark = c === undefined ? ' ' : c.cached ? ' ' : '*';
      const why = c === undefined ? '' : `  ${reasonText(c.reason)}`;
      lines.push(`  ${mark} ${`${s.start}-${s.end}`.padEnd(9)} line ${String(s.line).padEnd(4)} ${s.instruction}${s.critical ? '  (critical)' : ''}${why}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function axis(cols: number, scale: number): string {
  let out = '';
  for (let c = 0; c < cols; c += 10) out += String(c * scale).padEnd(10);
  return out.slice(0, Math.max(cols, 1));
}
