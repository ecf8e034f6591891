import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeForeignSave, newTabId, SAVE_KEY, TAB_KEY, tabId } from '../../src/ui/share/tabs.ts';

describe('tab ownership', () => {
  it('flags different files saved by another tab as a conflict, and nothing else', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), fc.string(), (key, value, ours) => {
        const v = judgeForeignSave(key, value, ours);
        const expected = key === SAVE_KEY && value !== null && value !== ours;
        expect(v.kind).toBe(expected ? 'conflict' : 'ignore');
        if (v.kind === 'conflict') expect(v.theirs).toBe(value);
      }),
    );
    expect(judgeForeignSave(SAVE_KEY, 'FROM b', 'FROM a')).toEqual({ kind: 'conflict', theirs: 'FROM b' });
    expect(judgeForeignSave(SAVE_KEY, 'FROM a', 'FROM a')).toEqual({ kind: 'ignore' });
    expect(judgeForeignSave(null, null, 'FROM a')).toEqual({ kind: 'ignore' });
    expect(judgeForeignSave('stagecraft.options', '{}', 'FROM a')).toEqual({ kind: 'ignore' });
  });

  it('gives each session one stable id', () => {
    const map = new Map<string, string>();
    const store = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    const id = tabId(store);
    expect(map.get(TAB_KEY)).toBe(id);
    expect(tabId(store)).toBe(id);
    expect(tabId(null)).toMatch(/^[0-9a-z]{7}$/);
  });

  it('makes 7-character ids from any random source', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 0.9999999, noNaN: true }), (r) => {
      expect(newTabId(() => r)).toMatch(/^[0-9a-z]{7}$/);
    }));
  });
});
