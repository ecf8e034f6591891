/**
 * Choosing an example whose text this browser has not cached, while offline (or when its file cannot be
 * fetched): the page says so in the reader's language, replaces nothing, and loads it on Try again once
 * the network is back. The service worker is blocked so nothing is precached (a first visit cut off early).
 */
import { expect, test } from './fixtures.ts';
import { savedText, TEST_IDS } from './page.ts';

test.use({ serviceWorkers: 'block' });

const MINE = 'FROM alpine AS mine\nRUN echo typed by hand\n';

/** Chromium logs a failed fetch as a console error: the ones for example files are this test's own doing. */
function dropExampleFetchErrors(errors: string[]): void {
  errors.splice(0, errors.length, ...errors.filter((e) => !/net::ERR_(INTERNET_DISCONNECTED|FAILED)/.test(e)));
}

test('offline, an example not cached: a clear message, the typed work kept, and Try again loads it once online', async ({ app, page, context }) => {
  await app.open('FROM busybox AS first\n');
  await app.setText(MINE);
  await expect(app.stage(0).locator('.stage-name')).toHaveText('mine');
  await expect.poll(() => savedText(page)).toBe(MINE);
  await context.setOffline(true);
  await app.loadExample('go-scratch');
  const alert = page.getByTestId('example-unavailable');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toHaveAttribute('data-reason', 'offline');
  await expect(alert).toContainText('“Go server on scratch” is not available offline');
  await expect(alert).toContainText('Your work in the editor is unchanged.');
  await app.screenshot('polish-example-offline');
  // Nothing replaced: the editor, the graph and the autosave still hold what was typed.
  expect((await app.editorModel())?.text).toBe(MINE);
  await expect(app.stageNodes).toHaveCount(1);
  await expect(app.stage(0).locator('.stage-name')).toHaveText('mine');
  expect(await savedText(page)).toBe(MINE);
  // Back online, Try again opens it (and the message goes).
  await context.setOffline(false);
  await page.getByTestId('example-retry').click();
  await expect(app.stageNodes).toHaveCount(2);
  await expect(alert).toHaveCount(0);
  dropExampleFetchErrors(app.consoleErrors);
});

test('an example file that cannot be fetched (online), in Chinese at 390 px, dark: said in Chinese, dismissable, nothing replaced', async ({ app, page }) => {
  await app.open(MINE);
  await app.waitForLayout();
  await page.route('**/assets/examples/**', (r) => r.abort('failed'));
  await app.byId(TEST_IDS.language).selectOption('zh');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await page.setViewportSize({ width: 390, height: 844 });
  await app.loadExample('go-scratch');
  const alert = page.getByTestId('example-unavailable');
  await expect(alert).toHaveAttribute('data-reason', 'failed');
  await expect(alert).toContainText('示例“基于 scratch 的 Go 服务”没能载入');
  await expect(alert).toContainText('编辑器里的内容没有改动。');
  await app.screenshot('polish-example-failed-zh-390-dark');
  const box = await alert.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  expect((await app.editorModel())?.text).toBe(MINE);
  await page.getByTestId('example-dismiss').click();
  await expect(alert).toHaveCount(0);
  // The Practise tab's built-in exercises open examples too: the message shows there, in the tab.
  await app.byId('tab-practice').click();
  await page.locator('[data-testid="builtin-exercise"][data-id="scratch-copy-from-0"] [data-testid="builtin-start"]').click();
  await expect(page.getByTestId('practice-panel').getByTestId('example-unavailable')).toContainText('没能载入：页面取不到它的内容。编辑器里的内容没有改动。');
  await page.getByTestId('practice-panel').getByTestId('example-unavailable').scrollIntoViewIfNeeded();
  await app.screenshot('polish-example-failed-practice-zh-390-dark');
  await expect(page.getByTestId('exercise')).toHaveCount(0);
  expect((await app.editorModel())?.text).toBe(MINE);
  dropExampleFetchErrors(app.consoleErrors);
});
