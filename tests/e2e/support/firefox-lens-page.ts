import type { ElementHandle, Page } from 'puppeteer-core';
import { blurAll, currentTurn, highlightedTexts, lensSettled, paragraphTop, speakerNames, type CurrentTurn } from './page-reads';

/** Puppeteer's selector into every shadow root below the document (`>>>`, its deep combinator). */
const deep = (selector: string) => `>>> ${selector}`;

/**
 * What a reader sees of Interview Lens on a page in Firefox: the counterpart of LensPage
 * (Playwright, Chromium) with the same verbs, over Puppeteer's WebDriver BiDi page. Clicks and
 * keys are real input events; reads run in the page's main world (./page-reads.ts).
 */
export class FirefoxLensPage {
  /** Errors of the extension: logged or thrown by its scripts (moz-extension:// URLs), not the page's own. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.setDefaultTimeout(60_000);
    const ours = (text: string, where: string) => where.includes('moz-extension://') || /interview.?lens/i.test(text);
    page.on('console', (msg) => {
      if (msg.type() === 'error' && ours(msg.text(), msg.location().url ?? '')) this.errors.push(msg.text());
    });
    page.on('pageerror', (error) => {
      if (ours(String(error), (error as Error).stack ?? '')) this.errors.push(String(error));
    });
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }

  /** Waits until the lens has decided (sidebar rendered, or no interview). */
  async settled(timeout = 60_000) {
    await this.page.waitForFunction(lensSettled, { timeout });
  }

  /** How many sidebar hosts the page holds (0 where nothing was shown). */
  async hostCount(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('interview-lens-ui').length);
  }

  /** Whether the element the selector finds in the sidebar's shadow root takes up space on screen. */
  async isVisible(selector: string): Promise<boolean> {
    return this.page.evaluate((s) => {
      const el = document.querySelector('interview-lens-ui')?.shadowRoot?.querySelector(s);
      return !!el && el.checkVisibility() && el.getBoundingClientRect().width > 0;
    }, selector);
  }

  /** The text of each element the selector finds in the sidebar's shadow root. */
  async texts(selector: string): Promise<string[]> {
    return this.page.evaluate((s) => {
      const root = document.querySelector('interview-lens-ui')?.shadowRoot;
      return root ? [...root.querySelectorAll<HTMLElement>(s)].map((el) => el.innerText) : [];
    }, selector);
  }

  /** An attribute of the first element the selector finds in the sidebar's shadow root, or null. */
  async attribute(selector: string, name: string): Promise<string | null> {
    return this.page.evaluate((s, n) => document.querySelector('interview-lens-ui')?.shadowRoot?.querySelector(s)?.getAttribute(n) ?? null, selector, name);
  }

  /** How many elements the selector finds in the sidebar's shadow root. */
  async count(selector: string): Promise<number> {
    return this.page.evaluate((s) => document.querySelector('interview-lens-ui')?.shadowRoot?.querySelectorAll(s).length ?? 0, selector);
  }

  async speakerNames(): Promise<string[]> {
    return this.page.evaluate(speakerNames);
  }

  async paragraphTop(start: string): Promise<number | null> {
    return this.page.evaluate(paragraphTop, start);
  }

  async current(): Promise<CurrentTurn | null> {
    return this.page.evaluate(currentTurn);
  }

  async highlighted(name: string): Promise<string[]> {
    return this.page.evaluate(highlightedTexts, name);
  }

  /** Scrolls the article's paragraph whose text includes `start` into the middle of the window. */
  async scrollToParagraph(start: string): Promise<void> {
    await this.page.evaluate((s) => {
      Array.from(document.querySelectorAll('p')).find((p) => (p.textContent ?? '').includes(s))?.scrollIntoView({ block: 'center' });
    }, start);
  }

  /** Clicks, as a mouse would, the first element the selector finds in a shadow root whose text includes `text`. */
  async click(selector: string, text = ''): Promise<void> {
    const target = await this.find(selector, text);
    if (!target) throw new Error(`nothing matches ${selector}${text ? ` with "${text}"` : ''}`);
    await target.click();
    await target.dispose();
  }

  /** Presses a key with nothing focused: the reader is in the article, not in the sidebar. */
  async pressInPage(key: Parameters<Page['keyboard']['press']>[0]) {
    await this.page.evaluate(blurAll);
    await this.page.keyboard.press(key);
  }

  private async find(selector: string, text: string): Promise<ElementHandle | null> {
    const handles = await this.page.$$(deep(selector));
    let found: ElementHandle | null = null;
    for (const handle of handles) {
      if (!found && (await handle.evaluate((el) => el.textContent ?? '')).includes(text)) found = handle;
      else await handle.dispose();
    }
    return found;
  }
}
