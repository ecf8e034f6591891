import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/diagnostics.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { zh } from '../../src/ui/i18n/zh.ts';
import { flatten, type Tree } from '../support/i18nTree.ts';


const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const EN = flatten(en as unknown as Tree);
const ZH = flatten(zh as unknown as Tree);

describe('UI catalogues', () => {
  it('English and Simplified Chinese have exactly the same keys', () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('every translation uses the same {placeholders} as English', () => {
    // Chinese says BuildKit's English sentence ({buildkit}) in Chinese, from the params it is made of.
    const differs: Readonly<Record<string, string>> = { 'diag.StageUsedBeforeDefined': 'source,stage,verb' };
    const set = (s: string): string => [...new Set(placeholders(s))].join();
    const mismatched = [...EN].filter(([k, v]) => (differs[k] ?? set(v)) !== set(ZH.get(k) ?? '')).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('every plural has its English singular and plural form, in both catalogues', () => {
    const bases = (m: Map<string, string>, suffix: string) => [...m.keys()].filter((k) => k.endsWith(suffix)).map((k) => k.slice(0, -suffix.length)).sort();
    expect(bases(EN, '_one')).toEqual(bases(EN, '_other'));
    expect(bases(ZH, '_other')).toEqual(bases(EN, '_other'));
    // A plural key is only ever looked up by its base name, never with a bare key beside it.
    expect(bases(EN, '_other').filter((b) => EN.has(b))).toEqual([]);
  });

  it('no string is empty, and Chinese strings with letters are translated', () => {
    expect([...EN, ...ZH].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    const same = [...EN].filter(([k, v]) => ZH.get(k) === v && /[a-z]{3}/.test(v.replace(/\{\w+\}/g, ''))).map(([k]) => k);
    // Only templates that are pure placeholders or code may stay identical.
    expect(same).toEqual([]);
  });

  it('every diagnostic code has a template in both languages, English taken verbatim from the core', () => {
    for (const [code, template] of Object.entries(MESSAGES)) {
      expect(EN.get(`diag.${code}`)).toBe(template);
      expect(ZH.get(`diag.${code}`), code).toBeTruthy();
    }
  });
});
