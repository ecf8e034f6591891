/**
 * The `stagecraft` command as a user runs it: the built bundle, in a child process.
 */
import { describe, expect, it } from 'vitest';
import { SEED_002_MULTI_STAGE as SEED_002 } from '../share/fixtures.ts';
import { runCli, scratch } from './built.ts';

const { dir, file } = scratch();
const run = (args: string[], input?: string) => runCli(args, { cwd: dir, ...(input !== undefined ? { input } : {}) });


describe('stagecraft CLI', () => {
  it('stagecraft Dockerfile (text summary)', () => {
    const r = run([file('Dockerfile', SEED_002)]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Stages (2):');
    expect(r.out).toContain('line 8: stage-1 <- stage 0 (stage-0)');
    expect(r.out).toContain('BuildKit builds: stage-0, stage-1');
  });

  it('stagecraft - --format json (stdin)', () => {
    const r = run(['-', '--format', 'json'], SEED_002);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.schemaVersion).toBe(1);
    expect(j.target).toBe(1);
    expect(j.stages[0]).toMatchObject({ index: 0, name: null, image: 'golang:1.13', base: { image: 'golang:1.13' }, startLine: 1, endLine: 4, layers: 3, reachable: true, classicBuilt: true });
    expect(j.edges).toEqual([expect.objectContaining({ kind: 'copy', stage: 1, source: { stage: 0 }, line: 8 })]);
  });

  it('stagecraft --format mermaid', () => {
    const r = run([file('m.Dockerfile', SEED_002), '--format', 'mermaid']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('flowchart TB\n')).toBe(true);
    expect(r.out).toContain('s0 -.->|"COPY --from"| s1');
  });

  it('stagecraft --format dot', () => {
    const r = run([file('d.Dockerfile', SEED_002), '-f', 'dot']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^digraph stagecraft \{/);
    expect(r.out).toContain('s0 -> s1 [style=dashed, label="COPY --from"];');
  });

  it('stagecraft --target builder --build-arg (target and args)', () => {
    const text = 'ARG V=1\nFROM alpine:${V} AS builder\nRUN x\nFROM busybox AS other\nFROM scratch\nCOPY --from=builder /a /a\n';
    const j = JSON.parse(run([file('t.Dockerfile', text), '--target', 'Builder', '--build-arg', 'V=2', '-f', 'json']).out);
    expect(j.target).toBe(0);
    expect(j.stages[0].image).toBe('alpine:2');
    expect(j.stages.map((s: { reachable: boolean }) => s.reachable)).toEqual([true, false, false]);
  });

  it('--strict exits 1 on an error diagnostic, 0 without', () => {
    expect(run([file('bad.Dockerfile', 'FROM a AS x\nCOPY --from=x / /\n'), '--strict']).code).toBe(1);
    expect(run([file('good.Dockerfile', SEED_002), '--strict']).code).toBe(0);
  });

  it('an error diagnostic without --strict still exits 0', () => {
    expect(run([file('bad2.Dockerfile', 'RUN x\n')]).code).toBe(0);
  });

  it('missing file: exit 2, one line on stderr, no stack trace', () => {
    const r = run(['no-such-file']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual(['stagecraft: no-such-file: no such file']);
  });

  it('unknown option / bad format / bad build-arg: exit 2', () => {
    for (const args of [['--nope'], ['-', '--format', 'svg'], ['-', '--build-arg', 'NOEQUALS']]) {
      const r = run(args, 'FROM a\n');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^stagecraft: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('--help documents the options', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--target', '--build-arg', '--format', '--strict']) expect(r.out).toContain(opt);
  });
});

describe('stagecraft link', () => {
  it('stagecraft link Dockerfile --target x --base-url URL, then --decode gives the same files', () => {
    const p = file('Dockerfile', SEED_002);
    const r = run(['link', p, file('build.sh', 'docker build .\n'), '--target', 'x', '--base-url', 'https://example.org/stagecraft/']);
    expect(r.code).toBe(0);
    const url = r.out.trim();
    expect(url).toMatch(/^https:\/\/example\.org\/stagecraft\/#v1=[A-Za-z0-9_-]+$/);
    const back = JSON.parse(run(['link', '--decode', url]).out);
    expect(back.files).toEqual([{ name: 'Dockerfile', text: SEED_002 }, { name: 'build.sh', text: 'docker build .\n' }]);
    expect(back.target).toBe('x');
  });

  it('stagecraft link --decode of a broken link: exit 2, one line', () => {
    const r = run(['link', '--decode', 'https://example.org/#v1=AAAA']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^stagecraft: not a Stagecraft link \(\w+\)\n$/);
  });
});
