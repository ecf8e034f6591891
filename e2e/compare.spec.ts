/**
 * The builder-pattern comparison (issue 4) on seed 002's multi-stage example: both sides, the table,
 * lines linked both ways (pointer and keyboard), sizes, logs, closing; the share link; Chinese; axe;
 * screenshots (light, dark, phone); and a 1,000-stage Dockerfile converted off the main thread.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decodeFragment } from '../src/core/share/index.ts';
import { test, expect } from './fixtures.ts';
import { COMPARE_IDS, ComparePage, TEST_IDS, type StagecraftPage } from './page.ts';
import { generated } from '../scripts/bench-generated.mjs';

/** Opens the comparison on seed 002's Dockerfile, or on `text` typed over it (the comparison covers the editor). */
async function openSeed002(app: StagecraftPage, page: Page, text?: string): Promise<ComparePage> {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('go-http-server-named');
  await app.waitForLayout();
  if (text !== undefined) await app.setText(text);
  const cmp = new ComparePage(page);
  await cmp.open();
  return cmp;
}


test('seed 002: both ways side by side, the table, linked lines, sizes, logs, and back with Escape', async ({ app, page }) => {
  const cmp = await openSeed002(app, page);
  await expect(cmp.toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId(TEST_IDS.graph)).toBeHidden();
  await expect(page.locator('.monaco-editor')).toBeHidden(); // the comparison takes the full width

  // Both sides, labelled for a learner, with their files.
  await expect(cmp.side('builderPattern').getByRole('heading')).toHaveText('Builder pattern (before Docker 17.05)');
  await expect(cmp.side('multistage').getByRole('heading')).toHaveText('Multi-stage build');
  await expect(cmp.side('builderPattern').locator('figcaption code')).toHaveText(['Dockerfile.builder', 'Dockerfile', 'build.sh']);
  await expect(cmp.side('multistage').locator('figcaption code')).toHaveText(['Dockerfile']);
  await expect(cmp.line('builderPattern', 'build.sh', 10)).toContainText('docker cp builder:/go/src/github.com/wilhelmguo/multi-stage-demo/http-server stagecraft-extract/http-server');

  // The table: files, docker commands, final image against the build image.
  await expect(cmp.cell('files', 'builderPattern')).toHaveText('3');
  await expect(cmp.cell('files', 'multistage')).toContainText('1');
  await expect(cmp.cell('dockerCommands', 'builderPattern')).toHaveText('5');
  await expect(cmp.cell('dockerCommands', 'multistage')).toContainText('1');
  await expect(cmp.cell('reuploadedBytes', 'builderPattern')).toHaveText('≈ 7.4 MB');
  await expect(cmp.cell('finalImageBytes', 'multistage')).toHaveText('≈ 15.7 MB');
  await expect(cmp.cell('buildImageBytes', 'multistage')).toHaveText('≈ 803 MB');
  await expect(page.getByTestId(COMPARE_IDS.headline)).toHaveText('Final image ≈ 15.7 MB, against ≈ 803 MB for the image the build runs in.');
  await expect(page.locator('tr[data-metric="finalImageBytes"] th')).toContainText('(estimate)');

  // Hover docker cp: the COPY --from line lights up (and the plain COPY of the extracted file) …
  const dockerCp = cmp.line('builderPattern', 'build.sh', 10);
  const copyFrom = cmp.line('multistage', 'Dockerfile', 8);
  await dockerCp.hover();
  await expect(dockerCp).toHaveAttribute('data-mark', 'origin');
  await expect(copyFrom).toHaveAttribute('data-mark', 'linked');
  await expect(cmp.line('builderPattern', 'Dockerfile', 3)).toHaveAttribute('data-mark', 'linked');
  await expect(cmp.line('multistage', 'Dockerfile', 1)).not.toHaveAttribute('data-mark', /./);
  // … with an outline and an underline, not colour alone.
  expect(await copyFrom.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
  expect(await copyFrom.locator('code').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
  // … and back: COPY --from lights up docker cp, and the container's create and rm.
  await copyFrom.hover();
  await expect(dockerCp).toHaveAttribute('data-mark', 'linked');
  await expect(cmp.line('builderPattern', 'build.sh', 9)).toHaveAttribute('data-mark', 'linked');
  await expect(cmp.line('builderPattern', 'build.sh', 11)).toHaveAttribute('data-mark', 'linked');
  await page.mouse.move(2, 2);
  await expect(dockerCp).not.toHaveAttribute('data-mark', /./);

  // The keyboard does the same: one tab stop per file, arrows move, the focused line lights up.
  await cmp.line('builderPattern', 'build.sh', 1).focus();
  for (let i = 1; i < 10; i++) await page.keyboard.press('ArrowDown');
  await expect(dockerCp).toBeFocused();
  await expect(copyFrom).toHaveAttribute('data-mark', 'linked');
  await expect(cmp.file('builderPattern', 'build.sh').locator('li[tabindex="0"]')).toHaveCount(1);

  // Sizes: the binary's size is the seed's; a new one changes the table; a bad one is refused, not thrown.
  const binary = page.getByTestId(COMPARE_IDS.artifactSize);
  await expect(binary).toHaveValue('7.4');
  await binary.fill('7.5');
  await expect(cmp.cell('reuploadedBytes', 'builderPattern')).toHaveText('≈ 7.5 MB');
  await expect(cmp.cell('finalImageBytes', 'multistage')).toHaveText('≈ 15.8 MB');
  await binary.fill('-1');
  await expect(binary).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId(COMPARE_IDS.sizes)).toContainText('A size cannot be negative.');
  await expect(cmp.cell('reuploadedBytes', 'builderPattern')).toHaveText('0 B');

  // The logs, collapsed until opened, as the seeds print them.
  await expect(cmp.log('builderPattern').locator('pre')).toHaveCount(0);
  await cmp.log('builderPattern').locator('summary').click();
  await expect(cmp.log('builderPattern').locator('pre')).toContainText('Step 1/4 : FROM golang:1.13');
  await expect(cmp.log('builderPattern').locator('pre')).toContainText('Successfully tagged http-server:builder');
  await cmp.log('multistage').locator('summary').click();
  await expect(cmp.log('multistage').locator('pre')).toContainText('Step 1/8 : FROM golang:1.13 AS builder');
  await expect(cmp.log('multistage').locator('pre')).toContainText('Step 7/8 : COPY --from=builder');

  // Add the files: they open under their own names (build.sh refers to them), the multi-stage file moves aside.
  await page.getByTestId(COMPARE_IDS.addFiles).click();
  await expect.poll(() => app.fileNames()).toEqual(['Dockerfile.builder', 'Dockerfile', 'build.sh', 'Dockerfile.multistage']);
  await expect(app.fileTab('build.sh')).toHaveAttribute('aria-selected', 'true');
  await expect(cmp.body).toHaveAttribute('data-state', 'ready');

  // Escape goes back to the graph, focus back to the toggle that opened it.
  await dockerCp.focus();
  await page.keyboard.press('Escape');
  await expect(cmp.toggle).toBeFocused();
  await expect(cmp.view).toHaveCount(0);
  await expect(cmp.toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId(TEST_IDS.graph)).toBeVisible();
  await app.waitForLayout();
});

test('seed 002 builder pattern: its own files beside the converted Dockerfile, linked; Open as multi-stage puts it in the editor', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('seed002-builder');
  const cmp = new ComparePage(page);
  await cmp.open();

  // The left side is the person's own files, the right side the converted multi-stage Dockerfile.
  await expect(cmp.side('builderPattern').locator('figcaption code')).toHaveText(['Dockerfile.build', 'Dockerfile', 'build.sh']);
  await expect(cmp.side('multistage').locator('figcaption code')).toHaveText(['Dockerfile']);
  const dockerCp = cmp.line('builderPattern', 'build.sh', 5);
  await expect(dockerCp).toContainText('docker cp builder:/go/src/github.com/wilhelmguo/multi-stage-demo/http-server ./http-server');
  const copyFrom = cmp.side('multistage').locator('li', { hasText: 'COPY --from=' });
  await expect(copyFrom).toHaveCount(1);
  await dockerCp.hover();
  await expect(copyFrom).toHaveAttribute('data-mark', 'linked');
  await copyFrom.hover();
  await expect(dockerCp).toHaveAttribute('data-mark', 'linked');

  // Converting back: a new tab, active, shown as the graph; the person's files are untouched.
  await page.getByTestId(COMPARE_IDS.openAsMultistage).click();
  await expect(cmp.view).toHaveCount(0);
  await expect.poll(() => app.fileNames()).toEqual(['Dockerfile.build', 'Dockerfile', 'build.sh', 'Dockerfile.multistage']);
  await expect(app.fileTab('Dockerfile.multistage')).toHaveAttribute('aria-selected', 'true');
  const model = await app.editorModel();
  expect(model?.text).toMatch(/^FROM golang:1\.13 AS build$/m);
  expect(model?.text).toMatch(/^COPY --from=build \/go\/src\/github\.com\/wilhelmguo\/multi-stage-demo\/http-server /m);
  await app.waitForLayout();
  await expect(page.getByTestId(TEST_IDS.summary)).toHaveAttribute('data-stages', '2');
  await expect(page.getByTestId('rf__edge-copy:stage:0->stage:1')).toBeVisible();
  await app.screenshot('compare-builder-open-multistage');
});

test('an image the catalog does not know: its size is asked for, validated, and counted', async ({ app, page }) => {
  const cmp = await openSeed002(app, page, 'FROM my/builder:1 AS b\nRUN make\n\nFROM alpine:3.19\nCOPY --from=b /app /app\n');
  const size = page.locator(`[data-testid="${COMPARE_IDS.imageSize}"][data-key="my/builder:1"]`);
  await expect(size).toBeVisible();
  await expect(cmp.cell('buildImageBytes', 'multistage')).toHaveText('unknown');
  await size.fill('1,200');
  await expect(cmp.cell('buildImageBytes', 'multistage')).toHaveText('≈ 1.2 GB');
  await expect(size).toHaveAttribute('aria-invalid', 'false');
  await size.fill('lots');
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  await expect(cmp.cell('buildImageBytes', 'multistage')).toHaveText('unknown');
  await expect(size).toBeVisible(); // the input stays while it is being corrected
  // A click on a line of the workspace Dockerfile goes back to the editor and selects it there.
  await cmp.line('multistage', 'Dockerfile', 5).click();
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 5, end: 5 });
});

test('RUN --mount from= and COPY --link: said plainly to have no builder-pattern equivalent', async ({ app, page }) => {
  const cmp = await openSeed002(app, page, 'FROM golang:1.22 AS deps\nRUN go mod download\nFROM golang:1.22 AS build\nRUN --mount=type=cache,from=deps,target=/go/pkg go build -o /app\nFROM alpine\nCOPY --link --from=build /app /app\n');
  const callout = page.getByTestId(COMPARE_IDS.noEquivalent);
  await expect(callout.getByRole('heading')).toHaveText('No builder-pattern equivalent');
  await expect(callout.locator(`[data-testid="${COMPARE_IDS.note}"]`)).toHaveCount(2);
  await expect(callout).toContainText('RUN --mount from=deps has no builder-pattern equivalent');
  await expect(callout).toContainText('COPY --link has no builder-pattern equivalent');
  // Every note is listed with its place; the place shows the line.
  const notes = page.getByTestId(COMPARE_IDS.notes);
  await expect(notes.locator(`[data-testid="${COMPARE_IDS.note}"]`)).toHaveCount(2);
  await notes.getByRole('button', { name: 'Show Dockerfile:4' }).click();
  await expect(cmp.line('multistage', 'Dockerfile', 4)).toBeFocused();
  await expect(cmp.side('builderPattern').locator('figcaption code')).toHaveText(['Dockerfile.deps', 'Dockerfile.build', 'Dockerfile', 'build.sh']);
});

test('the comparison survives a share link', async ({ app, page, browser }) => {
  await openSeed002(app, page);
  await expect
    .poll(() => {
      const r = decodeFragment(new URL(page.url()).hash);
      return r.ok ? r.workspace.view : r.error.kind;
    })
    .toBe('compare');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  const cmp = new ComparePage(other);
  await expect(cmp.body).toHaveAttribute('data-state', 'ready');
  await expect(cmp.line('builderPattern', 'build.sh', 10)).toContainText('docker cp builder:');
  await fresh.close();
});

/** Visible UI text (not the user's content: code, file names, paths, image references). */
function visibleUiStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.compare-section') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || el.closest('[translate="no"], code, pre')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      out.push(text);
    }
    return out;
  });
}

test('in Chinese, every label of the comparison is Chinese', async ({ app, page }) => {
  const cmp = await openSeed002(app, page);
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(cmp.side('builderPattern').getByRole('heading')).toHaveText('builder 模式（Docker 17.05 之前）');
  await expect(cmp.side('multistage').getByRole('heading')).toHaveText('多阶段构建');
  await expect(cmp.toggle).toHaveText('与 builder 模式对比');
  await expect(page.locator('tr[data-metric="dockerCommands"] th')).toHaveText('要运行的 docker 命令');
  await cmp.log('builderPattern').locator('summary').click();
  const english = (await visibleUiStrings(page)).filter((s) => /[A-Za-z]{2,}/.test(s.replace(/Docker|Dockerfile|Stagecraft|docker|MB|RUN|COPY|FROM|Enter|B\b/g, '')) && !/[\u4e00-\u9fff]/.test(s));
  expect(english).toEqual([]);
  await app.screenshot('compare-zh');
});

test('the comparison has no axe violations (light and dark, a line lit, a log open)', async ({ app, page }) => {
  const cmp = await openSeed002(app, page);
  await cmp.log('multistage').locator('summary').click();
  for (const theme of ['light', 'dark'] as const) {
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await cmp.line('builderPattern', 'build.sh', 10).hover();
    await expect(cmp.line('multistage', 'Dockerfile', 8)).toHaveAttribute('data-mark', 'linked');
    const results = await new AxeBuilder({ page }).include('.compare-section').analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
    expect(summary, theme).toEqual([]);
    const whole = await new AxeBuilder({ page }).analyze();
    expect(whole.violations.map((v) => v.id), `${theme}, whole page`).toEqual([]);
  }
});

test('screenshots: light, dark, and a 390-pixel phone (stacked, no sideways scrolling)', async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 960 });
  const cmp = await openSeed002(app, page);
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('light'));
  await cmp.line('builderPattern', 'build.sh', 10).hover();
  await expect(cmp.line('multistage', 'Dockerfile', 8)).toHaveAttribute('data-mark', 'linked');
  await app.screenshot('compare-light');
  await page.getByTestId(COMPARE_IDS.table).scrollIntoViewIfNeeded();
  await app.screenshot('compare-light-table');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await cmp.view.evaluate((el) => el.scrollTo(0, 0));
  await cmp.line('multistage', 'Dockerfile', 8).hover();
  await expect(cmp.line('builderPattern', 'build.sh', 10)).toHaveAttribute('data-mark', 'linked');
  await app.screenshot('compare-dark');

  await page.setViewportSize({ width: 390, height: 844 });
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('light'));
  const editor = await page.getByTestId(TEST_IDS.editor).boundingBox();
  const view = await cmp.view.boundingBox();
  expect(editor && view && view.y >= editor.y + editor.height - 1).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await cmp.view.scrollIntoViewIfNeeded();
  await app.screenshot('compare-phone');
});

test('a 1,000-stage Dockerfile converts off the main thread, saying so, and stays usable', async ({ app, page }) => {
  await app.open(generated(1000));
  await app.waitForEditor();
  await expect(app.byId(TEST_IDS.summary)).toHaveAttribute('data-stages', '1000');
  // Record every state the view goes through (installed before it mounts).
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { __compareStates?: string[] }).__compareStates = seen;
    new MutationObserver(() => {
      const s = document.querySelector('.cmp')?.getAttribute('data-state');
      if (s && seen[seen.length - 1] !== s) seen.push(s);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
  const cmp = new ComparePage(page);
  await cmp.toggle.click();
  await expect(cmp.body).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  expect(await page.evaluate(() => (globalThis as { __compareStates?: string[] }).__compareStates)).toEqual(['converting', 'ready']);
  // Folded past the line budget; a hovered line still finds its counterpart.
  await expect(cmp.side('builderPattern').getByRole('button', { name: /^Show the folded files \(\d+\)$/ })).toBeVisible();
  const from = cmp.line('builderPattern', 'build.sh', 7);
  await expect(from).toContainText('docker build -t');
  await from.hover();
  await expect(cmp.side('multistage').locator('li[data-mark="linked"]')).not.toHaveCount(0);
  // A docker build far down the script: its FROM lies past the multi-stage pane's rendered lines;
  // hovering renders down to it and scrolls the pane (not the page) to show it.
  const far = cmp.file('builderPattern', 'build.sh').locator('li', { hasText: /^\d+docker build -t/ }).last();
  await far.hover();
  const linked = cmp.side('multistage').locator('li[data-mark="linked"]').first();
  await expect(linked).toContainText('FROM');
  expect(Number(await linked.getAttribute('data-line'))).toBeGreaterThan(300);
  await expect
    .poll(() =>
      linked.evaluate((el) => {
        const pane = el.closest('.cmp-scroll')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.top >= pane.top && r.bottom <= pane.bottom;
      }),
    )
    .toBe(true);
  await expect(cmp.cell('dockerCommands', 'multistage')).toContainText('1');
});
