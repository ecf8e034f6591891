/**
 * The build player (Build tab): independent stages run at the same time; stepping back and forth
 * lands on the same states; the classic switch plays the stages in sequence; the cache what-if
 * marks the right steps for the Node lesson, both orderings; screenshots (light, dark, phone,
 * presentation, Chinese).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { TEST_IDS, type StagecraftPage } from './page.ts';
import { readExample } from '../test/support/examples.ts';

const SEED_002 = readExample('seed002-multistage', 'Dockerfile');
const NODE_COPY_ALL_FIRST = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "src/app.js"]\n';
const NODE_PACKAGE_FIRST = 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "src/app.js"]\n';

async function openPlayer(app: StagecraftPage, text: string) {
  await app.open(text);
  await app.waitForEditor();
  await app.waitForLayout();
  await app.byId('tab-build').click();
  await expect(app.byId('player')).toBeVisible();
  const page = app.page;
  return {
    tick: app.byId('player-tick'),
    node: (stage: number) => page.locator(`[data-testid="player-node"][data-stage="${stage}"]`),
    block: (line: number) => page.locator(`[data-testid="player-block"][data-line="${line}"]`).last(),
    forward: () => app.byId('player-forward').click(),
    back: () => app.byId('player-back').click(),
  };
}

/** Every stage's overlay state and every block's state: what a person sees at this tick. */
async function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll('[data-testid="player-node"]')].map((n) => `${n.getAttribute('data-stage')}:${n.getAttribute('data-state')}:${n.getAttribute('data-done')}`);
    const blocks = [...document.querySelectorAll('[data-testid="player-block"]')].map((b) => `${b.getAttribute('data-line')}:${b.getAttribute('data-state')}`);
    const log = document.querySelector('[data-testid="player-log"]')?.textContent ?? '';
    return `${nodes.join(' ')} | ${blocks.join(' ')} | ${log.length}`;
  });
}

test('seed002: both stages run at the same time, and the copy travels along its edge', async ({ app }) => {
  const p = await openPlayer(app, SEED_002);
  await expect(p.tick).toHaveAttribute('data-ticks', '5');
  await expect(p.tick).toHaveAttribute('data-tick', '0');
  // At tick 0 both stages pull their base image at once.
  await expect(p.node(0)).toHaveAttribute('data-state', 'running');
  await expect(p.node(1)).toHaveAttribute('data-state', 'running');
  await expect(p.block(1)).toHaveAttribute('data-state', 'running');
  await expect(p.block(5)).toHaveAttribute('data-state', 'running');
  await expect(app.byId('player-log')).toContainText('#5 [stage-0 1/4] FROM golang:1.13');
  await expect(app.byId('player-log')).toContainText('#6 [stage-1 1/3] FROM alpine:latest');
  for (let i = 0; i < 4; i++) await p.forward();
  await expect(p.tick).toHaveAttribute('data-tick', '4');
  await expect(p.block(7)).toHaveAttribute('data-state', 'running');
  await expect(app.page.getByTestId('player-travel')).toHaveAttribute('data-source', 'stage:0');
  await expect(p.node(0)).toHaveAttribute('data-state', 'done');
  await expect(app.page.locator('.monaco-editor .pl-line-running')).toHaveCount(1);
  await app.screenshot('player-light');
});

test('stepping forward then back lands on the same states, tick by tick; the keyboard steps too', async ({ app }) => {
  test.slow();
  const p = await openPlayer(app, readExample('seed001-copy-from-nginx', 'Dockerfile'));
  const ticks = Number(await p.tick.getAttribute('data-ticks'));
  const seen: string[] = [];
  for (let t = 0; t <= ticks; t++) {
    await expect(p.tick).toHaveAttribute('data-tick', String(t));
    seen.push(await snapshot(app.page));
    if (t < ticks) await p.forward();
  }
  for (let t = ticks; t >= 0; t--) {
    await expect(p.tick).toHaveAttribute('data-tick', String(t));
    expect(await snapshot(app.page), `tick ${t}`).toBe(seen[t]);
    if (t > 0) await p.back();
  }
  // With the player focused: → steps, Space plays to the end.
  await app.byId('player-tick').click();
  await app.page.keyboard.press('ArrowRight');
  await expect(p.tick).toHaveAttribute('data-tick', '1');
  expect(await snapshot(app.page)).toBe(seen[1]);
  await app.byId('player-speed').selectOption('4');
  await app.byId('player-tick').click();
  await app.page.keyboard.press(' ');
  await expect(p.tick).toHaveAttribute('data-tick', String(ticks));
  await expect(app.byId('player-play')).toHaveAttribute('aria-pressed', 'false');
  expect(await snapshot(app.page)).toBe(seen[ticks]);
  await expect(app.byId('player-now')).toHaveText('Done: the image is built.');
});

test('the classic switch plays every stage in turn, one instruction at a time, and says how much longer', async ({ app }) => {
  const p = await openPlayer(app, readExample('seed003-stage-chain', 'Dockerfile'));
  // BuildKit skips build1 (the target does not need it): its node stays dimmed with no player state.
  await expect(p.tick).toHaveAttribute('data-ticks', '4');
  await expect(p.node(1)).toHaveCount(0);
  await expect(app.stage(1)).toHaveAttribute('data-dimmed', 'true');
  await app.byId('player-classic').check();
  await expect(p.tick).toHaveAttribute('data-ticks', '8');
  await expect(app.byId('player-compare')).toHaveText('The classic builder takes 4 ticks more than BuildKit (8 against 4).');
  const states = async () => Promise.all([0, 1, 2].map((i) => p.node(i).getAttribute('data-state')));
  expect(await states()).toEqual(['running', 'waiting', 'waiting']);
  await p.forward();
  await p.forward();
  await expect(p.tick).toHaveAttribute('data-tick', '2');
  expect(await states()).toEqual(['done', 'running', 'waiting']);
  for (let i = 0; i < 3; i++) await p.forward();
  await expect(p.tick).toHaveAttribute('data-tick', '5');
  expect(await states()).toEqual(['done', 'done', 'running']);
  await expect(app.byId('player-log')).toContainText('Step 6/8 : FROM builder AS build2');
  // Never more than one step at a time.
  await expect(app.page.locator('[data-testid="player-block"][data-state="running"]')).toHaveCount(1);
  // A strict sequence: every step is on the critical path.
  await expect(app.page.locator('[data-testid="player-block"]:not(.is-critical)')).toHaveCount(0);
  await app.screenshot('player-classic');
});

for (const [name, text, rerun, cached] of [
  ['COPY . . before RUN npm ci', NODE_COPY_ALL_FIRST, [3, 4], [1, 2]],
  ['COPY package*.json ./ first', NODE_PACKAGE_FIRST, [5], [1, 2, 3, 4]],
] as const) {
  test(`what-if, the Node lesson (${name}): changing src/app.js`, async ({ app }) => {
    const p = await openPlayer(app, text);
    await app.byId('player-changed').fill('src/app.js');
    await expect(app.byId('player-rerun-count')).toHaveAttribute('data-rerun', String(rerun.length));
    for (const line of rerun) await expect(p.block(line)).toHaveAttribute('data-rerun', 'true');
    for (const line of cached) await expect(p.block(line)).toHaveAttribute('data-rerun', 'false');
    await expect(app.page.locator('.monaco-editor .pl-line-rerun')).toHaveCount(rerun.length);
    await expect(p.node(0)).toHaveAttribute('data-rerun', String(rerun.length));
    await expect(p.block(rerun[0]!)).toHaveAttribute('title', /Re-runs: src\/app\.js changed/);
    await app.screenshot(`player-node-${rerun.length === 1 ? 'package-first' : 'copy-all-first'}`);
  });
}

test('what-if: suggestions from COPY sources, build args, .dockerignore', async ({ app }) => {
  await app.open({ files: [{ name: 'Dockerfile', text: 'FROM node:20-alpine\nARG NODE_ENV\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n' }, { name: '.dockerignore', text: 'node_modules\n' }], active: 'Dockerfile' });
  await app.waitForEditor();
  await app.byId('tab-build').click();
  await app.page.getByTestId('player-suggestion').filter({ hasText: 'package*.json' }).click();
  await expect(app.byId('player-changed')).toHaveValue('package*.json');
  await expect(app.byId('player-rerun-count')).toHaveText('3 of 4 steps re-run');
  await app.byId('player-changed').fill('node_modules/left-pad/index.js');
  await expect(app.byId('player-rerun-count')).toHaveText('0 of 4 steps re-run');
  // ARG NODE_ENV: the RUN after it re-runs, and so does what follows.
  await app.page.getByTestId('player-arg').check();
  await expect(app.byId('player-rerun-count')).toHaveText('2 of 4 steps re-run');
});

test('a slow step (more ticks) moves the critical path; the Build tab passes axe, light and dark', async ({ app, page }) => {
  const p = await openPlayer(app, SEED_002);
  await expect(p.block(6)).not.toHaveClass(/is-critical/);
  await app.cursorToLine(6);
  await app.byId('player-weight').selectOption('8');
  // stage-1's WORKDIR now takes ticks 1-9, so the COPY --from waits for it, not for the builder.
  await expect(p.tick).toHaveAttribute('data-ticks', '10');
  await expect(p.block(6)).toHaveClass(/is-critical/);
  await expect(p.block(4)).not.toHaveClass(/is-critical/);
  await app.byId('player-changed').fill('main.go');
  for (const theme of ['light', 'dark'] as const) {
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).include('[data-testid="player"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), theme).toEqual([]);
  }
});

test('screenshots: dark, Chinese, phone, presentation', async ({ app, page }) => {
  test.slow();
  const p = await openPlayer(app, SEED_002);
  await app.byId('player-changed').fill('main.go');
  for (let i = 0; i < 4; i++) await p.forward();
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.screenshot('player-dark');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(app.byId('tab-build')).toHaveText('构建过程');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('light'));
  await app.screenshot('player-zh');
  await app.byId(TEST_IDS.language).selectOption('en');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await app.byId('player').scrollIntoViewIfNeeded();
  await app.screenshot('player-phone');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(app.byId('player-present')).toBeVisible();
  const bar = app.byId('player-present');
  await bar.getByTestId('player-forward').click();
  await expect(bar.getByTestId('player-tick')).toHaveAttribute('data-tick', '5');
  await app.screenshot('player-present');
});

// A build BuildKit refuses, or the classic builder cannot run: the reason instead of a timeline.
const CYCLE = 'FROM alpine AS a\nCOPY --from=b x y\nFROM alpine AS b\nCOPY --from=a x y\n';
const BUILDKIT_ONLY = 'FROM golang:1.22 AS build\nRUN --mount=type=cache,target=/root/.cache go build -o /app\nFROM alpine\nCOPY --link --from=build /app /app\n';

test('a circular COPY --from: the Build tab says the build fails, with BuildKit\'s words and line, in both languages', async ({ app, page }) => {
  await openPlayer(app, CYCLE);
  const verdict = app.byId('player-verdict');
  await expect(verdict).toHaveAttribute('data-kind', 'fails');
  await expect(verdict).toHaveAttribute('data-line', '4');
  await expect(verdict).toContainText('The build fails at line 4');
  await expect(app.byId('player-verdict-error')).toContainText('circular dependency detected on stage: a');
  await expect(page.locator('[data-testid="player-block"]')).toHaveCount(0);
  await expect(app.byId('player-log')).toHaveCount(0);
  await expect(app.byId('player-play')).toBeDisabled();
  await app.screenshot('player-fails');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(verdict).toContainText('构建会在第 4 行失败');
  await app.screenshot('player-fails-zh');
  await app.byId(TEST_IDS.language).selectOption('en');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.setViewportSize({ width: 390, height: 844 });
  // The page lays itself out again after the resize: wait for it, not for the first reading.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await verdict.scrollIntoViewIfNeeded();
  await app.screenshot('player-fails-phone-dark');
});

test('RUN --mount and COPY --link: the classic switch, the outline and the presentation say the classic builder cannot build it', async ({ app, page }) => {
  test.slow();
  await openPlayer(app, BUILDKIT_ONLY);
  await expect(app.byId('player-tick')).not.toHaveAttribute('data-ticks', '0');
  await expect(app.byId('player-compare')).toHaveText('The classic builder cannot build this file (line 2 uses RUN --mount), so there is nothing to compare.');
  await app.byId('player-classic').check();
  const verdict = app.byId('player-verdict');
  await expect(verdict).toHaveAttribute('data-kind', 'cannotBuild');
  await expect(verdict).toContainText('Line 2 uses RUN --mount, which needs BuildKit');
  await expect(page.locator('[data-testid="player-block"]')).toHaveCount(0);
  await app.screenshot('player-classic-cannot');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(verdict).toContainText('经典构建器无法构建这个文件');
  await app.screenshot('player-classic-cannot-zh');
  await app.byId(TEST_IDS.language).selectOption('en');
  await page.getByTestId('tab-outline').click();
  await expect(app.byId('outline-summary')).toHaveText('The classic builder cannot build this file: line 2 uses RUN --mount, which needs BuildKit.');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presentation-classic-cannot')).toHaveText('The classic builder cannot build this file: line 2 uses RUN --mount, which needs BuildKit.');
  await expect(page.getByTestId('presentation-command')).not.toContainText('DOCKER_BUILDKIT=0');
  await page.getByTestId('presentation-exit').click();
  await page.getByTestId('tab-build').click();
  await app.byId('player-classic').uncheck();
  await expect(app.byId('player-verdict')).toHaveCount(0);
});
