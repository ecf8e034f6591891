/**
 * The dense-graph tools as people see them (issue 13): moby/moby in focus mode with the stage
 * search open, at 1280x720 and on a 390 px phone, light and dark, English and Chinese. Each
 * screenshot is looked at; the assertions hold what looking found must stay true: the tools box
 * and its results are whole inside the graph pane and nothing the page draws on top covers them.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

const MOBY = 'corpus:moby/moby/Dockerfile';

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box): boolean => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The tools box lies inside the graph pane and clear of the share bar, legend, zoom buttons and minimap. */
async function toolsClear(page: Page, tools: Locator): Promise<void> {
  const box = (await tools.boundingBox())!;
  expect(inside(box, (await page.getByTestId(TEST_IDS.graph).boundingBox())!)).toBe(true);
  for (const sel of ['.sc-sharebar', '.legend', '.react-flow__controls', '.react-flow__minimap']) {
    for (const el of await page.locator(sel).all()) {
      if (!(await el.isVisible())) continue;
      expect(overlap(box, (await el.boundingBox())!), `the tools box overlaps ${sel}`).toBe(false);
    }
  }
}

test('dense tools: moby/moby in focus mode with a search, light and dark, English and Chinese, 1280 and 390 px', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.waitForEditor();
  await app.loadExample(MOBY);
  await app.waitForLayout();
  const tools = page.getByTestId('dense-tools');
  await page.getByTestId('focus-mode').check();
  await expect(page.getByTestId('fold-node')).toBeVisible();
  await app.waitForLayout();
  const search = page.getByTestId('stage-search');
  for (const lang of ['en', 'zh'] as const) {
    await app.byId(TEST_IDS.language).selectOption(lang);
    for (const theme of ['light', 'dark'] as const) {
      await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
      await search.fill('tini');
      await expect(page.getByTestId('stage-search-results').locator('li')).not.toHaveCount(0);
      await toolsClear(page, tools);
      await app.screenshot(`dense-tools-${lang}-${theme}`);
    }
    await search.fill('');
  }
  // A projector: the text-size control at its largest keeps the tools box whole and clear.
  while (await page.getByTestId('text-larger').isEnabled()) await page.getByTestId('text-larger').click();
  await search.fill('tini');
  await app.screenshot('dense-tools-zh-dark-text200');
  await toolsClear(page, tools);
  await search.fill('');
  while (await page.getByTestId('text-smaller').isEnabled()) await page.getByTestId('text-smaller').click();
  // The View menu with its new switches, in Chinese.
  await page.getByTestId('view-menu').click();
  await expect(page.getByTestId('view-pipeline')).toBeVisible();
  await app.screenshot('dense-viewmenu-zh-dark');
  await page.keyboard.press('Escape');

  // A phone, as it opens the page (the legend starts closed there); focus mode is remembered.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await app.waitForLayout();
  await expect(page.getByTestId('fold-node')).toBeVisible();
  for (const [lang, theme] of [['zh', 'dark'], ['en', 'light']] as const) {
    await app.byId(TEST_IDS.language).selectOption(lang);
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    await app.byId(TEST_IDS.graph).scrollIntoViewIfNeeded();
    await search.fill('tini');
    await expect(page.getByTestId('stage-search-results').locator('li')).not.toHaveCount(0);
    await toolsClear(page, tools);
    await app.screenshot(`dense-tools-phone-${lang}-${theme}`);
    await search.fill('');
  }
  // The View menu with its new switches on the phone, in Chinese: whole on screen.
  await app.byId(TEST_IDS.language).selectOption('zh');
  await page.getByTestId('view-menu').click();
  const pipeline = page.getByTestId('view-pipeline');
  await expect(pipeline).toBeVisible();
  const menu = page.locator('.sc-menu-panel').filter({ has: pipeline });
  const box = (await menu.boundingBox())!;
  await app.screenshot('dense-viewmenu-phone-zh');
  console.log(box);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.keyboard.press('Escape');
});
