/**
 * The UI's words: every key the page looks up exists in both languages (a string left out of
 * either fails here), and no string shows a learner the repository's insides (paths, file names).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en.ts';
import { zh } from '../../src/ui/i18n/zh.ts';
import { flatten, type Tree } from '../support/i18nTree.ts';

const EN = flatten(en as unknown as Tree);
const ZH = flatten(zh as unknown as Tree);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\/i18n\//.test(p) ? [p] : [];
  });
}

/** Literal keys passed to t(…) or i18next.t(…) in the page's code (dynamic keys are checked by their catalogues). */
const USED = [
  ...new Set(
    sources('src/ui').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[A-Za-z0-9_.-]+)'/g)].map((m) => m[1]!),
    ),
  ),
].sort();

const has = (m: Map<string, string>, key: string): boolean => m.has(key) || m.has(`${key}_other`);

describe('UI strings in use', () => {
  it('finds the keys the page looks up', () => {
    expect(USED.length).toBeGreaterThan(150);
  });

  it.each([
    ['English', EN],
    ['Simplified Chinese', ZH],
  ] as const)('every key the page looks up has a %s string', (_name, catalogue) => {
    expect(USED.filter((k) => !has(catalogue, k))).toEqual([]);
  });

  // What a learner must never read: this repository's folders and file names.
  const INTERNAL = [/shared\//, /\bsrc\/(?:core|ui|cli)\b/, /\bexamples\//, /\be2e\//, /\bdocs\//, /\btest\//, /seeds?\d{3}/, /\.tsx?\b/, /\bseeds\b/, /\bnode_modules\b/, /CLI schema/];
  it.each([
    ['English', EN],
    ['Simplified Chinese', ZH],
  ] as const)('no %s string names an internal path or file', (_name, catalogue) => {
    const leaks = [...catalogue].filter(([, v]) => INTERNAL.some((re) => re.test(v))).map(([k, v]) => `${k}: ${v}`);
    expect(leaks).toEqual([]);
  });
});
