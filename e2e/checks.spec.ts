/**
 * BuildKit's build checks on the page: a finding in the problems list, on its stage node and
 * in the editor; its explanation in English and Chinese; the build/check mode switch; a quick
 * fix from the light bulb; a `# check=skip=` comment silencing a finding as one types.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { TEST_IDS, type StagecraftPage } from './page.ts';

const TWO_STAGES = 'FROM alpine AS build\nENV PORT 8080\nRUN make\n\nFROM alpine AS unused\nENV MODE dev\n\nFROM scratch as out\nCOPY --from=build /app /app\n';

const findings = (app: StagecraftPage) => app.byId('check-finding');

test('a finding in the list, on its node and in the editor; explained in English and Chinese; build vs check mode', async ({ app, page }) => {
  test.slow();
  await app.open(TWO_STAGES);
  await app.waitForLayout();
  // Build mode (the default) for the target "out": the unused stage's ENV is not reported.
  await expect(app.byId('checks')).toHaveAttribute('data-mode', 'build');
  await expect(app.byId('checks-showing')).toContainText('builds out');
  await expect(findings(app)).toHaveCount(2);
  await expect(app.page.locator('[data-testid="check-finding"][data-rule="LegacyKeyValueFormat"]')).toHaveAttribute('data-line', '2');
  await expect(app.page.locator('[data-testid="check-finding"][data-rule="FromAsCasing"]')).toHaveAttribute('data-line', '8');
  await expect(app.byId('checks-counts')).toContainText('0 errors');
  await expect(app.byId('checks-counts')).toContainText('2 warnings');
  // In the editor: warning squiggles.
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();
  // On the node: stage 0 has one finding; a click lists it.
  const badge = app.stage(0).getByTestId('stage-checks-badge');
  await expect(badge).toHaveText('▲ 1');
  await badge.click();
  const list = page.locator('[data-testid="stage-checks-list"][data-stage="0"]');
  await expect(list).toContainText('"ENV key=value" should be used instead of legacy "ENV key value" format');
  await app.screenshot('checks-node-badge');
  await list.getByRole('button', { name: 'Close' }).click();
  await expect(list).toHaveCount(0);
  // Check mode: every stage, so the unused stage's ENV too.
  await app.byId('checks-mode-check').check();
  await expect(app.byId('checks')).toHaveAttribute('data-mode', 'check');
  await expect(findings(app)).toHaveCount(3);
  await expect(app.byId('checks-showing')).toContainText('docker build --check');
  // The explanation, in English then in Chinese.
  const row = app.page.locator('[data-testid="check-finding"][data-rule="FromAsCasing"]');
  await row.getByTestId('check-explain').click();
  const explanation = row.getByTestId('check-explanation');
  await expect(explanation).toContainText('What it protects against');
  await expect(explanation.getByRole('link')).toHaveAttribute('href', 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/');
  await expect(explanation.locator('.check-good')).toHaveText('FROM golang:1.22 AS builder');
  await explanation.scrollIntoViewIfNeeded();
  await app.screenshot('checks-explained-en');
  // The panel, an explanation and a stage's open list pass axe, in light and dark.
  await badge.click();
  for (const theme of ['light', 'dark'] as const) {
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`), theme).toEqual([]);
  }
  await list.getByRole('button', { name: 'Close' }).click();
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('light'));
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(explanation).toContainText('这条规则防止什么');
  await expect(explanation).toContainText('让 AS 和 FROM 的大小写一致');
  await expect(app.byId('checks-showing')).toContainText('docker build --check 打印的结果');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await explanation.scrollIntoViewIfNeeded();
  await app.screenshot('checks-explained-zh-dark');
  await page.setViewportSize({ width: 390, height: 800 });
  await row.scrollIntoViewIfNeeded();
  await app.screenshot('checks-explained-zh-390');
});

test('a quick fix from the light bulb removes its finding', async ({ app, page }) => {
  test.slow();
  await app.open('FROM alpine\nENV PORT 8080\n');
  await app.waitForEditor();
  await expect(app.page.locator('[data-testid="check-finding"][data-rule="LegacyKeyValueFormat"]')).toHaveCount(1);
  await app.cursorToLine(2);
  await page.keyboard.press('End');
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();
  await page.keyboard.press('ControlOrMeta+.');
  const item = page.locator('.action-widget').getByText('Write PORT=value');
  await expect(item).toBeVisible();
  await app.screenshot('checks-quick-fix-menu');
  await item.click();
  await expect.poll(async () => (await app.editorModel())?.text).toBe('FROM alpine\nENV PORT=8080\n');
  await expect(findings(app)).toHaveCount(0);
  await expect(app.byId('checks')).toContainText('find nothing to report');
});

test('# check=skip= above an instruction silences its finding as one types', async ({ app, page }) => {
  test.slow();
  await app.open('FROM alpine\nCMD run\n');
  await app.waitForEditor();
  await expect(app.page.locator('[data-testid="check-finding"][data-rule="JSONArgsRecommended"]')).toHaveCount(1);
  await app.cursorToLine(2);
  await page.keyboard.press('Home');
  await page.keyboard.insertText('# check=skip=JSONArgsRecommended\n');
  await expect.poll(async () => (await app.editorModel())?.text).toBe('FROM alpine\n# check=skip=JSONArgsRecommended\nCMD run\n');
  await expect(findings(app)).toHaveCount(0);
});
