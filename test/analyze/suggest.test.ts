/**
 * "Did you mean": the indexed lookup gives exactly the all-pairs answer, and 20,000 stages that
 * each ask for a suggestion are analysed (near-linear; the figure is in `npm run bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { closest, NearIndex } from '../../src/core/analyze/suggest.ts';

describe('NearIndex', () => {
  it.each([
    ['buidler', ['builder', 'build'], 'builder'],
    ['BUILD', ['builds', 'build'], 'build'],
    ['bulder', ['builder'], 'builder'],
    ['x', ['abc'], null],
    ['', ['a', 'b'], 'a'],
  ])('%s among %j → %s', (word, names, expected) => {
    expect(new NearIndex(names).closest(word)).toBe(expected);
  });

  it('gives the same answer as comparing every name (property)', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), name, (names, word) => {
        expect(new NearIndex(names).closest(word)).toBe(closest(word, names, 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('20,000 stages, each FROM a bare image name (a suggestion lookup per stage)', () => {
  it('are analysed, and the one real typo is still found', { timeout: 120_000 }, () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `FROM alpine AS s${i}\nRUN true`);
    lines.push('FROM s1999x AS last');
    const a = analyze(`${lines.join('\n')}\n`);
    expect(a.stages).toHaveLength(20_001);
    const typos = a.diagnostics.filter((d) => d.code === 'FromLikelyStageTypo');
    expect(typos.map((d) => d.params?.stage)).toEqual(['s1999']);
  });
});
