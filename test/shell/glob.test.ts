/**
 * The pattern engine: lex_test.go's TestConvertShellPatternToRegex,
 * TestReverseString and TestReversePattern, then properties: the fast segment
 * search always agrees with the Pike VM (the reference leftmost-first
 * simulation), and long patterns stay fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, findGlob, reversePattern, reverseString } from '../../src/core/shell/glob.ts';
import { pikeSearch } from '../../src/core/shell/pike.ts';
import { segmentSearch } from '../../src/core/shell/segments.ts';
import { processWord } from '../../src/core/shell/index.ts';

describe('convertShellPatternToRegex', () => {
  for (const pattern of ['*', '?', '\\*', '(()[]{\\}^$.\\*\\?|\\\\']) {
    it(`compiles ${pattern}`, () => expect(compileGlob(pattern, true, true).ok).toBe(true));
  }
  const invalid: [string, string][] = [
    ['\\', "invalid escape '\\\ufffd'"],
    ['\\x', "invalid escape '\\x'"],
    ['\\\\\\', "invalid escape '\\\ufffd'"],
  ];
  for (const [pattern, error] of invalid) {
    it(`rejects ${pattern}`, () => expect(compileGlob(pattern, true, true)).toEqual({ ok: false, error }));
  }
  it('matches regex metacharacters literally', () => {
    const g = compileGlob('(()[]{\\}^$.\\*\\?|\\\\', true, true);
    expect(g.ok && findGlob(g.glob, '(()[]{}^$.*?|\\x', 0)).toEqual({ start: 0, end: 14 });
  });
});

describe('reverseString / reversePattern', () => {
  it('reverseString', () => {
    expect(reverseString('54321')).toBe('12345');
    expect(reverseString('🖖🚀👽')).toBe('👽🚀🖖');
  });
  const cases: [string, string][] = [
    ['a\\*c', 'c\\*a'],
    ['\\\\\\ab', 'b\\a\\\\'],
    ['ab\\', '\\ba'],
    ['👽\\🚀🖖', '🖖\\🚀👽'],
    ['\\\\b', 'b\\\\'],
  ];
  for (const [pattern, expected] of cases) {
    it(`reversePattern ${pattern}`, () => expect(reversePattern(pattern)).toBe(expected));
  }
});

describe('leftmost-first semantics', () => {
  const rows: [pattern: string, greedy: boolean, anchored: boolean, text: string, span: [number, number] | null][] = [
    ['*x*y', false, true, 'xxyy', [0, 3]],
    ['*x*y', true, true, 'xxyy', [0, 4]],
    ['*', false, true, 'abc', [0, 0]],
    ['*', true, true, 'ab\ncd', [0, 2]],
    ['b*', true, false, 'abcb\nb', [1, 4]],
    ['?', true, false, '\n\nx', [2, 3]],
    ['', true, false, 'abc', [0, 0]],
    ['a\nb', true, false, 'xa\nb', [1, 4]],
    ['*\n*', true, false, 'ab\ncd', [0, 5]],
    ['c', true, true, 'abc', null],
  ];
  for (const [pattern, greedy, anchored, text, span] of rows) {
    it(`${JSON.stringify(pattern)} ${greedy ? 'greedy' : 'lazy'}${anchored ? ' anchored' : ''} in ${JSON.stringify(text)}`, () => {
      const g = compileGlob(pattern, greedy, anchored);
      expect(g.ok).toBe(true);
      if (!g.ok) return;
      expect(findGlob(g.glob, text, 0)).toEqual(span === null ? null : { start: span[0], end: span[1] });
    });
  }
});

describe('properties', () => {
  const patternChar = fc.constantFrom('a', 'b', '*', '*', '?', '\\*', '😀', 'é');
  const textChar = fc.constantFrom('a', 'a', 'b', '\n', '😀', '*', 'é');
  const pattern = fc.array(patternChar, { maxLength: 10 }).map((cs) => cs.join(''));
  const text = fc.array(textChar, { maxLength: 16 }).map((cs) => cs.join(''));

  it('segment search ≡ Pike VM (patterns without a literal newline)', () => {
    fc.assert(
      fc.property(pattern, text, fc.boolean(), fc.boolean(), fc.nat(), (p, t, greedy, anchored, fromSeed) => {
        const g = compileGlob(p, greedy, anchored);
        if (!g.ok || g.glob.segments === null) return;
        const cps = Array.from(t);
        const from = cps.slice(0, fromSeed % (cps.length + 1)).join('').length;
        expect(segmentSearch(g.glob.segments, greedy, anchored, t, from)).toEqual(
          pikeSearch(g.glob.tokens, greedy, anchored, t, from),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('the Pike VM finds a match iff an equivalent RegExp does, at the same start', () => {
    // JavaScript RegExp has the same leftmost-first semantics; `[^\n]` is RE2's `.`.
    fc.assert(
      fc.property(pattern, text, fc.boolean(), (p, t, greedy) => {
        const g = compileGlob(p, greedy, false);
        if (!g.ok) return;
        const source = g.glob.tokens
          .map((tok) => (tok === -2 ? (greedy ? '[^\\n]*' : '[^\\n]*?') : tok === -1 ? '[^\\n]' : `\\u{${tok.toString(16)}}`))
          .join('');
        const m = new RegExp(source, 'u').exec(t);
        const span = pikeSearch(g.glob.tokens, greedy, false, t, 0);
        expect(span === null ? null : [span.start, span.end]).toEqual(m === null ? null : [m.index, m.index + m[0].length]);
      }),
      { numRuns: 2000 },
    );
  });
});

// A backtracking blow-up would hang these: the test timeout is the guard, not a timed assertion.
describe('long patterns finish (no backtracking blow-up)', () => {
  it('${A//*a*a…*ab/x} with 2,000 stars on a 20,000-character value', () => {
    const env = new Map([['A', 'a'.repeat(20000)]]);
    const word = '${A//' + '*a'.repeat(2000) + 'b/x}';
    expect(processWord(word, env)).toMatchObject({ ok: true, result: 'a'.repeat(20000) });
  });
  it('${A#*a*a…*a} with 20,000 stars', () => {
    const env = new Map([['A', 'a'.repeat(100) + 'b']]);
    const word = '${A##' + '*a'.repeat(20000) + '}';
    expect(processWord(word, env)).toMatchObject({ ok: true, result: 'a'.repeat(100) + 'b' });
  });
  it('a pattern with a literal newline uses the Pike VM, still polynomial', () => {
    const env = new Map([['A', ('a'.repeat(50) + '\n').repeat(40)]]);
    const word = '${A//' + '*a'.repeat(100) + '\nb/x}';
    expect(processWord(word, env).ok).toBe(true);
  });
});
