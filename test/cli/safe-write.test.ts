/**
 * Never write where it should not: builder-pattern --out and --output FILE. Fresh or empty folders
 * only (unless --force), real paths, never through a symbolic link, never over an input.
 */
import { existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_002_MULTI_STAGE as SEED_002 } from '../share/fixtures.ts';
import { runCli, scratch } from './built.ts';

function project() {
  const s = scratch('stagecraft-write-');
  const dockerfile = s.file('Dockerfile', SEED_002);
  const outside = s.file('outside.txt', 'keep me\n');
  const run = (args: string[], extra: { stdin?: number; cwd?: string } = {}) => runCli(args, { cwd: extra.cwd ?? s.dir, ...(extra.stdin !== undefined ? { stdin: extra.stdin } : {}) });
  return { ...s, dockerfile, outside, run };
}
const untouched = (p: { dockerfile: string; outside: string }) => {
  expect(readFileSync(p.dockerfile, 'utf8')).toBe(SEED_002);
  expect(readFileSync(p.outside, 'utf8')).toBe('keep me\n');
};

describe('builder-pattern --out DIR', () => {
  it('a new folder: created, files written, build.sh executable, no temporary files left', () => {
    const p = project();
    const r = p.run(['builder-pattern', 'Dockerfile', '--out', 'old-way']);
    expect(r.code).toBe(0);
    expect(readdirSync(join(p.dir, 'old-way')).sort()).toEqual(['Dockerfile', 'Dockerfile.stage-0', 'build.sh']);
    expect(statSync(join(p.dir, 'old-way/build.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(p.dir, 'old-way/Dockerfile')).mode & 0o777).toBe(0o644);
  });

  it('an empty existing folder is fine; a folder with files is refused (exit 2) and left as it was', () => {
    const p = project();
    mkdirSync(join(p.dir, 'empty'));
    expect(p.run(['builder-pattern', 'Dockerfile', '--out', 'empty']).code).toBe(0);
    const again = p.run(['builder-pattern', 'Dockerfile', '--out', 'empty']);
    expect(again).toMatchObject({ code: 2, err: 'stagecraft: --out empty is not empty: choose a new or empty folder, or add --force to replace files in it\n' });
  });

  it('--out . beside the input: refused without --force; with --force the input is never replaced', () => {
    const p = project();
    expect(p.run(['builder-pattern', 'Dockerfile', '--out', '.']).err).toMatch(/--out \. is not empty/);
    const forced = p.run(['builder-pattern', 'Dockerfile', '--out', '.', '--force']);
    expect(forced).toMatchObject({ code: 2, err: 'stagecraft: Dockerfile is an input of this run: not replacing it (choose another name)\n' });
    expect(readdirSync(p.dir).sort()).toEqual(['Dockerfile', 'outside.txt']);
    untouched(p);
  });

  it('--out a symbolic link to the input\'s folder, with --force: refused by real identity', () => {
    const p = project();
    symlinkSync(p.dir, join(p.dir, 'alias'));
    const r = p.run(['builder-pattern', 'Dockerfile', '--out', 'alias', '--force']);
    expect(r).toMatchObject({ code: 2, err: 'stagecraft: alias/Dockerfile is an input of this run: not replacing it (choose another name)\n' });
    untouched(p);
  });

  it('input on stdin from the Dockerfile, --out . --force: the input is still recognised', () => {
    const p = project();
    const r = p.run(['builder-pattern', '-', '--out', '.', '--force'], { stdin: openSync(p.dockerfile, 'r') });
    expect(r.code).toBe(2);
    expect(r.err).toBe('stagecraft: Dockerfile is an input of this run: not replacing it (choose another name)\n');
    untouched(p);
  });

  it('--force over a planted link (build.sh -> a file outside): the link is replaced, the outside file untouched and not made executable', () => {
    const p = project();
    mkdirSync(join(p.dir, 'out'));
    symlinkSync(p.outside, join(p.dir, 'out/build.sh'));
    const r = p.run(['builder-pattern', 'Dockerfile', '--out', 'out', '--force']);
    expect(r.code).toBe(0);
    expect(lstatSync(join(p.dir, 'out/build.sh')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(p.dir, 'out/build.sh'), 'utf8')).toContain('docker build');
    expect(statSync(p.outside).mode & 0o111).toBe(0);
    untouched(p);
  });

  it('--out an existing file: exit 2', () => {
    const p = project();
    expect(p.run(['builder-pattern', 'Dockerfile', '--out', 'outside.txt']).err).toBe('stagecraft: --out outside.txt is not a folder\n');
  });
});

describe('--output FILE', () => {
  it('--output the input itself, or a link to it: exit 2, input unchanged', () => {
    const p = project();
    symlinkSync(p.dockerfile, join(p.dir, 'link-to-input'));
    for (const target of ['Dockerfile', './Dockerfile', 'link-to-input']) {
      const r = p.run(['Dockerfile', '--output', target]);
      expect(r, target).toMatchObject({ code: 2, err: `stagecraft: ${target} is an input of this run: not replacing it (choose another name)\n` });
    }
    untouched(p);
  });

  it('--output over a link to a file outside: the link is replaced, not followed', () => {
    const p = project();
    symlinkSync(p.outside, join(p.dir, 'graph.md'));
    expect(p.run(['Dockerfile', '-f', 'markdown', '--output', 'graph.md']).code).toBe(0);
    expect(lstatSync(join(p.dir, 'graph.md')).isSymbolicLink()).toBe(false);
    untouched(p);
  });

  it('--output into a missing folder or onto a folder: exit 2, nothing written', () => {
    const p = project();
    expect(p.run(['Dockerfile', '--output', 'nope/graph.md']).err).toBe('stagecraft: nope: cannot write there (ENOENT)\n');
    mkdirSync(join(p.dir, 'folder'));
    expect(p.run(['Dockerfile', '--output', 'folder']).err).toBe('stagecraft: folder is a directory\n');
    expect(existsSync(join(p.dir, 'nope'))).toBe(false);
  });

  it('--output replaces an existing output whole', () => {
    const p = project();
    p.file('graph.json', 'x'.repeat(100_000));
    expect(p.run(['Dockerfile', '-f', 'json', '--output', 'graph.json']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(p.dir, 'graph.json'), 'utf8')).schemaVersion).toBe(1);
  });
});
