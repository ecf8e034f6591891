import { describe, expect, it } from 'vitest';
import { cleanContextPath, parseDockerignore, pickDockerignore } from '../../src/core/context/dockerignore.ts';

// Each row: the .dockerignore text, a context path, whether Docker leaves it out of the context.
const cases: ReadonlyArray<readonly [string, string, boolean]> = [
  ['node_modules', 'node_modules', true],
  ['node_modules', 'node_modules/react/index.js', true],
  ['node_modules', 'src/node_modules', false],
  ['*.md', 'README.md', true],
  ['*.md', 'docs/README.md', false],
  ['**/*.md', 'docs/README.md', true],
  ['*.md\n!README.md', 'README.md', false],
  ['*.md\n!README.md', 'CHANGES.md', true],
  ['# comment\n\nsrc', './src/app.js', true],
  ['/dist', 'dist/app.js', true],
  ['Dist', 'dist', false],
  ['temp?', 'temp1', true],
  ['temp?', 'temp12', false],
  ['', 'anything', false],
];

describe('parseDockerignore', () => {
  for (const [text, path, ignored] of cases) {
    it(`${JSON.stringify(text)} ${ignored ? 'ignores' : 'keeps'} ${path}`, () => {
      expect(parseDockerignore(text).ignores(path)).toBe(ignored);
    });
  }
  it('drops comments and blank lines from patterns', () => {
    expect(parseDockerignore('# c\n\n a \n!b').patterns).toEqual(['a', '!b']);
  });
  it('never throws on a bad pattern', () => {
    expect(() => parseDockerignore('[\n\\').ignores('x')).not.toThrow();
  });
});

describe('cleanContextPath', () => {
  it.each([
    ['./src/', 'src'],
    ['/a/./b/../c', 'a/c'],
    ['.', ''],
  ])('%s → %s', (input, out) => expect(cleanContextPath(input)).toBe(out));
});

describe('pickDockerignore', () => {
  it('prefers <Dockerfile>.dockerignore', () => {
    expect(pickDockerignore('Dockerfile', ['.dockerignore', 'Dockerfile.dockerignore'])).toBe('Dockerfile.dockerignore');
  });
  it('falls back to .dockerignore', () => expect(pickDockerignore('app.Dockerfile', ['.dockerignore'])).toBe('.dockerignore'));
  it('none', () => expect(pickDockerignore('Dockerfile', ['Dockerfile'])).toBeUndefined());
});
