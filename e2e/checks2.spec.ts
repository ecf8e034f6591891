/**
 * Build checks, second round (issue 10's review): a JSON-form fix that would change what runs
 * is not offered (only the skip, which removes the finding); an ONBUILD trigger's finding says
 * where the trigger was declared; a base image that is not published for the platform asked
 * for gets a note, in English and Chinese.
 */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

test('CMD cd /x: the light bulb offers no JSON form (cd is a shell builtin), and its skip removes the finding', async ({ app, page }) => {
  test.slow();
  await app.open('FROM alpine\nCMD cd /x\n');
  await app.waitForEditor();
  const finding = page.locator('[data-testid="check-finding"][data-rule="JSONArgsRecommended"]');
  await expect(finding).toHaveCount(1);
  await app.cursorToLine(2);
  await page.keyboard.press('End');
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();
  await page.keyboard.press('ControlOrMeta+.');
  const skip = page.locator('.action-widget').getByText('Skip JSONArgsRecommended for this instruction');
  await expect(skip).toBeVisible();
  await expect(page.locator('.action-widget').getByText('Use the JSON form', { exact: false })).toHaveCount(0);
  await app.screenshot('checks2-no-json-form');
  await skip.click();
  await expect.poll(async () => (await app.editorModel())?.text).toBe('FROM alpine\n# check=skip=JSONArgsRecommended\nCMD cd /x\n');
  await expect(finding).toHaveCount(0);
});

test('an ONBUILD trigger\'s finding at the child\'s FROM, and a platform the image lacks, in English and Chinese', async ({ app, page }) => {
  test.slow();
  await app.open('FROM alpine AS base\nONBUILD ENV A 1\nFROM base AS app\nRUN make\n\nFROM --platform=linux/arm64 amd64/alpine AS arm64\nCOPY --from=app /app /app\n');
  await app.waitForLayout();
  const trigger = page.locator('[data-testid="check-finding"][data-rule="LegacyKeyValueFormat"]');
  await expect(trigger).toHaveAttribute('data-line', '3');
  await expect(trigger.getByTestId('check-onbuild')).toHaveText('from the ONBUILD on line 2');
  const note = page.locator('[data-testid="checks-note"][data-kind="platformMissing"]');
  await expect(note).toContainText('Stage 2 asks for linux/arm64 from amd64/alpine, which is not published for it');
  await note.scrollIntoViewIfNeeded();
  await app.screenshot('checks2-onbuild-platform-en');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(trigger.getByTestId('check-onbuild')).toHaveText('来自第 2 行的 ONBUILD');
  await expect(note).toContainText('阶段 2 要求 amd64/alpine 的 linux/arm64 平台');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await page.setViewportSize({ width: 390, height: 800 });
  await note.scrollIntoViewIfNeeded();
  await app.screenshot('checks2-onbuild-platform-zh-390-dark');
});
