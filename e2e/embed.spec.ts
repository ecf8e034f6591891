/**
 * The embed view inside an iframe on a foreign test page: graph only (or with the source), read-only,
 * never touching the app's saved work, and "Open in Stagecraft" carries the workspace.
 */
import AxeBuilder from '@axe-core/playwright';
import { encodeWorkspace, singleFileWorkspace } from '../src/core/share/index.ts';
import { expect, test } from './fixtures.ts';
import { ORIGIN, savedText, TEST_IDS } from './page.ts';

const TEXT = 'FROM node:22 AS deps\nRUN npm ci\nFROM deps AS build\nRUN npm run build\nFROM nginx:alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n';

test('the embed renders inside an iframe and links back with the code', async ({ page, context }) => {
  const fragment = encodeWorkspace(singleFileWorkspace(TEXT));
  const src = `${ORIGIN}?view=embed#${fragment}`;
  await page.setContent(`<!doctype html><html><body style="margin:0;padding:16px;background:#eee">
    <h1 style="font:16px sans-serif">A blog post</h1>
    <iframe src="${src}" title="graph" width="760" height="420" style="border:1px solid #999"></iframe>
  </body></html>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('embed')).toBeVisible();
  await expect(frame.getByTestId(TEST_IDS.stageNode)).toHaveCount(3);
  await expect(frame.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  // Graph alone: no editor, no toolbar, no share bar.
  await expect(frame.locator('.monaco-editor, .toolbar, [data-testid="share-bar"], [data-testid="embed-source"]')).toHaveCount(0);
  const open = frame.getByTestId('open-in-app');
  await expect(open).toHaveAttribute('href', `${ORIGIN}#${fragment}`);
  await expect(open).toHaveAttribute('target', '_blank');
  await page.screenshot({ path: 'e2e/screenshots/embed-iframe.png' });

  // The link opens the full app on the same code.
  const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect(full.getByTestId(TEST_IDS.stageNode)).toHaveCount(3);
  await expect(full.getByTestId(TEST_IDS.app)).toBeVisible();
  await expect.poll(() => savedText(full)).toBe(TEXT);
  await full.close();
});

test('Copy embed code gives an iframe snippet that works on another page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript((t) => {
    if (sessionStorage.getItem('embed.e2e')) return;
    sessionStorage.setItem('embed.e2e', '1');
    localStorage.setItem('stagecraft.language', 'en');
    localStorage.setItem('stagecraft.text', t);
  }, TEXT);
  await page.goto('./');
  await expect(page.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  await expect(page).toHaveURL(/#v1=/);
  await page.getByTestId('embed').click();
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('share-status')).toHaveText('Embed code copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toMatch(new RegExp(`^<iframe src="${ORIGIN.replace(/[.]/g, '\\.')}\\?view=embed#v1=[A-Za-z0-9_-]+" title="[^"]+" width="100%" height="480"`));
  await page.setContent(`<!doctype html><html><body>${snippet}</body></html>`);
  await expect(page.frameLocator('iframe').getByTestId(TEST_IDS.stageNode)).toHaveCount(3);
});

test('the embed with &editor=1 shows the source read-only and never writes local storage', async ({ page }) => {
  // Storage is set and read from a plain file of the same origin: the app itself would save on unload.
  await page.goto('./icons/icon-192.png');
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('stagecraft.text', 'FROM alpine AS mine\n');
    localStorage.setItem('stagecraft.language', 'en');
  });
  const fragment = encodeWorkspace(singleFileWorkspace(TEXT));
  await page.goto(`./?view=embed&editor=1#${fragment}`);
  const source = page.getByTestId('embed-source');
  await expect(source).toHaveText(TEXT);
  await expect(source).not.toHaveAttribute('contenteditable', /.*/);
  await expect(page.getByTestId(TEST_IDS.stageNode)).toHaveCount(3);
  await expect(page.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  await page.screenshot({ path: 'e2e/screenshots/embed-editor.png' });
  await page.waitForTimeout(600);
  await page.goto('./icons/icon-192.png');
  expect(await page.evaluate(() => localStorage.getItem('stagecraft.text'))).toBe('FROM alpine AS mine\n');
  expect(await page.evaluate(() => localStorage.getItem('stagecraft.files'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('stagecraft.history'))).toBeNull();
});

test('a bad link in an embed says so, in the iframe', async ({ page }) => {
  await page.goto('./?view=embed#v1=AAAA…');
  await expect(page.getByTestId('link-error')).toHaveAttribute('data-kind', 'truncated');
  await expect(page.getByTestId('open-in-app')).toBeVisible();
});

test('dark embed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`./?view=embed#${encodeWorkspace(singleFileWorkspace(TEXT))}`);
  await expect(page.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  await page.setViewportSize({ width: 640, height: 360 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'e2e/screenshots/embed-dark.png' });
});

test('the embed passes axe', async ({ page }) => {
  await page.goto(`./?view=embed&editor=1#${encodeWorkspace(singleFileWorkspace(TEXT))}`);
  await expect(page.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
});
