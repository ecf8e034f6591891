/**
 * Permalinks end to end: Copy link → fresh context restores exactly; every bad-link class shows its
 * message and leaves the local work alone; nothing in a link runs; history, tab conflicts, presentation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeBase64url } from '../src/core/share/base64url.ts';
import { packV1 } from '../src/core/share/frame.ts';
import { decodeFragment, encodeWorkspace, singleFileWorkspace, type Workspace } from '../src/core/share/index.ts';
import { expect, test } from './fixtures.ts';
import { ORIGIN, savedText, TEST_IDS } from './page.ts';

const TRICKY = 'FROM golang:1.22 AS build\nWORKDIR /src\t# tab  \nRUN echo "héllo 中文 😀"   \n\n\nFROM scratch AS final\nCOPY --from=build /src/app /app\n\t\n';
const CRLF = 'FROM golang:1.22 AS build\r\nRUN echo hi  \r\n\r\nFROM scratch\r\nCOPY --from=build /a /a\r\n';
const LOCAL = 'FROM alpine:3.20 AS mine\nRUN echo mine\n';

const frame = (json: string): string => `v1=${encodeBase64url(packV1(new TextEncoder().encode(json)))}`;

/** Opens the app with `text` saved locally (once per page, under the pre-workspace key: it migrates) at the given fragment. */
async function openWith(page: Page, text: string, fragment = ''): Promise<void> {
  await page.addInitScript((t) => {
    if (sessionStorage.getItem('share.e2e.init')) return;
    sessionStorage.setItem('share.e2e.init', '1');
    localStorage.clear();
    localStorage.setItem('stagecraft.language', 'en');
    localStorage.setItem('stagecraft.text', t);
  }, text);
  await page.goto(`./${fragment}`);
  await expect(page.getByTestId(TEST_IDS.app)).toBeVisible();
}

test('Copy link, opened in a fresh context, restores the same files, options and graph', async ({ app, page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWith(page, TRICKY);
  await app.waitForLayout();
  await app.inViewMenu(TEST_IDS.direction, (c) => c.selectOption('RIGHT'));
  await app.byId(TEST_IDS.target).selectOption('build');
  // The URL follows the work (debounced): wait until it carries both choices.
  await expect
    .poll(() => {
      const r = decodeFragment(new URL(page.url()).hash);
      return r.ok ? `${r.workspace.direction} ${r.workspace.target}` : r.error.kind;
    })
    .toBe('LR build');
  const depth = await page.evaluate(() => history.length);
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('share-status')).toHaveText('Link copied to the clipboard');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link).toMatch(new RegExp(`^${ORIGIN.replace(/[.]/g, '\\.')}#v1=[A-Za-z0-9_-]+$`));
  // replaceState, not pushState: following the work adds no history entries.
  expect(await page.evaluate(() => history.length)).toBe(depth);
  const labels = await app.stageNodes.locator('.stage-name').allTextContents();

  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(link);
  await expect(p2.getByTestId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  await expect.poll(() => savedText(p2)).toBe(TRICKY); // exact: tabs, trailing spaces, unicode
  await p2.getByTestId('view-menu').click();
  await expect(p2.getByTestId(TEST_IDS.direction)).toHaveValue('RIGHT');
  await expect(p2.getByTestId(TEST_IDS.target)).toHaveValue('build');
  expect(await p2.getByTestId(TEST_IDS.stageNode).locator('.stage-name').allTextContents()).toEqual(labels);
  await expect(p2.getByTestId(TEST_IDS.summary)).toHaveText(await app.byId(TEST_IDS.summary).innerText());
  await fresh.close();
});

// The editor keeps the text's own line endings, so a CRLF file survives the link and the editor.
test('a CRLF file keeps its CRLF after the editor loads', async ({ app, page }) => {
  await openWith(page, '', `#${encodeWorkspace(singleFileWorkspace(CRLF))}`);
  await app.waitForEditor();
  await expect.poll(() => savedText(page)).toBe(CRLF);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${encodeWorkspace(singleFileWorkspace(CRLF))}`);
});

test('an empty file and a multi-file workspace round-trip through the URL', async ({ page }) => {
  const ws: Workspace = { ...singleFileWorkspace(''), files: [{ name: 'Dockerfile', text: 'FROM a AS x\n' }, { name: 'empty.Dockerfile', text: '' }], active: 1 };
  await openWith(page, LOCAL, `#${encodeWorkspace(ws)}`);
  await expect(page.getByTestId(TEST_IDS.emptyState)).toBeVisible();
  await expect.poll(() => savedText(page)).toBe('');
  // The other file rides along in the link while the active one is edited.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${encodeWorkspace(ws)}`);
});

test('a link restores the selected stage, build args and presentation view', async ({ app, page }) => {
  const text = 'ARG GO=1.22\nFROM golang:${GO} AS build\nRUN go build\nFROM scratch AS final\nCOPY --from=build /app /app\n';
  const ws: Workspace = { ...singleFileWorkspace(text), buildArgs: { GO: '1.23' }, selectedStage: 0, view: 'presentation' };
  await openWith(page, LOCAL, `#${encodeWorkspace(ws)}`);
  await app.waitForLayout();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(page.locator('.react-flow__node.is-picked [data-testid="stage-node"]')).toHaveAttribute('data-stage', '0');
  await expect(app.stage(0)).toContainText('golang:1.23');
  await page.keyboard.press('Escape');
  await expect.poll(() => {
    const r = decodeFragment(new URL(page.url()).hash);
    return r.ok ? JSON.stringify([r.workspace.buildArgs, r.workspace.view]) : r.error.kind;
  }).toBe(JSON.stringify([{ GO: '1.23' }, 'graph']));
});

test('a reload right after an edit keeps the edit, even though the URL lagged behind', async ({ app, page }) => {
  await openWith(page, LOCAL, `#${encodeWorkspace(singleFileWorkspace('FROM busybox AS linked\n'))}`);
  await app.waitForEditor();
  await expect.poll(() => savedText(page)).toBe('FROM busybox AS linked\n');
  await app.setText('FROM busybox AS edited\n');
  // The page has the edit (setText passes through an empty editor: a reload before React renders the
  // last keystroke would keep that one frame's state; see the note on pagehide in useFragmentSync).
  await expect(app.stage(0).locator('.stage-name')).toHaveText('edited');
  await page.reload(); // within the URL's debounce
  await expect(app.stage(0).locator('.stage-name')).toHaveText('edited');
  await expect(page.getByTestId('link-error')).toHaveCount(0);
  // A link opened in the same tab asks first (the edit was never shared); reloading opens it.
  await page.goto(`./#${encodeWorkspace(singleFileWorkspace('FROM busybox AS other\n'))}`);
  await expect(page.getByTestId('incoming-link')).toBeVisible();
  await page.reload();
  await expect(app.stage(0).locator('.stage-name')).toHaveText('other');
});

const BAD: { name: string; fragment: () => string; kind: string; text: RegExp }[] = [
  { name: 'truncated', fragment: () => encodeWorkspace(singleFileWorkspace(TRICKY.repeat(3))).slice(0, 40), kind: 'truncated', text: /incomplete/ },
  { name: 'cut by a chat app', fragment: () => `${encodeWorkspace(singleFileWorkspace(TRICKY)).slice(0, 60)}…`, kind: 'truncated', text: /incomplete/ },
  { name: 'wrong version', fragment: () => 'v9=AAAA', kind: 'unknownVersion', text: /v9/ },
  { name: 'not base64', fragment: () => 'v1=<img src=x onerror=alert(1)>', kind: 'notBase64', text: /characters/ },
  {
    name: 'tampered',
    fragment: () => {
      const f = encodeWorkspace(singleFileWorkspace(TRICKY));
      const i = f.length - 3;
      return `${f.slice(0, i)}${f[i] === 'A' ? 'B' : 'A'}${f.slice(i + 1)}`;
    },
    kind: 'corrupt',
    text: /damaged/,
  },
  { name: 'decompression bomb', fragment: () => frame(`"${'a'.repeat(3 * 1024 * 1024)}"`), kind: 'tooLarge', text: /2 MB/ },
  { name: 'not JSON', fragment: () => frame('alert(1)'), kind: 'invalidJson', text: /not a Stagecraft workspace/ },
  { name: 'schema-violating', fragment: () => frame('{"f":[["Dockerfile","FROM a"]],"a":7}'), kind: 'invalidWorkspace', text: /not valid/ },
];

test('every bad-link class shows its message and the local work stays untouched', async ({ app, page }) => {
  await openWith(page, LOCAL);
  await app.waitForLayout();
  for (const bad of BAD) {
    await page.goto(`./#${bad.fragment()}`);
    await page.reload();
    const banner = page.getByTestId('link-error');
    await expect(banner, bad.name).toHaveAttribute('data-kind', bad.kind);
    await expect(page.getByTestId('link-error-message'), bad.name).toHaveText(bad.text);
    await expect(page.getByRole('alert').filter({ hasText: 'Your own work was kept' })).toBeVisible();
    await expect(app.stage(0).locator('.stage-name')).toHaveText('mine');
    await page.waitForTimeout(500); // past the autosave debounce
    expect(await savedText(page), bad.name).toBe(LOCAL);
  }
  await app.screenshot('share-bad-link');
  expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('stage and file names from a link are text, never HTML', async ({ app, page }) => {
  const evil = 'FROM alpine AS x\nFROM x AS "<img src=x onerror=globalThis.__pwned=1>"\nRUN echo </script><b>bold</b>\n';
  await openWith(page, LOCAL, `#${encodeWorkspace(singleFileWorkspace(evil, '<img src=x onerror=globalThis.__pwned=2>.Dockerfile'))}`);
  await app.waitForLayout();
  await expect.poll(() => savedText(page)).toBe(evil);
  expect(await page.locator('img[src="x"], b:text("bold")').count()).toBe(0);
  expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('history lists earlier versions and restores the work a link replaced', async ({ app, page }) => {
  await openWith(page, LOCAL);
  await app.waitForLayout();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft.history') ?? '[]').length)).toBe(1);
  await page.goto(`./#${encodeWorkspace(singleFileWorkspace('FROM busybox AS linked\n'))}`);
  // The work was never shared, so the link asks first.
  await page.getByTestId('incoming-open').click();
  await expect(app.stage(0).locator('.stage-name')).toHaveText('linked');
  // The linked version is recorded once the person pauses (history is written on a slower debounce), in the links' own ring.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft.history.links') ?? '[]').length)).toBe(1);
  await page.getByTestId('history').click();
  const entries = page.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await app.screenshot('share-history-menu');
  await entries.filter({ hasText: 'mine' }).click();
  await expect(app.stage(0).locator('.stage-name')).toHaveText('mine');
  await expect.poll(() => savedText(page)).toBe(LOCAL);
});

test('a second tab never overwrites this tab silently', async ({ app, page, context }) => {
  await openWith(page, LOCAL);
  await app.waitForLayout();
  const other = await context.newPage();
  await other.goto(`./#${encodeWorkspace(singleFileWorkspace('FROM debian AS theirs\n'))}`);
  await expect(other.getByTestId(TEST_IDS.stageNode)).toHaveCount(1);
  await expect(page.getByTestId('tab-conflict')).toBeVisible();
  await app.screenshot('share-tab-conflict');
  await page.getByTestId('keep-mine').click();
  await expect(page.getByTestId('tab-conflict')).toBeHidden();
  expect(await savedText(page)).toBe(LOCAL);
  await other.close();
});

test('presentation mode steps through the stages with the arrow keys; Esc leaves', async ({ app, page }) => {
  await openWith(page, TRICKY);
  await app.waitForLayout();
  await page.getByTestId('present').click();
  const pres = page.getByTestId('presentation');
  await expect(pres).toHaveAttribute('data-stage', '0');
  await expect(page.getByTestId('presentation-code')).toContainText('FROM golang:1.22 AS build');
  await expect(page.locator('.editor-pane')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(pres).toHaveAttribute('data-stage', '1');
  await expect(page.getByTestId('presentation-title')).toContainText('stage 2 of 2');
  await expect(page.getByTestId('presentation-code')).toContainText('COPY --from=build');
  await expect(app.stage(1)).toHaveAttribute('data-active', 'true');
  await expect(page).toHaveURL(/#v1=/);
  await page.waitForTimeout(400);
  await app.screenshot('present-light');
  await page.keyboard.press('ArrowRight'); // clamps at the last stage
  await expect(pres).toHaveAttribute('data-stage', '1');
  await page.keyboard.press('ArrowLeft');
  await expect(pres).toHaveAttribute('data-stage', '0');
  await page.keyboard.press('Escape');
  await expect(pres).toBeHidden();
  await expect(page.locator('.editor-pane')).toBeVisible();
});

test('share bar in dark mode, Chinese, keyboard only', async ({ app, page }) => {
  await openWith(page, TRICKY);
  await app.waitForLayout();
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await page.getByTestId('export').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-svg')).toBeFocused();
  await app.screenshot('share-export-menu-dark');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export')).toBeFocused();
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(page.getByTestId('copy-link')).toHaveText('复制链接');
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation-title')).toContainText('第 1 个阶段');
  await page.waitForTimeout(400);
  await app.screenshot('present-dark-zh');
  await page.keyboard.press('Escape');
});

test('menus, notices and presentation pass axe in light and dark', async ({ app, page }) => {
  test.slow(); // eight axe runs: minutes on a busy two-core machine
  await openWith(page, TRICKY, '#v9=AAAA');
  await app.waitForLayout();
  const axe = async (what: string): Promise<void> => {
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
    expect(summary, what).toEqual([]);
  };
  for (const theme of ['light', 'dark'] as const) {
    await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption(theme));
    await expect(page.getByTestId('link-error')).toBeVisible();
    for (const menu of ['export', 'embed', 'history']) {
      await page.getByTestId(menu).click();
      await expect(page.getByTestId(`${menu}-panel`)).toBeVisible();
      await axe(`${theme} ${menu}`);
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('present').click();
    await axe(`${theme} presentation`);
    await page.keyboard.press('Escape');
  }
});
