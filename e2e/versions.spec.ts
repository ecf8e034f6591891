/**
 * Nothing a person made is lost (issue 14), the rest: a keystroke in the same instant as leaving the
 * page is saved (the editor's own text, not the last rendered state); large workspaces' versions are
 * kept in History like the others, listed with their size, restorable and deletable.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { savedText } from './page.ts';

type Hooks = { __stagecraftInsert?: (line: number, text: string) => void; __stagecraftModel?: () => { text: string } | null };

/** The text the editor holds (the model on screen). */
const editorText = (page: Page): Promise<string | null> =>
  page.evaluate(() => (globalThis as Hooks).__stagecraftModel?.()?.text ?? null);

test('a keystroke in the same instant as leaving the page is in the save (the editor\'s text, not the last render)', async ({ app, page }) => {
  await app.open('FROM alpine AS first\n');
  await app.waitForEditor();
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
  await expect.poll(() => savedText(page)).toBe('FROM alpine AS first\n');
  await page.evaluate(() => {
    (globalThis as Hooks).__stagecraftInsert!(1, '# typed\n');
    location.reload();
  });
  await page.waitForLoadState('load');
  await app.waitForEditor();
  await expect.poll(() => editorText(page)).toBe('# typed\nFROM alpine AS first\n');
});
