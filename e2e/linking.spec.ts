/** Editor and graph are linked both ways; typing redraws; diagnostics keep the last graph. */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

test('typing changes the graph', async ({ app }) => {
  await app.open();
  await app.setText('FROM golang:1.22 AS build\nRUN go build -o /app .\n');
  await expect(app.stageNodes).toHaveCount(1);
  await expect(app.edges).toHaveCount(1);
  await app.page.keyboard.insertText('FROM scratch\nCOPY --from=build /app /app\n');
  await expect(app.stageNodes).toHaveCount(2);
  await expect(app.byId(TEST_IDS.scratchNode)).toHaveCount(1);
  await expect(app.edges).toHaveCount(3);
  await expect(app.stage(1)).toContainText('from scratch');
});

test('clicking a node selects its lines; moving the cursor highlights its node', async ({ app }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('go-http-server-named');
  await app.waitForLayout();
  await app.stage(1).locator('.stage-title').click();
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 6, end: 9 });
  await app.stage(0).locator('.stage-title').click();
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 1, end: 4 });

  await app.cursorToLine(8);
  await expect(app.stage(1)).toHaveAttribute('data-active', 'true');
  await expect(app.stage(0)).toHaveAttribute('data-active', 'false');
  await app.cursorToLine(2);
  await expect(app.stage(0)).toHaveAttribute('data-active', 'true');
});

test('clicking an edge selects its COPY line', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('copy-from-nginx');
  await app.waitForLayout();
  await app.clickEdge('copy:image:nginx:latest->stage:1');
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 12, end: 12 });
});

test('an edge is reachable from the keyboard, and Enter opens its details', async ({ app, page }) => {
  await app.open('FROM alpine AS a\nRUN make\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=a /y /z\n');
  await app.waitForLayout();
  const edge = page.getByTestId('rf__edge-copy:stage:0->stage:1');
  // An SVG element's attributes are case-sensitive: only `tabindex` makes it focusable.
  await expect(edge).toHaveAttribute('tabindex', '0');
  await edge.focus();
  await expect(edge).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(TEST_IDS.edgeTooltip)).toContainText('/y → /z');
});

test('hovering an edge badge opens the edge details', async ({ app, page }) => {
  await app.open('FROM alpine AS a\nRUN make\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=a /y /z\n');
  await app.waitForLayout();
  await page.getByTestId(TEST_IDS.edgeBadge).hover();
  await expect(page.getByTestId(TEST_IDS.edgeTooltip)).toContainText('/x → /x');
  await page.mouse.move(5, 700);
  await expect(page.getByTestId(TEST_IDS.edgeTooltip)).toHaveCount(0);
});

test('switching the target dims the right stages; the classic toggle shows what it would build', async ({ app }) => {
  await app.open('FROM alpine AS a\nRUN echo a\nFROM alpine AS b\nRUN echo b\nFROM a AS c\nRUN echo c\n');
  await expect(app.stageNodes).toHaveCount(3);
  await expect(app.stage(1)).toHaveAttribute('data-dimmed', 'true');
  await expect(app.stage(1)).toContainText('the target does not depend on it');
  await expect(app.stage(0)).toHaveAttribute('data-dimmed', 'false');
  await expect(app.stage(2)).toHaveAttribute('data-dimmed', 'false');

  await app.inViewMenu(TEST_IDS.classic, (c) => c.check());
  await expect(app.stage(1)).toHaveAttribute('data-dimmed', 'false');
  await expect(app.stage(1)).toContainText('Built only by the classic builder');
  await app.inViewMenu(TEST_IDS.classic, (c) => c.uncheck());

  await app.byId(TEST_IDS.target).selectOption('a');
  await expect(app.stage(0)).toHaveAttribute('data-dimmed', 'false');
  await expect(app.stage(1)).toHaveAttribute('data-dimmed', 'true');
  await expect(app.stage(2)).toHaveAttribute('data-dimmed', 'true');
  await expect(app.stage(2)).toContainText('the build stops at the target');
  await expect(app.stage(0).locator('.badge-target')).toBeVisible();

  await app.byId(TEST_IDS.target).selectOption('b');
  await expect(app.stage(0)).toHaveAttribute('data-dimmed', 'true');
  await expect(app.stage(1)).toHaveAttribute('data-dimmed', 'false');
});

test('a build-arg change re-routes a FROM', async ({ app, page }) => {
  await app.open('ARG VARIANT=slim\nFROM alpine AS app-slim\nFROM debian AS app-full\nFROM app-${VARIANT}\nRUN echo hi\n');
  await expect(app.stageNodes).toHaveCount(3);
  await expect(page.getByTestId('rf__edge-base:stage:0->stage:2')).toHaveCount(1);
  await expect(app.stage(1)).toHaveAttribute('data-dimmed', 'true');
  await page.getByTestId('tab-args').click();
  const input = page.locator(`[data-testid="${TEST_IDS.buildArg}"][data-name="VARIANT"]`);
  await expect(input).toHaveAttribute('placeholder', 'slim');
  await input.fill('full');
  await expect(page.getByTestId('rf__edge-base:stage:1->stage:2')).toHaveCount(1);
  await expect(page.getByTestId('rf__edge-base:stage:0->stage:2')).toHaveCount(0);
  await expect(app.stage(0)).toHaveAttribute('data-dimmed', 'true');
  await expect(app.stage(1)).toHaveAttribute('data-dimmed', 'false');
  await expect(app.stage(2)).toContainText('from stage app-full');
});

test('diagnostics appear, the last graph stays dimmed, and a problem jumps to its line and node', async ({ app, page }) => {
  await app.open();
  await app.waitForEditor();
  await app.loadExample('go-http-server-named');
  await expect(app.stageNodes).toHaveCount(2);
  await app.setText('FROM golang:1.13 AS builder\nRUN make\nFROM alpine:latest\nCOPY --from=builder /app .\nFROM a b\n');
  await expect(page.getByTestId(TEST_IDS.problem).first()).toBeVisible();
  await expect(page.locator(`[data-testid="${TEST_IDS.problem}"][data-code="FromArgumentCount"]`)).toHaveCount(1);
  await expect(app.byId(TEST_IDS.staleBanner)).toBeVisible();
  await expect(app.stageNodes).toHaveCount(2);
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();
  await page.locator(`[data-testid="${TEST_IDS.problem}"][data-code="FromArgumentCount"]`).click();
  await expect.poll(() => app.editorSelectionLines()).toEqual({ start: 5, end: 5 });
  // Fixing the text brings the live graph back.
  await app.setText('FROM golang:1.13 AS builder\nRUN make\nFROM alpine:latest\nCOPY --from=builder /app .\nFROM alpine AS third\n');
  await expect(app.byId(TEST_IDS.staleBanner)).toHaveCount(0);
  await expect(app.stageNodes).toHaveCount(3);
});

test('garbage shows diagnostics, not a blank page', async ({ app, page }) => {
  await app.open();
  await app.setText('this is not a Dockerfile\n{{{ <<< >>>\n');
  await expect(page.getByTestId(TEST_IDS.problem).first()).toBeVisible();
  await expect(page.getByText('No stages to draw yet')).toBeVisible();
});

test('the text survives a reload', async ({ app, page }) => {
  await app.open();
  await app.setText('FROM busybox AS keep\nRUN echo kept\n');
  await expect(app.stageNodes).toHaveCount(1);
  await page.reload();
  await expect(app.stageNodes).toHaveCount(1);
  await expect(app.stage(0)).toContainText('keep');
  await app.waitForEditor();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('RUN echo kept');
});
