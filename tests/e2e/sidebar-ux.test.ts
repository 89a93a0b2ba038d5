import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { FIXTURES, ROOT } from '../../scripts/lib/fixture-server';
import { LensPage } from './support/lens-page';
import { browser, lens, server, useExtensionSession } from './support/session';

/**
 * The sidebar as a reader lives in it (issue 6): layout and memory per site, keys, filters,
 * search, outline, export, accessibility, languages, and pages that fight back (hostile CSS,
 * a strict Content-Security-Policy, single-page navigation, an extension reload).
 */

const SOURCE = readFileSync(join(FIXTURES, 'ifanr-altman-de', 'source.html'), 'utf8');

/** Global !important rules on everything, a 40px root font, our own custom property names. */
const HOSTILE_CSS = `
html { font-size: 40px !important; }
:root { --il-bg: red; --il-fg: lime; --il-line: blue; }
* { font-family: "DejaVu Serif", serif !important; line-height: 3 !important; letter-spacing: 2px !important; color: #c00 !important;
    text-transform: uppercase !important; text-align: right !important; box-sizing: content-box !important; visibility: visible !important; }
div, ul, ol, li, p, span, section, aside, header, h1, h2, input { margin: 7px !important; padding: 11px !important;
    border: 3px dashed magenta !important; background: yellow !important; }
button { all: unset !important; font-size: 30px !important; display: block !important; background: lime !important; }
ul, ol { list-style: square inside !important; padding-left: 80px !important; }
aside { width: 50px !important; position: static !important; }
interview-lens-ui, [data-wxt-shadow-root] { display: none !important; opacity: 0.2 !important; }`;

const HOSTILE = SOURCE.replace('<head>', `<head>\n<style>${HOSTILE_CSS}</style>`);

/** The strictest policy a page can send: no styles, no scripts, nothing. */
const CSP = "default-src 'none'; style-src 'none'; script-src 'none'";

const PAGES = {
  plain: 'http://www.ifanr.com/ux/plain/1570213',
  hostile: 'http://www.ifanr.com/ux/hostile/1570213',
  csp: 'http://www.ifanr.com/ux/csp/1570213',
};

useExtensionSession({
  routes: [
    { path: '/ux/plain/1570213', body: SOURCE },
    { path: '/ux/hostile/1570213', body: HOSTILE },
    { path: '/ux/csp/1570213', body: SOURCE, headers: { 'Content-Security-Policy': CSP } },
    { path: '/blank', body: '<!doctype html><title>clipboard</title>' },
  ],
  // Each test starts from a fresh memory: no site layouts, default settings.
  beforePage: () => browser.worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.clear()),
});

/** The fixture server's own origin (pages that need no extension). */
const origin = () => `http://127.0.0.1:${server.port}`;

/** Opens the founding interview and waits for the sidebar. */
async function openInterview(url = server.urlOf('ifanr-altman-de')) {
  await lens.goto(url);
  await lens.settled();
  await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
}

/** The sidebar's box in the viewport. */
const box = async () => (await lens.sidebar().boundingBox())!;

/** What the extension remembers of sites, read in its service worker. */
const rememberedSites = () =>
  browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return ((await api.storage.local.get('sites')).sites ?? {}) as Record<string, { open?: boolean; side?: string; width?: number }>;
  });

describe('layout, and its memory per site', () => {
  it('sits on the right, makes room on a wide window, and takes no focus on page load', async () => {
    await openInterview();
    const { x, width } = await box();
    expect(width).toBe(380);
    expect(x + width).toBe(1280);
    expect(await lens.rootMargin('right')).toBe('380px');
    expect(await lens.page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await lens.focusedInSidebar()).toBeNull();
  });

  it('overlays the page on a narrow window, and makes room again when it widens', async () => {
    await openInterview();
    await lens.page.setViewportSize({ width: 900, height: 800 });
    await expect.poll(() => lens.rootMargin('right')).toBe('0px');
    expect((await box()).width).toBe(380);
    await lens.page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => lens.rootMargin('right')).toBe('380px');
  });

  it('resizes by drag and by keyboard, moves to the left, and restores all of it after a reload', async () => {
    await openInterview();
    const handle = (await lens.resizeHandle().boundingBox())!;
    await lens.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await lens.page.mouse.down();
    await lens.page.mouse.move(handle.x - 100, handle.y + handle.height / 2, { steps: 5 });
    await lens.page.mouse.up();
    await expect.poll(async () => Math.abs((await box()).width - 480)).toBeLessThanOrEqual(4);
    expect(await lens.rootMargin('right')).toBe(`${(await box()).width}px`);
    await lens.resizeHandle().focus();
    await lens.page.keyboard.press('End');
    await lens.page.keyboard.press('ArrowRight');
    await lens.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await box()).width).toBe(720 - 32);
    expect(await lens.resizeHandle().getAttribute('aria-valuenow')).toBe('688');
    await lens.page.keyboard.press('Home');
    await lens.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => (await box()).width).toBe(280 + 64);
    await lens.page.locator('[data-testid=switch-side]').click();
    await expect.poll(async () => (await box()).x).toBe(0);
    expect(await lens.rootMargin('left')).toBe('344px');
    expect(await lens.rootMargin('right')).toBe('0px');
    await expect.poll(rememberedSites).toEqual({ 'www.ifanr.com': expect.objectContaining({ side: 'left', width: 344 }) });

    await lens.page.reload();
    await lens.settled();
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    expect(await box()).toMatchObject({ x: 0, width: 344 });
    expect(await lens.rootMargin('left')).toBe('344px');
  });

  it('collapses to the launcher, stays collapsed after a reload, and the launcher opens it with the focus', async () => {
    await openInterview();
    await lens.page.locator('[data-testid=close]').click();
    await expect.poll(() => lens.sidebar().count()).toBe(0);
    expect(await lens.focusedInSidebar()).toBe('launcher');
    expect(await lens.rootMargin('right')).toBe('0px');
    await expect.poll(async () => (await rememberedSites())['www.ifanr.com']?.open).toBe(false);

    await lens.page.reload();
    await lens.settled();
    await expect.poll(() => lens.launcher().isVisible()).toBe(true);
    expect(await lens.sidebar().count()).toBe(0);
    expect(await lens.rootMargin('right')).toBe('0px');
    await lens.launcher().click();
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    expect(await lens.focusedInSidebar()).toBe('sidebar');
    await expect.poll(async () => (await rememberedSites())['www.ifanr.com']?.open).toBe(true);
  });
});

describe('keys, on the founding interview', () => {
  it('j and k go from answer to answer, scroll the article there, highlight it and announce the speaker', async () => {
    await openInterview();
    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.kind).toBe('answer');
    const first = (await lens.current())!;
    expect(first.text).toMatch(/^Der Vorstand wird hier/);
    await expect.poll(() => lens.liveRegion().innerText()).toMatch(/^Sam Altman, answer 1 of \d+$/);
    await expect.poll(() => lens.highlighted('interview-lens-focus')).toEqual([expect.stringContaining('Der Vorstand wird hier')]);
    await expect.poll(() => lens.paragraphTop('Der Vorstand wird hier')).toBeLessThan(700);

    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.id).not.toBe(first.id);
    const second = (await lens.current())!;
    expect(second.kind).toBe('answer');
    expect(second.index).toBeGreaterThan(first.index);
    await expect.poll(() => lens.liveRegion().innerText()).toMatch(/answer 2 of/);

    await lens.pressInPage('k');
    await expect.poll(async () => (await lens.current())?.id).toBe(first.id);
  });

  it('J and K stay with the speaker, n and N go to the non-answers', async () => {
    await openInterview();
    await lens.outlineItems().nth(4).click(); // Question 5 is answered by Mira Murati.
    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.speaker).toBe('Mira Murati');
    const murati = (await lens.current())!;
    await lens.pressInPage('J');
    await expect.poll(async () => (await lens.current())?.id).not.toBe(murati.id);
    expect((await lens.current())!.speaker).toBe('Mira Murati');
    expect((await lens.current())!.index).toBeGreaterThan(murati.index);
    await lens.pressInPage('K');
    await expect.poll(async () => (await lens.current())?.id).toBe(murati.id);

    const visited = [murati];
    for (let i = 0; i < 3; i++) {
      const previous = visited[visited.length - 1];
      await lens.pressInPage('n');
      await expect.poll(async () => (await lens.current())?.id).not.toBe(previous.id);
      const turn = (await lens.current())!;
      expect(turn.verdict).not.toBe('answer');
      expect(turn.index).toBeGreaterThan(previous.index);
      visited.push(turn);
    }
    await lens.pressInPage('N');
    await expect.poll(async () => (await lens.current())?.id).toBe(visited[2].id);
  });

  it('/ searches, ? shows the shortcuts, Esc closes the sheet, then the sidebar', async () => {
    await openInterview();
    await lens.turns().first().click();
    await lens.page.keyboard.press('/');
    expect(await lens.focusedInSidebar()).toBe('search');
    await lens.page.keyboard.press('Escape');
    await lens.turns().first().focus();
    await lens.page.keyboard.press('?');
    await expect.poll(() => lens.shortcutSheet().isVisible()).toBe(true);
    expect(await lens.shortcutSheet().innerText()).toMatch(/Next answer[\s\S]*Previous non-answer/);
    await lens.page.keyboard.press('Escape');
    await expect.poll(() => lens.shortcutSheet().count()).toBe(0);
    expect(await lens.focusedInSidebar()).toBe('help');
    await lens.page.keyboard.press('Escape');
    await expect.poll(() => lens.sidebar().count()).toBe(0);
    expect(await lens.focusedInSidebar()).toBe('launcher');
  });

  it('keeps keys typed in the sidebar from the page, and leaves keys typed in the page fields alone', async () => {
    await openInterview();
    await lens.page.evaluate(() => {
      (window as unknown as { heard: string[] }).heard = [];
      document.addEventListener('keydown', (e) => (window as unknown as { heard: string[] }).heard.push(e.key));
    });
    const heard = () => lens.page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    await lens.search().click();
    await lens.page.keyboard.type('jkn/?');
    expect(await lens.search().inputValue()).toBe('jkn/?');
    expect(await heard()).toEqual([]);
    expect(await lens.current()).toBeNull();

    await lens.page.locator('input.c-search__input').click();
    await lens.page.keyboard.type('jn');
    expect(await lens.page.locator('input.c-search__input').inputValue()).toBe('jn');
    expect(await heard()).toEqual(['j', 'n']);
    expect(await lens.current()).toBeNull();
  });

  it('can have its single-key shortcuts switched off on the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid=shortcuts]').uncheck();
    await expect.poll(() => options.locator('[data-testid=status]').innerText()).toMatch(/Saved/);
    await options.close();
    await openInterview();
    await lens.pressInPage('j');
    await lens.turns().first().focus();
    await lens.page.keyboard.press('j');
    await lens.page.keyboard.press('?');
    expect(await lens.shortcutSheet().count()).toBe(0);
    expect((await lens.current())?.id ?? null).toBeNull();
    await lens.page.locator('[data-testid=help]').click();
    expect(await lens.shortcutSheet().innerText()).toMatch(/shortcuts are off/);
  });
});

describe('reading and steering', () => {
  it('filters by speaker: hide one, show only one, questions only; the list, summary and keys follow', async () => {
    await openInterview();
    const chip = (name: string) => lens.chips().filter({ hasText: name });
    const speakersListed = () => lens.turns().evaluateAll((turns) => [...new Set(turns.map((t) => t.querySelector('.il-speaker')?.firstChild?.textContent))]);

    await chip('Mira Murati').click();
    expect(await chip('Mira Murati').getAttribute('aria-pressed')).toBe('false');
    expect(await speakersListed()).not.toContain('Mira Murati');
    expect(await lens.stats().allInnerTexts()).toEqual([expect.stringMatching(/^Sam Altman/)]);
    await chip('Mira Murati').click();
    expect(await speakersListed()).toContain('Mira Murati');

    await lens.page.getByRole('button', { name: 'Show only Mira Murati' }).click();
    expect(await speakersListed()).toEqual(['Mira Murati']);
    expect(await lens.nonAnswers().allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Mira Murati')]));
    expect((await lens.nonAnswers().allInnerTexts()).every((text) => text.includes('Mira Murati'))).toBe(true);
    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.speaker).toBe('Mira Murati');
    await lens.page.getByRole('button', { name: 'Show only Mira Murati' }).click();
    expect(await speakersListed()).toEqual(expect.arrayContaining(['Sam Altman', 'Mira Murati']));

    await lens.page.locator('[data-testid=questions-only]').click();
    const kinds = await lens.turns().evaluateAll((turns) => [...new Set(turns.map((t) => t.classList.contains('il-turn--question')))]);
    expect(kinds).toEqual([true]);
    expect(await lens.turns().count()).toBe(await lens.outlineItems().count());
  });

  it('keeps the speaker filter and the search when the sidebar is closed and opened again', async () => {
    await openInterview();
    await lens.page.getByRole('button', { name: 'Show only Mira Murati' }).click();
    await lens.search().fill('sicherheit');
    await expect.poll(() => lens.searchCount().innerText()).toMatch(/^\d+ match(es)?$/);
    const before = await lens.turns().allInnerTexts();

    await lens.page.locator('[data-testid=close]').click();
    await expect.poll(() => lens.launcher().isVisible()).toBe(true);
    // Closed, the article keeps no search marks.
    await expect.poll(async () => (await lens.highlighted('interview-lens-match')).length).toBe(0);
    await lens.launcher().click();

    expect(await lens.search().inputValue()).toBe('sicherheit');
    expect(await lens.turns().allInnerTexts()).toEqual(before);
    expect(await lens.page.getByRole('button', { name: 'Show only Mira Murati' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await lens.highlighted('interview-lens-match')).length).toBeGreaterThan(0);
  });

  it('searches the interview: count, marks in the list and in the article, Enter steps, Esc clears', async () => {
    await openInterview();
    await lens.search().fill('vorstand');
    await expect.poll(() => lens.searchCount().innerText()).toMatch(/^\d+ matches$/);
    const count = Number((await lens.searchCount().innerText()).split(' ')[0]);
    expect(count).toBeGreaterThan(2);
    const marks = await lens.page.locator('.il-turn mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase() === 'vorstand')).toBe(true);
    expect((await lens.turns().allInnerTexts()).some((text) => /vorstand/i.test(text))).toBe(true);
    // The article is marked in an effect, after the sidebar has painted.
    await expect.poll(async () => (await lens.highlighted('interview-lens-match')).length).toBeGreaterThanOrEqual(count);
    const inArticle = await lens.highlighted('interview-lens-match');
    expect(inArticle.every((m) => m.toLowerCase() === 'vorstand')).toBe(true);

    await lens.page.keyboard.press('Enter');
    await expect.poll(async () => (await lens.current())?.text ?? '').toMatch(/vorstand/i);
    await expect.poll(() => lens.searchCount().innerText()).toBe(`Match 1 of ${count}`);
    await lens.page.keyboard.press('Enter');
    await expect.poll(() => lens.searchCount().innerText()).toBe(`Match 2 of ${count}`);
    await lens.page.keyboard.press('Shift+Enter');
    await lens.page.keyboard.press('Shift+Enter');
    await expect.poll(() => lens.searchCount().innerText()).toBe(`Match ${count} of ${count}`);

    await lens.page.keyboard.press('Escape');
    expect(await lens.search().inputValue()).toBe('');
    expect(await lens.searchCount().innerText()).toBe('');
    await expect.poll(() => lens.highlighted('interview-lens-match')).toEqual([]);
    expect(await lens.sidebar().isVisible()).toBe(true);

    await lens.search().fill('kein solches wort');
    await expect.poll(() => lens.searchCount().innerText()).toBe('No matches');
    expect(await lens.turns().count()).toBe(0);
  });

  it('numbers the questions in an outline that follows the reader through the article', async () => {
    await openInterview();
    const questions = await lens.page.locator('.il-turn--question').count();
    expect(await lens.outlineItems().count()).toBe(questions);
    expect(await lens.outlineItems().first().innerText()).toMatch(/^1\.\s+Warum glauben Sie, dass Sie gefeuert wurden\?/);
    await lens.page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Sie haben Ilya Sutskever'));
      p?.scrollIntoView({ block: 'center' });
    });
    await expect.poll(() => lens.currentOutlineItem().innerText()).toMatch(/^5\./);
    await lens.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => Number((await lens.currentOutlineItem().innerText()).split('.')[0])).toBeGreaterThan(5);
  });

  it('copies the interview as Markdown and as the CLI JSON, and a link that opens the article at a passage', async () => {
    await openInterview();
    await lens.page.locator('[data-testid=copy-markdown]').click();
    await expect.poll(() => lens.liveRegion().innerText()).toBe('Copied to the clipboard');
    const md = await lens.readClipboard(origin());
    expect(md.split('\n')[0]).toMatch(/^# Sam Altmans neuestes Interview/);
    expect(md).toContain('Source: <http://www.ifanr.com/1570213>');
    expect(md).toContain('Published: 2023-11-30');
    expect(md).toContain('**Sam Altman:** Der Vorstand wird hier eine unabhängige Prüfung durchführen.');
    expect(md).toContain('**Mira Murati:**');
    expect(md).toContain('> *Non-answer (declines):* “Ich habe im Moment nicht viel zu sagen, aber ich freue mich darauf, mehr zu erfahren”');

    await lens.page.locator('[data-testid=copy-json]').click();
    const json = JSON.parse(await lens.readClipboard(origin()));
    const cli = JSON.parse(
      execFileSync('node', [join(ROOT, 'bin', 'interview-lens.js'), 'analyze', join(FIXTURES, 'ifanr-altman-de', 'source.html'), '--url', 'https://www.ifanr.com/1570213'], { encoding: 'utf8' }),
    );
    expect(Object.keys(json).sort()).toEqual(Object.keys(cli).sort());
    expect(json.speakers).toEqual(cli.speakers);
    expect(json.turns).toEqual(cli.turns);

    const row = lens.page.locator('.il-turn-row', { has: lens.page.locator('[data-testid=turn]', { hasText: 'Das ist für sie eine bessere Antwort' }) });
    await row.hover();
    await row.locator('[data-testid=turn-link]').click();
    const link = await lens.readClipboard(origin());
    expect(link).toMatch(/^http:\/\/www\.ifanr\.com\/1570213#:~:text=Altman%3A%20Das%20ist%20f%C3%BCr/);
    const reader = new LensPage(await browser.context.newPage());
    await reader.goto(link);
    await expect.poll(() => reader.paragraphTop('Das ist für sie eine bessere Antwort')).toBeGreaterThan(0);
    await expect.poll(() => reader.paragraphTop('Das ist für sie eine bessere Antwort')).toBeLessThan(800);
    await reader.page.close();
  });
});

describe('accessibility and looks', () => {
  it('has no axe-core violations, in light and dark, with the shortcut sheet and the search open', async () => {
    await openInterview();
    expect(await lens.axe()).toEqual([]);
    await lens.search().fill('Vorstand');
    await lens.pressInPage('j');
    await lens.turns().first().focus();
    await lens.page.keyboard.press('?');
    await lens.page.emulateMedia({ colorScheme: 'dark' });
    expect(await lens.axe()).toEqual([]);
    await lens.page.locator('[data-testid=close]').click();
    expect(await lens.axe()).toEqual([]);
  });

  it('follows prefers-color-scheme, and the options page overrides it', async () => {
    await openInterview();
    const background = () => lens.sidebar().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await lens.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe('rgb(31, 32, 36)');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid=theme-light]').check();
    await expect.poll(() => options.locator('[data-testid=status]').innerText()).toMatch(/Saved/);
    await options.close();
    await expect.poll(background).toBe('rgb(255, 255, 255)');
  });

  it('looks the same on a page with hostile CSS (global !important rules, a 40px root font)', async () => {
    await lens.page.emulateMedia({ reducedMotion: 'reduce' });
    await openInterview(PAGES.plain);
    const plain = await lens.sidebar().screenshot();
    await openInterview(PAGES.hostile);
    expect(await lens.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('40px');
    const hostile = await lens.sidebar().screenshot();
    const differing = await lens.page.evaluate(
      async ([a, b]) => {
        const pixels = async (png: string) => {
          const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data };
        };
        const [x, y] = [await pixels(a), await pixels(b)];
        if (x.width !== y.width || x.height !== y.height) return -1;
        let count = 0;
        for (let i = 0; i < x.data.length; i += 4) if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) count++;
        return count;
      },
      [plain.toString('base64'), hostile.toString('base64')],
    );
    expect(differing).toBe(0);
  });
});

describe('robust on real pages', () => {
  it('works on a page with a strict Content-Security-Policy', async () => {
    await openInterview(PAGES.csp);
    expect(await lens.turns().count()).toBeGreaterThan(20);
    expect(await lens.rootMargin('right')).toBe('380px');
    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.text ?? '').toMatch(/^Der Vorstand/);
    await expect.poll(() => lens.highlighted('interview-lens-focus')).toEqual([expect.stringContaining('Der Vorstand wird hier')]);
    await lens.search().fill('Vorstand');
    await expect.poll(() => lens.searchCount().innerText()).toMatch(/matches/);
    expect((await lens.sidebar().evaluate((el) => getComputedStyle(el).position))).toBe('fixed');
  });

  it('rebuilds on single-page navigation, and goes away when the new page has no interview', async () => {
    await openInterview();
    const rendered = () => lens.page.evaluate(() => performance.getEntriesByName('interview-lens:rendered').length);
    await lens.page.evaluate(() => history.pushState({}, '', '/1570213?page=2'));
    await expect.poll(rendered).toBe(2);
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    expect(await lens.host().count()).toBe(1);
    await lens.page.evaluate(() => {
      document.querySelector('article')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Nothing but news here.' }));
      history.pushState({}, '', '/1570214');
    });
    await expect.poll(() => lens.host().count()).toBe(0);
    expect(await lens.rootMargin('right')).toBe('0px');
  });

  it('leaves one sidebar when the content script is injected again', async () => {
    await openInterview();
    await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.scripting.executeScript({ target: { tabId: tab.id! }, files: ['/content-scripts/content.js'] });
    });
    await lens.settled();
    await expect.poll(() => lens.host().count()).toBe(1);
  });
});

describe('in German', () => {
  it('speaks the browser language, whatever the page language', async () => {
    const german = await launchWithExtension(server.port, { args: ['--lang=de'] });
    try {
      const page = new LensPage(await german.context.newPage());
      await page.goto(server.urlOf('theverge-altman-en'));
      await page.settled();
      await expect.poll(() => page.sidebar().isVisible()).toBe(true);
      expect(await page.sidebar().getAttribute('aria-label')).toBe('Interview Lens');
      expect(await page.page.locator('#il-summary-h').innerText()).toMatch(/Überblick/i);
      expect(await page.stats().first().innerText()).toMatch(/hat \d+ von \d+ Fragen beantwortet/);
      expect(await page.page.locator('[data-testid=close]').getAttribute('aria-label')).toBe('Interview Lens schließen');
      expect(page.errors).toEqual([]);
    } finally {
      await german.close();
    }
  });
});

describe('after an extension update', () => {
  it('leaves no dead UI behind', async () => {
    const updated = await launchWithExtension(server.port);
    try {
      const page = new LensPage(await updated.context.newPage());
      await page.goto(server.urlOf('ifanr-altman-de'));
      await page.settled();
      await expect.poll(() => page.sidebar().isVisible()).toBe(true);
      await updated.worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.runtime.reload()).catch(() => undefined);
      await expect.poll(() => page.host().count()).toBe(0);
      expect(await page.rootMargin('right')).toBe('0px');
      expect(await page.highlighted('interview-lens-entity')).toEqual([]);
    } finally {
      await updated.close();
    }
  });
});
