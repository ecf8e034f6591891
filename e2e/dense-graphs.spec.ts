/**
 * Dense graphs: moby/moby (59 stages) in focus mode, the hovered stage's relatives, the stage
 * search; a stage's estimated size; an opened instruction list kept on screen.
 */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

const MOBY = 'corpus:moby/moby/Dockerfile';
const FORK = ['FROM alpine:3.19 AS base', 'FROM base AS left', 'RUN a', 'FROM golang:1.22 AS unused', 'RUN b', 'FROM base AS final', 'COPY --from=left /a /a', ''].join('\n');

test('moby/moby in focus mode: the target subgraph and one "+N stages not built" node; clicking it shows all', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.waitForEditor();
  await app.loadExample(MOBY);
  await app.waitForLayout();
  await expect(app.stageNodes).toHaveCount(59);
  await app.screenshot('dense-moby-before');
  await page.getByTestId('focus-mode').check();
  const fold = page.getByTestId('fold-node');
  await expect(fold).toBeVisible();
  const folded = Number(await fold.getAttribute('data-count'));
  expect(folded).toBeGreaterThan(0);
  await expect(app.stageNodes).toHaveCount(59 - folded);
  await expect(fold).toContainText(`+${folded} stages not built`);
  await app.waitForLayout();
  await expect(page.locator('[data-testid="stage-node"].is-target')).toBeInViewport();
  await app.screenshot('dense-moby-focus');
  await fold.click();
  await expect(fold).toBeHidden();
  await expect(app.stageNodes).toHaveCount(59);
  await expect(page.getByTestId('focus-mode')).not.toBeChecked();
});

test('hovering a stage keeps its ancestors and descendants and steps the others back', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.setText(FORK);
  await app.waitForLayout();
  const wrapper = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
  await app.stage(1).hover();
  await expect(app.byId(TEST_IDS.graph)).toHaveAttribute('data-trace', 'stage:1');
  await expect(wrapper('stage:2')).toHaveCSS('opacity', '0.3');
  await expect(wrapper('stage:0')).toHaveCSS('opacity', '1');
  await expect(wrapper('stage:3')).toHaveCSS('opacity', '1');
  await app.screenshot('dense-hover');
  await page.mouse.move(2, 2);
  await expect(app.byId(TEST_IDS.graph)).not.toHaveAttribute('data-trace', /./);
  await expect(wrapper('stage:2')).toHaveCSS('opacity', '1');
  // Keyboard focus does the same.
  await wrapper('stage:3').focus();
  await expect(app.byId(TEST_IDS.graph)).toHaveAttribute('data-trace', 'stage:3');
});

test('the stage search lists matches; Enter selects the first and centres it, unfolding if need be', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.waitForEditor();
  await app.loadExample(MOBY);
  await app.waitForLayout();
  await page.getByTestId('focus-mode').check();
  await expect(page.getByTestId('fold-node')).toBeVisible();
  await app.waitForLayout();
  const search = page.getByTestId('stage-search');
  await search.fill('tini-w');
  await expect(page.getByTestId('stage-search-results').locator('li')).toHaveText([/tini-windows/]);
  await search.press('Enter');
  await expect(page.getByTestId('fold-node')).toBeHidden();
  await app.screenshot('dense-search');
  const hit = page.locator('.react-flow__node.is-picked [data-testid="stage-node"]');
  await expect(hit).toContainText('tini-windows');
  await expect(hit).toBeInViewport({ ratio: 0.99 });
  await expect(search).toHaveValue('');
  await app.screenshot('dense-search');
  await search.fill('nothing-like-this');
  await expect(page.locator('.dense-none')).toBeVisible();
});

test('a stage shows its estimated size beside its layers', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.setText(FORK);
  await app.waitForLayout();
  await expect(app.stage(0).getByTestId('stage-size')).toHaveText(/^≈ \d+(\.\d)? MB \(estimate\)$/);
  await expect(app.stage(2).getByTestId('stage-size')).toHaveText(/MB \(estimate\)/);
  await app.setText(`FROM example.invalid/unknown:1 AS mystery\nRUN true\n${FORK}`);
  await expect(app.stage(0).getByTestId('stage-size')).toHaveText('size unknown');
});

/** Whether box `inner` lies wholly inside box `outer` (half a pixel of rounding allowed). */
function inside(inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

test('an opened instruction list at the bottom of the pane stays on screen', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  // A chain of three stages fits near (names and toggles shown) with the last one at the pane's bottom;
  // its 13 instructions, opened, would run off the bottom edge.
  const runs = Array.from({ length: 12 }, (_, i) => `RUN step-${i}`).join('\n');
  await app.setText(`FROM alpine:3.19 AS base\nRUN a\nFROM base AS mid\nRUN b\nFROM mid AS last\n${runs}\n`);
  await app.waitForLayout();
  await expect(app.byId(TEST_IDS.graph)).toHaveAttribute('data-far', 'false');
  const pane = (await app.byId(TEST_IDS.graph).boundingBox())!;
  const target = app.stage(2);
  const closed = (await target.boundingBox())!;
  // Opened in place, the list would end below the pane: the test starts where the feature is needed.
  const listHeight = (12 * 18 + 8) * (closed.width / 264);
  expect(closed.y + closed.height + listHeight).toBeGreaterThan(pane.y + pane.height);
  await target.getByRole('button', { name: 'Show instructions' }).click();
  const list = target.locator('.stage-instructions');
  await expect(list).toBeVisible();
  await expect(list.locator('li')).toHaveCount(13);
  // The view moves once the node is drawn at its new size: wait for the whole node to be inside the pane.
  await expect.poll(async () => inside((await target.boundingBox())!, pane)).toBe(true);
  expect(inside((await list.boundingBox())!, pane)).toBe(true);
  // Panned, not zoomed: the text stays the size it was.
  expect((await target.boundingBox())!.width).toBeCloseTo(closed.width, 0);
  await app.screenshot('dense-expanded');
});

test('left to right, an opened list at the bottom right ends above the minimap', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  const runs = Array.from({ length: 12 }, (_, i) => `RUN step-${i}`).join('\n');
  await app.setText(`FROM alpine:3.19 AS base\nRUN a\nFROM base AS mid\nRUN b\nFROM mid AS last\n${runs}\n`);
  await app.waitForLayout();
  await app.inViewMenu(TEST_IDS.direction, (c) => c.selectOption('RIGHT'));
  await app.waitForLayout();
  await expect(app.byId(TEST_IDS.graph)).toHaveAttribute('data-far', 'false');
  const pane = (await app.byId(TEST_IDS.graph).boundingBox())!;
  const target = app.stage(2);
  await target.getByRole('button', { name: 'Show instructions' }).click();
  await expect(target.locator('.stage-instructions li')).toHaveCount(13);
  const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
  const controls = (await page.locator('.react-flow__controls').boundingBox())!;
  const clear = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;
  await expect.poll(async () => {
    const box = (await target.boundingBox())!;
    return inside(box, pane) && clear(box, minimap) && clear(box, controls);
  }).toBe(true);
  await app.screenshot('dense-expanded-right');
});
