import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES } from '../../scripts/lib/fixture-server';
import { FIREFOX_SERVICES_HOST } from '../../scripts/lib/firefox';
import { firefox, lens, server, useFirefoxSession } from './support/firefox-session';
import { ownUrls } from './support/own-urls';
import { NAMES_PAGE, useWikipediaServer } from './support/wikipedia-server';

/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR, installed as a temporary
 * add-on: what the Chromium e2e tests check on the founding interview and on pages that are not
 * interviews, with the pages under their real hosts (www.ifanr.com, www.theverge.com); and
 * Wikipedia summaries on the reader's request, with *.wikipedia.org a local HTTPS stand-in
 * (support/wikipedia-server.ts) that the fixture server, Firefox's proxy, tunnels to.
 */

/** Real non-interview pages (../shared/corpus, absent in a fresh clone without it). */
const CORPUS_PAGES = ['theverge-2023-visionpro.html', 'elavegan-recipe.en.html'].filter((f) => existsSync(join(CORPUS, f)));

const wiki = useWikipediaServer();

useFirefoxSession(
  [...CORPUS_PAGES.map((f) => ({ path: `/corpus/${f}`, file: join(CORPUS, f) })), { path: new URL(NAMES_PAGE.url).pathname, file: NAMES_PAGE.file }],
  wiki.hosts,
);

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
    await expect.poll(async () => (await lens.current())?.verdict).toMatch(/^(?:non-answer|partial)$/);
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

// Last in the file: "Always" stays set for the rest of the session.
describe('Firefox, Wikipedia summaries on the reader’s request', () => {
  /** Opens the names interview (or reloads it) and the card of a name, by its mark in the article. */
  async function openCard(id: string) {
    await lens.goto(NAMES_PAGE.url);
    await lens.settled();
    await expect.poll(() => lens.count(`.il-mark[data-entity="${id}"]`), { message: `a mark for ${id}` }).toBe(1);
    await lens.click(`.il-mark[data-entity="${id}"]`);
    await expect.poll(() => lens.isVisible('[data-testid=context-card]')).toBe(true);
  }
  const state = () => lens.attribute('[data-testid=summary]', 'data-state');
  const card = async () => (await lens.texts('[data-testid=context-card]'))[0] ?? '';
  const tunnels = () => server.requests.filter((r) => /wikipedia/.test(r));

  it('says what would be sent and to whom, and sends nothing until asked', async () => {
    await openCard('lookup:robert-habeck');
    expect(await state()).toBe('ask');
    expect(await card()).toContain('Robert Habeck');
    expect(await card()).toContain('de.wikipedia.org');
    await new Promise((done) => setTimeout(done, 1_000));
    expect(wiki.requests, 'no request reached Wikipedia').toEqual([]);
    expect(tunnels(), 'nor went towards it').toEqual([]);
  });

  it('after "Load", shows the summary as text, and sent only the name', async () => {
    await openCard('lookup:robert-habeck');
    await lens.click('[data-testid=summary-load]');
    await expect.poll(state).toBe('ok');
    const text = await card();
    expect(text).toContain('Test description of Robert Habeck');
    expect(text).toContain('Robert Habeck is a test article served locally. It has a second sentence.');
    expect(text).toContain('<img src=x');
    expect(await lens.count('[data-testid=context-card] img')).toBe(0);
    expect(await lens.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(wiki.requests.map((r) => [r.host, r.path])).toEqual([['de.wikipedia.org', '/api/rest_v1/page/summary/Robert_Habeck?redirect=true']]);
    const [request] = wiki.requests;
    expect([request.cookie, request.referer], 'no cookie, no page address').toEqual([undefined, undefined]);
    expect(request.origin ?? '').not.toContain('ifanr');
    expect(tunnels()).toEqual(['CONNECT de.wikipedia.org:443']);
  });

  it('serves a second click from the cache, after a reload, without a request', async () => {
    const before = wiki.requests.length;
    await openCard('lookup:luisa-neubauer');
    await lens.click('[data-testid=summary-load]');
    await expect.poll(state).toBe('ok');
    expect(wiki.requests).toHaveLength(before + 1);
    await openCard('lookup:luisa-neubauer');
    await lens.click('[data-testid=summary-load]');
    await expect.poll(state).toBe('ok');
    expect(await card()).toContain('Test description of Luisa Neubauer');
    expect(wiki.requests, 'the second summary came from the cache').toHaveLength(before + 1);
  });

  it('"Always" loads at once from then on, across a reload', async () => {
    await openCard('lookup:greta-thunberg');
    await lens.click('[data-testid=summary-always]');
    await expect.poll(state).toBe('ok');
    await openCard('lookup:annalena-baerbock');
    await expect.poll(state, { message: 'loaded without a click' }).toBe('ok');
    expect(await card()).toContain('Test description of Annalena Baerbock');
    expect(wiki.requests.map((r) => r.title)).toEqual(expect.arrayContaining(['Greta Thunberg', 'Annalena Baerbock']));
  });
});
