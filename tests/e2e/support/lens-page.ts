import type { ConsoleMessage, Page } from 'playwright-core';

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

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }

  /** Waits until the content script has decided (sidebar rendered, or no interview). */
  async settled(timeout = 15_000) {
    await this.page.waitForFunction(
      () => performance.getEntriesByName('interview-lens:rendered').length + performance.getEntriesByName('interview-lens:idle').length > 0,
      undefined,
      { timeout },
    );
  }

  /** Speaker names on the filter chips (the chip text before its counts). */
  async speakerNames(): Promise<string[]> {
    return this.chips().evaluateAll((chips) => chips.map((c) => c.childNodes[0]?.textContent?.trim() ?? ''));
  }

  /** The vertical position of the element whose text starts with `start`, relative to the viewport. */
  async paragraphTop(start: string): Promise<number | null> {
    return this.page.evaluate((s) => {
      const el = Array.from(document.querySelectorAll('p')).find((p) => (p.textContent ?? '').includes(s));
      return el ? el.getBoundingClientRect().top : null;
    }, start);
  }
}
