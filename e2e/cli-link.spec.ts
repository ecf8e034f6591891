/**
 * A link printed by `stagecraft link` opens the same workspace in the page:
 * the CLI and the page share one codec.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';
import { ORIGIN, savedText, TEST_IDS } from './page.ts';

const root = resolve(import.meta.dirname, '..');
const TEXT = 'ARG GO=1.22\nFROM golang:${GO} AS build\nRUN go build -o /app .\n\nFROM alpine:3.20 AS final\nCOPY --from=build /app /app\n';

test('stagecraft link FILE --target --build-arg opens the same workspace in the page', async ({ app, page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-link-'));
  const file = join(dir, 'Dockerfile');
  writeFileSync(file, TEXT);
  const url = execFileSync(process.execPath, [resolve(root, 'bin/stagecraft.mjs'), 'link', file, '--target', 'build', '--build-arg', 'GO=1.23', '--base-url', ORIGIN], { encoding: 'utf8' }).trim();
  await page.addInitScript(() => localStorage.setItem('stagecraft.language', 'en'));
  await page.goto(url);
  await app.waitForLayout();
  await expect.poll(() => savedText(page)).toBe(TEXT);
  await expect(page.getByTestId(TEST_IDS.target)).toHaveValue('build');
  await expect(app.stage(0)).toContainText('golang:1.23');
  await expect(page.getByTestId(TEST_IDS.stageNode)).toHaveCount(2);
});
