/**
 * What the converters write can never hurt the person: hostile names are refused, every word is
 * quoted, build args nobody declared stay out, and build.sh never touches the project's own files.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toBuilderPattern, toMultistage, type WorkspaceFile } from '../../src/core/builder/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = resolve(ROOT, 'bin/stagecraft.mjs');
const cli = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const file = (files: readonly WorkspaceFile[], name: string) => files.find((f) => f.name === name)?.text ?? '';
const codes = (r: { notes: readonly { code: string }[] }) => r.notes.map((n) => n.code);

/** Every file and folder under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      out.push(relative(dir, join(d, e.name)));
      if (e.isDirectory()) walk(join(d, e.name));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Runs build.sh in `project` with a stub `docker` first on PATH: `docker cp C:PATH DEST` behaves
 * as docker cp does (into an existing folder it nests, else it creates DEST); other commands only
 * log. Returns the exit code and the stub's log.
 */
function runBuildScript(script: string, project: string): { code: number | null; log: string; err: string } {
  const bin = mkdtempSync(join(tmpdir(), 'stagecraft-stub-'));
  const log = join(bin, 'docker.log');
  writeFileSync(join(bin, 'docker'), [
    '#!/bin/sh',
    `echo "$@" >> '${log}'`,
    'if [ "$1" = cp ]; then',
    '  dest="$3"; [ -d "$dest" ] && dest="$dest/$(basename "${2#*:}")"',
    '  mkdir -p "$dest" && echo extracted > "$dest/from-container"',
    'fi',
    '',
  ].join('\n'));
  chmodSync(join(bin, 'docker'), 0o755);
  writeFileSync(join(project, 'build.sh'), script);
  const r = spawnSync('sh', ['build.sh'], { cwd: project, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` } });
  return { code: r.status, log: existsSync(log) ? readFileSync(log, 'utf8') : '', err: r.stderr };
}

/** A project folder holding dist/, .git/, src/ and a few files, as a real checkout does. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-project-'));
  for (const d of ['dist', '.git/refs', 'src/app']) mkdirSync(join(dir, d), { recursive: true });
  for (const f of ['dist/index.html', '.git/HEAD', 'src/app/main.go', 'Dockerfile', 'README.md']) writeFileSync(join(dir, f), `mine: ${f}\n`);
  return dir;
}

const COPIES_PROJECT_NAMES = 'FROM golang AS build\nWORKDIR /src\nCOPY . .\nRUN make\nFROM alpine\nCOPY --from=build /src/dist /srv/dist\nCOPY --from=build /src/.git /srv/.git\nCOPY --from=build /src /srv/src\n';

describe('build.sh extracts into a folder of its own', () => {
  it('COPY --from=build /src/dist, /src/.git and /src: every pre-existing file and folder is still there', () => {
    const dir = project();
    const before = tree(dir);
    const r = toBuilderPattern(COPIES_PROJECT_NAMES);
    const run = runBuildScript(file(r.files, 'build.sh'), dir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.log).toContain('cp build:/src/dist stagecraft-extract/dist');
    for (const f of ['dist/index.html', '.git/HEAD', 'src/app/main.go', 'README.md']) expect(readFileSync(join(dir, f), 'utf8')).toBe(`mine: ${f}\n`);
    expect(tree(dir)).toEqual([...before, 'build.sh'].sort());
  });

  it('a stagecraft-extract folder left in the project: the script stops before touching it', () => {
    const dir = project();
    mkdirSync(join(dir, 'stagecraft-extract'));
    writeFileSync(join(dir, 'stagecraft-extract', 'keep.txt'), 'mine\n');
    const run = runBuildScript(file(toBuilderPattern(COPIES_PROJECT_NAMES).files, 'build.sh'), dir);
    expect(run.code).not.toBe(0);
    expect(run.log).not.toContain('cp ');
    expect(readFileSync(join(dir, 'stagecraft-extract', 'keep.txt'), 'utf8')).toBe('mine\n');
  });

  it('converts back to the same COPY --from edges', () => {
    const r = toBuilderPattern(COPIES_PROJECT_NAMES);
    const back = toMultistage(r.files);
    expect(back.dockerfile).toContain('COPY --from=build /src/dist /srv/dist\n');
    expect(codes(back)).toContain('FolderCreated');
    expect(back.notes.filter((n) => n.severity !== 'info')).toEqual([]);
  });
});

describe('hostile names in toBuilderPattern', () => {
  it.each([
    ['a file name with a newline', { fileName: 'Dockerfile\ntouch PWNED' }, 'FROM alpine AS a\nRUN true\nFROM alpine\nCOPY --from=a /x /x\n'],
    ['a JSON COPY path with a newline', {}, 'FROM alpine AS a\nRUN true\nFROM alpine\nCOPY --from=a ["/x\\ntouch PWNED", "/y"]\n'],
    ['a build-arg name with a newline', { buildArgs: { 'A\ntouch PWNED': '1' } }, 'FROM alpine\n'],
    ['a target with an escape character', { target: 'a\u001b[2J' }, 'FROM alpine AS a\n'],
  ])('%s: refused with ControlCharacterInName, nothing written', (_, options, text) => {
    const r = toBuilderPattern(text, options);
    expect(r.files).toEqual([]);
    expect(codes(r)).toContain('ControlCharacterInName');
    expect(r.notes.find((n) => n.code === 'ControlCharacterInName')!.message).not.toMatch(/\n/);
  });

  it('shell metacharacters in a stage name and a build-arg value are quoted: running build.sh runs no other command', () => {
    const text = 'ARG V\nFROM alpine AS x$(touch${IFS}PWNED)\nRUN true\nFROM alpine\nCOPY --from=x$(touch${IFS}PWNED) /a /a\n';
    const r = toBuilderPattern(text, { buildArgs: { V: "'; touch PWNED; '`touch PWNED`" } });
    const dir = project();
    const run = runBuildScript(file(r.files, 'build.sh'), dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    expect(run.log).toContain("--build-arg V='; touch PWNED; '`touch PWNED`");
  });
});

describe('build args that match no ARG', () => {
  it('HTTPS_PROXY and GOPROXY from a link: not in build.sh, one BuildArgUndeclared note each', () => {
    const r = toBuilderPattern('ARG VERSION=1\nFROM golang AS build\nRUN go build\nFROM alpine\nCOPY --from=build /app /app\n', { buildArgs: { VERSION: '2', HTTPS_PROXY: 'http://evil:3128', GOPROXY: 'http://evil' } });
    const script = file(r.files, 'build.sh');
    expect(script).toContain('--build-arg VERSION=2');
    expect(script).not.toContain('PROXY');
    expect(r.notes.filter((n) => n.code === 'BuildArgUndeclared').map((n) => n.params.name)).toEqual(['HTTPS_PROXY', 'GOPROXY']);
  });

  it('an ARG inside a stage declares its name too (ARG A B=1 declares both)', () => {
    const r = toBuilderPattern('FROM alpine\nARG A B=1\nRUN echo $A $B\n', { buildArgs: { A: 'x', B: 'y' } });
    expect(file(r.files, 'build.sh')).toContain('docker build --build-arg A=x --build-arg B=y -t app:latest .');
    expect(codes(r)).not.toContain('BuildArgUndeclared');
  });

  it('keepUndeclaredArgs (the command line, where the person typed them) passes them', () => {
    const r = toBuilderPattern('FROM alpine\n', { buildArgs: { HTTPS_PROXY: 'http://proxy:3128' }, keepUndeclaredArgs: true });
    expect(file(r.files, 'build.sh')).toContain('--build-arg HTTPS_PROXY=http://proxy:3128');
  });
});

describe('hostile names in toMultistage', () => {
  const dockerfiles = { 'Dockerfile.build': 'FROM golang\nRUN go build -o /out/app\n', Dockerfile: 'FROM alpine\nCOPY app /app\n' };
  const ws = (script: string): WorkspaceFile[] => [{ name: 'build.sh', text: script }, ...Object.entries(dockerfiles).map(([name, text]) => ({ name, text }))];

  it.each([
    ['-t with a newline', "docker build -t 'x:build\nRUN touch /PWNED' -f Dockerfile.build .\ndocker build -t x .\n"],
    ['-f with a newline', "docker build -t x:build -f 'Dockerfile.build\nRUN touch /PWNED' .\ndocker build -t x .\n"],
    ['a variable holding a newline', "F='Dockerfile.build\nRUN touch /PWNED'\ndocker build -t x:build -f \"$F\" .\ndocker build -t x .\n"],
  ])('%s: refused, and the Dockerfile has no line from it', (_, script) => {
    const r = toMultistage(ws(script));
    expect(codes(r)).toContain('ControlCharacterInName');
    expect(r.dockerfile.split('\n').filter((l) => /^\s*RUN touch/.test(l))).toEqual([]);
  });

  it('a tag with ; and a context with $( ) are quoted in the command written back', () => {
    const r = toMultistage([{ name: 'build.sh', text: "docker build -t 'x;touch PWNED' 'ctx$(touch PWNED)'\n" }, { name: 'ctx$(touch PWNED)/Dockerfile', text: 'FROM alpine\n' }]);
    expect(r.commands[0]).toBe("docker build -t 'x;touch PWNED:latest' 'ctx$(touch PWNED)'");
  });
});

describe('the command line refuses hostile names', () => {
  it('stagecraft builder-pattern with a newline in the file name: exit 1, the note, no files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecraft-hostile-'));
    const name = 'Dockerfile\ntouch PWNED';
    writeFileSync(join(dir, name), 'FROM alpine AS a\nRUN true\nFROM alpine\nCOPY --from=a /x /x\n');
    const r = cli(['builder-pattern', name, '--out', 'gen'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"Dockerfile\\ntouch PWNED" contains a control character');
    expect(r.err).toContain('[ControlCharacterInName]');
    expect(existsSync(join(dir, 'gen'))).toBe(false);
  });

  it('stagecraft multistage with newlines in -f and -t: exit 1, no RUN written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecraft-hostile-'));
    writeFileSync(join(dir, 'build.sh'), "docker build -t 'x:build\nRUN touch /PWNED' -f 'Dockerfile.build\nRUN touch /PWNED' .\ndocker build -t x .\n");
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\n');
    const r = cli(['multistage', 'build.sh'], dir);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/^RUN touch/m);
    expect(r.err).toContain('[ControlCharacterInName]');
  });
});
