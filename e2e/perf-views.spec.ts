/** A 1,000-stage graph: fitted around its target at a readable size, simplified far away, in full detail near. */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';
import { generated } from '../scripts/bench-generated.mjs';


test('1,000 stages: fitted around the target in simplified drawing, then zoomed in to full detail', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.open(generated(1000));
  await app.waitForEditor();
  await expect(app.byId(TEST_IDS.summary)).toHaveAttribute('data-stages', '1000');
  await expect(app.byId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true', { timeout: 150_000 });
  const graph = app.byId(TEST_IDS.graph);
  await expect(graph).toHaveAttribute('data-far', 'true');
  await expect(page.locator('.graph-note')).toBeVisible();
  // Only what is on screen is drawn; the target is among it, named in large type.
  const drawn = await app.stageNodes.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(200);
  const target = page.locator('[data-testid="stage-node"].is-target');
  await expect(target).toHaveText('s999');
  await expect(target).toBeInViewport({ ratio: 0.99 }); // whole, up to sub-pixel rounding of the fit
  expect(await target.evaluate((e) => parseFloat(getComputedStyle(e.querySelector('.far-name')!).fontSize))).toBeGreaterThanOrEqual(36);
  await app.screenshot('large-generated-1000-fitted');

  // Zoomed in over the target, nodes show everything again.
  for (let i = 0; i < 12 && (await graph.getAttribute('data-far')) === 'true'; i++) {
    const box = await target.boundingBox();
    if (!box) throw new Error('the target left the screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(100);
  }
  await expect(graph).toHaveAttribute('data-far', 'false');
  await expect(target).toContainText('from stage s995');
  await expect(target.getByRole('button')).toBeVisible();
  await app.screenshot('large-generated-1000-zoomed');
});
