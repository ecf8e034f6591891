/** Named build contexts in the page: setting one changes the graph (and says what it replaced). */
import { test, expect } from './fixtures.ts';
import { TEST_IDS } from './page.ts';

const TEXT = 'FROM golang:1.22 AS builder\nRUN go build -o /out/app\nFROM alpine:3.20\nCOPY --from=builder /out/app /app\n';

test('a build context replaces a stage and an image, and removing it brings the graph back', async ({ app, page }) => {
  test.slow();
  await app.open(TEXT);
  await app.waitForLayout();
  await expect(app.byId(TEST_IDS.summary)).toHaveAttribute('data-stages', '2');
  // golang:1.22 → builder (base), alpine → stage 1 (base), builder → stage 1 (copy).
  await expect(app.imageNodes).toHaveCount(2);

  await app.byId('tab-contexts').click();
  await app.byId('context-name').fill('builder');
  await app.byId('context-value').fill('docker-image://ghcr.io/org/prebuilt:1');
  await app.byId('context-add').click();
  // The replaced stage no longer starts from golang:1.22: that image node goes, the stage says what replaced it.
  await expect(app.stage(0).getByTestId('stage-replaced')).toContainText('docker-image://ghcr.io/org/prebuilt:1');
  await expect(app.imageNodes).toHaveCount(1);
  await expect(page.locator('[data-testid="build-context"][data-name="builder"]')).toContainText('replaces builder');

  await app.byId('context-name').fill('alpine:3.20');
  await app.byId('context-value').fill('./rootfs');
  await app.byId('context-add').click();
  await expect(page.getByTestId('image-context')).toHaveText('alpine:3.20 → ./rootfs');
  await app.waitForLayout();
  await app.screenshot('contexts-1280');
  await page.setViewportSize({ width: 390, height: 800 });
  await app.screenshot('contexts-390');
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.inViewMenu(TEST_IDS.theme, (c) => c.selectOption('dark'));
  await app.byId(TEST_IDS.language).selectOption('zh');
  await expect(app.byId('tab-contexts')).toHaveText('构建上下文（2）');
  await app.screenshot('contexts-1280-dark-zh');
  await app.byId(TEST_IDS.language).selectOption('en');

  await page.getByRole('button', { name: 'Remove builder' }).click();
  await expect(app.stage(0).getByTestId('stage-replaced')).toHaveCount(0);
  await expect(app.imageNodes).toHaveCount(2);
});

test('a context name with "=" is refused with a message, nothing is added', async ({ app }) => {
  await app.open(TEXT);
  await app.byId('tab-contexts').click();
  await app.byId('context-name').fill('a=b');
  await app.byId('context-value').fill('./x');
  await app.byId('context-add').click();
  await expect(app.byId('context-invalid')).toBeVisible();
  await expect(app.page.getByTestId('build-context')).toHaveCount(0);
});

test('stage and ARG descriptions from comments show in the node tooltip and the build args', async ({ app }) => {
  await app.open('# VERSION is the Go version to build with\nARG VERSION=1.22\n# builder compiles the binary\nFROM golang:${VERSION} AS builder\nFROM scratch\nCOPY --from=builder /out /\n');
  await app.waitForLayout();
  await expect(app.stage(0).locator('.stage-name')).toHaveAttribute('title', 'compiles the binary');
  await app.byId('tab-args').click();
  await expect(app.byId('arg-description')).toHaveText('· is the Go version to build with');
});
