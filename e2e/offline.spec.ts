/**
 * Offline: after one visit the service worker has precached everything (Monaco and its worker, the ELK
 * worker, the icons); with the network off a reload still loads the app, the editor and the graph.
 */
import { encodeWorkspace, singleFileWorkspace } from '../src/core/share/index.ts';
import { expect, test } from './fixtures.ts';
import { ORIGIN, TEST_IDS } from './page.ts';

test('the manifest is installable and its icons exist', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const manifest = (await (await request.get(`/${href!.slice(2)}`)).json()) as { name: string; icons: { src: string; sizes: string }[]; start_url: string };
  expect(manifest.name).toBe('Stagecraft');
  expect(manifest.start_url).toBe('./');
  for (const icon of manifest.icons) {
    const res = await request.get(`/${icon.src}`);
    expect(res.status(), icon.src).toBe(200);
    const png = await res.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

test('after one visit, a reload works with the network off', async ({ app, page, context }) => {
  await app.open('FROM golang:1.22 AS build\nRUN go build\nFROM scratch\nCOPY --from=build /app /app\n');
  await app.waitForEditor();
  // Wait until the worker is active and controls this page (clientsClaim), with everything precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }));
    }
  });
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat();
    return urls.map((u) => new URL(u).pathname);
  });
  // Lazy chunks (panels, the comparison, the language service) and the examples' text files too.
  for (const part of ['/index.html', 'editor.worker', 'elk-worker', 'analysis.worker', 'service.worker', 'MonacoEditor', 'codicon', 'CompareView', '/assets/examples/moby__moby__Dockerfile']) {
    expect(cached.some((u) => u.includes(part)), part).toBe(true);
  }

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId(TEST_IDS.app)).toBeVisible();
  await app.waitForEditor();
  await app.waitForLayout();
  await expect(app.stageNodes).toHaveCount(2);
  // Editing still works offline (Monaco's worker and the analysis come from the cache).
  await app.setText('FROM alpine AS offline\n');
  await expect(app.stage(0).locator('.stage-name')).toHaveText('offline');
  // An example's text (fetched on demand) comes from the cache too.
  await app.loadExample('stage-chain');
  await expect(app.stageNodes).toHaveCount(3);
  await app.setText('FROM alpine AS offline\n');
  await expect(app.stage(0).locator('.stage-name')).toHaveText('offline');
  // And a shared link opens offline too (once the URL has followed the edit).
  const fragment = encodeWorkspace(singleFileWorkspace('FROM alpine AS offline\n'));
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${fragment}`);
  await page.goto(`./?view=embed#${fragment}`);
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(app.stageNodes).toHaveCount(1);
  await context.setOffline(false);
});

test('the build works under any base path (relative URLs only)', async ({ browser, request }) => {
  const html = await (await request.get('/')).text();
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(urls.filter((u) => !u.startsWith('./') && !u.startsWith('data:'))).toEqual([]);
  // Serve the same files under a deep path (service workers off: routes do not see their fetches).
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  await ctx.route(`${ORIGIN}deep/er/path/**`, async (route) => {
    const url = new URL(route.request().url());
    const res = await request.get(url.pathname.replace('/deep/er/path', '') + url.search);
    await route.fulfill({ response: res });
  });
  const page = await ctx.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${ORIGIN}deep/er/path/`) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
  });
  await page.goto(`${ORIGIN}deep/er/path/#${encodeWorkspace(singleFileWorkspace('FROM a AS one\nFROM one AS two\n'))}`);
  await expect(page.getByTestId(TEST_IDS.stageNode)).toHaveCount(2);
  // Monaco's 4 MB chunk comes through the route above: as long as app.waitForEditor allows (failed at 10 s under load).
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  expect(outside).toEqual([]);
  // Late requests (prefetches) must not reach the route after the `request` fixture is gone.
  await ctx.unrouteAll({ behavior: 'ignoreErrors' });
  await ctx.close();
});
