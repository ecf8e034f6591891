/** Language switching reaches every visible string; the main view passes axe; keyboard works. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

/** Visible UI text (not the user's Dockerfile content: editor, stage names, image refs, paths). */
function visibleUiStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el) continue;
      if (el.closest('.monaco-editor, [data-user], [translate="no"], code, option, script, style')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('[hidden]')) continue;
      out.push(text);
    }
    return out;
  });
}

const hasLetters = (s: string): boolean => /[A-Za-z]{2,}/.test(s.replace(/Stagecraft|BuildKit|Dockerfile|FROM|COPY|RUN|ONBUILD|ARG|AS|--from|--mount|from=|scratch/g, ''));

test('switching the language changes every visible string', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('copy-from-nginx');
  await app.waitForLayout();
  await app.stage(0).getByRole('button').click(); // open an instruction list too
  const english = await visibleUiStrings(page);
  expect(english.length).toBeGreaterThan(30);

  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText('个阶段');
  const chinese = await visibleUiStrings(page);
  const untranslated = chinese.filter((s) => hasLetters(s) && !/[\u4e00-\u9fff]/.test(s));
  expect(untranslated).toEqual([]);
  for (const tab of ['args', 'outline']) {
    await page.getByTestId(`tab-${tab}`).click();
    const more = (await visibleUiStrings(page)).filter((s) => hasLetters(s) && !/[\u4e00-\u9fff]/.test(s));
    expect(more, `tab ${tab}`).toEqual([]);
  }
  await app.screenshot('zh-copy-from-nginx');

  // Diagnostics are translated from code + params.
  await page.getByTestId('tab-problems').click();
  await app.setText('FROM alpine AS ok\nFROM a b\n');
  const problem = page.locator(`[data-testid="${TEST_IDS.problem}"][data-code="FromArgumentCount"]`).first();
  await expect(problem).toContainText('需要一个或三个参数');
  await expect(problem).toContainText('2');
  await app.byId(TEST_IDS.language).selectOption('en');
  await expect(problem).toContainText('FROM requires either one or three arguments');
});

test('the main view has no axe violations (light and dark)', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('stage-chain');
  await app.waitForLayout();
  for (const theme of ['light', 'dark'] as const) {
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
    expect(summary, theme).toEqual([]);
  }
});

test('every control is reachable by keyboard, and a focused node selects its lines with Enter', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('go-http-server-named');
  await app.waitForLayout();
  const reached = new Set<string>();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a) return '';
      return a.getAttribute('data-id') ?? a.getAttribute('data-testid') ?? a.getAttribute('role') ?? a.tagName;
    });
    reached.add(id);
    // Monaco keeps Tab for indentation; Ctrl+M (its documented toggle) lets Tab move focus on.
    if (id === 'textbox') await page.keyboard.press('Control+M');
    if (id === 'stage:1') break;
  }
  for (const id of [TEST_IDS.examples, TEST_IDS.target, 'view-menu', 'text-larger', TEST_IDS.language, 'stage:1']) {
    expect([...reached], id).toContain(id);
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 6, end: 9 });
});
