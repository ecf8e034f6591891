/** Lookalike file names: invisible characters are refused in new names and shown visibly in old ones. */
import { describe, expect, it } from 'vitest';
import { hasInvisible, nameError, visibleName } from '../../src/core/workspace/names.ts';

describe('invisible characters in file names', () => {
  it.each([
    ['build\u200B.sh (zero-width space)', 'build\u200B.sh', 'build⟨U+200B⟩.sh'],
    ['\uFEFFDockerfile (byte-order mark)', '\uFEFFDockerfile', '⟨U+FEFF⟩Dockerfile'],
    ['Docker\u2060file (word joiner)', 'Docker\u2060file', 'Docker⟨U+2060⟩file'],
    ['a\u3164b (Hangul filler)', 'a\u3164b', 'a⟨U+3164⟩b'],
  ])('%s: refused, shown as %s', (_, name, shown) => {
    expect(hasInvisible(name)).toBe(true);
    expect(nameError([], name, null)).toEqual({ kind: 'lookalike', shown });
    expect(visibleName(name)).toBe(shown);
  });

  it.each(['Dockerfile', 'build.sh', '构建.Dockerfile', 'café.Dockerfile'])('%s is an ordinary name', (name) => {
    expect(hasInvisible(name)).toBe(false);
    expect(nameError([], name, null)).toBeNull();
  });

  it('bidi controls stay refused by the shared name rules (invalid/bidi)', () => {
    expect(nameError([], 'a\u202Eb', null)).toEqual({ kind: 'invalid', issue: { kind: 'bidi' } });
  });
});
