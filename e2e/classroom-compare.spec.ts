/**
 * Issue 13, the classroom's two central pictures: the comparison reproducing the tutorial's own
 * figures (every catalogued base size overridable: seed 002's 819 MB / 13 MB with its 2019 images)
 * beside the single-stage "fat image" baseline; and presentation mode zoomed to the current stage.
 */
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
});
