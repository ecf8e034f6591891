/**
 * Page object for the main screen: test ids come from the app's own constants, and every
 * interaction the specs need (typing into Monaco, loading an example, reading the graph) lives here.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../src/ui/testIds.ts';

export { TEST_IDS };

/** The preview server's origin (playwright.config.ts serves on E2E_PORT, 4173 by default). */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

export class StagecraftPage {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) this.foreignRequests.push(url);
    });
  }

  byId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  get stageNodes(): Locator {
    return this.byId(TEST_IDS.stageNode);
  }
  get imageNodes(): Locator {
    return this.byId(TEST_IDS.imageNode);
  }
  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }
  stage(index: number): Locator {
    return this.page.locator(`[data-testid="${TEST_IDS.stageNode}"][data-stage="${index}"]`);
  }

  /** Opens the app with a clean storage (or a given text already saved). */
  async open(text?: string): Promise<void> {
    await this.page.addInitScript((t) => {
      if (sessionStorage.getItem('stagecraft.e2e.init')) return;
      sessionStorage.setItem('stagecraft.e2e.init', '1');
      localStorage.clear();
      localStorage.setItem('stagecraft.language', 'en');
      if (t !== null) localStorage.setItem('stagecraft.text', t);
    }, text ?? null);
    await this.page.goto('./');
    await expect(this.byId(TEST_IDS.app)).toBeVisible();
  }

  async waitForEditor(): Promise<void> {
    await expect(this.page.locator('.monaco-editor')).toBeVisible();
  }

  /** Replaces the editor's text the way a person would: click, select all, delete, type. */
  async setText(text: string): Promise<void> {
    await this.waitForEditor();
    await this.page.locator('.monaco-editor .view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    if (text) await this.page.keyboard.insertText(text);
  }

  async loadExample(id: string): Promise<void> {
    await this.byId(TEST_IDS.examples).selectOption(id);
  }

  /** Waits until ELK's final layout is on screen and the view has been fitted to it. */
  async waitForLayout(): Promise<void> {
    await expect(this.byId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }

  /** The 1-based line range of the editor's current selection. */
  async editorSelectionLines(): Promise<{ start: number; end: number } | null> {
    return this.page.evaluate(() => {
      const g = globalThis as { __stagecraftSelection?: () => { start: number; end: number } | null };
      return g.__stagecraftSelection?.() ?? null;
    });
  }

  /** Clicks an edge on its drawn path (a third of the way along: the badge sits at the middle), as a person would. */
  async clickEdge(id: string): Promise<void> {
    const path = this.page.getByTestId(`rf__edge-${id}`).locator('path.react-flow__edge-interaction');
    const where = () =>
      path.evaluate((el) => {
        const p = el as SVGPathElement;
        const mid = p.getPointAtLength(p.getTotalLength() / 3);
        const m = p.getScreenCTM();
        return m ? { x: Math.round(mid.x * m.a + mid.y * m.c + m.e), y: Math.round(mid.x * m.b + mid.y * m.d + m.f) } : null;
      });
    // The viewport may still be fitting: wait until the edge stops moving.
    let point = await where();
    await expect
      .poll(async () => {
        const now = await where();
        const still = JSON.stringify(now) === JSON.stringify(point);
        point = now;
        return still;
      })
      .toBe(true);
    if (!point) throw new Error(`edge ${id} has no screen position`);
    // Like a person: move onto the edge, let its hover details open, then click.
    await this.page.mouse.move(point.x, point.y);
    await expect(this.page.getByTestId(TEST_IDS.edgeTooltip)).toBeVisible();
    await this.page.mouse.click(point.x, point.y);
  }

  /** Moves the editor's cursor to a line (via the keyboard: Ctrl+Home then Down). */
  async cursorToLine(line: number): Promise<void> {
    await this.page.locator('.monaco-editor .view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
  }
}
