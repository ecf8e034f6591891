/**
 * Nothing a person made is lost (issue 14), the rest: a keystroke in the same instant as leaving the
 * page is saved (the editor's own text, not the last rendered state); large workspaces' versions are
 * kept in History like the others, listed with their size, restorable and deletable.
 */
import type { Page } from '@playwright/test';
import { singleFileWorkspace, type Workspace } from '../src/core/share/index.ts';
import { expect, test } from './fixtures.ts';
import { savedText, TEST_IDS } from './page.ts';

type Hooks = { __stagecraftInsert?: (line: number, text: string) => void; __stagecraftModel?: () => { text: string } | null };

/** The text the editor holds (the model on screen). */
/** The editor's test hooks arrive with Monaco (its own chunk): wait for them before using them. */
async function editorHooks(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => typeof (globalThis as Hooks).__stagecraftInsert), { timeout: 30_000 }).toBe('function');
}

const editorText = (page: Page): Promise<string | null> =>
  page.evaluate(() => (globalThis as Hooks).__stagecraftModel?.()?.text ?? null);

test('a keystroke in the same instant as leaving the page is in the save (the editor\'s text, not the last render)', async ({ app, page }) => {
  await app.open('FROM alpine AS first\n');
  await app.waitForEditor();
  await editorHooks(page);
  await expect.poll(() => savedText(page)).toBe('FROM alpine AS first\n');
  // One task: the edit, then the page being hidden and left, before React renders the edit.
  const saved = await page.evaluate(() => {
    (globalThis as Hooks).__stagecraftInsert!(1, '# typed\n');
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    return { files: localStorage.getItem('stagecraft.files'), pending: sessionStorage.getItem('stagecraft.tab.pending') };
  });
  expect((JSON.parse(saved.files ?? '[]') as { text: string }[])[0]?.text).toBe('# typed\nFROM alpine AS first\n');
  expect(saved.pending).not.toBeNull();
});

test('typing then reloading at once, without waiting: the keystroke is in the editor after the reload', async ({ app, page }) => {
  await app.open('FROM alpine AS first\n');
  await app.waitForEditor();
  await editorHooks(page);
  await expect.poll(() => savedText(page)).toBe('FROM alpine AS first\n');
  await page.evaluate(() => {
    (globalThis as Hooks).__stagecraftInsert!(1, '# typed\n');
    location.reload();
  });
  await page.waitForLoadState('load');
  await app.waitForEditor();
  await expect.poll(() => editorText(page)).toBe('# typed\nFROM alpine AS first\n');
});

/** The large versions IndexedDB holds (id, size, first line), newest first. */
const largeInDb = (page: Page) => page.evaluate(() => new Promise<{ id: string; chars: number; head: string }[]>((resolve) => {
  const req = indexedDB.open('stagecraft-large-versions', 1);
  req.onupgradeneeded = () => req.result.createObjectStore('versions', { keyPath: 'id' });
  req.onerror = () => resolve([]);
  req.onsuccess = () => {
    const get = req.result.transaction('versions', 'readonly').objectStore('versions').getAll();
    get.onsuccess = () => {
      const all = get.result as { id: string; at: number; chars: number; workspace: { files: { text: string }[] } }[];
      resolve(all.sort((a, b) => b.at - a.at).map((v) => ({ id: v.id, chars: v.chars, head: v.workspace.files[0]?.text.split('\n')[0] ?? '' })));
      req.result.close();
    };
  };
}));

/** Puts large versions into IndexedDB as the page keeps them. */
const putLarge = (page: Page, versions: { id: string; at: number; label: string; chars: number; workspace: Workspace }[]) =>
  page.evaluate((list) => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('stagecraft-large-versions', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('versions', { keyPath: 'id' });
    req.onsuccess = () => {
      const tx = req.result.transaction('versions', 'readwrite');
      for (const v of list) tx.objectStore('versions').put({ ...v, tab: 'other', origin: 'own' });
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), versions);

/** Pastes `text` over everything through the clipboard, as a person does. */
async function pasteOver(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test('a 3 MB workspace edited twice: two versions in History with their size; restore one; delete one (keyboard, with Undo)', async ({ app, page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install(); // time flows; between the edits it jumps two minutes (History folds a minute of edits into one version)
  await app.open('FROM alpine AS small\n');
  await app.waitForLayout();
  const big = `FROM golang:1.22 AS huge\n${Array.from({ length: 90_000 }, (_, i) => `RUN echo step ${i} ${'y'.repeat(16)}`).join('\n')}\n`;
  expect(big.length).toBeGreaterThan(3_000_000);
  // Edit 1: the paste. Too large for a link, so History keeps it in IndexedDB.
  await pasteOver(page, big);
  await expect.poll(() => largeInDb(page).then((l) => l.map((v) => v.chars)), { timeout: 60_000 }).toEqual([big.length]);
  await page.clock.fastForward('02:00');
  // Edit 2, two minutes later: a stage typed at the top (History labels it "second").
  await editorHooks(page);
  await page.evaluate(() => (globalThis as Hooks).__stagecraftInsert!(1, 'FROM alpine AS second\n'));
  const edited = `FROM alpine AS second\n${big}`;
  await expect.poll(() => largeInDb(page).then((l) => l.map((v) => v.head)), { timeout: 60_000 }).toEqual(['FROM alpine AS second', 'FROM golang:1.22 AS huge']);

  // History lists both, with their size and the budget they use.
  await page.getByTestId('history').click();
  const large = page.locator('[data-testid="history-entry"][data-large="true"]');
  const row = (label: string) => page.locator('.sc-history-row').filter({ has: page.locator('[data-large="true"]', { hasText: `: ${label}` }) });
  await expect(large).toHaveCount(2);
  await expect(row('second')).toContainText(`${(edited.length / 1_000_000).toFixed(1)} MB`);
  await expect(page.getByTestId('history-budget')).toContainText('2 of at most 8');
  await app.screenshot('versions-history-large');
  // Restore the older one (the paste): the editor holds it exactly.
  await row('huge').getByTestId('history-entry').click();
  await expect.poll(() => editorText(page).then((t) => t?.length ?? 0), { timeout: 60_000 }).toBe(big.length);
  expect(await editorText(page)).toBe(big);

  // Delete the other one by keyboard; Undo takes the focus and brings it back; delete it again.
  await page.getByTestId('history').click();
  await expect(large).toHaveCount(2);
  const del = row('second').getByTestId('history-delete');
  await expect(del).toHaveAccessibleName(/^Delete the version from .*: second$/);
  await del.focus();
  await page.keyboard.press('Enter');
  await expect(large).toHaveCount(1);
  await expect(page.getByTestId('history-deleted')).toContainText('Deleted the version from');
  await expect(page.getByTestId('history-undo')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(large).toHaveCount(2);
  await expect.poll(() => largeInDb(page).then((l) => l.length)).toBe(2);
  await del.click();
  await expect(large).toHaveCount(1);
  await expect.poll(() => largeInDb(page).then((l) => l.map((v) => v.head))).toEqual(['FROM golang:1.22 AS huge']);
  // The current work was never touched.
  expect(await editorText(page)).toBe(big);
});

test('History with large versions in Chinese on a 390-pixel phone, dark: sizes, Delete and Undo fit and are reachable', async ({ app, page }) => {
  await app.open('FROM alpine AS small\n');
  await app.waitForLayout();
  await app.byId(TEST_IDS.language).selectOption('zh');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await page.setViewportSize({ width: 390, height: 844 });
  const now = Date.now();
  await putLarge(page, [
    { id: 'a', at: now - 120_000, label: 'huge', chars: 3_312_345, workspace: singleFileWorkspace('FROM golang:1.22 AS huge\n') },
    { id: 'b', at: now - 60_000, label: 'huge', chars: 3_312_360, workspace: singleFileWorkspace('# second edit\nFROM golang:1.22 AS huge\n') },
  ]);
  await page.getByTestId('history').click();
  const large = page.locator('[data-testid="history-entry"][data-large="true"]');
  await expect(large).toHaveCount(2);
  await expect(large.first()).toContainText('3.3 MB');
  await expect(large.first()).toContainText('huge（其他标签页）'); // full-width parentheses in Chinese
  await expect(page.getByTestId('history-budget')).toContainText('最多 8 个');
  await page.getByTestId('history-budget').scrollIntoViewIfNeeded();
  await app.screenshot('versions-history-zh-390-dark');
  for (const el of [page.getByTestId('history-panel'), ...(await page.getByTestId('history-delete').all())]) {
    const box = await el.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  }
  const del = page.locator('.sc-history-row').filter({ has: page.locator('[data-large="true"]') }).first().getByTestId('history-delete');
  await expect(del).toHaveAccessibleName(/^删除 .* 的版本：huge/);
  await del.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history-deleted')).toContainText('已删除');
  await expect(page.getByTestId('history-undo')).toHaveText('撤销');
  await expect(page.getByTestId('history-undo')).toBeFocused();
  await expect(large).toHaveCount(1);
  await app.screenshot('versions-history-deleted-zh-390-dark');
  await page.keyboard.press('Enter');
  await expect(large).toHaveCount(2);
});

test('IndexedDB refusing: History says it cannot keep versions of a large workspace, the work stays in the editor', async ({ app, page }) => {
  test.slow();
  await page.addInitScript(() => {
    // This browser refuses IndexedDB (as some private modes do).
    IDBFactory.prototype.open = function () { throw new DOMException('refused', 'InvalidStateError'); };
  });
  await app.open('FROM alpine AS small\n');
  await app.waitForLayout();
  const big = `FROM golang:1.22 AS huge\n${'RUN echo y\n'.repeat(260_000)}`;
  await app.waitForEditor();
  await editorHooks(page);
  await page.evaluate((t) => (globalThis as Hooks).__stagecraftInsert!(1, t), big);
  const notice = page.getByTestId('large-version-problem');
  await expect(notice).toHaveAttribute('data-problem', 'refused', { timeout: 60_000 });
  await expect(notice).toContainText('History cannot keep versions of this large workspace');
  await expect(notice).toContainText('Your current work in the editor is not affected');
  expect(await editorText(page)).toBe(`${big}FROM alpine AS small\n`);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('6 MB, more than this browser\'s autosave holds: the page says so, and after a reload the 6 MB are one click away in History', async ({ app, page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('FROM alpine AS small\n');
  await app.waitForLayout();
  await expect.poll(() => savedText(page)).toBe('FROM alpine AS small\n');
  const big = `FROM golang:1.22 AS giant\n${Array.from({ length: 170_000 }, (_, i) => `RUN echo step ${i} ${'z'.repeat(16)}`).join('\n')}\n`;
  expect(big.length).toBeGreaterThan(6_000_000);
  await pasteOver(page, big);
  // The autosave cannot take it (localStorage holds about 5 M characters); the page says so.
  await expect(page.getByTestId('file-not-saved')).toHaveAttribute('data-reason', 'quota', { timeout: 60_000 });
  // History keeps it in IndexedDB, and the page says so.
  await expect.poll(() => largeInDb(page).then((l) => l.map((v) => v.chars)), { timeout: 60_000 }).toEqual([big.length]);
  await expect(page.getByTestId('file-kept-in-history')).toContainText('History keeps a copy as you go');
  await page.reload();
  await app.waitForEditor();
  expect(await editorText(page)).toBe('FROM alpine AS small\n'); // the last autosave
  await page.getByTestId('history').click();
  await page.locator('[data-testid="history-entry"][data-large="true"]').filter({ hasText: 'giant' }).click();
  await expect.poll(() => editorText(page).then((t) => t?.length ?? 0), { timeout: 60_000 }).toBe(big.length);
  expect(await editorText(page)).toBe(big);
});

/** The ring's versions (stagecraft.history), as labels. */
const ringLabels = (page: Page): Promise<string[]> =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('stagecraft.history') ?? '[]') as { label: string }[]).map((e) => e.label));

test('a version deleted in History can be put back after the menu has closed: Undo under the share bar, by keyboard, announced', async ({ app, page }) => {
  await app.open('FROM alpine AS mine\n');
  await app.waitForLayout();
  await expect.poll(() => ringLabels(page)).toContain('mine');
  const entry = page.getByTestId('history-entry').filter({ hasText: 'mine' });
  const toast = page.getByTestId('history-undo-toast');
  // Delete by keyboard; the menu's own Undo takes the focus; Escape closes the menu.
  await page.getByTestId('history').click();
  await page.locator('.sc-history-row').filter({ hasText: 'mine' }).getByTestId('history-delete').press('Enter');
  await expect(page.getByTestId('history-undo')).toBeFocused();
  await expect(toast).toHaveCount(0); // the menu says it itself while open
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-panel')).toHaveCount(0);
  await expect(page.getByTestId('history')).toBeFocused();
  // Closed: the offer stays, in a live region, next in the tab order.
  await expect(toast).toContainText('Deleted the version from');
  await expect(page.getByTestId('history-undo-toast-region')).toHaveAttribute('role', 'status');
  await app.screenshot('polish-history-undo-toast');
  expect(await ringLabels(page)).not.toContain('mine');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('history-undo-toast-undo')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toast).toHaveCount(0);
  await expect(page.getByTestId('history')).toBeFocused();
  await expect(page.getByTestId('history-put-back')).toContainText('is back in History');
  await expect.poll(() => ringLabels(page)).toContain('mine');
  await page.getByTestId('history').click();
  await expect(entry).toHaveCount(1);

  // Deleted again, the menu closed by a click elsewhere, the offer dismissed: the version stays deleted.
  await page.locator('.sc-history-row').filter({ hasText: 'mine' }).getByTestId('history-delete').click();
  await app.byId(TEST_IDS.graph).locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
  await expect(page.getByTestId('history-panel')).toHaveCount(0);
  await expect(toast).toBeVisible();
  await page.getByTestId('history-undo-toast-dismiss').click();
  await expect(toast).toHaveCount(0);
  expect(await ringLabels(page)).not.toContain('mine');
  await page.getByTestId('history').click();
  await expect(entry).toHaveCount(0);
});

test('Undo after the History menu closed, in Chinese on a 390-pixel phone, dark: it fits, and Escape dismisses it', async ({ app, page }) => {
  await app.open('FROM alpine AS mine\n');
  await app.waitForLayout();
  await app.byId(TEST_IDS.language).selectOption('zh');
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => ringLabels(page)).toContain('mine');
  await page.getByTestId('history').click();
  await page.locator('.sc-history-row').filter({ hasText: 'mine' }).getByTestId('history-delete').press('Enter');
  // The menu's own Undo takes the focus once the row is gone: Escape from there closes the menu.
  await expect(page.getByTestId('history-undo')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-panel')).toHaveCount(0);
  const toast = page.getByTestId('history-undo-toast');
  await expect(toast).toContainText('已删除');
  await expect(page.getByTestId('history-undo-toast-undo')).toHaveText('撤销');
  await expect(page.getByTestId('history-undo-toast-dismiss')).toHaveAccessibleName('知道了');
  const box = await toast.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  await app.screenshot('polish-history-undo-toast-zh-390-dark');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('history-undo-toast-undo')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toast).toHaveCount(0);
  await expect(page.getByTestId('history')).toBeFocused();
  expect(await ringLabels(page)).not.toContain('mine');
});
