/**
 * Hostile input on the command line: endless or huge input, escape sequences, bytes that are not
 * UTF-8, prototype-shaped build-arg names, same-named files in a link. Each with its exit code and message.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, scratch } from './built.ts';

const { dir, file } = scratch();
const run = (args: string[], input?: string | Buffer) => runCli(args, { cwd: dir, ...(input !== undefined ? { input } : {}) });
const TOO_LARGE = (name: string) => `stagecraft: ${name}: larger than 2 MiB, the most stagecraft reads; stopped reading\n`;

describe('endless and huge input is capped at the page link limit (2 MiB)', () => {
  it('stagecraft - </dev/zero: exit 2, one line, quickly', () => {
    const r = runCli(['-'], { cwd: dir, stdin: openSync('/dev/zero', 'r') });
    expect(r).toMatchObject({ code: 2, out: '', err: TOO_LARGE('standard input') });
  });

  it('yes | stagecraft - (an endless pipe): exit 2, one line', () => {
    const r = spawnSync('bash', ['-c', `yes | ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} -`], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '' } });
    expect(r.stderr).toBe(TOO_LARGE('standard input'));
    expect(r.status).toBe(2);
  });

  it('stagecraft /dev/zero: exit 2, one line', () => {
    expect(run(['/dev/zero'])).toMatchObject({ code: 2, out: '', err: TOO_LARGE('/dev/zero') });
  });

  it('a 3 MB file and 3 MB on a pipe: exit 2 before any analysis', () => {
    const big = 'RUN x\n'.repeat(500_000);
    expect(run([file('big.Dockerfile', big)])).toMatchObject({ code: 2, err: TOO_LARGE(`${dir}/big.Dockerfile`) });
    expect(run(['-'], big)).toMatchObject({ code: 2, err: TOO_LARGE('standard input') });
  });

  it('a file of exactly 2 MiB is read', () => {
    const text = 'FROM alpine\n' + '#'.repeat(2 * 1024 * 1024 - 13) + '\n';
    expect(run([file('edge.Dockerfile', text), '-f', 'json']).code).toBe(0);
  });
});

describe('escape sequences never reach the terminal', () => {
  const ESC = '\u001b';
  const hostile = `FROM alpine AS ${ESC}]0;pwned${ESC}\\x\nRUN echo ${ESC}[2J\u009b31m\r\n`;

  it.each(['text', 'markdown', 'mermaid', 'dot', 'json'])('a Dockerfile with OSC, CSI, C1 and CR: --format %s prints no control character', (format) => {
    const r = run(['-', '--target', `${ESC}[2J`, '-f', format], hostile);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    if (format === 'text') expect(r.out).toContain('target stage "\\x1b[2J" could not be found');
  });

  it('a file name with an escape sequence, in an error and in a section heading', () => {
    const name = `red${ESC}[31m.Dockerfile`;
    expect(run([`missing${ESC}]8;;http://x${ESC}\\`]).err).toBe('stagecraft: missing\\x1b]8;;http://x\\x1b\\: no such file\n');
    const r = run([file(name, 'FROM alpine\n'), file('plain.Dockerfile', 'FROM alpine\n')]);
    expect(r.out).toContain(`==> ${dir}/red\\x1b[31m.Dockerfile <==`);
  });
});

describe('other hostile input', () => {
  it('non-UTF-8 bytes: one warning per input, the analysis goes on', () => {
    const latin1 = Buffer.from('FROM alpine\nRUN echo caf\xe9 \xff\n', 'latin1');
    const r = run([file('latin1.Dockerfile', latin1)]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`stagecraft: warning: ${dir}/latin1.Dockerfile is not valid UTF-8; invalid bytes are shown as \uFFFD\n`);
    expect(run(['-'], latin1).err).toBe('stagecraft: warning: standard input is not valid UTF-8; invalid bytes are shown as \uFFFD\n');
    expect(run(['-', '-q'], latin1).err).toBe('');
  });

  it.each(['__proto__', 'constructor', 'toString'])('--build-arg %s=x is used like any other name (BuildKit accepts any)', (name) => {
    const j = JSON.parse(run(['-', '--build-arg', `${name}=x`, '-f', 'json'], `ARG ${name}\nFROM alpine:\${${name}}\n`).out);
    expect(j.stages[0].image).toBe('alpine:x');
  });

  it('stagecraft link --build-arg __proto__=x: exit 2, says why a link cannot carry it', () => {
    const r = run(['link', file('p.Dockerfile', 'FROM alpine\n'), '--build-arg', '__proto__=x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^stagecraft: --build-arg __proto__: a link cannot carry this name .* the analysis itself accepts it\n$/);
  });

  it('stagecraft link a/Dockerfile b/Dockerfile: exit 2, says links name files by base name', () => {
    const r = runCli(['link', 'a/Dockerfile', 'b/Dockerfile'], { cwd: setupTwo() });
    expect(r).toMatchObject({ code: 2, err: 'stagecraft: a/Dockerfile and b/Dockerfile have the same name, Dockerfile: a link names files by their base name, so rename or copy one\n' });
  });

  it('stagecraft link sub/Dockerfile sub/build.sh: named by base name', () => {
    const cwd = setupTwo();
    const url = runCli(['link', 'a/Dockerfile', 'a/build.sh', '--base-url', 'https://x.example/'], { cwd }).out.trim();
    const back = JSON.parse(runCli(['link', '--decode', url], { cwd }).out);
    expect(back.files.map((f: { name: string }) => f.name)).toEqual(['Dockerfile', 'build.sh']);
  });
});

function setupTwo(): string {
  const s = scratch();
  for (const d of ['a', 'b']) {
    mkdirSync(`${s.dir}/${d}`);
    s.file(`${d}/Dockerfile`, 'FROM alpine\n');
  }
  s.file('a/build.sh', 'docker build .\n');
  return s.dir;
}
