/**
 * Parts of the page loaded on first use (docs/ARCHITECTURE.md, "What loads when"): while a details
 * tab's code is on its way the tab says so, calmly and in the page's language, then shows the tab.
 * The tabs' chunk is held back with a route (service workers off: routes do not see their fetches).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });

/** Holds the details tabs' chunk until the returned function is called. */
async function holdTabs(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/\/assets\/tabs-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the Build tab says "Loading…" until its code is there, then the player', async ({ app, page }) => {
  const release = await holdTabs(page);
  await app.open('FROM alpine AS base\nRUN true\nFROM base\nCOPY --from=base /a /a\n');
  await app.waitForLayout();
  // The editor (its hover shares the explanations with the tabs) does not wait for the tabs' code.
  await app.waitForEditor();
  await app.byId('tab-build').click();
  await expect(page.getByTestId('tab-loading')).toHaveText('Loading…');
  await expect(page.getByTestId('tab-loading')).toHaveAttribute('role', 'status');
  await app.screenshot('lazy-tab-loading');
  release();
  await expect(app.byId('player')).toBeVisible();
  await expect(page.getByTestId('tab-loading')).toHaveCount(0);
});

test('in Chinese: 正在加载…, then the Lessons tab', async ({ app, page }) => {
  // Two of the tutorials' lessons apply to this file (as in explain.spec.ts).
  await app.open('ARG VARIANT=slim\nFROM golang:1.22 AS build\nARG VARIANT\nENV CGO_ENABLED=0\nRUN go build -o /out/app\nRUN strip /out/app\nFROM debian:${VARIANT}\nCOPY --from=0 /out/app /app\n');
  await page.addInitScript(() => {
    localStorage.setItem('stagecraft.language', 'zh');
    const o = JSON.parse(localStorage.getItem('stagecraft.options') ?? '{}') as Record<string, unknown>;
    localStorage.setItem('stagecraft.options', JSON.stringify({ ...o, language: 'zh' }));
  });
  const release = await holdTabs(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await app.byId('tab-lessons').click();
  await expect(page.getByTestId('tab-loading')).toHaveText('正在加载…');
  release();
  await expect(page.getByTestId('lesson')).toHaveCount(2);
  await expect(page.getByTestId('tab-loading')).toHaveCount(0);
});
