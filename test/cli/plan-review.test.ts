/**
 * `stagecraft plan` and `check` on the reviewer's inputs, run as a user runs them: builds that fail
 * or that the classic builder cannot run, terminal escapes, plurals, and a `.dockerignore` that
 * exists but cannot be used. Each row is named after its input.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.ts';

const BIN = resolve(REPO_ROOT, 'bin/stagecraft.mjs');
const root = mkdtempSync(join(tmpdir(), 'stagecraft-plan-review-'));
let n = 0;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** A fresh folder with these files (a value `{ dir: true }` makes a folder, `{ link }` a symlink). */
function folder(files: Record<string, string | { dir: true } | { link: string }>): string {
  const d = join(root, `case-${n++}`);
  mkdirSync(d);
  for (const [name, v] of Object.entries(files)) {
    const p = join(d, name);
    if (typeof v === 'string') writeFileSync(p, v);
    else if ('dir' in v) mkdirSync(p);
    else symlinkSync(v.link, p);
  }
  return d;
}

const CYCLE = 'FROM alpine AS a\nCOPY --from=b x y\nFROM alpine AS b\nCOPY --from=a x y\n';
const CLASSIC_ONLY_NOT = 'FROM alpine AS build\nRUN --mount=type=cache,target=/root/.cache go build\nFROM alpine\nCOPY --link --from=build /app /app\n';

describe('plan: a build BuildKit refuses is "the build fails", not a schedule', () => {
  it('plan cyc (COPY --from=b / COPY --from=a): BuildKit\'s circular dependency error, exit 1', () => {
    const r = run(['plan', 'cyc'], folder({ cyc: CYCLE }));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^BuildKit: the build fails at line \d+: circular dependency detected on stage: a\./);
    expect(r.out).not.toContain('ticks');
  });
  it('plan cyc --format json: outcome "fails" with the code, line and message', () => {
    const r = run(['plan', 'cyc', '--format', 'json'], folder({ cyc: CYCLE }));
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ schemaVersion: 1, builder: 'buildkit', outcome: 'fails', error: { code: 'CircularDependency' } });
    expect(j.error.message).toMatch(/^circular dependency detected on stage: a/);
    expect(j.steps).toBeUndefined();
  });
  it('plan of FROM alpine AS builder / RUN x / FROM Builder: distribution\'s lowercase error, no pull of Builder', () => {
    const r = run(['plan', 'Dockerfile'], folder({ Dockerfile: 'FROM alpine AS builder\nRUN x\nFROM Builder\n' }));
    expect(r.code).toBe(1);
    expect(r.out).toBe('BuildKit: the build fails at line 3: failed to parse stage name "Builder": invalid reference format: repository name (library/Builder) must be lowercase. It names no stage above, so BuildKit reads it as an image reference, and that fails.\n');
  });
  it('plan of a file with RUN --mount and COPY --link: BuildKit builds it (exit 0)', () => {
    const r = run(['plan', 'Dockerfile'], folder({ Dockerfile: CLASSIC_ONLY_NOT }));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^BuildKit builds stage-1 in \d+ ticks/);
  });
  it('plan cl --classic (RUN --mount, COPY --link): the classic builder cannot build it, exit 1', () => {
    const r = run(['plan', 'cl', '--classic'], folder({ cl: CLASSIC_ONLY_NOT }));
    expect(r.code).toBe(1);
    expect(r.out).toBe('Classic builder cannot build this file: line 2 uses RUN --mount, which needs BuildKit (the classic builder stops there before building anything). Build it with BuildKit (docker buildx build, or DOCKER_BUILDKIT=1).\n');
    const j = JSON.parse(run(['plan', 'cl', '--classic', '--format', 'json'], folder({ cl: CLASSIC_ONLY_NOT })).out);
    expect(j).toMatchObject({ builder: 'classic', outcome: 'cannotBuild', reason: { code: 'ClassicBuilderCannotBuild', line: 2, feature: 'RUN --mount' } });
  });
});

describe('plan: an unknown --target', () => {
  it('plan m --target bb (FROM alpine AS b): BuildKit\'s suggestion, exit 2', () => {
    const r = run(['plan', 'm', '--target', 'bb'], folder({ m: 'FROM alpine AS b\n' }));
    expect(r).toMatchObject({ code: 2, err: 'stagecraft: target stage "bb" could not be found (did you mean b?)\n' });
  });
});

describe('plan: terminal-safe text and plurals', () => {
  it('plan of RUN echo ESC[2J: the escape is shown, not sent', () => {
    const r = run(['plan', 'Dockerfile'], folder({ Dockerfile: 'FROM alpine\nRUN echo \u001b[2J\n' }));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('RUN echo \\x1b[2J');
  });
  it('plan --changed with an OSC 8 hyperlink: shown, not sent (text and JSON)', () => {
    const osc = '\u001b]8;;http://x\u0007a\u001b]8;;\u0007';
    const d = folder({ Dockerfile: 'FROM alpine\nCOPY . .\n' });
    const r = run(['plan', 'Dockerfile', '--changed', osc], d);
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.out).toContain('\\x1b]8;;http://x\\x07a');
    const j = run(['plan', 'Dockerfile', '--changed', `${osc}\u009b`, '--format', 'json'], d);
    expect(j.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(j.out).steps[1].reasonParams.path).toBe(`${osc}\u009b`);
  });
  it('plan of FROM scratch / COPY a b --changed a: "1 tick, 1 step; 1 of 1 step re-runs"', () => {
    const r = run(['plan', 'Dockerfile', '--changed', 'a'], folder({ Dockerfile: 'FROM scratch\nCOPY a b\n' }));
    expect(r.out.split('\n')[0]).toBe('BuildKit builds stage-0 in 1 tick, 1 step; 1 of 1 step re-runs');
  });
});

describe('a .dockerignore that exists but cannot be used: one warning, never silence', () => {
  const DF = 'FROM alpine\nCOPY . .\nRUN make\n';
  it('plan with .dockerignore a directory: warning on stderr, plan goes on without it', () => {
    const r = run(['plan', 'Dockerfile', '--changed', 'x'], folder({ Dockerfile: DF, '.dockerignore': { dir: true } }));
    expect(r.code).toBe(0);
    expect(r.err).toBe(`stagecraft: warning: .dockerignore: is a directory; ignored\n`);
  });
  it('plan with .dockerignore a symlink to /dev/zero: warning (too large), quickly', () => {
    const r = run(['plan', 'Dockerfile', '--changed', 'x'], folder({ Dockerfile: DF, '.dockerignore': { link: '/dev/zero' } }));
    expect(r.code).toBe(0);
    expect(r.err).toBe('stagecraft: warning: .dockerignore: larger than 2 MiB, the most stagecraft reads; stopped reading; ignored\n');
  });
  it('check with Dockerfile.dockerignore a directory: warning, and it is not skipped for .dockerignore', () => {
    const d = folder({ Dockerfile: DF, 'Dockerfile.dockerignore': { dir: true }, '.dockerignore': 'x\n' });
    const r = run(['check', 'Dockerfile'], d);
    expect(r.err).toBe('stagecraft: warning: Dockerfile.dockerignore: is a directory; ignored\n');
  });
  it('plan and check with no .dockerignore: nothing on stderr', () => {
    const d = folder({ Dockerfile: DF });
    expect(run(['plan', 'Dockerfile', '--changed', 'x'], d).err).toBe('');
    expect(run(['check', 'Dockerfile'], d).err).toBe('');
  });
});
