/**
 * Property tests for the `# check=` option parser (a port of linter.ParseLintOptions): it
 * never throws, and what it reads back is what was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFromComments, EMPTY_CONFIG, parseLintOptions } from '../../src/core/checks/config.ts';

const rule = fc.stringMatching(/^[A-Z][A-Za-z]{2,20}$/);

describe('parseLintOptions', () => {
  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parseLintOptions(s);
      expect(typeof r.ok).toBe('boolean');
    }));
  });

  it('reads back skip, experimental and error as written (any spacing, any order)', () => {
    fc.assert(fc.property(
      fc.uniqueArray(rule, { minLength: 1, maxLength: 4 }),
      fc.uniqueArray(rule, { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      fc.constantFrom(' ', '', '  '),
      fc.integer({ min: 0, max: 5 }),
      (skip, experimental, error, sp, order) => {
        const parts = [`skip=${skip.join(`,${sp}`)}`, `${sp}experimental${sp}=${experimental.join(',')}`, `error=${error}`];
        const rotated = [...parts.slice(order % 3), ...parts.slice(0, order % 3)];
        const r = parseLintOptions(rotated.join(';'));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect([...r.config.skip].sort()).toEqual([...skip].sort());
        expect([...r.config.experimental].sort()).toEqual([...experimental].sort());
        expect(r.config.error).toBe(error);
      },
    ));
  });

  it('a comment above an instruction only adds skips, and never changes error=', () => {
    fc.assert(fc.property(fc.uniqueArray(rule, { minLength: 1, maxLength: 3 }), fc.string(), (skip, noise) => {
      const merged = configFromComments({ ...EMPTY_CONFIG, error: true }, [noise, `check=skip=${skip.join(',')} // why`]);
      for (const r of skip) expect(merged.skip.has(r) || /check/i.test(noise)).toBe(true);
      expect(merged.error).toBe(true);
    }));
  });
});
