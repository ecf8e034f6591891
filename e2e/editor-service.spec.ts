/**
 * rcjsuen's language service runs in a Web Worker of its own (src/ui/editor/language/service.ts):
 * instruction completion with snippets and Format Document answer from there, the page's
 * main-thread scripts never carry the service's code, and without the worker the editor goes on.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { StagecraftPage } from './page.ts';

const WORKER = /\/assets\/service\.worker-[\w-]+\.js$/;
/** A method name of the service's completion (dockerfile-language-service's DockerAssist): minifiers keep it. */
const SERVICE_CODE = 'computeProposals';
const UNFORMATTED = '  from alpine AS base\n\tRUN echo hi \\\n&& echo there\nFROM base\n';
const FORMATTED = 'from alpine AS base\nRUN echo hi \\\n  && echo there\nFROM base\n';

const modelText = (app: StagecraftPage) => app.editorModel().then((m) => m?.text ?? '');

async function serviceLoaded(app: StagecraftPage): Promise<void> {
  await expect.poll(() => app.page.evaluate(() => (globalThis as { __stagecraftLanguageService?: unknown }).__stagecraftLanguageService !== undefined)).toBe(true);
}

test('the service answers from its worker: "RU" completes to RUN with its snippet, Format Document formats; no main-thread script holds its code', async ({ app, page }) => {
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await app.open(UNFORMATTED);
  await app.waitForEditor();
  await serviceLoaded(app);
  await expect.poll(() => workers.filter((w) => WORKER.test(w.url())).length).toBe(1);

  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Shift+Alt+F');
  await expect.poll(() => modelText(app)).toBe(FORMATTED);

  // A new line, "RU", completion: RUN's snippet puts the cursor on its placeholder, which typing replaces.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('RU');
  await page.keyboard.press('ControlOrMeta+Space');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest.locator('.monaco-list-row.focused .label-name')).toHaveText('RUN command');
  await app.screenshot('editor-service-run-snippet');
  await page.keyboard.press('Enter');
  await expect.poll(() => modelText(app)).toBe(`${FORMATTED}RUN command`);
  await page.keyboard.type('echo ok');
  await expect.poll(() => modelText(app)).toBe(`${FORMATTED}RUN echo ok`);

  // Every script the page itself loaded, read back: none but the worker holds the service.
  const worker = workers.find((w) => WORKER.test(w.url()))!;
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\.js$/.test(u)));
  expect(scripts.some((u) => /\/assets\/service-[\w-]+\.js$/.test(u)), 'the main-thread side of the service').toBe(true);
  for (const url of scripts.filter((u) => !WORKER.test(u))) expect(await (await page.request.get(url)).text(), url).not.toContain(SERVICE_CODE);
  expect(await (await page.request.get(worker.url())).text()).toContain(SERVICE_CODE);
});

test.describe('without the worker', () => {
  // Routes do not see what the offline cache answers.
  test.use({ serviceWorkers: 'block' });

  for (const [how, fulfil] of [
    ['cannot load', null],
    ['throws as it starts', 'throw new Error("broken worker");'],
  ] as const) {
    test(`a worker that ${how}: the editor goes on without the service, with no console error`, async ({ app, page }) => {
      await page.route(WORKER, (route) => (fulfil === null ? route.abort() : route.fulfill({ contentType: 'text/javascript', body: fulfil })));
      await app.open(UNFORMATTED);
      await app.waitForEditor();
      await serviceLoaded(app);
      await expect.poll(() => page.evaluate(() => (globalThis as { __stagecraftServiceWorker?: { stopped: () => boolean } }).__stagecraftServiceWorker?.stopped())).toBe(true);
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Shift+Alt+F');
      // The engine's features and typing still work; the format did nothing.
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('COPY --from=');
      await expect(page.locator('.suggest-widget .monaco-list-row .label-name').first()).toHaveText('base');
      await page.keyboard.press('Escape');
      await expect.poll(() => modelText(app)).toBe(`${UNFORMATTED}COPY --from=`);
    });
  }
});
