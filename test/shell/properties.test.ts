/**
 * Robustness: any input gives a result (never an exception) quickly, plain
 * words are left alone, and huge or deeply nested words are handled in about
 * linear time without exhausting the JavaScript stack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processWord, processWordWithMatches, processWords, variablesIn, type Env } from '../../src/core/shell/index.ts';
import { toWellFormed } from '../../src/core/shell/unicode.ts';

const ENV: Env = new Map([
  ['A', 'a*b c'],
  ['B', ''],
  ['P', '/usr/local/bin'],
  ['NL', 'x\ny'],
]);

/** Strings dense in shell syntax, so that most of them exercise the lexer's branches. */
const shellish = fc
  .array(
    fc.oneof(
      fc.constantFrom('$', '${', '}', ':', '-', '+', '?', '#', '%', '/', '//', '\\', '`', "'", '"', '*', ' ', '\n'),
      fc.constantFrom('A', 'B', 'P', 'NL', 'x', '1', '@', 'é', '😀', '\uFEFF', '${A', '${B:-', '${P//', '${A#', '${NL%%'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyString = fc.oneof(shellish, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }));

function checkShape(word: string, escapeToken: '\\' | '`'): void {
  const options = { escapeToken };
  const r = processWordWithMatches(word, ENV, options);
  if (r.ok) {
    expect(typeof r.result).toBe('string');
    for (const name of [...r.matched, ...r.unmatched]) expect(typeof name).toBe('string');
    for (const name of r.matched) expect(ENV.has(name)).toBe(true);
    for (const name of r.unmatched) expect(ENV.has(name)).toBe(false);
  } else {
    expect(r.error.length).toBeGreaterThan(0);
  }
  const w = processWords(word, ENV, options);
  // Both calls run the same lexer: they fail together, with the same error.
  expect(w.ok).toBe(r.ok);
  if (!w.ok && !r.ok) expect(w.error).toBe(r.error);
  if (w.ok) for (const x of w.words) expect(x.length).toBeGreaterThan(0);
  expect(Array.isArray(variablesIn(word, options))).toBe(true);
}

// Hangs and exponential blow-ups show as test timeouts; speed figures belong to `npm run bench`.
describe('never throws', () => {
  it('random strings', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom<'\\' | '`'>('\\', '`'), (word, escapeToken) => {
        expect(() => checkShape(word, escapeToken)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('values from the environment are never re-scanned', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        const env: Env = new Map([['V', value]]);
        const expected = toWellFormed(value); // lone surrogates read as U+FFFD, as after UTF-8 encoding
        expect(processWord('$V', env)).toMatchObject({ ok: true, result: expected });
        expect(processWord('"${V}"', env)).toMatchObject({ ok: true, result: expected });
      }),
    );
  });
});

describe('plain words are unchanged', () => {
  it('words without $, quotes or escapes come back as they are', () => {
    const plain = fc
      .string({ unit: 'binary', maxLength: 80 })
      .filter((s) => !/[$'"\\`]/.test(s) && !s.startsWith('\uFEFF') && toWellFormed(s) === s);
    fc.assert(
      fc.property(plain, fc.constantFrom<'\\' | '`'>('\\', '`'), (word, escapeToken) => {
        expect(processWordWithMatches(word, ENV, { escapeToken })).toEqual({ ok: true, result: word, matched: [], unmatched: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('ProcessWords splits plain words on Unicode whitespace only', () => {
    const plain = fc.array(fc.constantFrom('a', 'b', 'é', ' ', '\t', '\n', '\u00a0', '\u3000', '😀'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(plain, (word) => {
        expect(processWords(word, ENV)).toEqual({ ok: true, words: word.split(/\p{White_Space}+/u).filter((w) => w !== '') });
      }),
    );
  });
});

describe('size and depth', () => {
  it('a 70,000-character word with 35,000 $ references', () => {
    const word = '$P'.repeat(35000);
    const r = processWordWithMatches(word, ENV);
    expect(r).toMatchObject({ ok: true, matched: ['P'] });
    expect(r.ok && r.result.length).toBe('/usr/local/bin'.length * 35000);
  });

  it('a 70,000-character word of ${…} forms with modifiers', () => {
    const unit = '${A:-x}${B:+y}${P##*/}${NL//?/z}$1'; // 35 characters
    const word = unit.repeat(2000);
    const r = processWordWithMatches(word, ENV);
    expect(r).toEqual({ ok: true, result: 'a*b cbinz\nz'.repeat(2000), matched: ['A', 'B', 'P', 'NL'], unmatched: ['1'] });
    const w = processWords(word, ENV);
    expect(w.ok).toBe(true);
  });

  it('70,000 dollar signs', () => {
    const r = processWord('$'.repeat(70000), ENV);
    expect(r).toMatchObject({ ok: true, result: '' });
  });

  it('14,000 nested ${X:-…} (no stack overflow)', () => {
    const word = '${X:-'.repeat(14000) + 'deep' + '}'.repeat(14000);
    const r = processWordWithMatches(word, ENV);
    expect(r).toEqual({ ok: true, result: 'deep', matched: [], unmatched: ['X'] });
  });

  it('10,000 nested "${X:-…}" inside double quotes', () => {
    const word = '"${X:-'.repeat(10000) + 'deep' + '}"'.repeat(10000);
    expect(processWord(word, ENV)).toMatchObject({ ok: true, result: 'deep' });
  });

  it('an unterminated 70,000-character quote', () => {
    expect(processWord('"' + 'x'.repeat(70000), ENV)).toEqual({
      ok: false,
      error: 'unexpected end of statement while looking for matching double-quote',
    });
  });
});
