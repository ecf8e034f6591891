/**
 * The engine behind exercises: the question's wording (as catalogue keys), its choices, the right
 * answer computed from the Dockerfile (never stored), the check of a student's answer and the
 * explanation of the right one. Pure; a question that has no answer in this file (a line with no
 * COPY --from, a stage that does not exist…) is reported, never thrown.
 */
import { analyze } from '../analyze/analyze.ts';
import { variableAt, variableTokens } from '../analyze/scope.ts';
import { layerMakers, totalFacts } from '../explain/graph.ts';
import { instructionFacts, stageLabel } from '../explain/instruction.ts';
import type { Sentence } from '../explain/types.ts';
import { variableSentences } from '../explain/variable.ts';
import type { ContextIgnore } from '../context/dockerignore.ts';
import { cacheWhatIf, leftOut, schedule } from '../schedule/index.ts';
import type { Analysis, AnalyzeOptions } from '../model.ts';
import type { Answer, Choice, ExerciseSpec } from './types.ts';

export type Expected =
  | { readonly kind: 'targetBuilds'; readonly stages: readonly number[] }
  | { readonly kind: 'copySource'; readonly choice: string }
  | { readonly kind: 'layerCount'; readonly count: number }
  | { readonly kind: 'buildingLine'; readonly lines: readonly number[] }
  | { readonly kind: 'expand'; readonly value: string }
  | { readonly kind: 'cacheRerun'; readonly lines: readonly number[] };

export type Solved =
  | { readonly ok: true; readonly question: Sentence; readonly expected: Expected; readonly choices: readonly Choice[]; readonly why: readonly Sentence[] }
  | { readonly ok: false; readonly problem: Sentence };

const stageChoices = (a: Analysis): Choice[] => a.stages.map((s) => ({ id: `stage:${s.index}`, label: stageLabel(s) }));

function imageChoices(a: Analysis): Choice[] {
  const refs = new Set<string>();
  for (const s of a.stages) if (s.base.kind === 'image') refs.add(s.base.ref);
  for (const e of a.edges) if (e.source.kind === 'image') refs.add(e.source.ref);
  return [...refs].map((r) => ({ id: `image:${r}`, label: r }));
}

const lineText = (text: string, line: number): string => text.split(/\r?\n/)[line - 1] ?? '';

/** What else of the workspace a question may need: the `.dockerignore` the build uses (cacheRerun). */
export interface SolveContext {
  readonly dockerignore?: ContextIgnore | null;
}

/** Solves an exercise for `text` (the workspace's graph file) and the workspace's options. */
export function solve(text: string, spec: ExerciseSpec, options: AnalyzeOptions = {}, context: SolveContext = {}): Solved {
  const a = analyze(text, options);
  const fail = (key: string, params: Record<string, string | number> = {}): Solved => ({ ok: false, problem: { key: `ex.problem.${key}`, params } });
  switch (spec.kind) {
    case 'targetBuilds': {
      const t = analyze(text, { ...options, target: spec.target });
      if (t.target === null) return fail('noTarget', { target: spec.target ?? '' });
      const built = t.stages.filter((s) => s.reachable).map((s) => s.index);
      const target = stageLabel(t.stages[t.target]!);
      const skipped = t.stages.filter((s) => !s.reachable).map(stageLabel);
      return {
        ok: true,
        question: spec.target === null ? { key: 'ex.q.targetBuildsDefault' } : { key: 'ex.q.targetBuilds', params: { target: spec.target } },
        expected: { kind: 'targetBuilds', stages: built },
        choices: stageChoices(t),
        why: [
          { key: 'ex.why.targetBuilds', params: { target, stages: built.map((i) => stageLabel(t.stages[i]!)) } },
          ...(skipped.length > 0 ? [{ key: 'ex.why.targetSkips', params: { stages: skipped } }] : []),
        ],
      };
    }
    case 'copySource': {
      const e = a.edges.find((x) => x.kind === 'copy' && x.line === spec.line && !x.trigger);
      const ins = a.parse.instructions.find((i) => i.range.start.line === spec.line);
      if (!e || !ins) return fail('noCopyFrom', { line: spec.line });
      const choice = e.source.kind === 'stage' ? `stage:${e.source.stage}` : `image:${e.source.ref}`;
      return {
        ok: true,
        question: { key: 'ex.q.copySource', params: { line: spec.line, text: ins.text } },
        expected: { kind: 'copySource', choice },
        choices: [...stageChoices(a), ...imageChoices(a)],
        why: instructionFacts(a, ins),
      };
    }
    case 'layerCount': {
      const st = a.stages[spec.stage];
      if (!st) return fail('noStage', { stage: spec.stage });
      const stage = stageLabel(st);
      if (spec.scope === 'own') {
        const makers = layerMakers(a, st.index);
        return {
          ok: true,
          question: { key: 'ex.q.layersOwn', params: { stage } },
          expected: { kind: 'layerCount', count: st.layerInfo.layers },
          choices: [],
          why: [makers.length === 0 ? { key: 'graph.layersNone' } : { key: 'ex.why.layersOwn', params: { count: makers.length, lines: makers.map((m) => String(m.line)) } }, { key: 'graph.layersWhy' }],
        };
      }
      if (st.layerInfo.totalLayers === null) return fail('totalUnknown', { stage });
      return {
        ok: true,
        question: { key: 'ex.q.layersTotal', params: { stage } },
        expected: { kind: 'layerCount', count: st.layerInfo.totalLayers },
        choices: [],
        why: totalFacts(a, st.index),
      };
    }
    case 'buildingLine': {
      const st = a.stages[spec.stage];
      if (!st) return fail('noStage', { stage: spec.stage });
      const stage = stageLabel(st);
      if (a.target === st.index) return fail('isTarget', { stage });
      if (!st.reachable) return fail('notBuilt', { stage });
      const lines = [...new Set(a.edges.filter((e) => e.source.kind === 'stage' && e.source.stage === st.index && a.stages[e.stage]?.reachable).map((e) => e.line))].sort((x, y) => x - y);
      return {
        ok: true,
        question: { key: 'ex.q.buildingLine', params: { stage } },
        expected: { kind: 'buildingLine', lines },
        choices: [],
        why: [{ key: 'ex.why.buildingLine', params: { stage, lines: lines.map(String) } }],
      };
    }
    case 'expand': {
      const lt = lineText(text, spec.line);
      const tok = variableTokens(lt, a.parse.escapeToken).find((t) => t.name === spec.variable);
      const v = tok ? variableAt(a, spec.line, tok.start + 1, lt, options) : null;
      if (!tok || !v) return fail('noVariable', { variable: spec.variable, line: spec.line });
      if (v.expanded === undefined) return fail('notExpanded', { variable: spec.variable, line: spec.line });
      return {
        ok: true,
        question: { key: 'ex.q.expand', params: { text: tok.text, line: spec.line } },
        expected: { kind: 'expand', value: v.expanded },
        choices: [],
        why: variableSentences(a, v),
      };
    }
    case 'cacheRerun':
      return solveCacheRerun(a, spec.paths, context.dockerignore ?? null);
  }
}

/**
 * The steps BuildKit builds for the workspace's target, one choice per instruction line (pulls of
 * images are not asked about: a changed file never re-pulls), and the cache what-if's reason for each.
 * The workspace's `.dockerignore` counts as it does in the Build tab's what-if: a path it leaves out
 * never reaches the build, so changing it re-runs nothing.
 */
function solveCacheRerun(a: Analysis, paths: readonly string[], ignore: ContextIgnore | null): Solved {
  const sched = schedule(a, 'buildkit');
  const ignores = ignore === null ? () => false : (p: string) => ignore.matcher.ignores(p);
  const cache = cacheWhatIf(a, sched, { changedPaths: paths, ignores });
  const steps = sched.steps.filter((st) => st.kind === 'instruction').sort((x, y) => x.line - y.line);
  if (steps.length === 0) return { ok: false, problem: { key: 'ex.problem.nothingBuilt', params: {} } };
  const lines = [...new Set(steps.filter((st) => cache.steps[st.id]?.cached === false).map((st) => st.line))];
  return {
    ok: true,
    question: { key: 'ex.q.cacheRerun', params: { paths: [...paths] } },
    expected: { kind: 'cacheRerun', lines },
    choices: steps.map((st) => ({ id: `line:${st.line}`, label: `${st.line}: ${st.instruction}` })),
    why: [
      cacheSummary(lines, paths, paths.filter((p) => leftOut(p, ignores)), ignore?.file ?? '.dockerignore'),
      ...steps.map((st) => {
        const r = cache.steps[st.id]!.reason;
        return { key: `ex.cache.${r.code}`, params: { ...r.params, step: st.line } };
      }),
    ],
  };
}

/** The first sentence of a cacheRerun explanation: what re-runs, and which changed paths the build never sees. */
function cacheSummary(lines: readonly number[], paths: readonly string[], ignored: readonly string[], file: string): Sentence {
  const seen = paths.filter((p) => !ignored.includes(p));
  if (lines.length > 0) {
    return ignored.length === 0
      ? { key: 'ex.why.cacheLines', params: { lines: lines.map(String) } }
      : { key: 'ex.why.cacheLinesIgnored', params: { lines: lines.map(String), ignored: [...ignored], file } };
  }
  if (ignored.length === 0) return { key: 'ex.why.cacheNone', params: { paths: [...paths] } };
  return seen.length === 0
    ? { key: 'ex.why.cacheIgnored', params: { paths: [...ignored], file } }
    : { key: 'ex.why.cacheNoneIgnored', params: { ignored: [...ignored], paths: seen, file } };
}

/** Whether `answer` is right. Sets compare as sets; text answers ignore surrounding spaces and quotes. */
export function isRight(expected: Expected, answer: Answer): boolean {
  switch (expected.kind) {
    case 'targetBuilds':
      return answer.kind === 'targetBuilds' && [...new Set(answer.stages)].sort().join() === [...expected.stages].sort().join();
    case 'copySource':
      return answer.kind === 'copySource' && answer.choice === expected.choice;
    case 'layerCount':
      return answer.kind === 'layerCount' && answer.count === expected.count;
    case 'buildingLine':
      return answer.kind === 'buildingLine' && expected.lines.includes(answer.line);
    case 'expand':
      return answer.kind === 'expand' && unquote(answer.value.trim()) === expected.value;
    case 'cacheRerun':
      return answer.kind === 'cacheRerun' && [...new Set(answer.lines)].sort().join() === [...expected.lines].sort().join();
  }
}

const unquote = (s: string): string => (/^(["']).*\1$/s.test(s) && s.length >= 2 ? s.slice(1, -1) : s);
