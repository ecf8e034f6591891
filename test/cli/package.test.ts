/**
 * The package as users install it: `npm pack ./packages/cli` (its prepack builds the command),
 * installed globally into a temporary prefix with --omit=dev, then every subcommand run from an
 * empty folder outside the checkout, where nothing of the repository can be found.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_002_MULTI_STAGE as SEED_002 } from '../share/fixtures.ts';
import { REPO_ROOT } from '../support/shared.ts';
import { parse as parseYaml } from 'yaml';
import { SUBCOMMANDS } from '../../src/cli/main.ts';

const root = mkdtempSync(join(tmpdir(), 'stagecraft-pack-'));
const prefix = join(root, 'prefix');
const empty = join(root, 'empty');
let tarball = '';
let files: string[] = [];
const bin = () => join(prefix, 'bin', 'stagecraft');
const run = (args: string[], input = '') => {
  const r = spawnSync(bin(), args, { cwd: empty, input, encoding: 'utf8', env: { ...process.env, NODE_PATH: '', NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  const npm = (args: string[], cwd = REPO_ROOT) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const packed = JSON.parse(npm(['pack', './packages/cli', '--json', '--pack-destination', root]).replace(/^[^[]*/, ''));
  tarball = join(root, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path).sort();
  mkdirSync(empty);
  npm(['install', '--global', '--prefix', prefix, '--omit=dev', '--no-audit', '--no-fund', tarball], empty);
}, 120_000);

describe('npm pack ./packages/cli', () => {
  it('holds the built command, README, licence and package.json, nothing from the page, tests or data', () => {
    expect(files).toContain('dist/stagecraft.mjs');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('package.json');
    expect(files.filter((f) => !/^dist\/[\w-]+\.mjs$/.test(f) && !['README.md', 'LICENSE', 'package.json'].includes(f))).toEqual([]);
  });

  it('has no runtime dependencies and the version of the command', () => {
    const pkg = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/stagecraft/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(run(['--version']).out).toBe(`stagecraft ${pkg.version}\n`);
  });
});

describe('installed with --omit=dev, run from an empty folder', () => {
  it('stagecraft --help', () => {
    expect(run(['--help'])).toMatchObject({ code: 0 });
    expect(run(['--help']).out).toContain('readme-sync');
  });

  it('stagecraft - (text, json, markdown, mermaid, dot)', () => {
    expect(run(['-'], SEED_002).out).toContain('Stages (2):');
    expect(JSON.parse(run(['-', '-f', 'json'], SEED_002).out).schemaVersion).toBe(1);
    for (const f of ['markdown', 'mermaid', 'dot']) expect(run(['-', '-f', f], SEED_002).code, f).toBe(0);
  });

  it('stagecraft analyze with a glob', () => {
    writeFileSync(join(empty, 'a.Dockerfile'), SEED_002);
    expect(run(['analyze', '*.Dockerfile', '-f', 'json']).code).toBe(0);
  });

  it('stagecraft builder-pattern - --out old', () => {
    const r = run(['builder-pattern', '-', '--out', 'old'], SEED_002);
    expect(r.code).toBe(0);
    expect(readFileSync(join(empty, 'old/build.sh'), 'utf8')).toContain('docker build');
  });

  it('stagecraft multistage old/build.sh', () => {
    expect(run(['multistage', 'old/build.sh'])).toMatchObject({ code: 0 });
    expect(run(['multistage', 'old/build.sh']).out).toContain('COPY --from=');
  });

  it('stagecraft link, then link --decode', () => {
    const url = run(['link', 'a.Dockerfile', '--base-url', 'https://x.example/']).out.trim();
    expect(JSON.parse(run(['link', '--decode', url]).out).files[0].name).toBe('a.Dockerfile');
  });

  it('stagecraft check a.Dockerfile (exit 1: BuildKit\'s lint status for a warning); check --build-mode (0)', () => {
    writeFileSync(join(empty, 'b.Dockerfile'), 'FROM alpine AS b\nENV a b\n');
    const r = run(['check', 'b.Dockerfile']);
    expect(r).toMatchObject({ code: 1, err: '' });
    expect(r.out).toContain('WARNING: LegacyKeyValueFormat');
    expect(run(['check', 'b.Dockerfile', '--build-mode'])).toMatchObject({ code: 0, err: '' });
  });

  it('stagecraft plan a.Dockerfile --changed main.go', () => {
    const r = run(['plan', 'a.Dockerfile', '--changed', 'main.go']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('BuildKit builds');
  });

  it('every subcommand has a test here', () => {
    const tested = [...readFileSync(new URL(import.meta.url), 'utf8').matchAll(/it\('stagecraft ([a-z-]+)/g)].map((m) => m[1]);
    for (const c of SUBCOMMANDS) expect(tested, c).toContain(c);
  });

  it('stagecraft readme-sync README.md --file a.Dockerfile', () => {
    writeFileSync(join(empty, 'README.md'), '# x\n<!-- stagecraft:begin -->\n<!-- stagecraft:end -->\n');
    expect(run(['readme-sync', 'README.md', '--file', 'a.Dockerfile']).code).toBe(1);
    expect(run(['readme-sync', 'README.md', '--file', 'a.Dockerfile']).code).toBe(0);
  });
});

// pre-commit installs a hook repository as it is: `npm install` there (which runs `prepare`), then
// `npm pack`, whose stdout it takes as the tarball's name, then `npm install -g` of that tarball.
describe('the repository as pre-commit installs it (.pre-commit-hooks.yaml)', () => {
  const prefixRoot = join(root, 'precommit');
  const work = join(root, 'precommit-work');
  let packOut = '';
  beforeAll(() => {
    mkdirSync(work, { recursive: true });
    packOut = execFileSync('npm', ['pack', '--pack-destination', root], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    execFileSync('npm', ['install', '--global', '--prefix', prefixRoot, '--no-audit', '--no-fund', join(root, packOut.trim())], { cwd: work, stdio: 'ignore' });
  }, 180_000);
  const hookRun = (entry: string, args: string[]) => {
    const [cmd, ...first] = entry.split(' ');
    const r = spawnSync(join(prefixRoot, 'bin', cmd!), [...first, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const hooks = parseYaml(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; args?: string[] }[];
  const hook = (id: string) => hooks.find((h) => h.id === id)!;

  it('npm pack prints only the tarball name on stdout (a prepare banner there breaks every hook install)', () => {
    expect(packOut).toMatch(/^stagecraft-\d+\.\d+\.\d+\.tgz\n$/);
  });

  it('the installed hook pulls in no dependencies (the page\'s libraries are devDependencies)', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(existsSync(join(prefixRoot, 'lib/node_modules/stagecraft/node_modules'))).toBe(false);
  });

  it('stagecraft-check: its files pattern picks Dockerfiles; its entry checks several staged files at once', () => {
    const re = new RegExp(hook('stagecraft-check').files);
    expect(['Dockerfile', 'docker/app.Dockerfile', 'Containerfile', 'Dockerfile.dev', 'web/Dockerfile'].filter((f) => re.test(f))).toHaveLength(5);
    expect(['README.md', 'Dockerfile.md/x', 'src/dockerfile.ts'].filter((f) => re.test(f))).toEqual([]);
    writeFileSync(join(work, 'Dockerfile'), 'FROM alpine\nCMD ["run"]\n');
    writeFileSync(join(work, 'app.Dockerfile'), 'FROM alpine AS build\nENV a b\n');
    expect(hookRun(hook('stagecraft-check').entry, ['Dockerfile'])).toMatchObject({ code: 0, err: '' });
    const r = hookRun(hook('stagecraft-check').entry, ['Dockerfile', 'app.Dockerfile']);
    expect(r).toMatchObject({ code: 1, err: '' });
    expect(r.out).toContain('==> app.Dockerfile <==');
  });

  it('stagecraft-readme-sync: fails once when the diagram changed, then passes', () => {
    const h = hook('stagecraft-readme-sync');
    writeFileSync(join(work, 'README.md'), '# app\n<!-- stagecraft:begin -->\n<!-- stagecraft:end -->\n');
    expect(hookRun(h.entry, h.args ?? []).code).toBe(1);
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toContain('```mermaid');
    expect(hookRun(h.entry, h.args ?? []).code).toBe(0);
  });
});
