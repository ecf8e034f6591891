/**
 * The cache what-if: which steps re-run, and why, for changed context paths and build args.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { parseDockerignore } from '../../src/core/context/dockerignore.ts';
import { cacheWhatIf, schedule, type BuilderKind, type CacheQuery } from '../../src/core/schedule/index.ts';
import { readExample } from '../support/examples.ts';

/** `line:code` for every step that re-runs (pulls of copied images named `pull@line`). */
function reruns(text: string, query: CacheQuery, builder: BuilderKind = 'buildkit'): string[] {
  const a = analyze(text);
  const s = schedule(a, builder);
  const c = cacheWhatIf(a, s, query);
  return c.steps.filter((x) => !x.cached).map((x) => `${s.steps[x.step]!.line}:${x.reason.code}`);
}

const NODE_COPY_ALL_FIRST = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "src/app.js"]\n';
const NODE_PACKAGE_FIRST = 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "src/app.js"]\n';

describe('the Node lesson', () => {
  it('COPY . . before RUN npm ci: changing src/app.js re-runs npm ci', () => {
    expect(reruns(NODE_COPY_ALL_FIRST, { changedPaths: ['src/app.js'] })).toEqual(['3:contextChanged', '4:previousReran']);
  });
  it('COPY package*.json ./ + RUN npm ci first: changing src/app.js leaves npm ci cached', () => {
    expect(reruns(NODE_PACKAGE_FIRST, { changedPaths: ['src/app.js'] })).toEqual(['5:contextChanged']);
  });
  it('COPY package*.json ./ first: changing package.json re-runs npm ci and what follows', () => {
    expect(reruns(NODE_PACKAGE_FIRST, { changedPaths: ['package.json'] })).toEqual(['3:contextChanged', '4:previousReran', '5:previousReran']);
  });
  it('the same lesson holds for the classic builder', () => {
    expect(reruns(NODE_COPY_ALL_FIRST, { changedPaths: ['src/app.js'] }, 'classic')).toEqual(['3:contextChanged', '4:previousReran', '5:previousReran']);
    expect(reruns(NODE_PACKAGE_FIRST, { changedPaths: ['src/app.js'] }, 'classic')).toEqual(['5:contextChanged', '6:previousReran']);
  });
});

describe('context paths', () => {
  const text = 'FROM a\nCOPY src/ /src/\nCOPY *.md /doc/\nCOPY config/app.yaml /etc/\nRUN make\n';
  const cases: [string, string[]][] = [
    ['src/app.js', ['2:contextChanged', '3:previousReran', '4:previousReran', '5:previousReran']],
    ['README.md', ['3:contextChanged', '4:previousReran', '5:previousReran']],
    ['docs/README.md', []],
    ['config', ['4:contextChanged', '5:previousReran']],
    ['config/', ['4:contextChanged', '5:previousReran']],
    ['./config/app.yaml', ['4:contextChanged', '5:previousReran']],
    ['src/**/*.ts', ['2:contextChanged', '3:previousReran', '4:previousReran', '5:previousReran']],
    ['*.md', ['3:contextChanged', '4:previousReran', '5:previousReran']],
    ['other.txt', []],
  ];
  for (const [path, want] of cases) it(`changed ${path}`, () => expect(reruns(text, { changedPaths: [path] })).toEqual(want));

  it('.dockerignore: an ignored file changes nothing, and the step says why', () => {
    const a = analyze(NODE_COPY_ALL_FIRST);
    const s = schedule(a);
    const ig = parseDockerignore('node_modules\n*.log\n');
    const c = cacheWhatIf(a, s, { changedPaths: ['node_modules/left-pad/index.js', 'debug.log'], ignores: (p) => ig.ignores(p) });
    expect(c.rerun).toBe(0);
    expect(c.steps.find((x) => s.steps[x.step]!.line === 3)!.reason).toEqual({ code: 'contextIgnored', params: { path: 'node_modules/left-pad/index.js' } });
  });

  it('RUN --mount=type=bind from the context re-runs; cache and tmpfs mounts never do', () => {
    const text = 'FROM a\nRUN --mount=type=cache,target=/root/.cache --mount=type=tmpfs,target=/tmp make\nRUN --mount=type=bind,source=go.sum,target=go.sum go mod download\n';
    expect(reruns(text, { changedPaths: ['go.sum'] })).toEqual(['3:bindMountChanged']);
    expect(reruns(text, { changedPaths: ['main.go'] })).toEqual([]);
  });

  it('a heredoc and a URL are not context sources', () => {
    expect(reruns('FROM a\nCOPY <<EOF /x\nhi\nEOF\nADD https://example.com/f /f\n', { changedPaths: ['EOF', 'f'] })).toEqual([]);
  });
});

describe('stages', () => {
  it('seed002-multistage: a changed main.go re-runs the build and the COPY --from, not the runtime base', () => {
    const a = analyze(readExample('seed002-multistage', 'Dockerfile'));
    const s = schedule(a);
    const c = cacheWhatIf(a, s, { changedPaths: ['main.go'] });
    expect(c.steps.filter((x) => !x.cached).map((x) => `${s.steps[x.step]!.line}:${x.reason.code}`)).toEqual(['3:contextChanged', '4:previousReran', '7:sourceStageReran']);
    expect(c.steps.find((x) => s.steps[x.step]!.line === 7)!.reason.params).toEqual({ stage: 'stage-0' });
    expect([c.rerun, c.total]).toEqual([3, 7]);
  });

  it('seed003-stage-chain: a change under the shared base re-runs its children through FROM builder', () => {
    const text = readExample('seed003-stage-chain', 'Dockerfile').replace('RUN apk', 'COPY deps.txt /\nRUN apk');
    expect(reruns(text, { changedPaths: ['deps.txt'] })).toEqual(['3:contextChanged', '4:previousReran', '11:baseReran', '12:previousReran']);
  });
});

describe('build args', () => {
  it('seed003-arg-scope: a changed meta ARG re-runs each FROM it feeds, so whole stages', () => {
    const text = readExample('seed003-arg-scope', 'Dockerfile');
    // BuildKit builds only the last stage; the classic builder both.
    expect(reruns(text, { changedArgs: ['DOCKER_USERNAME'] })).toEqual(['10:fromArgChanged', '15:previousReran']);
    expect(reruns(text, { changedArgs: ['DOCKER_USERNAME'] }, 'classic')).toEqual(['3:fromArgChanged', '6:previousReran', '8:previousReran', '10:fromArgChanged', '13:previousReran', '15:previousReran']);
  });

  it('an ARG declared in the stage re-runs every RUN after it, and instructions whose words use it', () => {
    const text = 'FROM a\nRUN before\nARG VERSION\nRUN after\nFROM b\nRUN other\nARG VERSION\nWORKDIR /opt/$VERSION\nRUN x\nCOPY --from=0 /a /a\n';
    const a = analyze(text);
    const s = schedule(a, 'buildkit');
    const c = cacheWhatIf(a, s, { changedArgs: ['VERSION'] });
    expect(c.steps.filter((x) => !x.cached).map((x) => `${s.steps[x.step]!.line}:${x.reason.code}`)).toEqual(['4:argChanged', '8:argInWords', '9:previousReran', '10:previousReran']);
  });

  it('an arg the stage does not declare changes nothing', () => {
    expect(reruns('FROM a\nRUN echo $VERSION\n', { changedArgs: ['VERSION'] })).toEqual([]);
  });
});
