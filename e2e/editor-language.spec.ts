/**
 * The editor knows Dockerfiles (issue 16): stage completion, go to definition, rename with the
 * graph following, the graph's stage menu, and the language service's formatting, loaded after
 * the first graph is painted.
 */
import { expect, test } from './fixtures.ts';
import type { StagecraftPage } from './page.ts';
import { TEST_IDS } from '../src/ui/testIds.ts';

const TEXT = [
  'FROM golang:1.22 AS builder',
  'RUN go build -o /out/app .',
  'FROM alpine AS tools',
  'FROM alpine',
  'COPY --from=builder /out/app /app',
  'COPY --from=tools /bin/sh /sh',
].join('\n');

const modelText = (app: StagecraftPage) => app.editorModel().then((m) => m?.text ?? '');

/** Puts the cursor on a 1-based line and column with the keyboard. */
async function cursorAt(app: StagecraftPage, line: number, column: number): Promise<void> {
  await app.cursorToLine(line);
  await app.page.keyboard.press('Home');
  for (let i = 1; i < column; i++) await app.page.keyboard.press('ArrowRight');
}

/** The language features are registered once the first graph is on screen and the page is idle. */
async function serviceLoaded(app: StagecraftPage): Promise<void> {
  await expect.poll(() => app.page.evaluate(() => (globalThis as { __stagecraftLanguageService?: unknown }).__stagecraftLanguageService !== undefined)).toBe(true);
}

/** Opens TEXT, starts a new line after `line` and types `COPY --from=`: the completion list that opens. */
async function completeFromAfterLine(app: StagecraftPage, line: number) {
  await app.open(TEXT);
  await app.waitForEditor();
  await serviceLoaded(app);
  await expect(app.stageNodes).toHaveCount(3);
  await cursorAt(app, line, 1);
  await app.page.keyboard.press('End');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('COPY --from=');
  const suggest = app.page.locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  return suggest;
}

test.describe('editor language features', () => {
  test('completion after --from= lists the other stages, by name and by index', async ({ app }) => {
    const suggest = await completeFromAfterLine(app, 6);
    const labels = suggest.locator('.monaco-list-row .label-name');
    await expect(labels.first()).toHaveText('builder');
    await expect(suggest).toContainText('tools');
    await expect(suggest).toContainText('Stage #0, from golang:1.22');
  });

  test('F12 on --from=builder jumps to the builder stage', async ({ app }) => {
    await app.open(TEXT);
    await app.waitForEditor();
    await serviceLoaded(app);
    await cursorAt(app, 5, 15);
    await app.page.keyboard.press('F12');
    await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 1, end: 1 });
  });

  test('F2 renames a stage and its references in one undo step; the graph keeps its edges', async ({ app }) => {
    await app.open(TEXT);
    await app.waitForEditor();
    await serviceLoaded(app);
    await app.waitForLayout();
    const edges = await app.edges.count();
    await cursorAt(app, 1, 22);
    await app.page.keyboard.press('F2');
    const input = app.page.locator('.rename-box input');
    await expect(input).toBeVisible();
    await input.fill('compile');
    await input.press('Enter');
    await expect.poll(() => modelText(app)).toBe(TEXT.replace(/builder/g, 'compile'));
    await expect(app.stage(0)).toContainText('compile');
    await app.waitForLayout();
    await expect(app.edges).toHaveCount(edges);
    await app.page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => modelText(app)).toBe(TEXT);
  });

  test('F2 refuses a name that is taken, and says why', async ({ app }) => {
    await app.open(TEXT);
    await app.waitForEditor();
    await serviceLoaded(app);
    await cursorAt(app, 1, 22);
    await app.page.keyboard.press('F2');
    const input = app.page.locator('.rename-box input');
    await expect(input).toBeVisible();
    await input.fill('Tools');
    await input.press('Enter');
    await expect(app.page.locator('.stagecraft-rename-refusal')).toContainText('Stage #1 is already called “Tools”');
    expect(await modelText(app)).toBe(TEXT);
  });

  test('the graph stage menu shows references and renames through the editor', async ({ app }) => {
    await app.open(TEXT);
    await app.waitForEditor();
    await serviceLoaded(app);
    await app.waitForLayout();
    await app.stage(0).click({ button: 'right' });
    const menu = app.page.getByTestId('stage-menu');
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: /Show references/ }).click();
    await expect(menu).toBeHidden();
    await expect(app.page.locator('.peekview-widget')).toBeVisible();
    await expect(app.page.locator('.peekview-widget')).toContainText('References (2)');
    await app.page.keyboard.press('Escape');
    await app.stage(1).click({ button: 'right' });
    await app.page.getByTestId('stage-menu').getByRole('menuitem', { name: /Rename stage/ }).click();
    const input = app.page.locator('.rename-box input');
    await expect(input).toBeVisible();
    await input.fill('shell');
    await input.press('Enter');
    await expect.poll(() => modelText(app)).toBe(TEXT.replace(/tools/g, 'shell'));
  });

  test('the language service loads after the first graph is painted; Format Document formats', async ({ app }) => {
    await app.open('  from alpine AS base\n\tRUN echo hi \\\n&& echo there\nFROM base\n');
    await app.waitForEditor();
    await serviceLoaded(app);
    const at = await app.page.evaluate(() => (globalThis as { __stagecraftLanguageService?: { nodesOnScreen: number } }).__stagecraftLanguageService?.nodesOnScreen ?? 0);
    expect(at).toBeGreaterThan(0);
    await app.page.locator('.monaco-editor .view-lines').click();
    await app.page.keyboard.press('Shift+Alt+F');
    await expect.poll(() => modelText(app)).toBe('from alpine AS base\nRUN echo hi \\\n  && echo there\nFROM base\n');
    // Instructions complete from the service, with their snippets.
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type('HEALTH');
    await app.page.keyboard.press('ControlOrMeta+Space');
    await expect(app.page.locator('.suggest-widget')).toContainText('HEALTHCHECK NONE');
  });

  test('flags, their values and the variables in scope complete; F12 on $VAR goes to its ARG', async ({ app }) => {
    await app.open('ARG GLOBAL=1\nFROM alpine\nARG VERSION=2\nRUN echo ${VERSION}\n');
    await app.waitForEditor();
    await serviceLoaded(app);
    await expect(app.stageNodes).toHaveCount(1);
    await cursorAt(app, 4, 1);
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('Enter');
    const suggest = app.page.locator('.suggest-widget');
    await app.page.keyboard.type('RUN --mount=type=');
    await expect(suggest).toBeVisible();
    await expect(suggest.locator('.monaco-list-row .label-name').first()).toHaveText('bind');
    await expect(suggest).toContainText('cache');
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.type('cache echo ${');
    await expect(suggest).toBeVisible();
    await expect(suggest.locator('.monaco-list-row .label-name')).toHaveText(['VERSION']);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => modelText(app)).toContain('RUN --mount=type=cache echo ${VERSION}');
    await cursorAt(app, 4, 13);
    await app.page.keyboard.press('F12');
    await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 3, end: 3 });
  });

  test('format on paste is an option of the editor\'s context menu, kept in the browser', async ({ app, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open('FROM alpine\n');
    await app.waitForEditor();
    await serviceLoaded(app);
    const stored = () => app.page.evaluate(() => localStorage.getItem('stagecraft.formatOnPaste'));
    await app.editorMenuItem('Format on paste: turn on', async () => (await stored()) === '1');
    await app.page.evaluate(() => navigator.clipboard.writeText('   RUN echo pasted\n'));
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => modelText(app)).toBe('FROM alpine\nRUN echo pasted\n');
    // The menu now offers the opposite; turning it off is kept too.
    await app.editorMenuItem('Format on paste: turn off', async () => (await stored()) === '0');
  });

  test('completion after --from= in the first stage offers no later stage (BuildKit: "it needs to be defined before current stage")', async ({ app }) => {
    const suggest = await completeFromAfterLine(app, 2);
    const labels = suggest.locator('.monaco-list-row .label-name');
    await expect(labels.first()).toHaveText('alpine');
    await expect(suggest).not.toContainText('tools');
    await expect(suggest).not.toContainText('Stage #');
  });

  test('screenshots: the stage menu, the rename refusal and stage completion (light/dark, English/Chinese, 390 px)', async ({ app }) => {
    test.slow();
    await app.open(TEXT);
    await app.waitForEditor();
    await serviceLoaded(app);
    await app.waitForLayout();
    for (const [lang, theme] of [['en', 'light'], ['zh', 'dark']] as const) {
      await app.byId('language').selectOption(lang);
      await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
      await app.stage(0).click({ button: 'right' });
      await expect(app.page.getByTestId('stage-menu')).toBeVisible();
      await app.screenshot(`editor-language-menu-${lang}-${theme}`);
      await app.page.keyboard.press('Escape');
      await expect(app.page.getByTestId('stage-menu')).toBeHidden();
      await cursorAt(app, 1, 22);
      await app.page.keyboard.press('F2');
      await app.page.locator('.rename-box input').fill('1bad');
      await app.page.locator('.rename-box input').press('Enter');
      await expect(app.page.locator('.stagecraft-rename-refusal')).toBeVisible();
      await app.screenshot(`editor-language-refusal-${lang}-${theme}`);
      await app.page.keyboard.press('Escape');
      await cursorAt(app, 6, 13);
      await app.page.keyboard.press('ControlOrMeta+Space');
      await expect(app.page.locator('.suggest-widget')).toBeVisible();
      await app.screenshot(`editor-language-complete-${lang}-${theme}`);
      await app.page.keyboard.press('Escape');
    }
    await app.page.setViewportSize({ width: 390, height: 800 });
    await app.stage(0).click({ button: 'right' });
    await expect(app.page.getByTestId('stage-menu')).toBeVisible();
    await app.screenshot('editor-language-menu-390');
  });
});
