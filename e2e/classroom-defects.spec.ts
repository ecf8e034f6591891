/** Defects a trainer saw (issue 13): the layout switch, and the last good graph belonging to its file. */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

/** How each drawn edge leaves its source: 'horizontal' (a right handle) or 'vertical' (a bottom handle). */
function edgeExits(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('.react-flow__edge path.react-flow__edge-path').evaluateAll((paths) =>
    paths.map((p) => {
      const m = /^M\s*([-\d.]+)[ ,]([-\d.]+)\s*C\s*([-\d.]+)[ ,]([-\d.]+)/.exec(p.getAttribute('d') ?? '');
      if (!m) return 'unknown';
      const [x0, y0, x1, y1] = m.slice(1).map(Number) as [number, number, number, number];
      return Math.abs(y1 - y0) < 0.5 && x1 > x0 ? 'horizontal' : Math.abs(x1 - x0) < 0.5 && y1 > y0 ? 'vertical' : 'other';
    }),
  );
}

test('switching the layout to left-to-right moves the edges to the side handles at once', async ({ app, page }) => {
  await app.open();
  await app.loadExample('go-http-server-named');
  await app.waitForLayout();
  await expect.poll(() => edgeExits(page)).toEqual(['vertical', 'vertical', 'vertical']);
  await app.inViewMenu(TEST_IDS.direction, (c) => c.selectOption('RIGHT'));
  await expect.poll(() => edgeExits(page)).toEqual(['horizontal', 'horizontal', 'horizontal']);
  await page.keyboard.press('Escape');
  await app.screenshot('classroom-left-to-right');
  await app.inViewMenu(TEST_IDS.direction, (c) => c.selectOption('DOWN'));
  await expect.poll(() => edgeExits(page)).toEqual(['vertical', 'vertical', 'vertical']);
});

test("the last good graph belongs to its file, and the stale notice is never covered", async ({ app, page }) => {
  await app.open();
  await app.loadExample('seed004-builder');
  await app.waitForLayout();
  await expect(app.imageNodes.filter({ hasText: 'alpine:latest' })).toHaveCount(1);
  // Dockerfile.build has the tutorial's typos: its own graph (none good yet), never Dockerfile's alpine stage.
  await app.selectFile('Dockerfile.build');
  await expect(page.locator(`[data-testid="${TEST_IDS.problem}"]`).first()).toBeVisible();
  await expect(app.imageNodes.filter({ hasText: 'alpine:latest' })).toHaveCount(0);
  await expect(app.byId(TEST_IDS.staleBanner)).toHaveCount(0);

  // The runtime Dockerfile, broken, shows its own last good graph, with the notice in clear view.
  await app.selectFile('Dockerfile');
  await app.waitForLayout();
  await app.setText('FROM alpine:latest\nRUN apk --no-cache add ca-certificates\nFROM a b\n');
  const notice = app.byId(TEST_IDS.staleBanner);
  await expect(notice).toBeVisible();
  await expect(app.imageNodes.filter({ hasText: 'alpine:latest' })).toHaveCount(1);
  const box = await notice.boundingBox();
  const bar = await page.getByTestId('share-bar').boundingBox();
  expect(box && bar && box.y + box.height <= bar.y, 'the notice sits above the share bar').toBe(true);
  await app.screenshot('classroom-stale-per-file');
});

test('build args set in their tab stay visible in the status line while the tab is hidden', async ({ app, page }) => {
  await app.open('ARG GO_VERSION=1.13\nFROM golang:${GO_VERSION} AS build\nFROM alpine\nCOPY --from=build /a /a\n');
  await app.waitForLayout();
  await expect(page.getByTestId('arg-overrides')).toHaveCount(0);
  await page.getByTestId('tab-args').click();
  await app.byId(TEST_IDS.buildArg).first().fill('1.22');
  await page.getByTestId('tab-problems').click();
  await expect(page.getByTestId('arg-overrides')).toHaveText('Build args set: GO_VERSION=1.22');
  await page.getByTestId('arg-overrides').click();
  await expect(page.getByTestId('tab-args')).toHaveAttribute('aria-selected', 'true');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(page.getByTestId('arg-overrides')).toHaveText('已设置的构建参数：GO_VERSION=1.22');
});
