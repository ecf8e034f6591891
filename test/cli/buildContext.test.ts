/**
 * `--build-context NAME=VALUE` on the command line (analyze, link), through bin/stagecraft.mjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.ts';

const BIN = resolve(REPO_ROOT, 'bin/stagecraft.mjs');
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-ctx-'));
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const TEXT = 'FROM golang AS builder\nRUN go build\nFROM alpine\nCOPY --from=builder /out /app\n';

describe('stagecraft --build-context', () => {
  it('--build-context builder=docker-image://… --build-context alpine=./rootfs -f json', () => {
    const r = run(['-', '--build-context', 'builder=docker-image://ghcr.io/org/builder:1', '--build-context', 'alpine=./rootfs', '-f', 'json'], TEXT);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.stages[0].replacedBy).toEqual({ name: 'builder', value: 'docker-image://ghcr.io/org/builder:1', kind: 'docker-image' });
    expect(j.stages[1].baseContext).toEqual({ name: 'alpine', value: './rootfs', kind: 'local' });
  });
  it('--build-context NOEQUALS: exit 2 with the expected form', () => {
    const r = run(['-', '--build-context', 'NOEQUALS'], TEXT);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--build-context expects NAME=VALUE');
  });
  it('link --build-context keeps the contexts in the link', () => {
    const p = join(dir, 'Dockerfile');
    writeFileSync(p, TEXT);
    const url = run(['link', p, '--build-context', 'builder=./prebuilt']).out.trim();
    const back = JSON.parse(run(['link', '--decode', url]).out);
    expect(back.buildContexts).toEqual({ builder: './prebuilt' });
  });
});
