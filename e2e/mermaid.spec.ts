/**
 * The CLI's Mermaid output parses with the real `mermaid` package. Mermaid needs
 * a DOM, so this runs in Chromium on a blank page with mermaid's own bundle
 * (from node_modules: nothing is fetched).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { analyze } from '../src/core/analyze/analyze.ts';
import { formatMermaid } from '../src/core/format/mermaid.ts';

const root = resolve(import.meta.dirname, '..');
const corpusDir = resolve(root, '../shared/data/corpus');
const graphDir = resolve(root, '../shared/data/buildkit/graph-cases');

function inputs(): { name: string; text: string }[] {
  const list = (dir: string) =>
    readdirSync(dir).filter((f) => f.endsWith('.Dockerfile')).map((f) => ({ name: f, text: readFileSync(resolve(dir, f), 'utf8') }));
  return [...list(corpusDir), ...list(graphDir), { name: 'hostile names', text: 'FROM "a<b>" AS x\nCOPY --from=a"b /x /y\nFROM x\n' }];
}

test('mermaid output of every corpus and graph-case file parses with mermaid', async ({ page }) => {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: resolve(root, 'node_modules/mermaid/dist/mermaid.min.js') });
  const diagrams = inputs().map(({ name, text }) => ({ name, src: formatMermaid(analyze(text)) }));
  const failures = await page.evaluate(async (list) => {
    const m = (window as unknown as { mermaid: { initialize(o: object): void; parse(s: string): Promise<unknown> } }).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const bad: string[] = [];
    for (const d of list) {
      try {
        await m.parse(d.src);
      } catch (e) {
        bad.push(`${d.name}: ${String(e).slice(0, 200)}`);
      }
    }
    return bad;
  }, diagrams);
  expect(failures).toEqual([]);
  expect(diagrams.length).toBeGreaterThan(100);
});

test('mermaid rejects broken text (the check can fail)', async ({ page }) => {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: resolve(root, 'node_modules/mermaid/dist/mermaid.min.js') });
  const threw = await page.evaluate(async () => {
    const m = (window as unknown as { mermaid: { parse(s: string): Promise<unknown> } }).mermaid;
    try {
      await m.parse('flowchart TB\n  a[["unclosed');
      return false;
    } catch {
      return true;
    }
  });
  expect(threw).toBe(true);
});
