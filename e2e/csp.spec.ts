/**
 * The Content-Security-Policy (index.html's meta tag) forbids inline scripts, plugins, <base> and
 * form targets, and breaks nothing: editing (Monaco and its workers), the graph (React Flow, ELK's
 * worker), the comparison view, SVG and PNG export and the service worker run without one violation.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ComparePage, TEST_IDS } from './page.ts';

const TEXT = 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n';

/** Every CSP violation the page, its frames or its workers report. */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  const note = (text: string) => { if (/Content Security Policy|Content-Security-Policy/i.test(text)) seen.push(text); };
  page.on('console', (m) => note(m.text()));
  page.on('worker', (w) => w.on('console', (m) => note(m.text())));
  void page.exposeFunction('__cspViolation', (v: string) => seen.push(v));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (globalThis as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

test('editor, graph, comparison, export and the service worker run under the policy without a violation', async ({ app, page }) => {
  test.slow();
  const violations = watchViolations(page);
  await app.open(TEXT);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) expect(policy).toContain(directive);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  await app.waitForLayout();
  // The editor (Monaco's workers) and the graph (ELK's worker) follow an edit.
  await app.setText(`${TEXT}FROM alpine AS extra\nCOPY --from=build /app /bin/app\n`);
  await expect(app.stageNodes).toHaveCount(3);
  await app.waitForLayout();
  // The editor's language service, in a worker of its own, started once the graph is painted.
  await expect.poll(() => page.evaluate(() => (globalThis as { __stagecraftServiceWorker?: { stopped: () => boolean } }).__stagecraftServiceWorker?.stopped())).toBe(false);
  // The comparison view (its converter runs in a worker).
  const cmp = new ComparePage(page);
  await cmp.open();
  await expect(cmp.body).toHaveAttribute('data-state', 'ready');
  await cmp.toggle.click();
  await app.waitForLayout();
  // Export: SVG and PNG are built from the page's own styles and a canvas.
  for (const id of ['export-svg', 'export-png']) {
    await page.getByTestId('export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    expect(await download.path()).toBeTruthy();
  }
  // The service worker installs.
  expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true);
  // An inline script is refused: the policy is in force.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'globalThis.__inline = 1';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (globalThis as { __inline?: number }).__inline)).toBeUndefined();
  await expect.poll(() => violations.filter((v) => /script-src/.test(v)).length).toBeGreaterThan(0);
  // The deliberate inline script is the one violation allowed (as the event and as the console's message).
  const deliberate = /^script-src-elem inline$|^Executing inline script violates/;
  const unexpected = violations.filter((v) => !deliberate.test(v));
  expect(unexpected).toEqual([]);
  // The refused inline script is the only console error allowed here.
  app.consoleErrors.splice(0, app.consoleErrors.length, ...app.consoleErrors.filter((e) => !deliberate.test(e)));
  expect(await app.byId(TEST_IDS.summary).isVisible()).toBe(true);
});
