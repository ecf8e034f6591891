/**
 * The page as a class reads it (issue 13): the first visit, the learner's words, the toolbar on one
 * row at 1280 px in both languages, and the text-size control at its largest on a 1280x720 projector.
 */
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

/** The distinct top edges of a container's visible children: one value means one row. */
function rows(container: Locator): Promise<number> {
  return container.evaluate((el) => new Set([...el.children].filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2))).size);
}

test('a first visit opens the Go http-server example with one line saying what to do; an emptied editor is calm', async ({ app, page }) => {
  await app.open('first-visit');
  await app.waitForLayout();
  await expect(app.stageNodes).toHaveCount(2);
  await expect(page.getByTestId('welcome-hint')).toContainText('paste your own Dockerfile');
  await expect(app.byId(TEST_IDS.exampleCredit)).toContainText('From the tutorial');
  await expect(app.byId(TEST_IDS.exampleCredit)).not.toContainText('shared');
  await expect(page.getByTestId('tab-problems')).toHaveText('Problems (0)');
  await app.screenshot('classroom-first-visit');

  // The seed's unnamed stage reads as --from takes it, and the copy edge shows what was written.
  await expect(app.stage(0).locator('.stage-name')).toHaveText('unnamed: use --from=0');
  await expect(app.byId(TEST_IDS.edgeBadge).filter({ hasText: '--from=0' })).toHaveCount(1);
  await expect(app.byId(TEST_IDS.summary)).toHaveText('2 stages, 3 dependencies');

  await app.setText('');
  await expect(app.byId(TEST_IDS.emptyState)).toBeVisible();
  await expect(page.getByTestId('welcome-hint')).toHaveCount(0);
  await expect(page.getByTestId('tab-problems')).toHaveText('Problems (0)');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
  await app.screenshot('classroom-empty');
  // A reload keeps the emptied editor: only a first visit starts on the example.
  await page.reload();
  await expect(app.byId(TEST_IDS.emptyState)).toBeVisible();
});

for (const language of ['en', 'zh'] as const) {
  test(`the toolbar fits one row at 1280 px (${language})`, async ({ app, page }) => {
    await app.open();
    await app.byId(TEST_IDS.language).selectOption(language);
    await app.loadExample('stage-chain');
    await app.waitForLayout();
    if (language === 'en') await expect(app.stage(0)).toContainText(/\+1 layer(?!s)/);
    expect(await rows(page.getByRole('toolbar', { name: language === 'en' ? 'Controls' : '控制' }))).toBe(1);
    await app.byId('view-menu').click();
    await expect(app.byId(TEST_IDS.classic)).toBeVisible();
    await app.screenshot(`classroom-toolbar-${language}`);
  });
}

test('the text size scales editor, graph and panels, and is remembered', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.loadExample('go-http-server-named');
  await app.waitForLayout();
  const nameSize = () => app.stage(1).locator('.stage-name').evaluate((el) => el.getBoundingClientRect().height);
  const editorFont = () => page.locator('.monaco-editor .view-lines').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const tabHeight = () => page.getByTestId('tab-problems').evaluate((el) => el.getBoundingClientRect().height);
  const before = { name: await nameSize(), editor: await editorFont(), tab: await tabHeight() };
  for (let i = 0; i < 4; i++) await app.byId('text-larger').click();
  await expect(app.byId('text-size')).toHaveAttribute('data-size', '2');
  await expect(app.byId('text-larger')).toBeDisabled();
  await expect.poll(editorFont).toBeGreaterThanOrEqual(before.editor * 1.9);
  await expect.poll(tabHeight).toBeGreaterThan(before.tab * 1.8);
  await expect.poll(nameSize).toBeGreaterThan(before.name * 1.4);
  await app.screenshot('classroom-projector-largest');
  await page.reload();
  await expect(app.byId('text-size')).toHaveAttribute('data-size', '2');
  await expect.poll(editorFont).toBeGreaterThanOrEqual(before.editor * 1.9);
});

test('Chinese reads as one language: diagnostics, lists and the builder pattern', async ({ app, page }) => {
  await app.open('FROM alpine AS builder\nCOPY --from=runtime /a /a\nFROM alpine AS runtime\n');
  await app.byId(TEST_IDS.language).selectOption('zh');
  const problem = page.locator(`[data-testid="${TEST_IDS.problem}"][data-code="StageUsedBeforeDefined"]`);
  await expect(problem).toContainText('不能从阶段“runtime”复制：它必须定义在当前阶段“builder”之前。');
  await app.loadExample('stage-chain');
  await app.waitForLayout();
  await page.getByTestId('tab-outline').click();
  await expect(app.byId(TEST_IDS.outline)).toContainText('被 build1、build2 使用');
  await expect(app.byId(TEST_IDS.examples).locator('optgroup').nth(1)).toHaveAttribute('label', 'builder 模式（Docker 17.05 之前）');
  await app.screenshot('classroom-zh');
});

test('an open instruction list marks each line "+1 layer" or "metadata only", and says why WORKDIR adds one', async ({ app, page }) => {
  await app.open();
  await app.loadExample('href-counter');
  await app.waitForLayout();
  await app.stage(1).getByRole('button', { name: 'Show instructions' }).click();
  const rows = app.stage(1).locator('.stage-instructions li');
  await expect(rows).toHaveCount(5);
  expect(await rows.locator('.ins-adds').allTextContents()).toEqual(['+1 layer', '+1 layer', '+1 layer', 'metadata only']);
  await expect(rows.nth(2).locator('.ins-adds')).toHaveAttribute('title', /creates the directory/);
  await expect(app.stage(1)).toContainText('+3 layers');
  await page.mouse.move(0, 0);
});

test('the comparison takes the full width with the scoreboard first', async ({ app, page }) => {
  await app.open();
  await app.loadExample('seed002-builder');
  await app.waitForLayout();
  await page.getByTestId('compare-open').click();
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  const section = await page.locator('.compare-section').boundingBox();
  expect(section && section.x < 2 && section.width > 1270, 'full width').toBe(true);
  await expect(page.locator('.details')).toBeHidden();
  const tableBox = await table.boundingBox();
  const sides = await page.locator('.cmp-sides').boundingBox();
  expect(tableBox && sides && tableBox.y < sides.y, 'the scoreboard comes before the two ways').toBe(true);
  await app.screenshot('classroom-compare-full-width');
  await page.getByTestId('compare-back').click();
  await expect(page.locator('.details')).toBeVisible();
  await expect(page.locator('.monaco-editor')).toBeVisible();
});

test('presentation steps in build order, says the docker build command, and keeps its help line in view at 720p', async ({ app, page }) => {
  await app.open();
  await app.loadExample('stage-chain');
  await app.waitForLayout();
  await page.getByTestId('present').click();
  const title = page.getByTestId('presentation-title');
  await expect(title).toContainText('stage 1 of 2');
  await expect(title).toContainText('builder');
  await expect(page.getByTestId('presentation-command')).toHaveText('Built by docker build --target builder .');
  await expect(page.locator('.legend')).toBeHidden();
  await expect(page.locator('.react-flow__minimap')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  // build1 is not built for the target build2: skipped.
  await expect(title).toContainText('stage 2 of 2');
  await expect(title).toContainText('build2');
  await expect(page.getByTestId('presentation-command')).toHaveText('Built by docker build --target build2 .');
  const help = await page.locator('.sc-present-help').boundingBox();
  expect(help && help.y + help.height <= 720, 'the help line is on screen').toBe(true);
  await app.screenshot('classroom-presentation');
  await page.getByTestId('presentation-unbuilt-switch').check();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(title).toContainText('stage 2 of 3');
  await expect(page.getByTestId('presentation-unbuilt')).toHaveText(' · not built for this target');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
});
