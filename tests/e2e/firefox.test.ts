import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES } from '../../scripts/lib/fixture-server';
import { FIREFOX_SERVICES_HOST } from '../../scripts/lib/firefox';
import { firefox, lens, server, useFirefoxSession } from './support/firefox-session';
import { ownUrls } from './support/own-urls';

/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR, installed as a temporary
 * add-on: what the Chromium e2e tests check on the founding interview and on pages that are not
 * interviews, with the pages under their real hosts (www.ifanr.com, www.theverge.com).
 */

/** Real non-interview pages (../shared/corpus, absent in a fresh clone without it). */
const CORPUS_PAGES = ['theverge-2023-visionpro.html', 'elavegan-recipe.en.html'].filter((f) => existsSync(join(CORPUS, f)));

useFirefoxSession(CORPUS_PAGES.map((f) => ({ path: `/corpus/${f}`, file: join(CORPUS, f) })));

const FOUNDING = 'ifanr-altman-de';

async function openInterview(slug = FOUNDING) {
  await lens.goto(server.urlOf(slug));
  await lens.settled();
  await expect.poll(() => lens.isVisible('[data-testid=sidebar]')).toBe(true);
}

// First in the file, so that every request since Firefox started, the extension's install and
// its background's start included, is this session's.
describe('Firefox, a whole session on the founding interview', () => {
  it('makes no network request of the extension’s own, from its install on (every request of the browser passes the fixture server)', async () => {
    const pageUrl = server.urlOf(FOUNDING);
    const own = ownUrls(pageUrl, readFileSync(join(FIXTURES, FOUNDING, 'source.html'), 'utf8'));
    // Tunnels name only host and port: those of the page's own https resources are its own.
    const ownTunnels = new Set([...own].filter((u) => u.startsWith('https:')).map((u) => `CONNECT ${new URL(u).hostname}:443`));
    await openInterview();
    await lens.click('[data-testid=speaker-chip]', 'Mira Murati');
    await lens.click('[data-testid=turn]');
    await lens.click('[data-testid=speaker-chip]', 'Mira Murati');
    await lens.click('[data-testid=entity] button.il-entity-name');
    await lens.scrollToParagraph('Q*');
    await lens.click('.il-mark[data-entity="q-star"]');
    await expect.poll(() => lens.isVisible('[data-testid=context-card]')).toBe(true);
    await lens.page.keyboard.press('j');
    await new Promise((done) => setTimeout(done, 1_000));

    const seen = server.requests.filter((r) => new URL(r.replace(/^CONNECT /, 'http://')).hostname !== FIREFOX_SERVICES_HOST);
    expect(seen, 'the page itself was loaded through the server').toContain(pageUrl);
    expect(seen.filter((r) => !own.has(r) && !ownTunnels.has(r)), 'requests that are not the page’s own document and resources').toEqual([]);
    expect(firefox.extensionId).toBe('interview-lens@interview-lens.dev');
  });
});

describe('Firefox, on the founding interview as an ifanr page', () => {
  it('opens the sidebar by itself, names Altman and Murati, and makes room beside the article', async () => {
    await openInterview();
    expect(await lens.speakerNames()).toEqual(expect.arrayContaining(['Sam Altman', 'Mira Murati']));
    expect((await lens.texts('[data-testid=turn]')).length).toBeGreaterThan(20);
    expect(await lens.page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('380px');
  });

  it('jumps to the paragraph of a clicked turn and highlights it', async () => {
    await openInterview();
    const start = 'Ich habe gelernt, dass das Unternehmen';
    expect(await lens.paragraphTop(start)).toBeGreaterThan(900);
    await lens.click('[data-testid=turn]', start);
    await expect.poll(() => lens.paragraphTop(start)).toBeLessThan(700);
    expect(await lens.paragraphTop(start)).toBeGreaterThan(0);
    expect(await lens.highlighted('interview-lens-focus')).toEqual([expect.stringContaining('Ich habe gelernt'), expect.stringContaining('Ich dachte, ich fühle')]);
  });

  it('j and k go from answer to answer in the article, with the focus in the page', async () => {
    await openInterview();
    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.kind).toBe('answer');
    const first = (await lens.current())!;
    expect(first.text).toMatch(/^Der Vorstand wird hier/);
    await expect.poll(() => lens.highlighted('interview-lens-focus')).toEqual([expect.stringContaining('Der Vorstand wird hier')]);
    await expect.poll(() => lens.paragraphTop('Der Vorstand wird hier')).toBeLessThan(700);
    expect(await lens.texts('[data-testid=live-region]')).toEqual([expect.stringMatching(/^Sam Altman, answer 1 of \d+$/)]);
    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.index).toBeGreaterThan(first.index);
    await lens.pressInPage('k');
    await expect.poll(async () => (await lens.current())?.id).toBe(first.id);
  });

  it('sums up the non-answers per speaker, with the quotes, and jumps to one', async () => {
    await openInterview();
    expect(await lens.texts('[data-testid=speaker-stats]')).toEqual([
      expect.stringMatching(/^Sam Altman\s*answered \d+ of \d+ questions$/),
      expect.stringMatching(/^Mira Murati\s*answered \d+ of \d+ questions$/),
    ]);
    const items = await lens.texts('[data-testid=non-answer]');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toMatch(/Warum glauben Sie, dass Sie gefeuert wurden\?\s*declines\s*Sam Altman\s*(?:Ich )?habe im Moment nicht viel zu sagen/);
    await lens.click('[data-testid=non-answer]', 'gefeuert');
    await expect.poll(async () => (await lens.current())?.verdict).toBe('non-answer');
  });

  it('opens a context card from the underlined mention, and closes it with Esc', async () => {
    await openInterview();
    expect(await lens.highlighted('interview-lens-entity')).toEqual(expect.arrayContaining(['Q*', 'Ilya Sutskever']));
    await lens.scrollToParagraph('Sie haben Ilya Sutskever');
    await lens.click('.il-mark[data-entity="ilya-sutskever"]');
    await expect.poll(() => lens.isVisible('[data-testid=context-card]')).toBe(true);
    const [card] = await lens.texts('[data-testid=context-card]');
    expect(card).toMatch(/Sutskever/);
    const href = await lens.page.evaluate(() => document.querySelector('interview-lens-ui')?.shadowRoot?.querySelector('[data-testid=context-card] a')?.getAttribute('href'));
    expect(href).toMatch(/^https:\/\/\w+\.wikipedia\.org\/wiki\//);
    await lens.page.keyboard.press('Escape');
    await expect.poll(() => lens.texts('[data-testid=context-card]')).toEqual([]);
  });

  it('remembers a closed sidebar for the site across a reload (the extension’s storage)', async () => {
    await openInterview();
    await lens.click('.il-close');
    await expect.poll(() => lens.isVisible('[data-testid=launcher]')).toBe(true);
    await lens.page.reload({ waitUntil: 'domcontentloaded' });
    await lens.settled();
    await expect.poll(() => lens.isVisible('[data-testid=launcher]')).toBe(true);
    expect(await lens.isVisible('[data-testid=sidebar]')).toBe(false);
    await lens.click('[data-testid=launcher]');
    await expect.poll(() => lens.isVisible('[data-testid=sidebar]')).toBe(true);
  });
});

describe('Firefox, on a single-page site', () => {
  it('rebuilds on single-page navigation, and goes away when the new page has no interview', async () => {
    await openInterview();
    const rendered = () => lens.page.evaluate(() => performance.getEntriesByName('interview-lens:rendered').length);
    await lens.page.evaluate(() => history.pushState({}, '', '/1570213?page=2'));
    await expect.poll(rendered).toBe(2);
    await expect.poll(() => lens.isVisible('[data-testid=sidebar]')).toBe(true);
    expect(await lens.hostCount()).toBe(1);
    await lens.page.evaluate(() => {
      document.querySelector('article')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Nothing but news here.' }));
      history.pushState({}, '', '/1570214');
    });
    await expect.poll(() => lens.hostCount()).toBe(0);
    expect(await lens.page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
  });
});

describe('Firefox, on the founding interview as a Verge page', () => {
  it('opens the sidebar with Altman and Murati and the unlabelled bold questions', async () => {
    await openInterview('theverge-altman-en');
    expect(await lens.speakerNames()).toEqual(expect.arrayContaining(['Sam Altman', 'Mira Murati']));
    expect(await lens.texts('[data-testid=turn]')).toEqual(expect.arrayContaining([expect.stringContaining('Why do you think the board said it had lost trust in you?')]));
  });
});

describe('Firefox, on pages that are not interviews', () => {
  const pages = ['/recipe-ingredients-en', ...CORPUS_PAGES.map((f) => `/corpus/${f}`)];

  it.each(pages)('shows nothing on http://www.theverge.com%s', async (path) => {
    const url = path.startsWith('/corpus/') ? `http://www.theverge.com${path}` : `http://www.theverge.com${new URL(server.urlOf(path.slice(1))).pathname}`;
    await lens.goto(url);
    await lens.settled();
    expect(await lens.page.evaluate(() => performance.getEntriesByName('interview-lens:idle').length)).toBe(1);
    expect(await lens.hostCount()).toBe(0);
  });
});
