/**
 * The `app` fixture: a page object on a fresh page, and after every test the two global
 * promises: no console error, and no request leaving the page's origin.
 */
import { test as base, expect } from '@playwright/test';
import { StagecraftPage } from './page.ts';

export const test = base.extend<{ app: StagecraftPage }>({
  app: async ({ page }, use) => {
    const app = new StagecraftPage(page);
    await use(app);
    expect(app.consoleErrors, 'console errors').toEqual([]);
    expect(app.foreignRequests, 'requests leaving the origin').toEqual([]);
  },
});

export { expect };
