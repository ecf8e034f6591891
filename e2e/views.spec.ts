/** Screenshots to look at (light, dark, phone, large graph), the grammar, and a 5 MB paste. */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

/** A generated Dockerfile: `n` stages, each on a previous stage or an image, some copying from earlier ones. */
function generated(n: number): string {
  const lines: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE=alpine:3.20'];
  for (let i = 0; i < n; i++) {
    const from = i % 8 === 0 ? '${BASE}' : `s${i - 1 - (i % 3 === 0 && i > 4 ? 3 : 0)}`;
    lines.push(`FROM ${from} AS s${i}`, `RUN echo ${i} > /out${i}`);
    if (i > 5 && i % 4 === 0) lines.push(`COPY --from=s${i - 5} /out${i - 5} /in/`);
  }
  return lines.join('\n') + '\n';
}

test('light and dark themes, with an instruction list open', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('corpus:moby/buildkit/frontend/dockerfile/cmd/dockerfile-frontend/Dockerfile');
  await app.waitForLayout();
  await app.byId(TEST_IDS.theme).selectOption('light');
  await app.stage(2).getByRole('button').click();
  await app.screenshot('light-buildkit-frontend');
  await app.byId(TEST_IDS.theme).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await app.screenshot('dark-buildkit-frontend');
});

test('a 390-pixel-wide phone stacks the panes', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open();
  await app.waitForEditor();
  await app.loadExample('copy-from-nginx');
  await app.waitForLayout();
  const editor = await page.getByTestId(TEST_IDS.editor).boundingBox();
  const graph = await page.getByTestId(TEST_IDS.graph).boundingBox();
  expect(editor && graph && graph.y >= editor.y + editor.height - 1).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await app.screenshot('phone-copy-from-nginx');
});

test('large graphs: moby/moby and 200 generated stages', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('corpus:moby/moby/Dockerfile');
  await app.waitForLayout();
  await app.screenshot('large-moby');
  await app.setText(generated(200));
  await expect(app.byId(TEST_IDS.summary)).toHaveAttribute('data-stages', '200');
  await app.byId(TEST_IDS.fitView).click();
  await app.waitForLayout();
  await app.screenshot('large-generated-200');
  await page.getByTestId(TEST_IDS.direction).selectOption('RIGHT');
  await app.waitForLayout();
  await app.screenshot('large-generated-200-right');
});

test('Dockerfile highlighting: lowercase keywords, flags, heredoc bodies', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  const tokens = await page.evaluate(() => {
    const g = globalThis as { __stagecraftTokenize?: (t: string) => string[][] };
    return g.__stagecraftTokenize?.('from alpine AS a\ncopy --from=a /x /y\nRUN <<EOF\nFROM inside heredoc\nEOF\nRUN echo\n') ?? [];
  });
  expect(tokens[0]?.[0]).toBe('0:keyword.dockerfile');
  expect(tokens[1]).toContain('5:attribute.name.dockerfile');
  expect(tokens[2]).toContain('4:string.heredoc.delimiter.dockerfile');
  expect(tokens[3]).toEqual(['0:string.heredoc.dockerfile']);
  expect(tokens[4]?.[0]).toBe('0:string.heredoc.delimiter.dockerfile');
  expect(tokens[5]?.[0]).toBe('0:keyword.dockerfile');
});

test('a 5 MB paste keeps the page responsive', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.open();
  await app.waitForEditor();
  const big = `FROM alpine AS base\n${'RUN echo "padding line for a very large Dockerfile ................................."\n'.repeat(60_000)}FROM base AS final\n`;
  expect(big.length).toBeGreaterThan(5_000_000);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  // A real paste event (typing 5 MB key by key is not what people do).
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, big);
  await expect(app.byId(TEST_IDS.summary)).toHaveAttribute('data-stages', '2', { timeout: 120_000 });
  // Still responsive: a tab switch answers at once.
  const t0 = Date.now();
  await page.getByTestId('tab-outline').click();
  await expect(page.getByTestId(TEST_IDS.outline)).toBeVisible();
  expect(Date.now() - t0).toBeLessThan(2_000);
});
