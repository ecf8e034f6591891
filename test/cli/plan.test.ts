/**
 * `stagecraft plan` as a user runs it (bin/stagecraft.mjs in a child process).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample } from '../support/examples.ts';
import { REPO_ROOT } from '../support/shared.ts';

const BIN = resolve(REPO_ROOT, 'bin/stagecraft.mjs');
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-plan-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, 'plan', ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('stagecraft plan', () => {
  it('plan seed002-multistage --format json: the schema of the issue', () => {
    const r = run([file('Dockerfile', readExample('seed002-multistage', 'Dockerfile')), '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ schemaVersion: 1, builder: 'buildkit', target: 1, ticks: 5 });
    expect(j.stages).toEqual([
      { index: 0, name: 'stage-0', start: 0, end: 4, critical: true },
      { index: 1, name: 'stage-1', start: 0, end: 5, critical: true },
    ]);
    expect(j.steps[2]).toEqual({
      stage: 0, line: 3, kind: 'instruction', instruction: 'COPY main.go .', start: 2, end: 3,
      waitsFor: [{ stage: 0, line: 2, kind: 'instruction' }], layer: true, critical: true,
    });
    expect(j.steps.every((s: Record<string, unknown>) => !('cached' in s))).toBe(true);
  });

  it('plan - --classic --changed main.go --format json (stdin): cached and reason on every step', () => {
    const r = run(['-', '--classic', '--changed', 'main.go', '--format', 'json'], readExample('seed002-multistage', 'Dockerfile'));
    const j = JSON.parse(r.out);
    expect(j.builder).toBe('classic');
    expect(j.ticks).toBe(8);
    expect(j.steps.filter((s: { cached: boolean }) => !s.cached).map((s: { line: number; reason: string }) => `${s.line}:${s.reason}`)).toEqual(['3:contextChanged', '4:previousReran', '7:sourceStageReran', '8:previousReran']);
    expect([j.rerun, j.total]).toEqual([4, 8]);
  });

  it('plan Dockerfile --changed src/app.js (text): the timeline and the Node lesson', () => {
    const p = file('Dockerfile.node', 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n');
    const r = run([p, '--changed', 'src/app.js']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('BuildKit builds stage-0 in 5 ticks, 5 steps; 1 of 5 steps re-run');
    expect(r.out).toMatch(/! stage-0 \|####\*/);
    expect(r.out).toMatch(/\* 4-5 +line 5 +COPY \. \. .*re-runs: src\/app\.js changed/);
  });

  it('plan honours <FILE>.dockerignore beside the Dockerfile', () => {
    const p = file('Dockerfile.ign', 'FROM node:20-alpine\nCOPY . .\nRUN npm ci\n');
    file('Dockerfile.ign.dockerignore', 'node_modules\n');
    const j = JSON.parse(run([p, '--changed', 'node_modules/x.js', '--format', 'json']).out);
    expect(j.rerun).toBe(0);
    expect(j.steps[1]).toMatchObject({ cached: true, reason: 'contextIgnored', reasonParams: { path: 'node_modules/x.js' } });
  });

  it('plan --changed-arg VERSION: RUN after ARG VERSION re-runs', () => {
    const j = JSON.parse(run(['-', '--changed-arg', 'VERSION', '--format', 'json'], 'FROM a\nARG VERSION\nRUN make\n').out);
    expect(j.steps.map((s: { reason: string }) => s.reason)).toEqual(['unchanged', 'argChanged']);
  });

  it('usage errors: --format dot, an unknown target, two files', () => {
    expect(run(['-', '--format', 'dot'], 'FROM a\n')).toMatchObject({ code: 2, err: 'stagecraft: --format must be one of text, json\n' });
    expect(run(['-', '--target', 'nope'], 'FROM a\n').code).toBe(2);
    expect(run(['a', 'b']).code).toBe(2);
  });
});
