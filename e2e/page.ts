/**
 * Page object for the main screen: test ids come from the app's own constants, and every
 * interaction the specs need (typing into Monaco, loading an example, reading the graph) lives here.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from '../src/ui/testIds.ts';

export { TEST_IDS };

/** The origin the suite's preview server listens on (E2E_PORT lets checkouts run side by side). */
export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

/** A file as the autosave stores it. */
export interface SavedFile {
  readonly name: string;
  readonly text: string;
}

/** The autosave: every file in tab order, and the active one's name (null when nothing is saved yet). */
export function savedWorkspace(page: Page): Promise<{ files: SavedFile[]; active: string | null } | null> {
  return page.evaluate(() => {
    const files = localStorage.getItem('stagecraft.files');
    if (files === null) return null;
    const where = JSON.parse(localStorage.getItem('stagecraft.active') ?? 'null') as { file?: string } | null;
    return { files: JSON.parse(files) as SavedFile[], active: where?.file ?? null };
  });
}

/** The saved text of the active file (what a single-file workspace holds), or null before the first save. */
export async function savedText(page: Page): Promise<string | null> {
  const w = await savedWorkspace(page);
  if (!w) return null;
  return (w.files.find((f) => f.name === w.active) ?? w.files[0])?.text ?? null;
}

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

  /**
   * Opens the app with a clean storage holding one empty Dockerfile (or a given text, or files, already
   * saved). `'first-visit'` leaves the storage empty, as a person's first visit finds it.
   */
  async open(saved: string | 'first-visit' | { files: readonly SavedFile[]; active?: string } = ''): Promise<void> {
    const files = saved === 'first-visit' ? null : typeof saved === 'string' ? [{ name: 'Dockerfile', text: saved }] : saved.files;
    const active = typeof saved === 'object' ? (saved.active ?? null) : null;
    await this.page.addInitScript(({ f, a }) => {
      if (sessionStorage.getItem('stagecraft.e2e.init')) return;
      sessionStorage.setItem('stagecraft.e2e.init', '1');
      localStorage.clear();
      localStorage.setItem('stagecraft.language', 'en');
      if (f !== null) localStorage.setItem('stagecraft.files', JSON.stringify(f));
      if (a !== null) localStorage.setItem('stagecraft.active', JSON.stringify({ file: a }));
    }, { f: files, a: active });
    await this.page.goto('./');
    await expect(this.byId(TEST_IDS.app)).toBeVisible();
  }

  /** The file tabs, in order. */
  get fileTabs(): Locator {
    return this.page.getByTestId('file-tab');
  }
  fileTab(name: string): Locator {
    return this.page.locator(`[data-testid="file-tab"][data-name="${name}"]`);
  }
  /** The names on the file tabs, in order. */
  fileNames(): Promise<string[]> {
    return this.fileTabs.evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
  }
  async selectFile(name: string): Promise<void> {
    await this.fileTab(name).click();
    await expect(this.fileTab(name)).toHaveAttribute('aria-selected', 'true');
  }
  /** Adds a file through the "+" button and the name field. */
  async addFile(name: string): Promise<void> {
    await this.byId('file-add').click();
    await this.byId('file-name-input').fill(name);
    await this.byId('file-add-submit').click();
    await expect(this.fileTab(name)).toHaveAttribute('aria-selected', 'true');
  }
  /** Renames a file in place: double-click its tab, type, Enter. */
  async renameFile(from: string, to: string): Promise<void> {
    await this.fileTab(from).dblclick();
    await this.byId('file-rename-input').fill(to);
    await this.byId('file-rename-input').press('Enter');
    await expect(this.fileTab(to)).toBeVisible();
  }
  /** The text of the model on screen and its grammar (a test hook of the editor). */
  editorModel(): Promise<{ language: string; text: string; models: number } | null> {
    return this.page.evaluate(() => (globalThis as { __stagecraftModel?: () => { language: string; text: string; models: number } | null }).__stagecraftModel?.() ?? null);
  }

  /**
   * Uses a control of the toolbar's View menu (layout, theme, fit, minimap, classic builder): opens
   * the menu, acts, and closes it with Escape, as a person would, so it covers nothing afterwards.
   */
  async inViewMenu(id: string, act: (control: Locator) => Promise<unknown>): Promise<void> {
    const control = this.byId(id);
    if (!(await control.isVisible())) await this.byId('view-menu').click();
    await expect(control).toBeVisible();
    await act(control);
    if (await control.isVisible()) await control.press('Escape');
    await expect(control).toBeHidden();
  }

  /** Monaco is a 4 MB chunk: on a busy 2-core machine it has taken over 10 s to arrive and start. */
  async waitForEditor(): Promise<void> {
    await expect(this.page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
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

  /**
   * Waits until ELK's final layout is on screen and the view has been fitted to it. ELK lays out a
   * 59-stage graph in a worker: on a busy 2-core machine that alone took over 10 s, so this waits longer.
   */
  async waitForLayout(): Promise<void> {
    await expect(this.byId(TEST_IDS.graph)).toHaveAttribute('data-settled', 'true', { timeout: 30_000 });
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

  /**
   * Hovers `target` in the editor until Monaco's hover says `text`, and returns the hover.
   * Monaco hides a hover when the editor re-renders under it (a late model adoption, a layout, a
   * diagnostics pass) and shows one again only on a new mouse move; on a busy machine that can
   * swallow the first hover. So: move away, move onto the target, wait a while; again until it shows.
   */
  async editorHover(target: Locator, text: string | RegExp): Promise<Locator> {
    const hover = this.page.locator('.monaco-hover:not(.hidden)');
    await expect(async () => {
      await this.page.mouse.move(0, 0);
      await target.hover({ timeout: 5_000 });
      await expect(hover).toContainText(text, { timeout: 4_000 });
    }).toPass({ timeout: 45_000 });
    return hover;
  }

  /**
   * Opens the editor's context menu and clicks the item called `name`, until `done` holds.
   * Monaco's menu ignores a click that comes too soon after it opened (the right button's own
   * release), and an item it did run may report its effect a moment later: so the check is
   * polled, and the menu opened again only while the item is still on offer.
   */
  async editorMenuItem(name: string, done: () => Promise<boolean>): Promise<void> {
    const item = this.page.getByRole('menuitem', { name });
    await expect(async () => {
      if (await done()) return;
      if (!(await item.isVisible())) await this.page.locator('.monaco-editor .view-lines').click({ button: 'right' });
      await item.click({ timeout: 3_000 });
      await expect.poll(done, { timeout: 3_000 }).toBe(true);
    }).toPass({ timeout: 45_000 });
  }

  /** Moves the editor's cursor to a line (via the keyboard: Ctrl+Home then Down). */
  async cursorToLine(line: number): Promise<void> {
    await this.page.locator('.monaco-editor .view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
  }
}

// ─── Comparison view (issue 4, src/ui/compare/): its own page object, kept apart from the rest ───

export { COMPARE_IDS } from '../src/ui/compare/testIds.ts';
import { COMPARE_IDS } from '../src/ui/compare/testIds.ts';

export type CompareSide = 'builderPattern' | 'multistage';

export class ComparePage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId(COMPARE_IDS.view);
  }
  /** The view's body, with data-state: converting / ready / failed / none. */
  get body(): Locator {
    return this.view.locator('.cmp');
  }
  get toggle(): Locator {
    return this.page.getByTestId(COMPARE_IDS.open);
  }
  side(side: CompareSide): Locator {
    return this.page.locator(`[data-testid="${COMPARE_IDS.side}"][data-side="${side}"]`);
  }
  file(side: CompareSide, path: string): Locator {
    return this.side(side).locator(`[data-testid="${COMPARE_IDS.file}"][data-path="${path}"]`);
  }
  line(side: CompareSide, path: string, line: number): Locator {
    return this.file(side, path).locator(`li[data-line="${line}"]`);
  }
  /** A metrics row's cell for one side. */
  cell(metric: string, side: CompareSide): Locator {
    return this.page.locator(`[data-testid="${COMPARE_IDS.table}"] tr[data-metric="${metric}"] td[data-side="${side}"]`);
  }
  log(side: CompareSide): Locator {
    return this.page.locator(`[data-testid="${COMPARE_IDS.log}"][data-side="${side}"]`);
  }

  /** Opens the comparison from the toolbar and waits for it to be computed. */
  async open(): Promise<void> {
    await this.toggle.click();
    await expect(this.body).toHaveAttribute('data-state', 'ready');
  }
}
