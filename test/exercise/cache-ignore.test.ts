/**
 * The cacheRerun exercise honours the workspace's .dockerignore exactly as the Build tab's what-if
 * does: a path it leaves out never reaches the build context, so changing it re-runs nothing. The
 * answer, the per-step reasons, the summary and the teacher's path suggestions all read the one matcher.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { dockerignoreOf, parseDockerignore, type ContextIgnore } from '../../src/core/context/dockerignore.ts';
import { solve, type Solved } from '../../src/core/exercise/engine.ts';
import { cacheWhatIf, schedule } from '../../src/core/schedule/index.ts';
import { exerciseOptions } from '../../src/ui/explain/exerciseOptions.ts';

const NODE = 'FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\nCOPY . .\nRUN npm test\n';
const ignore = (text: string, file = '.dockerignore'): ContextIgnore => ({ file, matcher: parseDockerignore(text) });
const ok = (s: Solved) => {
  if (!s.ok) throw new Error(`no answer: ${s.problem.key}`);
  return s;
};
const rerun = (paths: string[], di: ContextIgnore | null) => ok(solve(NODE, { kind: 'cacheRerun', paths }, {}, { dockerignore: di }));

describe('cacheRerun with a .dockerignore', () => {
  it.each([
    // name, .dockerignore, changed paths, lines that re-run, summary key
    ['src/app.js ignored by .dockerignore: nothing re-runs', 'src/app.js', ['src/app.js'], [], 'ex.why.cacheIgnored'],
    ['src/app.js under an ignored folder src: nothing re-runs', 'src', ['src/app.js'], [], 'ex.why.cacheIgnored'],
    ['src/app.js ignored by a glob src/*.js: nothing re-runs', 'src/*.js', ['src/app.js'], [], 'ex.why.cacheIgnored'],
    ['src/app.js ignored then re-included by !src/app.js: lines 5 and 6', 'src\n!src/app.js', ['src/app.js'], [5, 6], 'ex.why.cacheLines'],
    ['src/app.js with a .dockerignore of node_modules only: lines 5 and 6', 'node_modules', ['src/app.js'], [5, 6], 'ex.why.cacheLines'],
    ['src/app.js with an empty .dockerignore: lines 5 and 6', '', ['src/app.js'], [5, 6], 'ex.why.cacheLines'],
    ['README.md ignored and src/app.js not: lines 5 and 6, README.md named as ignored', '*.md', ['README.md', 'src/app.js'], [5, 6], 'ex.why.cacheLinesIgnored'],
    ['package.json ignored (COPY package.json would copy nothing): nothing re-runs', 'package.json', ['package.json'], [], 'ex.why.cacheIgnored'],
    ['a glob src/*.js changed under ignored src: counted as changed (lines 5 and 6)', 'src', ['src/*.js'], [5, 6], 'ex.why.cacheLines'],
  ])('%s', (_name, di, paths, lines, summary) => {
    const s = rerun(paths, ignore(di));
    expect(s.expected).toEqual({ kind: 'cacheRerun', lines });
    expect(s.why[0]!.key).toBe(summary);
  });

  it('src/app.js ignored by .dockerignore: COPY . . is explained as cached because of .dockerignore', () => {
    const s = rerun(['src/app.js'], ignore('src/app.js'));
    const step5 = s.why.find((w) => w.params?.step === 5);
    expect(step5).toEqual({ key: 'ex.cache.contextIgnored', params: { path: 'src/app.js', step: 5 } });
    expect(s.why[0]).toEqual({ key: 'ex.why.cacheIgnored', params: { paths: ['src/app.js'], file: '.dockerignore' } });
  });

  it('src/app.js ignored by Dockerfile.dockerignore: the summary names that file', () => {
    const s = rerun(['src/app.js'], ignore('src', 'Dockerfile.dockerignore'));
    expect(s.why[0]!.params?.file).toBe('Dockerfile.dockerignore');
  });

  it('tmp/x ignored and not used by any step: nothing re-runs, both reasons named', () => {
    const s = ok(solve('FROM alpine\nCOPY app/ /app/\n', { kind: 'cacheRerun', paths: ['tmp/x', 'docs/y'] }, {}, { dockerignore: ignore('tmp') }));
    expect(s.why[0]).toEqual({ key: 'ex.why.cacheNoneIgnored', params: { ignored: ['tmp/x'], paths: ['docs/y'], file: '.dockerignore' } });
  });

  it('src/app.js without any .dockerignore: lines 5 and 6 (as before)', () => {
    expect(rerun(['src/app.js'], null).expected).toEqual({ kind: 'cacheRerun', lines: [5, 6] });
  });
});

describe('the exercise and the Build tab\'s what-if agree', () => {
  it.each([
    ['src/app.js, .dockerignore src', 'src', ['src/app.js']],
    ['src/app.js, .dockerignore src + !src/app.js', 'src\n!src/app.js', ['src/app.js']],
    ['package.json and README.md, .dockerignore *.md', '*.md', ['package.json', 'README.md']],
    ['.git/HEAD, .dockerignore .git', '.git', ['.git/HEAD']],
  ])('%s', (_name, di, paths) => {
    const m = parseDockerignore(di);
    const a = analyze(NODE);
    const sched = schedule(a, 'buildkit');
    // What the what-if of the Build tab (ui/player/PlayerContext.tsx) computes for the same query.
    const whatIf = cacheWhatIf(a, sched, { changedPaths: paths, ignores: (p) => m.ignores(p) });
    const rerunLines = sched.steps.filter((st) => st.kind === 'instruction' && whatIf.steps[st.id]?.cached === false).map((st) => st.line);
    expect(rerun(paths, { file: '.dockerignore', matcher: m }).expected).toEqual({ kind: 'cacheRerun', lines: [...new Set(rerunLines)].sort((x, y) => x - y) });
  });
});

describe('the teacher\'s path suggestions', () => {
  const opts = (di: ContextIgnore | null) => exerciseOptions(analyze(NODE), NODE, 'cacheRerun', di).map((o) => [o.label, o.leftOut === true]);
  it('COPY . . with .dockerignore node_modules: node_modules is offered, marked as left out', () => {
    expect(opts(ignore('node_modules\n*.md\n# comment'))).toEqual([['package.json', false], ['.', false], ['node_modules', true]]);
  });
  it('COPY package.json with .dockerignore package.json: the source itself is marked as left out', () => {
    expect(opts(ignore('package.json'))).toEqual([['package.json', true], ['.', false]]);
  });
  it('a negated pattern !keep.txt is not offered', () => {
    expect(opts(ignore('tmp\n!keep.txt'))).toEqual([['package.json', false], ['.', false], ['tmp', true]]);
  });
  it('without a .dockerignore: the sources only, none marked', () => {
    expect(opts(null)).toEqual([['package.json', false], ['.', false]]);
  });
});

describe('dockerignoreOf (which file the build reads)', () => {
  const f = (name: string, text = '') => ({ name, text });
  it.each([
    ['Dockerfile with .dockerignore', 'Dockerfile', [f('Dockerfile'), f('.dockerignore', 'x')], '.dockerignore'],
    ['Dockerfile with Dockerfile.dockerignore and .dockerignore: the own one wins', 'Dockerfile', [f('.dockerignore'), f('Dockerfile.dockerignore', 'y')], 'Dockerfile.dockerignore'],
    ['prod.Dockerfile with only Dockerfile.dockerignore: none', 'prod.Dockerfile', [f('Dockerfile.dockerignore')], null],
    ['no ignore file: none', 'Dockerfile', [f('Dockerfile')], null],
  ])('%s', (_name, df, files, want) => {
    expect(dockerignoreOf(files, df)?.name ?? null).toBe(want);
  });
});
