/**
 * Nothing a person made is lost: every loss scenario of issue 14, each ending with where the
 * person's last work is found (in the editor, or one click away in History).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeWorkspace, singleFileWorkspace } from '../src/core/share/index.ts';
import { expect, test } from './fixtures.ts';
import { ORIGIN, savedText, savedWorkspace, TEST_IDS } from './page.ts';

const SMALL = 'FROM alpine AS small\n';

/** The text the editor holds (the model on screen). */
const editorText = (page: Page): Promise<string | null> =>
  page.evaluate(() => (globalThis as { __stagecraftModel?: () => { text: string } | null }).__stagecraftModel?.()?.text ?? null);

/** The own History ring's and the links' ring's fragments. */
const rings = (page: Page) => page.evaluate(() => ({
  own: (JSON.parse(localStorage.getItem('stagecraft.history') ?? '[]') as { fragment: string; label: string }[]).map((e) => e.label),
  links: (JSON.parse(localStorage.getItem('stagecraft.history.links') ?? '[]') as unknown[]).length,
}));

/** Pastes `text` over everything through the clipboard, as a person does. */
async function pasteOver(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** Opens History and restores the entry whose label holds `label`. */
async function restoreFromHistory(page: Page, label: string): Promise<void> {
  await page.getByTestId('history').click();
  await page.getByTestId('history-entry').filter({ hasText: label }).first().click();
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a workspace too large for a link survives a reload (found in the editor)', async ({ app, page }) => {
  test.slow();
  await app.open(SMALL);
  await app.waitForLayout();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v1=/);
  const big = `FROM alpine AS big\n${Array.from({ length: 60_000 }, (_, i) => `RUN echo line ${i} ${'x'.repeat(24)}`).join('\n')}\n`;
  expect(big.length).toBeGreaterThan(2_100_000);
  await pasteOver(page, big);
  await expect.poll(() => savedText(page).then((t) => t?.length ?? 0), { timeout: 30_000 }).toBe(big.length);
  await expect(page.getByTestId('copy-link')).toBeDisabled();
  await page.reload();
  await app.waitForEditor();
  // In the editor: the autosave wins over the older fragment the page itself left in the address bar.
  await expect.poll(() => editorText(page).then((t) => t?.length ?? 0), { timeout: 30_000 }).toBe(big.length);
  expect(await savedText(page)).toBe(big);
});

test('1.9 MB of random text: Copy link is not offered (its link would be longer than Chromium opens), and a reload keeps the text (editor)', async ({ app, page }) => {
  // 1.9 MB of text that barely compresses: deflated in a worker, analysed in another, laid out in Monaco;
  // on a busy 2-core machine each step takes tens of seconds (it passed in 2.0 min and failed at 1.9 min under load).
  test.setTimeout(360_000);
  await app.open(SMALL);
  await app.waitForLayout();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v1=/);
  // 1.9 MB (1,992,294 characters) of printable ASCII: it fits the 2 MB a link may hold, but compresses so
  // little that its link is longer than Chromium opens.
  const random = await page.evaluate(() => {
    const abc = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== '"' && c !== '\\').join('');
    const bytes = new Uint8Array(1_992_294);
    for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += i % 100 === 99 ? '\n' : abc[bytes[i]! % abc.length];
    return out;
  });
  await pasteOver(page, random);
  await expect.poll(() => savedText(page).then((t) => t?.length ?? 0), { timeout: 30_000 }).toBe(random.length);
  const copy = page.getByTestId('copy-link');
  await expect(copy).toBeDisabled({ timeout: 150_000 }); // the 1.9 MB are deflated in a worker: slow on a busy machine
  await expect(copy).toHaveAttribute('title', /2,097,152 characters/);
  await page.reload();
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => editorText(page).then((t) => t?.length ?? 0), { timeout: 120_000 }).toBe(random.length);
});

test('a hostile opener driving hash changes cannot replace the work nor push it out of History (editor, then History)', async ({ app, page, context }) => {
  test.slow();
  const MINE = 'FROM alpine:3.20 AS mine\nRUN echo mine\n';
  await app.open(MINE);
  await app.waitForLayout();
  await expect.poll(() => rings(page).then((r) => r.own)).toEqual(['mine']);
  const opener = await context.newPage();
  await opener.goto('about:blank');
  const [popup] = await Promise.all([context.waitForEvent('page'), opener.evaluate((url) => { (globalThis as { w?: Window | null }).w = window.open(url); }, ORIGIN)]);
  await expect(popup.getByTestId(TEST_IDS.stageNode)).toHaveCount(1);
  const links = Array.from({ length: 40 }, (_, i) => `#${encodeWorkspace(singleFileWorkspace(`FROM busybox AS evil${i}\n`))}`);
  // A cross-origin opener may only set the whole address (href): the app sees a hashchange each time.
  await opener.evaluate(async ({ url, hashes }) => {
    const w = (globalThis as { w?: Window | null }).w!;
    for (const h of hashes) {
      w.location.href = `${url}${h}`;
      await new Promise((r) => setTimeout(r, 15));
    }
  }, { url: ORIGIN, hashes: links });
  // One question for the whole burst; the work stays in the editor and in the autosave.
  await expect(popup.getByTestId('incoming-link')).toBeVisible();
  await expect(popup.getByTestId('incoming-link')).toHaveCount(1);
  await popup.screenshot({ path: 'e2e/screenshots/safety-incoming-link.png' });
  await expect(popup.locator('.stage-name')).toHaveText(['mine']);
  expect(await savedText(popup)).toBe(MINE);
  // Opening the link anyway: the own version stays one click away in History, whatever the links do.
  await popup.getByTestId('incoming-open').click();
  await expect(popup.locator('.stage-name')).toHaveText(['evil39']);
  await expect.poll(() => rings(popup).then((r) => r.own[0])).toBe('mine');
  await restoreFromHistory(popup, 'mine');
  await expect(popup.locator('.stage-name')).toHaveText(['mine']);
  await opener.close();
});

test('select all + delete, then a reload: the text is one click away in History', async ({ app, page }) => {
  const TEXT = 'FROM golang:1.22 AS build\nRUN go build -o /app ./cmd/app\nFROM alpine\nCOPY --from=build /app /app\n';
  await app.open(TEXT);
  await app.waitForLayout();
  await app.setText(''); // select all + delete
  await expect.poll(() => savedText(page)).toBe('');
  await page.reload();
  await app.waitForEditor();
  expect(await editorText(page)).toBe('');
  await restoreFromHistory(page, 'build');
  await expect.poll(() => editorText(page)).toBe(TEXT);
});

test('a 3 MB Dockerfile, select all + delete, then a reload: the 3 MB are one click away in History, and restoring brings them back', async ({ app, page }) => {
  test.slow();
  await app.open(SMALL);
  await app.waitForLayout();
  // 3.3 MB: larger than a link may hold (2 MB), so the version before the delete cannot go to History's ring.
  const big = `FROM golang:1.22 AS huge\n${Array.from({ length: 90_000 }, (_, i) => `RUN echo step ${i} ${'y'.repeat(16)}`).join('\n')}\n`;
  expect(big.length).toBeGreaterThan(3_000_000);
  await pasteOver(page, big);
  await expect.poll(() => savedText(page).then((t) => t?.length ?? 0), { timeout: 60_000 }).toBe(big.length); // the autosave
  await app.setText(''); // select all + delete
  await expect.poll(() => savedText(page), { timeout: 30_000 }).toBe('');
  await page.reload();
  await app.waitForEditor();
  expect(await editorText(page)).toBe('');
  // One click away: History lists it, with its size.
  await page.getByTestId('history').click();
  const entry = page.locator('[data-testid="history-entry"][data-large="true"]').filter({ hasText: 'huge' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`${(big.length / 1_000_000).toFixed(1)} MB`);
  await app.screenshot('safety-history-large');
  await entry.click();
  await expect.poll(() => editorText(page).then((t) => t?.length ?? 0), { timeout: 60_000 }).toBe(big.length);
  expect(await editorText(page)).toBe(big);
});

test('a large version in History in Chinese on a 390-pixel phone, dark: listed with its size', async ({ app, page }) => {
  await app.open(SMALL);
  await app.waitForLayout();
  await app.byId(TEST_IDS.language).selectOption('zh');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await page.setViewportSize({ width: 390, height: 844 });
  // A large version as the page keeps it (IndexedDB, ./src/ui/share/largeStore.ts), put there directly.
  await page.evaluate((workspace) => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('stagecraft-large-versions', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('versions', { keyPath: 'id' });
    req.onsuccess = () => {
      const tx = req.result.transaction('versions', 'readwrite');
      tx.objectStore('versions').put({ id: 'x', at: Date.now(), tab: 'other', label: 'huge', chars: 3_312_345, origin: 'own', workspace });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  }), singleFileWorkspace('FROM golang:1.22 AS huge\n'));
  await page.getByTestId('history').click();
  const entry = page.locator('[data-testid="history-entry"][data-large="true"]');
  await expect(entry).toContainText('3.3 MB');
  await expect(entry).toContainText('太大');
  await app.screenshot('safety-history-large-zh-390-dark');
  const box = await entry.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  await entry.click();
  await expect.poll(() => editorText(page)).toBe('FROM golang:1.22 AS huge\n');
});

test('a file deleted, then a reload: the file is one click away in History', async ({ app, page }) => {
  await app.open({ files: [{ name: 'Dockerfile', text: 'FROM alpine AS app\n' }, { name: 'build.sh', text: 'docker build -t app .\n' }] });
  await app.waitForEditor();
  await app.fileTab('build.sh').hover();
  await app.fileTab('build.sh').locator('xpath=..').getByTestId('file-close').click();
  await expect(app.fileTab('build.sh')).toHaveCount(0);
  await expect.poll(() => savedWorkspace(page).then((w) => w?.files.length)).toBe(1);
  // The state before the deletion is pinned at once.
  await expect.poll(() => rings(page).then((r) => r.own.some((l) => l.includes('build.sh')))).toBe(true);
  await page.reload();
  await app.waitForEditor();
  await restoreFromHistory(page, 'build.sh');
  await expect(app.fileTab('build.sh')).toHaveCount(1);
  await app.selectFile('build.sh');
  await expect.poll(() => editorText(page)).toBe('docker build -t app .\n');
});

test('two tabs typing while the conflict banner is open: neither is overwritten unseen (the other tab\'s work is in History)', async ({ app, page, context }) => {
  test.slow();
  await app.open('FROM alpine AS mine\n');
  await app.waitForLayout();
  const other = await context.newPage();
  await other.goto(`./#${encodeWorkspace(singleFileWorkspace('FROM debian AS theirs\n'))}`);
  await expect(other.locator('.stage-name')).toHaveText(['theirs']);
  await expect(page.getByTestId('tab-conflict')).toBeVisible();
  // This tab types on while the choice is open: the shared autosave keeps the other tab's work.
  await app.setText('FROM alpine AS mine-edited\n');
  await expect(page.locator('.stage-name')).toHaveText(['mine-edited']);
  await page.waitForTimeout(1_000); // past the autosave's debounce: nothing may be written
  expect(await savedText(other)).toBe('FROM debian AS theirs\n');
  // Closing this tab does not write over it either; its work is in History.
  await page.close({ runBeforeUnload: true });
  expect(await savedText(other)).toBe('FROM debian AS theirs\n');
  await restoreFromHistory(other, 'mine-edited');
  await expect(other.locator('.stage-name')).toHaveText(['mine-edited']);
});

test('storage refused (private mode): the page says so, not "too large"', async ({ app, page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      // Once the page has loaded (the fixture's own setup writes before that), every write is refused.
      if (this === localStorage && document.readyState === 'complete') throw new DOMException('refused', 'QuotaExceededError');
      real.call(this, k, v);
    };
  });
  await app.open(SMALL);
  await app.waitForEditor();
  await app.setText('FROM alpine AS edited\n');
  const note = page.getByTestId('file-not-saved');
  await expect(note).toHaveAttribute('data-reason', 'unavailable');
  await expect(note).toContainText('does not let the page save');
});

test('a link\'s build args that no ARG declares are listed and marked, and left out of the comparison\'s command', async ({ app, page }) => {
  const ws = { ...singleFileWorkspace('FROM golang AS build\nRUN go build -o /app\nFROM alpine\nCOPY --from=build /app /app\n'), buildArgs: { HTTPS_PROXY: 'http://evil:3128' } };
  await app.open();
  await page.goto(`./#${encodeWorkspace(ws)}`);
  await page.reload();
  await expect(app.stageNodes).toHaveCount(2);
  await page.getByTestId('tab-args').click();
  const row = page.getByTestId('carried-arg');
  await expect(row).toHaveAttribute('data-name', 'HTTPS_PROXY');
  await expect(row).toHaveAttribute('data-undeclared', 'true');
  await expect(row).toContainText('Not declared by any ARG');
  await expect(page.getByTestId('tab-args')).toContainText('1');
  await app.screenshot('safety-carried-args');
});

test('a zero-width character in a file name: refused when added, shown visibly when a link brings it', async ({ app, page }) => {
  await app.open('FROM alpine\n');
  await app.waitForEditor();
  await app.byId('file-add').click();
  await app.byId('file-name-input').fill('build\u200B.sh');
  await app.byId('file-add-submit').click();
  await expect(app.byId('file-name-error')).toContainText('⟨U+200B⟩');
  await page.keyboard.press('Escape');
  const ws = { ...singleFileWorkspace('FROM alpine\n'), files: [{ name: 'Dockerfile', text: 'FROM alpine\n' }, { name: 'build\u200B.sh', text: 'docker build .\n' }] };
  await page.goto(`./#${encodeWorkspace(ws)}`);
  await page.reload();
  const tab = page.locator('[data-testid="file-tab"] [data-lookalike="true"]');
  await expect(tab).toHaveText(/build⟨U\+200B⟩\.sh/);
  await app.screenshot('safety-lookalike-tab');
});

test('the link question in Chinese on a 390-pixel phone, dark', async ({ app, page }) => {
  await app.open('FROM alpine:3.20 AS mine\nRUN echo mine\n');
  await app.waitForLayout();
  await app.byId(TEST_IDS.language).selectOption('zh');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./#${encodeWorkspace(singleFileWorkspace('FROM busybox AS linked\n'))}`);
  const banner = page.getByTestId('incoming-link');
  await expect(banner).toContainText('有个链接要替换你当前的工作');
  await expect(banner.getByRole('button', { name: '保留我的工作' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await banner.scrollIntoViewIfNeeded();
  await app.screenshot('safety-incoming-link-zh-phone-dark');
  const axe = await new AxeBuilder({ page }).include('[data-testid="incoming-link"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await banner.getByRole('button', { name: '保留我的工作' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.stage-name')).toHaveText(['mine']);
});
