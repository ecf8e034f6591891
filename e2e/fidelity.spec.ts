/** BuildKit's own words in the problems list: which error it stops at, and the classic builder's limits. */
import { test, expect } from './fixtures.ts';

test('with several errors the problems list marks the one BuildKit stops at', async ({ app, page }) => {
  await app.open('FROM alpine AS a\nCOPY --from=9 /x /y\nFROM Builder\nFROM --platform=foo alpine\nRUN --mount=type=cache,target=/c true\n');
  await app.waitForLayout();
  const marks = page.getByTestId('first-error-mark');
  await expect(marks).toHaveCount(3);
  const stop = page.locator('[data-testid="problem"][data-code="InvalidPlatform"]');
  await expect(stop.getByTestId('first-error-mark')).toHaveText('BuildKit stops here');
  await expect(page.locator('[data-testid="problem"][data-code="InvalidStageIndex"]').getByTestId('first-error-mark')).toHaveText('BuildKit would say this next');
  await expect(stop).toContainText('failed to parse platform foo: "foo": unknown operating system or architecture: invalid argument');
  await expect(page.locator('[data-testid="problem"][data-code="ClassicBuilderCannotBuild"]')).toContainText('The classic builder cannot build this file: RUN --mount');
  await app.screenshot('fidelity-problems-1280');
  await app.byId('language').selectOption('zh');
  await expect(stop.getByTestId('first-error-mark')).toHaveText('BuildKit 在这里停止');
  await page.setViewportSize({ width: 390, height: 844 });
  await stop.scrollIntoViewIfNeeded();
  await app.screenshot('fidelity-problems-390-zh');
});
