/** Formats and inputs: markdown, --output, several files, globs, stdin, colour, --quiet, --version. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_002_MULTI_STAGE as SEED_002 } from '../share/fixtures.ts';
import { CLI, runCli, scratch } from './built.ts';

const { dir, file } = scratch();
const run = (args: string[], input?: string, env?: NodeJS.ProcessEnv) => runCli(args, { cwd: dir, ...(input !== undefined ? { input } : {}), ...(env ? { env } : {}) });
const MOBY = join(import.meta.dirname, '../../src/ui/examples/corpus/moby__moby__Dockerfile.Dockerfile');

describe('--format markdown', () => {
  it('stagecraft Dockerfile --format markdown: a Mermaid block and a stage table', () => {
    const r = run([file('Dockerfile', SEED_002), '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^```mermaid\nflowchart TB\n/);
    expect(r.out).toContain('\n```\n');
    expect(r.out).toContain('| Stage | Base | Built for the target | Layers | Size estimate |');
    expect(r.out).toContain('| stage-0 | `golang:1.13` | yes | +3 (10 total) | ≈ 300 MB base + own layers |\n');
    expect(r.out).toContain('| stage-1 | `alpine:latest` | yes (target) | +2 (3 total) | ≈ 3.6 MB base + own layers |\n');
  });

  it('moby/moby --target binary --format markdown: 59 rows, unbuilt stages say no', () => {
    const r = run([MOBY, '--target', 'binary', '-f', 'markdown']);
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => /^\| (?!Stage|---)/.test(l));
    expect(rows).toHaveLength(59);
    expect(rows.some((l) => l.includes('| yes (target) |'))).toBe(true);
    expect(rows.some((l) => l.includes('| no |'))).toBe(true);
  });

  it('a stage name with a pipe cannot break the table', () => {
    const r = run(['-', '-f', 'markdown'], 'FROM alpine AS a\nFROM a\nLABEL x="|"\n');
    expect(r.out).toContain('| a | `alpine` |');
  });
});

describe('several files, globs and stdin', () => {
  // A folder of its own, so the globs see exactly these two files.
  const own = scratch();
  const a = own.file('a.Dockerfile', SEED_002);
  const b = own.file('b.Dockerfile', 'FROM alpine AS base\nFROM base\n');
  const run = (args: string[], input?: string) => runCli(args, { cwd: own.dir, ...(input !== undefined ? { input } : {}) });

  it('stagecraft a.Dockerfile b.Dockerfile: a section per file in text', () => {
    const r = run([a, b]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`==> ${a} <==\nStages (2):`);
    expect(r.out).toContain(`==> ${b} <==\nStages (2):`);
  });

  it('stagecraft a b --format json: an array with the file of each', () => {
    const j = JSON.parse(run([a, b, '-f', 'json']).out);
    expect(j.map((x: { file: string }) => x.file)).toEqual([a, b]);
    expect(j[1].schemaVersion).toBe(1);
  });

  it('stagecraft "*.Dockerfile" (a quoted glob) --format markdown: a heading per file, sorted', () => {
    const r = run(['*.Dockerfile', '-f', 'markdown']);
    expect(r.code).toBe(0);
    const headings = r.out.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## a.Dockerfile', '## b.Dockerfile']);
  });

  it('an absolute glob names files absolutely; overlapping globs name a file once', () => {
    const j = JSON.parse(run([`${own.dir}/*.Dockerfile`, `${own.dir}/**/a.Dockerfile`, '-f', 'json']).out);
    expect(j.map((x: { file: string }) => x.file)).toEqual([a, b]);
  });

  it('a glob that matches nothing, several files with mermaid, stdin twice: exit 2', () => {
    expect(run(['nothing/*.Dockerfile'])).toMatchObject({ code: 2, err: 'stagecraft: nothing/*.Dockerfile: no file matches\n' });
    expect(run([a, b, '-f', 'mermaid']).err).toBe('stagecraft: --format mermaid draws one file; for 2 files use --format markdown or json\n');
    expect(run(['-', '-'], 'FROM a\n').code).toBe(2);
  });

  it('stdin with a file: stdin is named "standard input"', () => {
    const r = run(['-', b], 'FROM alpine\n');
    expect(r.out).toContain('==> standard input <==');
  });
});

describe('--output FILE', () => {
  it('stagecraft Dockerfile --output graph.md --format markdown writes the file, prints nothing', () => {
    const r = run([file('o.Dockerfile', SEED_002), '--output', 'graph.md', '-f', 'markdown']);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(join(dir, 'graph.md'), 'utf8')).toMatch(/^```mermaid\n/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--output works for every subcommand (link, multistage, readme-sync)', () => {
    const df = file('l.Dockerfile', SEED_002);
    expect(run(['link', df, '--output=link.txt', '--base-url', 'https://x.example/']).code).toBe(0);
    expect(readFileSync(join(dir, 'link.txt'), 'utf8')).toMatch(/^https:\/\/x\.example\/#v1=/);
    file('build.sh', 'docker build -t a -f Dockerfile.build .\n');
    file('Dockerfile.build', 'FROM alpine\nRUN make\n');
    expect(run(['multistage', 'build.sh', '--output', 'Dockerfile.multi']).code).toBe(0);
    expect(readFileSync(join(dir, 'Dockerfile.multi'), 'utf8')).toContain('FROM alpine');
  });

  it('a usage error writes no output file', () => {
    expect(run(['no-such-file', '--output', 'never.txt']).code).toBe(2);
    expect(existsSync(join(dir, 'never.txt'))).toBe(false);
  });
});

describe('terminal manners', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../packages/cli/package.json'), 'utf8'));
    expect(run(['--version'])).toMatchObject({ code: 0, out: `stagecraft ${pkg.version}\n` });
  });

  it('--quiet: nothing on stdout or stderr, the exit status still tells', () => {
    const bad = file('q.Dockerfile', 'FROM a AS x\nCOPY --from=x / /\n');
    expect(run([bad, '--quiet', '--strict'])).toMatchObject({ code: 1, out: '', err: '' });
    expect(run(['missing', '-q']).err).toBe('stagecraft: missing: no such file\n');
  });

  it('piped output has no colour', () => {
    expect(run([file('c.Dockerfile', SEED_002)]).out).not.toContain('\u001b[');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.runIf(hasScript)('on a terminal: colour, and none with NO_COLOR=1', () => {
    const df = file('tty.Dockerfile', 'FROM a AS x\nCOPY --from=x / /\n');
    const tty = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${JSON.stringify(df)}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    expect(tty({ NO_COLOR: '' })).toContain('\u001b[1mStages (1):\u001b[0m');
    expect(tty({ NO_COLOR: '' })).toContain('\u001b[31merror\u001b[0m');
    expect(tty({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
