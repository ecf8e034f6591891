/**
 * The multi-file workspace: the builder-pattern examples open as tabs, the graph stays on a Dockerfile
 * while build.sh is open, files are added, renamed and deleted (with Undo), every file survives a
 * reload and travels in a link, build.sh is highlighted as shell. Screenshots: light, dark, phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeFragment, encodeWorkspace, singleFileWorkspace } from '../src/core/share/index.ts';
import { expect, test } from './fixtures.ts';
import { savedWorkspace, TEST_IDS, type StagecraftPage } from './page.ts';

const example = (...parts: string[]): string => readFileSync(resolve(import.meta.dirname, '../examples', ...parts), 'utf8');
const SEED002 = {
  build: example('seed002-builder', 'Dockerfile.build'),
  runtime: example('seed002-builder', 'Dockerfile'),
  script: example('seed002-builder', 'build.sh'),
};

async function openSeed002(app: StagecraftPage): Promise<void> {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('seed002-builder');
  await expect(app.fileTabs).toHaveCount(3);
  await app.waitForLayout();
}

/** The file the graph shows, as the tabs mark it. */
const graphTab = (app: StagecraftPage) => app.page.locator('[data-testid="file-tab"][data-graph="true"]');

test('the seed 002 builder pattern opens as three tabs; switching tabs swaps the text and keeps the graph on a Dockerfile', async ({ app }) => {
  await openSeed002(app);
  expect(await app.fileNames()).toEqual(['Dockerfile.build', 'Dockerfile', 'build.sh']);
  await expect(app.fileTab('build.sh')).toHaveAttribute('aria-selected', 'true');
  await expect(app.byId(TEST_IDS.exampleCredit)).toContainText('Keeping images small');
  // build.sh is open; the graph shows the file `docker build .` reads.
  await expect(graphTab(app)).toHaveAttribute('data-name', 'Dockerfile');
  await expect.poll(async () => (await app.editorModel())?.text).toBe(SEED002.script);
  await expect(app.stageNodes).toHaveCount(1);
  await expect(app.stage(0)).toContainText('alpine:latest');

  await app.selectFile('Dockerfile.build');
  await expect.poll(async () => (await app.editorModel())?.text).toBe(SEED002.build);
  await expect(graphTab(app)).toHaveAttribute('data-name', 'Dockerfile.build');
  await expect(app.stage(0)).toContainText('golang:1.13');

  // Back to the script: the editor swaps, the graph stays on the last Dockerfile.
  await app.selectFile('build.sh');
  await expect.poll(async () => (await app.editorModel())?.text).toBe(SEED002.script);
  await expect(graphTab(app)).toHaveAttribute('data-name', 'Dockerfile.build');
  await expect(app.stage(0)).toContainText('golang:1.13');
  await expect.poll(async () => (await app.editorModel())?.models).toBe(3);
});

test('build.sh is highlighted as shell, Dockerfiles keep their grammar', async ({ app, page }) => {
  await openSeed002(app);
  await expect.poll(async () => (await app.editorModel())?.language).toBe('shell');
  const tokens = await page.evaluate((text) => {
    const g = globalThis as { __stagecraftTokenize?: (t: string, l?: string) => string[][] };
    return g.__stagecraftTokenize?.(text, 'shell') ?? [];
  }, SEED002.script);
  expect(tokens[0]).toEqual(['0:metatag.shell']);
  expect(tokens[1]?.[0]).toBe('0:type.identifier.shell'); // echo
  // On screen: the script's first line is drawn in the shebang's own colour, unlike plain words.
  const classes = await page.locator('.monaco-editor .view-line span span').evaluateAll((els) => [...new Set(els.map((e) => e.className))]);
  expect(classes.length).toBeGreaterThanOrEqual(3);
  await app.selectFile('Dockerfile');
  await expect.poll(async () => (await app.editorModel())?.language).toBe('dockerfile');
});

test('add (with validation), rename, delete with Undo; the arrow keys move between tabs', async ({ app, page }) => {
  await openSeed002(app);
  // Add: the name is checked as it is typed.
  await app.byId('file-add').click();
  const input = app.byId('file-name-input');
  await input.fill('Dockerfile');
  await expect(app.byId('file-name-error')).toHaveText('There is already a file named Dockerfile.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('ci/build.sh');
  await expect(app.byId('file-name-error')).toContainText('without / or \\');
  await app.byId('file-add-submit').click();
  await expect(app.fileTabs).toHaveCount(3);
  await input.fill('test.sh');
  await expect(app.byId('file-name-error')).toHaveCount(0);
  await app.screenshot('workspace-add-light');
  await input.press('Enter');
  await expect(app.fileTab('test.sh')).toHaveAttribute('aria-selected', 'true');
  await expect(app.fileTab('test.sh')).toBeFocused();
  expect(await app.fileNames()).toEqual(['Dockerfile.build', 'Dockerfile', 'build.sh', 'test.sh']);
  await expect.poll(async () => (await app.editorModel())?.text).toBe('');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.insertText('echo test\n');

  // Rename with F2 on the focused tab; the text (and the model) stay.
  await app.fileTab('test.sh').focus();
  await page.keyboard.press('F2');
  await app.byId('file-rename-input').fill('check.sh');
  await page.keyboard.press('Enter');
  await expect(app.fileTab('check.sh')).toBeFocused();
  await expect.poll(async () => (await app.editorModel())?.text).toBe('echo test\n');
  // A refused rename (double-click) says why; Esc keeps the old name.
  await app.fileTab('check.sh').dblclick();
  await app.byId('file-rename-input').fill('build.sh');
  await expect(app.byId('file-rename-error')).toHaveText('There is already a file named build.sh.');
  await page.keyboard.press('Enter');
  await expect(app.byId('file-rename-input')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.fileTab('check.sh')).toBeVisible();
  // The File menu renames too.
  await app.byId('file-actions').click();
  await app.byId('file-action-rename').click();
  await app.byId('file-rename-input').fill('verify.sh');
  await page.keyboard.press('Enter');
  await expect(app.fileTab('verify.sh')).toHaveAttribute('aria-selected', 'true');

  // Delete with ×: the text is one click away from coming back.
  await app.fileTab('verify.sh').hover();
  await app.fileTab('verify.sh').locator('xpath=..').getByTestId('file-close').click();
  await expect(app.fileTab('verify.sh')).toHaveCount(0);
  await expect(app.byId('file-deleted')).toContainText('verify.sh was deleted.');
  await app.screenshot('workspace-undo-light');
  await app.byId('file-undo').click();
  await expect(app.fileTab('verify.sh')).toHaveAttribute('aria-selected', 'true');
  expect(await app.fileNames()).toEqual(['Dockerfile.build', 'Dockerfile', 'build.sh', 'verify.sh']);
  await expect.poll(async () => (await app.editorModel())?.text).toBe('echo test\n');

  // Keyboard: arrows and Home/End move and open; Delete deletes the focused tab (Undo offered).
  await app.fileTab('verify.sh').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(app.fileTab('build.sh')).toBeFocused();
  await expect(app.fileTab('build.sh')).toHaveAttribute('aria-selected', 'true');
  expect(await app.fileTab('build.sh').evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Home');
  await expect(app.fileTab('Dockerfile.build')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(app.fileTab('verify.sh')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(app.fileTab('verify.sh')).toHaveCount(0);
  // The deleted tab was the last one: the new last tab opens and takes the focus.
  await expect(app.fileTab('build.sh')).toBeFocused();
  await expect(app.fileTab('build.sh')).toHaveAttribute('aria-selected', 'true');
  await expect(app.byId('file-deleted')).toContainText('verify.sh');
});

test('a workspace of 50 files says so before a 51st is added', async ({ app }) => {
  await app.open({ files: Array.from({ length: 50 }, (_, i) => ({ name: `f${i}.Dockerfile`, text: `FROM a${i}\n` })) });
  await expect(app.fileTabs).toHaveCount(50);
  await app.byId('file-add').click();
  await expect(app.byId('file-name-error')).toHaveText('A workspace holds at most 50 files: delete one first.');
  await app.byId('file-name-input').fill('one-more');
  await app.byId('file-add-submit').click();
  await expect(app.fileTabs).toHaveCount(50);
});

test('each file keeps its own undo stack; edits in two files both survive a reload', async ({ app, page }) => {
  await openSeed002(app);
  await app.selectFile('Dockerfile');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('LABEL stage=runtime');
  await app.selectFile('build.sh');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('echo done');
  // Undo in the Dockerfile undoes the Dockerfile's typing (Monaco undoes word by word), never the script's.
  await app.selectFile('Dockerfile');
  await page.locator('.monaco-editor .view-lines').click();
  let undos = 0;
  while ((await app.editorModel())?.text !== SEED002.runtime && undos < 6) {
    await page.keyboard.press('ControlOrMeta+Z');
    undos++;
  }
  expect((await app.editorModel())?.text).toBe(SEED002.runtime);
  for (let i = 0; i < undos; i++) await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(async () => (await app.editorModel())?.text).toBe(`${SEED002.runtime}LABEL stage=runtime`);

  await expect.poll(async () => (await savedWorkspace(page))?.files.map((f) => f.text)).toEqual([
    SEED002.build, `${SEED002.runtime}LABEL stage=runtime`, `${SEED002.script}echo done`,
  ]);
  await page.reload();
  await expect(app.fileTabs).toHaveCount(3);
  await expect(app.fileTab('Dockerfile')).toHaveAttribute('aria-selected', 'true');
  await app.waitForEditor();
  await expect.poll(async () => (await app.editorModel())?.text).toBe(`${SEED002.runtime}LABEL stage=runtime`);
  await app.selectFile('build.sh');
  await expect.poll(async () => (await app.editorModel())?.text).toBe(`${SEED002.script}echo done`);
});

test('a copied link opens every file in a fresh context', async ({ app, page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSeed002(app);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('ls -l http-server\n');
  const edited = `${SEED002.script}ls -l http-server\n`;
  await expect.poll(() => {
    const r = decodeFragment(new URL(page.url()).hash);
    return r.ok ? r.workspace.files.map((f) => f.text) : r.error.kind;
  }).toEqual([SEED002.build, SEED002.runtime, edited]);
  await page.getByTestId('copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(link);
  await expect(p2.getByTestId('file-tab')).toHaveCount(3);
  await expect(p2.locator('[data-testid="file-tab"][aria-selected="true"]')).toHaveAttribute('data-name', 'build.sh');
  await expect(p2.locator('[data-testid="file-tab"][data-graph="true"]')).toHaveAttribute('data-name', 'Dockerfile');
  await expect.poll(async () => (await savedWorkspace(p2))?.files).toEqual([
    { name: 'Dockerfile.build', text: SEED002.build }, { name: 'Dockerfile', text: SEED002.runtime }, { name: 'build.sh', text: edited },
  ]);
  await fresh.close();
});

test('the embed of a builder-pattern link shows the graph file and its source', async ({ page }) => {
  const ws = { ...singleFileWorkspace(''), files: [{ name: 'Dockerfile.build', text: SEED002.build }, { name: 'Dockerfile', text: SEED002.runtime }, { name: 'build.sh', text: SEED002.script }], active: 2 };
  await page.goto(`./?view=embed&editor=1#${encodeWorkspace(ws)}`);
  await expect(page.getByTestId('embed-source')).toHaveText(SEED002.runtime);
  await expect(page.getByTestId(TEST_IDS.stageNode)).toHaveCount(1);
  await expect(page.getByTestId(TEST_IDS.stageNode)).toContainText('alpine:latest');
});

test('seed 004: the problems of Dockerfile.build name their file, and a problem opens its tab', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('seed004-builder');
  await expect(app.fileTabs).toHaveCount(3);
  await app.selectFile('Dockerfile.build');
  await app.selectFile('build.sh'); // the graph (and its problems) stay on Dockerfile.build
  await expect(graphTab(app)).toHaveAttribute('data-name', 'Dockerfile.build');
  const problem = page.locator(`[data-testid="${TEST_IDS.problem}"][data-code="UnknownInstruction"]`);
  await expect(problem).toContainText('Dockerfile.build, line 3');
  await problem.click();
  await expect(app.fileTab('Dockerfile.build')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 3, end: 3 });
  // Squiggles only in the graph's file: none in build.sh.
  await app.selectFile('build.sh');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
  await app.selectFile('Dockerfile.build');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
});

test('a click on a node while build.sh is open switches to the graph file and selects its lines', async ({ app }) => {
  await openSeed002(app);
  await app.stage(0).locator('.stage-title').click();
  await expect(app.fileTab('Dockerfile')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 1, end: 4 });
});

test('single-file examples replace the workspace with one Dockerfile', async ({ app }) => {
  await openSeed002(app);
  await app.loadExample('go-http-server-named');
  await expect(app.fileTabs).toHaveCount(1);
  expect(await app.fileNames()).toEqual(['Dockerfile']);
  await expect.poll(async () => (await app.editorModel())?.text).toBe(example('seed002-multistage', 'Dockerfile.named'));
  await expect(app.stageNodes).toHaveCount(2);
  // The builder-pattern files it replaced are in the history.
  await app.page.getByTestId('history').click();
  await expect(app.page.getByTestId('history-entry').filter({ hasText: 'build.sh' })).toHaveCount(1);
});

test('file tabs: light, dark, phone, Chinese; no axe violations', async ({ app, page }) => {
  await openSeed002(app);
  const axe = async (what: string): Promise<void> => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`), what).toEqual([]);
  };
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('light'));
  await app.fileTab('build.sh').focus();
  await app.screenshot('workspace-light');
  await axe('light');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await app.byId('file-add').click();
  await app.byId('file-name-input').fill('Dockerfile');
  await app.screenshot('workspace-dark');
  await axe('dark, add form with an error');
  await page.keyboard.press('Escape');
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(app.byId('file-add')).toHaveAttribute('aria-label', '新建文件');
  await expect(page.getByTestId('file-actions')).toContainText('文件');

  await page.setViewportSize({ width: 390, height: 844 });
  await app.byId(TEST_IDS.language).selectOption('en');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('light'));
  await expect(app.fileTab('build.sh')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The open tab is scrolled into the strip's view.
  await expect.poll(async () => {
    const tab = await app.fileTab('build.sh').boundingBox();
    const strip = await app.byId('file-tabs').boundingBox();
    return tab !== null && strip !== null && tab.x >= strip.x && tab.x + tab.width <= strip.x + strip.width;
  }).toBe(true);
  const bar = await page.locator('.file-bar').boundingBox();
  expect(bar && bar.x + bar.width <= 390).toBe(true);
  await app.screenshot('workspace-phone');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await app.screenshot('workspace-phone-dark');
});
