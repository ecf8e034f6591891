/** `stagecraft builder-pattern` and `stagecraft multistage` on the seeds' files, as a user runs them. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.ts';
import { FIXTURES } from './helpers.ts';

const BIN = resolve(REPO_ROOT, 'bin/stagecraft.mjs');
const run = (args: string[], cwd = FIXTURES) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('stagecraft multistage', () => {
  it('stagecraft multistage seed002-builder/build.sh (Dockerfiles found beside it)', () => {
    const r = run(['multistage', 'seed002-builder/build.sh']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('FROM golang:1.13 AS build\n');
    expect(r.out).toContain('COPY --from=build /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .\n');
    expect(r.err).toContain('build.sh:2: info: progress message');
    expect(r.err).toContain('build with:\n  docker build -t http-server:latest .\n');
  });

  it('stagecraft multistage seed004-builder/build.sh seed004-builder/Dockerfile.build seed004-builder/Dockerfile', () => {
    const r = run(['multistage', 'seed004-builder/build.sh', 'seed004-builder/Dockerfile.build', 'seed004-builder/Dockerfile']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('FROM golang:1.7.3 AS build\n');
    expect(r.err).toContain('Dockerfile.build:2: warning: FROM golang: 1.7.3 has a space after the colon');
    expect(r.err).toContain('[BackslashSpace]');
  });

  it('a missing Dockerfile exits 1 with the note; a missing script exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecraft-ms-'));
    writeFileSync(join(dir, 'build.sh'), 'docker build -t a -f nope .\n');
    const r = run(['multistage', join(dir, 'build.sh')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[DockerfileNotFound]');
    const u = run(['multistage', join(dir, 'absent.sh')]);
    expect(u.code).toBe(2);
    expect(u.err).toMatch(/^stagecraft: .*absent\.sh: no such file\n$/);
    expect(run(['multistage']).code).toBe(2);
  });
});

describe('stagecraft builder-pattern', () => {
  it('stagecraft builder-pattern seed002-multistage/Dockerfile.named --project http-server --out DIR', () => {
    const out = mkdtempSync(join(tmpdir(), 'stagecraft-bp-'));
    const r = run(['builder-pattern', 'seed002-multistage/Dockerfile.named', '--project', 'http-server', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(['Dockerfile.builder', 'Dockerfile', 'build.sh'].map((f) => `wrote ${join(out, f)}\n`).join(''));
    expect(readFileSync(join(out, 'build.sh'), 'utf8')).toContain('docker cp builder:/go/src/github.com/wilhelmguo/multi-stage-demo/http-server stagecraft-extract/http-server\n');
    expect(statSync(join(out, 'build.sh')).mode & 0o111).not.toBe(0);
    // And back again: the written folder converts to the seed's graph.
    const back = run(['multistage', join(out, 'build.sh')]);
    expect(back.code).toBe(0);
    expect(back.out).toContain('COPY --from=builder /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .\n');
  });

  it('--target and --build-arg; notes on stderr for what has no equivalent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bp-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine AS a\nRUN touch /x\nFROM alpine AS b\nRUN --mount=from=a,target=/a ls /a\nCOPY --from=a /x /x\nFROM b\n');
    const r = run(['builder-pattern', 'Dockerfile', '--target', 'b', '--build-arg', 'A=1', '--out', 'gen'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'gen/build.sh'), 'utf8')).toContain('docker build --build-arg A=1 -t app:latest .\n');
    expect(r.err).toContain('[MountFromNoEquivalent]');
  });

  it('usage errors exit 2 with one line: no --out, overwriting the input, unknown target exits 1', () => {
    expect(run(['builder-pattern', 'seed002-multistage/Dockerfile'])).toMatchObject({ code: 2, err: 'stagecraft: builder-pattern needs --out DIR (the folder to write the files to)\n' });
    const over = run(['builder-pattern', 'seed002-multistage/Dockerfile', '--out', 'seed002-multistage']);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/is not empty/);
    const forced = run(['builder-pattern', 'seed002-multistage/Dockerfile', '--out', 'seed002-multistage', '--force']);
    expect(forced.code).toBe(2);
    expect(forced.err).toMatch(/seed002-multistage\/Dockerfile is an input of this run: not replacing it/);
    const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bp-'));
    const t = run(['builder-pattern', join(FIXTURES, 'seed002-multistage/Dockerfile'), '--target', 'nope', '--out', join(dir, 'x')]);
    expect(t.code).toBe(1);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
