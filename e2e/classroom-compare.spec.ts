/**
 * Issue 13, the classroom's two central pictures: the comparison reproducing the tutorial's own
 * figures (every catalogued base size overridable: seed 002's 819 MB / 13 MB with its 2019 images)
 * beside the single-stage "fat image" baseline; and presentation mode zoomed to the current stage.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { COMPARE_IDS, ComparePage, TEST_IDS } from './page.ts';

test('seed 002: overriding the catalogued base sizes gives the tutorial’s 819 MB / 13 MB, beside the one-stage baseline', async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open();
  await app.waitForEditor();
  await app.loadExample('go-http-server-named');
  await app.waitForLayout();
  const cmp = new ComparePage(page);
  await cmp.open();
  const size = (ref: string) => page.locator(`[data-testid="${COMPARE_IDS.imageSize}"][data-key="${ref}"]`);
  // Both base images are catalogued: each is offered, empty, the catalog's size as what empty means.
  await expect(page.getByTestId(COMPARE_IDS.imageSize)).toHaveCount(2);
  await expect(size('golang:1.13')).toHaveValue('');
  await expect(size('golang:1.13')).toHaveAttribute('placeholder', /^\d/);
  await expect(page.getByTestId(COMPARE_IDS.sizes)).toContainText('catalog:');
  const fat = page.locator(`[data-testid="${COMPARE_IDS.table}"] tr[data-metric="fatImageBytes"]`);
  await expect(fat).toContainText('One stage only');
  await expect(fat).toContainText('(estimate)');
  const before = await fat.locator('td').textContent();

  await size('golang:1.13').fill('819');
  await size('alpine:latest').fill('5.6');
  await expect(cmp.cell('buildImageBytes', 'multistage')).toHaveText('≈ 819 MB');
  await expect(cmp.cell('finalImageBytes', 'multistage')).toHaveText('≈ 13 MB');
  await expect(cmp.cell('finalImageBytes', 'builderPattern')).toHaveText('≈ 13 MB');
  await expect(page.getByTestId(COMPARE_IDS.headline)).toContainText('13 MB');
  await expect(page.getByTestId(COMPARE_IDS.headline)).toContainText('819 MB');
  // The fat image: the build image plus the 7.4 MB binary it makes, in one cell across both ways.
  await expect(fat.locator('td')).toHaveText('≈ 826.4 MB');
  await expect(fat.locator('td')).toHaveAttribute('colspan', '2');
  expect(before).not.toBe('≈ 826.4 MB');
  await app.screenshot('classroom-compare-819-13');
  await fat.scrollIntoViewIfNeeded();
  await app.screenshot('classroom-compare-fat-row');

  // Emptying an override goes back to the catalog's size.
  await size('golang:1.13').fill('');
  await expect(fat.locator('td')).toHaveText(before ?? '');

  // Dark, and Chinese.
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await size('golang:1.13').fill('819');
  await expect(fat.locator('td')).toHaveText('≈ 826.4 MB');
  await app.screenshot('classroom-compare-819-13-dark');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(fat).toContainText('只用一个阶段');
  await expect(fat.locator('td')).toHaveText('约 826.4 MB');
  await app.screenshot('classroom-compare-819-13-zh');
  await page.setViewportSize({ width: 390, height: 844 });
  await fat.scrollIntoViewIfNeeded();
  await app.screenshot('classroom-compare-fat-row-phone');
});

/** Where the current stage's node sits, against the graph's visible area (above the presentation panel). */
async function framing(page: Page, stage: number) {
  return page.evaluate((i) => {
    const node = document.querySelector(`[data-testid="stage-node"][data-stage="${i}"]`)!.getBoundingClientRect();
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const panel = document.querySelector('.sc-present')!.getBoundingClientRect();
    const bottom = Math.min(pane.bottom, panel.top);
    return {
      dx: Math.abs(node.left + node.width / 2 - (pane.left + pane.width / 2)),
      dy: Math.abs(node.top + node.height / 2 - (pane.top + (bottom - pane.top) / 2)),
      inside: node.left >= pane.left && node.right <= pane.right && node.top >= pane.top && node.bottom <= bottom,
      height: node.height,
    };
  }, stage);
}

for (const theme of ['light', 'dark'] as const) {
  test(`presentation at 1280x720 (${theme}): starts at the first stage and zooms the graph to each stage as the steps advance`, async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.open();
    await app.waitForEditor();
    await app.loadExample('stage-chain');
    await app.waitForLayout();
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    // Selecting the last stage first: the presentation still starts at the first stage built.
    await app.stage(2).click();
    const before = (await app.stage(0).boundingBox())!.height;
    await page.getByTestId('present').click();
    const pres = page.getByTestId('presentation');
    for (const [n, stage] of [[0, 0], [1, 2]] as const) {
      if (n > 0) await page.keyboard.press('ArrowRight');
      await expect(pres).toHaveAttribute('data-stage', String(stage));
      // Centred in the graph's visible part, whole, and enlarged (waiting for the camera to settle).
      await expect.poll(async () => {
        const f = await framing(page, stage);
        return f.inside && f.dx < 4 && f.dy < 4;
      }).toBe(true);
      const f = await framing(page, stage);
      expect(f.height, 'the stage is drawn larger than in the fitted graph').toBeGreaterThan(before * 1.4);
      // Nothing is cut off: the title, command, code and help line are on screen.
      for (const sel of ['.sc-present h1', '.sc-present-command', '.sc-present-code', '.sc-present-help']) {
        const box = (await page.locator(sel).boundingBox())!;
        expect(box.y >= 0 && box.y + box.height <= 720 && box.x + box.width <= 1280, `${sel} is on screen`).toBe(true);
      }
      // Every line of the stage is shown whole (the panel grows to fit, the graph takes the rest).
      await expect.poll(() => page.locator('.sc-present-code').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      await app.screenshot(`classroom-present-zoom-${theme}-${n + 1}`);
    }
    await page.keyboard.press('Escape');
    await expect(pres).toHaveCount(0);
  });
}
