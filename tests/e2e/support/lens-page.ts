import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { ROOT, SERVED_HOSTS } from '../../../scripts/lib/fixture-server';
import { blurAll, currentTurn, highlightedTexts, lensSettled, paragraphTop, speakerNames, type CurrentTurn } from './page-reads';

export type { CurrentTurn } from './page-reads';

/** axe-core's browser build, injected into pages for the accessibility checks. */
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** An axe-core violation, in short. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The one page object of the e2e tests: what a reader sees of Interview Lens on a page.
 * Playwright's CSS selectors pierce the open shadow root WXT creates.
 */
export class LensPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    // Errors of the extension (its scripts run from chrome-extension:// URLs), not of the page's
    // own resources, which cannot load on this offline machine.
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error' && (msg.location().url.startsWith('chrome-extension://') || /interview.?lens/i.test(msg.text()))) {
        this.errors.push(msg.text());
      }
    });
  }

  readonly sidebar = () => this.page.locator('[data-testid=sidebar]');
  readonly launcher = () => this.page.locator('[data-testid=launcher]');
  readonly host = () => this.page.locator('interview-lens-ui');
  readonly chips = () => this.page.locator('[data-testid=speaker-chip]');
  readonly turns = () => this.page.locator('[data-testid=turn]');
  readonly nonAnswers = () => this.page.locator('[data-testid=non-answer]');
  readonly search = () => this.page.locator('[data-testid=search]');
  readonly searchCount = () => this.page.locator('[data-testid=search-count]');
  readonly liveRegion = () => this.page.locator('[data-testid=live-region]');
  readonly currentTurn = () => this.page.locator('[data-testid=turn][aria-current=true]');
  readonly outlineItems = () => this.page.locator('[data-testid=outline-item]');
  readonly currentOutlineItem = () => this.page.locator('[data-testid=outline-item][aria-current=location]');
  readonly shortcutSheet = () => this.page.locator('[data-testid=shortcut-sheet]');
  readonly resizeHandle = () => this.page.locator('[data-testid=resize-handle]');
  readonly stats = () => this.page.locator('[data-testid=speaker-stats]');

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }

  /** Waits until the content script has decided (sidebar rendered, or no interview). */
  async settled(timeout = 60_000) {
    await this.page.waitForFunction(lensSettled, undefined, { timeout });
  }

  /** Speaker names on the filter chips (the chip text before its counts). */
  async speakerNames(): Promise<string[]> {
    return this.page.evaluate(speakerNames);
  }

  /** The vertical position of the element whose text starts with `start`, relative to the viewport. */
  async paragraphTop(start: string): Promise<number | null> {
    return this.page.evaluate(paragraphTop, start);
  }

  /** Presses a key with nothing focused: the reader is in the article, not in the sidebar. */
  async pressInPage(key: string) {
    await this.page.evaluate(blurAll);
    await this.page.keyboard.press(key);
  }

  /** The `data-testid` of the element focused inside the sidebar's shadow root, if any. */
  async focusedInSidebar(): Promise<string | null> {
    return this.page.evaluate(() => {
      const active = document.querySelector('interview-lens-ui')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
      return active ? (active.dataset.testid ?? active.tagName.toLowerCase()) : null;
    });
  }

  /** The current turn, or null when there is none. */
  async current(): Promise<CurrentTurn | null> {
    return this.page.evaluate(currentTurn);
  }

  /** The article text each range of a CSS Custom Highlight covers (read in the page's world). */
  async highlighted(name: string): Promise<string[]> {
    return this.page.evaluate(highlightedTexts, name);
  }

  /** Where each range of a CSS Custom Highlight stands in the viewport, with its text. */
  async highlightBoxes(name: string): Promise<Array<Box & { text: string }>> {
    return this.page.evaluate((n) => {
      const h = (CSS as unknown as { highlights?: Map<string, { values(): Iterable<Range> }> }).highlights?.get(n);
      return h ? [...h.values()].map((r) => {
        const { left, top, right, bottom } = r.getBoundingClientRect();
        return { left, top, right, bottom, text: r.toString() };
      }) : [];
    }, name);
  }

  /** Waits until the page has stopped scrolling (its position unchanged for several frames). */
  async scrollSettled(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((done) => {
          let last = Number.NaN;
          let still = 0;
          const tick = () => {
            if (window.scrollY === last) still++;
            else [last, still] = [window.scrollY, 0];
            if (still >= 8) done();
            else requestAnimationFrame(tick);
          };
          tick();
        }),
    );
  }

  /**
   * Clicks the extension's toolbar button for this tab, as a reader does: the DevTools
   * protocol's `Extensions.triggerAction` runs the real click handler, with the page access
   * a click grants. Needs Chromium started with `--enable-unsafe-extension-debugging`; the
   * command wants the tab's target (not the page's), found here by its address.
   */
  async clickToolbar(extensionId: string): Promise<void> {
    const browser = this.page.context().browser();
    if (!browser) throw new Error('no browser to send the toolbar click to');
    await this.page.bringToFront();
    const session = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tabs = targetInfos.filter((t) => t.url === this.page.url());
      if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${this.page.url()}`);
      await session.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0].targetId });
    } finally {
      await session.detach();
    }
  }

  /**
   * Opens a page on a host no content script of ours runs on and clicks the toolbar button;
   * resolves once the lens shows. What the page loads from elsewhere (images, fonts, scripts)
   * cannot load on this offline machine: it is refused at once rather than waited for.
   */
  async openWithToolbar(url: string, extensionId: string): Promise<void> {
    await this.page.route((u) => !SERVED_HOSTS.includes(u.hostname), (route) => route.abort());
    await this.goto(url);
    if ((await this.host().count()) > 0) throw new Error(`the lens ran on ${url} before the toolbar click`);
    await this.clickToolbar(extensionId);
    await this.settled();
    await this.sidebar().waitFor({ state: 'visible' });
  }

  /** The page root's computed margin on a side (the room made for the sidebar). */
  async rootMargin(side: 'left' | 'right'): Promise<string> {
    return this.page.evaluate((s) => getComputedStyle(document.documentElement).getPropertyValue(`margin-${s}`), side);
  }

  /** axe-core's violations in the sidebar's shadow host (axe is injected into the page once). */
  async axe(): Promise<AxeViolation[]> {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.addScriptTag({ path: AXE });
    return this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      const result = await axe.run(document.querySelector('interview-lens-ui')!);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
    });
  }

  /**
   * The clipboard's text, read in a page of `origin` (a secure context: http://127.0.0.1)
   * that is granted clipboard access, since the interview pages are plain http.
   */
  async readClipboard(origin: string): Promise<string> {
    const context = this.page.context();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const reader = await context.newPage();
    try {
      await reader.goto(`${origin}/blank`);
      await reader.bringToFront();
      return await reader.evaluate(() => navigator.clipboard.readText());
    } finally {
      await reader.close();
      await this.page.bringToFront();
    }
  }
}
