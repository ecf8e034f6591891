/**
 * View options that behave like the others in the View menu (issue 13): focus mode and drawing a
 * build script as its pipeline are remembered across reloads and carried by links, and both
 * switches are in the View menu (focus mode also in the graph's tools box, the pipeline also in the
 * summary line while a script is open).
 */
import { decodeFragment } from '../src/core/share/index.ts';
import { expect, test } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

/** Six stages; the target (final) does not build `unused` nor `other`: focus mode folds two. */
const FORK = [
  'FROM alpine:3.19 AS base', 'FROM base AS left', 'RUN a', 'FROM golang:1.22 AS unused', 'RUN b',
  'FROM unused AS other', 'FROM base AS final', 'COPY --from=left /a /a', '',
].join('\n');

/** The link in the address bar as the page keeps it (debounced), decoded: its view switches. */
function switchesOf(url: string): string {
  const r = decodeFragment(new URL(url).hash);
  return r.ok ? `focus=${r.workspace.focus ?? 'off'} pipeline=${r.workspace.pipeline ?? 'off'}` : r.error.kind;
}

test('focus mode from the View menu is remembered across a reload and carried by a link', async ({ app, page, browser }) => {
  test.slow();
  await app.open(FORK);
  await app.waitForLayout();
  await expect(app.stageNodes).toHaveCount(5);
  const legend = app.byId(TEST_IDS.legend);
  await expect(legend).toContainText('Dimmed: not built');
  await app.inViewMenu('view-focus', (c) => c.check());
  const fold = page.getByTestId('fold-node');
  await expect(fold).toHaveAttribute('data-count', '2');
  await expect(app.stageNodes).toHaveCount(3);
  // The legend explains what is drawn: no dimmed stage is left once they are folded.
  await expect(legend).not.toContainText('Dimmed: not built');
  // Folding stages shows the graph's tools box, so its switch can turn focus mode off again.
  await expect(page.getByTestId('focus-mode')).toBeChecked();
  await expect.poll(() => switchesOf(page.url())).toBe('focus=true pipeline=off');
  await app.waitForLayout();
  // Fitted with the fold node: nothing floats over it (it used to end up under the minimap).
  await expect(fold).toBeInViewport({ ratio: 1 });
  await app.screenshot('view-focus-fork');
  const link = page.url();

  await page.reload();
  await app.waitForLayout();
  await expect(fold).toHaveAttribute('data-count', '2');
  await expect(app.stageNodes).toHaveCount(3);

  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(link);
  await expect(p2.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  await expect(p2.getByTestId('fold-node')).toHaveAttribute('data-count', '2');
  await p2.getByTestId('view-menu').click();
  await expect(p2.getByTestId('view-focus')).toBeChecked();
  await fresh.close();

  // The fold node shows everything again: off in the menu, the link and the autosave.
  await fold.click();
  await expect(app.stageNodes).toHaveCount(5);
  await expect.poll(() => switchesOf(page.url())).toBe('focus=off pipeline=off');
  await expect(page.getByTestId('dense-tools')).toBeHidden();
  await page.reload();
  await app.waitForLayout();
  await expect(app.stageNodes).toHaveCount(5);
});

test('the pipeline switch in the View menu is remembered across a reload and carried by a link', async ({ app, page, browser }) => {
  test.slow();
  await app.open();
  await app.loadExample('seed002-builder');
  await app.waitForLayout();
  // Switched on while a Dockerfile is open, it opens the workspace's build script.
  await app.selectFile('Dockerfile');
  const view = page.getByTestId('pipeline-view');
  await expect(view).toBeHidden();
  await page.getByTestId('view-menu').click();
  await expect(page.getByTestId('view-pipeline-none')).toBeHidden();
  await app.inViewMenu('view-pipeline', (c) => c.check());
  await expect(app.fileTab('build.sh')).toHaveAttribute('aria-selected', 'true');
  await expect(view).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => switchesOf(page.url())).toBe('focus=off pipeline=true');
  const link = page.url();

  await page.reload();
  await expect(view).toHaveAttribute('data-ready', 'true');
  await expect(view.getByTestId('pipe-image')).toHaveCount(2);

  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(link);
  await expect(p2.getByTestId('pipeline-view')).toHaveAttribute('data-ready', 'true');
  await fresh.close();

  // Back to the stages: the switch is off everywhere; the summary line offers the pipeline again.
  await page.getByTestId('pipeline-close').click();
  await expect(view).toBeHidden();
  await expect(page.getByTestId('pipeline-open')).toBeVisible();
  await page.getByTestId('view-menu').click();
  await expect(page.getByTestId('view-pipeline')).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect.poll(() => switchesOf(page.url())).toBe('focus=off pipeline=off');
});

test('presenting in focus mode: the tools box is hidden, and showing unbuilt stages unfolds them', async ({ app, page }) => {
  await app.open(FORK);
  await app.waitForLayout();
  await app.inViewMenu('view-focus', (c) => c.check());
  await expect(page.getByTestId('fold-node')).toBeVisible();
  await expect(page.getByTestId('dense-tools')).toBeVisible();
  await page.getByTestId('present').click();
  const pres = page.getByTestId('presentation');
  await expect(pres).toBeVisible();
  await expect(page.getByTestId('dense-tools')).toBeHidden();
  // Built stages only: base, left, final.
  await expect(page.getByTestId('presentation-title')).toContainText('of 3');
  await page.getByTestId('presentation-unbuilt-switch').check();
  await expect(page.getByTestId('fold-node')).toBeHidden();
  await expect(app.stageNodes).toHaveCount(5);
  await expect(page.getByTestId('presentation-title')).toContainText('of 5');
  await page.keyboard.press('Escape');
  await expect(pres).toBeHidden();
  await expect.poll(() => switchesOf(page.url())).toBe('focus=off pipeline=off');
});

test('a link made with the classic builder switch on opens with it on', async ({ app, page, browser }) => {
  await app.open(FORK);
  await app.waitForLayout();
  await app.inViewMenu(TEST_IDS.classic, (c) => c.check());
  await expect(page.getByTestId('classic-status')).toBeVisible();
  await expect.poll(() => {
    const r = decodeFragment(new URL(page.url()).hash);
    return r.ok && r.workspace.classic === true;
  }).toBe(true);
  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(page.url());
  await expect(p2.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  await expect(p2.getByTestId('classic-status')).toBeVisible();
  // The classic builder builds every stage up to the target: none is dimmed in a graph whose last stage is the target.
  await expect(p2.locator('[data-testid="stage-node"][data-dimmed="true"]')).toHaveCount(0);
  await fresh.close();
});

test('the text-size control at its largest enlarges the pipeline too (a projector)', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.loadExample('seed002-builder');
  await app.waitForLayout();
  await app.selectFile('build.sh');
  await app.inViewMenu('view-pipeline', (c) => c.check());
  const view = page.getByTestId('pipeline-view');
  await expect(view).toHaveAttribute('data-ready', 'true');
  const name = view.locator('.pipe-name').first();
  const onScreen = () => name.evaluate((el) => el.getBoundingClientRect().height);
  const before = await onScreen();
  await app.screenshot('view-pipeline-text-100');
  while (await page.getByTestId('text-larger').isEnabled()) await page.getByTestId('text-larger').click();
  await expect(page.getByTestId('text-size')).toHaveAttribute('data-size', '2');
  await expect.poll(onScreen).toBeGreaterThan(before * 1.4);
  // The zoom buttons (bottom left) never cover the first node.
  const first = (await view.locator('.react-flow__node').first().boundingBox())!;
  const buttons = (await view.locator('.react-flow__controls').boundingBox())!;
  expect(first.x).toBeGreaterThan(buttons.x + buttons.width);
  await app.screenshot('view-pipeline-text-200');
});

test('with no build script in the workspace, the pipeline switch says so', async ({ app, page }) => {
  await app.open(FORK);
  await app.waitForLayout();
  await page.getByTestId('view-menu').click();
  await expect(page.getByTestId('view-pipeline-none')).toHaveText('No build script in this workspace: add one (build.sh) to see it drawn.');
  await page.keyboard.press('Escape');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await page.getByTestId('view-menu').click();
  await expect(page.getByTestId('view-pipeline-none')).toHaveText('工作区中还没有构建脚本：添加一个（如 build.sh）即可画出来。');
  await app.screenshot('view-menu-no-script-zh');
});
