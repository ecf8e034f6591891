/**
 * The builder pattern as a picture (issue 13): while build.sh is open, a switch in the graph's
 * summary line draws its whole pipeline in the graph's place; Back (or a Dockerfile's tab) brings
 * the stages back.
 */
import AxeBuilder from '@axe-core/playwright';
import { TEST_IDS } from './page.ts';
import { expect, test } from './fixtures.ts';

test('build.sh of seed 002 draws two builds, the container, docker cp to the host and the COPY that picks it up', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.loadExample('seed002-builder');
  await app.waitForLayout();
  await app.selectFile('build.sh');
  // The switch is in the summary line; the stages stay until it is pressed.
  await expect(app.stage(0)).toBeVisible();
  await page.getByTestId('pipeline-open').click();
  const view = page.getByTestId('pipeline-view');
  await expect(view).toHaveAttribute('data-ready', 'true');
  await expect(view.getByRole('heading')).toHaveText('The old way, drawn from build.sh');
  await expect(page.getByTestId('pipeline-why')).toContainText('docker cp a file on your machine');
  await expect(view.getByTestId('pipe-image')).toHaveCount(2);
  await expect(view.getByTestId('pipe-image').first()).toContainText('Dockerfile.build · FROM golang:1.13');
  await expect(view.getByTestId('pipe-container')).toContainText('builder');
  await expect(view.getByTestId('pipe-container')).toContainText('clean-up: docker rm, line 6');
  await expect(view.getByTestId('pipe-host')).toContainText('clean-up: rm, line 9');
  await expect(view.getByTestId('pipe-host')).toContainText('copied out of /go/src/github.com/wilhelmguo/multi-stage-demo/http-server');
  await expect(view.getByTestId('pipe-picks-up')).toHaveText('picked up by Dockerfile line 3: COPY http-server .');
  // docker create, docker cp, COPY: a FROM of a pulled image is said on its node.
  await expect(view.locator('.react-flow__edge')).toHaveCount(3);
  await expect(view.locator('.react-flow__edge-text')).toHaveText(['create', 'cp', 'COPY']);
  // Every node is on screen at 1280x720, in type no smaller than 8 px after fitting.
  const nameSize = await view.locator('.pipe-name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight);
  expect(nameSize).toBeGreaterThanOrEqual(11);
  for (const n of await view.locator('.react-flow__node').all()) await expect(n).toBeInViewport();
  await app.screenshot('pipeline-seed002-en');
  // A node selects its line of the script.
  await view.getByTestId('pipe-container').click();
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 4, end: 4 });
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await app.screenshot('pipeline-seed002-dark');
  // Back: the graph file's stages again; a Dockerfile's tab also hides the pipeline.
  await page.getByTestId('pipeline-close').click();
  await expect(view).toBeHidden();
  await expect(app.stage(0)).toBeVisible();
  await page.getByTestId('pipeline-open').click();
  await expect(view).toBeVisible();
  await app.selectFile('Dockerfile');
  await expect(view).toBeHidden();
  await expect(page.getByTestId('pipeline-open')).toBeHidden();
});

test('Chinese, and a 390 px phone', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.loadExample('seed004-builder');
  await app.waitForLayout();
  await app.byId(TEST_IDS.language).selectOption('zh');
  await app.selectFile('build.sh');
  await page.getByTestId('pipeline-open').click();
  await expect(page.getByTestId('pipeline-close')).toHaveText('回到 Dockerfile 的阶段图');
  const view = page.getByTestId('pipeline-view');
  await expect(view).toHaveAttribute('data-ready', 'true');
  await expect(view.getByRole('heading')).toHaveText('老办法：根据 build.sh 画出的流程');
  await expect(view.getByTestId('pipe-container')).toContainText('清理：docker rm，第 9 行');
  await expect(page.getByTestId('pipeline-notes')).toContainText('关于 build.sh 的');
  await app.screenshot('pipeline-seed004-zh');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(view).toHaveAttribute('data-direction', 'DOWN');
  await expect(view).toHaveAttribute('data-ready', 'true');
  await view.scrollIntoViewIfNeeded();
  await app.screenshot('pipeline-seed004-phone');
});

test('a script with nothing to draw says so, with the notes', async ({ app, page }) => {
  await app.open({ files: [{ name: 'Dockerfile', text: 'FROM alpine\n' }, { name: 'build.sh', text: 'for i in 1 2; do\n  docker build -t x .\ndone\n' }], active: 'build.sh' });
  await page.getByTestId('pipeline-open').click();
  const view = page.getByTestId('pipeline-view');
  await expect(view.getByRole('status')).toHaveText('No docker build in build.sh yet: nothing to draw.');
  await page.getByTestId('pipeline-notes').locator('summary').click();
  await expect(page.getByTestId('pipeline-notes')).toContainText('loop');
});

test('the pipeline passes axe in light and dark', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.loadExample('seed002-builder');
  await app.waitForLayout();
  await app.selectFile('build.sh');
  await page.getByTestId('pipeline-open').click();
  await expect(page.getByTestId('pipeline-view')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('pipeline-notes').locator('summary').click();
  for (const theme of ['light', 'dark'] as const) {
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    const results = await new AxeBuilder({ page }).include('[data-testid="pipeline-view"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`), theme).toEqual([]);
  }
});
