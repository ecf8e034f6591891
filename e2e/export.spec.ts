/**
 * Export end to end: the SVG parses, the PNG is exactly 2× the SVG's size (read from its IHDR) and can be
 * transparent, and the text formats are byte-for-byte what the core formatters (the CLI) print.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { analyze } from '../src/core/analyze/analyze.ts';
import { formatDot } from '../src/core/format/dot.ts';
import { formatJson } from '../src/core/format/json.ts';
import { formatMermaid } from '../src/core/format/mermaid.ts';
import { expect, test } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

const TEXT = 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM build AS test\nRUN go test ./...\nFROM scratch\nCOPY --from=build /app /app\n';

async function exportFile(page: Page, id: string): Promise<Buffer> {
  await page.getByTestId('export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
  return readFile(await (download as Download).path());
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23), after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number; colorType: number } {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25]! };
}

/** The alpha of the top-left pixel, decoded by the browser itself. */
const cornerAlpha = (page: Page, png: Buffer): Promise<number> =>
  page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    return ctx.getImageData(1, 1, 1, 1).data[3]!;
  }, png.toString('base64'));

test.beforeEach(async ({ app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open(TEXT);
  await app.waitForLayout();
});

test('SVG parses and PNG decodes at 2× its size, opaque or transparent', async ({ app, page }) => {
  const svg = (await exportFile(page, 'export-svg')).toString('utf8');
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length,
      name: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent ?? '',
      strokedEdges: [...doc.querySelectorAll('path.react-flow__edge-path')].filter((e) => /stroke: rgb/.test(e.getAttribute('style') ?? '')).length,
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.name).toBe('svg');
  expect(parsed.text).toContain('build');
  expect(parsed.width).toBeGreaterThan(100);
  expect(parsed.strokedEdges).toBe(await page.locator('.react-flow__edge').count()); // every edge is drawn

  const png = await exportFile(page, 'export-png');
  const size = pngSize(png);
  expect(size).toMatchObject({ width: 2 * parsed.width, height: 2 * parsed.height });
  expect(await cornerAlpha(page, png)).toBe(255);
  await writeFile('e2e/screenshots/export-graph.png', png);

  await page.getByTestId('export').click();
  await page.getByTestId('export-transparent').check();
  await app.screenshot('export-menu-light');
  await page.keyboard.press('Escape');
  const clear = await exportFile(page, 'export-png');
  expect(pngSize(clear)).toMatchObject({ width: 2 * parsed.width, height: 2 * parsed.height, colorType: 6 });
  expect(await cornerAlpha(page, clear)).toBe(0);
  await writeFile('e2e/screenshots/export-graph-transparent.png', clear);
});

test('Mermaid, DOT, JSON and Markdown are what the core formatters print', async ({ page }) => {
  const a = analyze(TEXT, { target: null, buildArgs: {} });
  expect((await exportFile(page, 'export-mermaid')).toString('utf8')).toBe(formatMermaid(a, 'TB'));
  expect((await exportFile(page, 'export-dot')).toString('utf8')).toBe(formatDot(a, 'TB'));
  expect((await exportFile(page, 'export-json')).toString('utf8')).toBe(formatJson(a));

  await page.getByTestId('export').click();
  await page.getByTestId('copy-mermaid').click();
  await expect(page.getByTestId('share-status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(formatMermaid(a, 'TB'));

  await page.getByTestId('export').click();
  await page.getByTestId('copy-markdown').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('```mermaid\n');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain(formatMermaid(a, 'TB'));
  expect(md).toContain(`(<${page.url()}>)`);
});

test('zoomed far out (simplified nodes), the picture still shows every node in full', async ({ app, page }) => {
  await page.locator('.react-flow__controls-zoomout').click({ clickCount: 6 });
  await expect(page.locator('.graph-pane[data-far="true"]')).toBeVisible();
  const svg = (await exportFile(page, 'export-svg')).toString('utf8');
  expect(svg).toContain('from golang:1.22');
  // Styles are inlined without the page's custom properties (Monaco's alone made this 3.4 MB).
  expect(svg.length).toBeLessThan(1_000_000);
  expect(svg).not.toContain('--vscode-');
  // … and the pane is back where it was.
  await expect(page.locator('.graph-pane[data-far="true"]')).toBeVisible();
});

test('the graph exports in the layout direction shown', async ({ app, page }) => {
  await app.inViewMenu(TEST_IDS.direction, (c) => c.selectOption('RIGHT'));
  const a = analyze(TEXT, { target: null, buildArgs: {} });
  expect((await exportFile(page, 'export-mermaid')).toString('utf8')).toBe(formatMermaid(a, 'LR'));
});
