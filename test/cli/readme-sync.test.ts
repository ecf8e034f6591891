/** `stagecraft readme-sync`: the diagram between the markers follows the Dockerfile. */
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, syncBlock } from '../../src/cli/readmeSyncCommand.ts';
import { SEED_002_MULTI_STAGE as SEED_002 } from '../share/fixtures.ts';
import { runCli, scratch } from './built.ts';

const README = `# My service\n\nHow it builds:\n\n${BEGIN}\n${END}\n\nMore text.\n`;

describe('syncBlock', () => {
  it.each([
    ['markers on their own lines', `a\n${BEGIN}\n${END}\nb\n`, `a\n${BEGIN}\n\`\`\`mermaid\nflowchart TB\n\`\`\`\n${END}\nb\n`],
    ['an old diagram between the markers', `${BEGIN}\nold\n${END}`, `${BEGIN}\n\`\`\`mermaid\nflowchart TB\n\`\`\`\n${END}`],
    ['CRLF line ends are kept', `a\r\n${BEGIN}\r\n${END}\r\n`, `a\r\n${BEGIN}\r\n\`\`\`mermaid\r\nflowchart TB\r\n\`\`\`\r\n${END}\r\n`],
  ])('%s', (_, readme, expected) => {
    expect(syncBlock(readme, 'flowchart TB\n')).toBe(expected);
  });

  it.each([
    ['no markers', 'just text\n'],
    ['only the begin marker', `${BEGIN}\n`],
    ['end before begin', `${END}\n${BEGIN}\n`],
  ])('%s: null', (_, readme) => {
    expect(syncBlock(readme, 'flowchart TB\n')).toBeNull();
  });
});

describe('stagecraft readme-sync README.md --file Dockerfile', () => {
  it('stale diagram: rewritten, exit 1; then up to date: exit 0, file unchanged', () => {
    const { dir, file } = scratch();
    file('Dockerfile', SEED_002);
    const readme = file('README.md', README);
    chmodSync(readme, 0o600);
    const first = runCli(['readme-sync', 'README.md', '--file', 'Dockerfile'], { cwd: dir });
    expect(first).toMatchObject({ code: 1, out: 'README.md: updated the diagram of Dockerfile\n', err: '' });
    const written = readFileSync(readme, 'utf8');
    expect(statSync(readme).mode & 0o777).toBe(0o600);
    expect(written).toContain(`${BEGIN}\n\`\`\`mermaid\nflowchart TB\n`);
    expect(written.endsWith(`\`\`\`\n${END}\n\nMore text.\n`)).toBe(true);
    const second = runCli(['readme-sync', 'README.md'], { cwd: dir });
    expect(second).toMatchObject({ code: 0, out: 'README.md: the diagram of Dockerfile is up to date\n' });
    expect(readFileSync(readme, 'utf8')).toBe(written);
  });

  it('--check: exit 1 and the README is left alone', () => {
    const { dir, file } = scratch();
    file('Dockerfile', SEED_002);
    const readme = file('README.md', README);
    expect(runCli(['readme-sync', 'README.md', '--check'], { cwd: dir })).toMatchObject({ code: 1, out: 'README.md: the diagram of Dockerfile is out of date (run without --check to update it)\n' });
    expect(readFileSync(readme, 'utf8')).toBe(README);
  });

  it('markers missing: exit 2 with what to add, README untouched', () => {
    const { dir, file } = scratch();
    file('Dockerfile', SEED_002);
    file('README.md', '# no markers\n');
    expect(runCli(['readme-sync', 'README.md'], { cwd: dir })).toMatchObject({
      code: 2,
      err: `stagecraft: README.md: no diagram markers; put the two lines ${BEGIN} and ${END} where the diagram of Dockerfile should go\n`,
    });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# no markers\n');
  });

  it('no README argument, or a missing Dockerfile: exit 2', () => {
    const { dir, file } = scratch();
    expect(runCli(['readme-sync'], { cwd: dir }).code).toBe(2);
    file('README.md', README);
    expect(runCli(['readme-sync', 'README.md', '--file', 'nope'], { cwd: dir }).err).toBe('stagecraft: nope: no such file\n');
  });
});
