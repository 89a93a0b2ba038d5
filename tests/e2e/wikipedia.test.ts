import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, lens, useExtensionSession } from './support/session';
import { NAMES_PAGE, useWikipediaServer } from './support/wikipedia-server';

/**
 * Wikipedia summaries on demand (issue 17), with Wikipedia served locally: *.wikipedia.org
 * resolves to a local HTTPS stand-in (support/wikipedia-server.ts) whose test certificate the
 * browser is told to accept. Nothing is asked before the reader asks; then only the name.
 */

/** The extension's storage API, as the service worker sees it (evaluated there). */
declare const chrome: { storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, { summaries?: string } | undefined>> } } };

const PAGE_URL = NAMES_PAGE.url;
const wiki = useWikipediaServer();

useExtensionSession({
  routes: [{ path: new URL(PAGE_URL).pathname, file: NAMES_PAGE.file }],
  hosts: wiki.hosts,
  args: ['--ignore-certificate-errors'],
  // Each test starts as a new reader: no setting, no cached summary.
  beforePage: async () => {
    await browser.worker.evaluate(() => chrome.storage.local.clear());
    wiki.requests.length = 0;
  },
});

/** Opens the page and the card of a name (by its mark in the article). */
async function openCard(id: string) {
  await lens.goto(PAGE_URL);
  await lens.settled();
  const mark = lens.page.locator(`.il-mark[data-entity="${id}"]`);
  await expect.poll(() => mark.count(), { message: `a mark for ${id}` }).toBe(1);
  await mark.click();
  const card = lens.page.locator('[data-testid=context-card]');
  await expect.poll(() => card.isVisible()).toBe(true);
  return card;
}

const summary = () => lens.page.locator('[data-testid=summary]');
const state = () => summary().getAttribute('data-state');

describe('a name outside the knowledge base', () => {
  it('asks before anything is sent, says what and to whom, and sends nothing until asked', async () => {
    const requests: Request[] = [];
    const record = (request: Request) => requests.push(request);
    browser.context.on('request', record);
    try {
      const card = await openCard('lookup:robert-habeck');
      expect(await state()).toBe('ask');
      const text = await card.innerText();
      expect(text).toContain('Robert Habeck');
      expect(text).toContain('de.wikipedia.org');
      await lens.page.waitForTimeout(1000);
    } finally {
      browser.context.off('request', record);
    }
    expect(wiki.requests, 'no request reached Wikipedia').toEqual([]);
    expect(requests.filter((r) => r.serviceWorker() || /wikipedia/.test(r.url())).map((r) => r.url())).toEqual([]);
  });

  it('after "Load", shows the summary as text, and sent only the name', async () => {
    const card = await openCard('lookup:robert-habeck');
    await card.locator('[data-testid=summary-load]').click();
    await expect.poll(state).toBe('ok');
    const text = await card.innerText();
    expect(text).toContain('Test description of Robert Habeck');
    expect(text).toContain('Robert Habeck is a test article served locally. It has a second sentence.');
    expect(text).not.toContain('A fourth sentence');
    // The reply's markup is text, never HTML: no image in the card, nothing ran.
    expect(text).toContain('<img src=x');
    expect(await card.locator('img').count()).toBe(0);
    expect(await lens.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await card.locator('a', { hasText: 'Read on Wikipedia' }).getAttribute('href')).toBe('https://de.wikipedia.org/wiki/Robert_Habeck');
    expect(wiki.requests.map((r) => [r.host, r.path])).toEqual([['de.wikipedia.org', '/api/rest_v1/page/summary/Robert_Habeck?redirect=true']]);
    const [request] = wiki.requests;
    expect([request.cookie, request.referer], 'no cookie, no page address').toEqual([undefined, undefined]);
    expect(request.origin ?? '').not.toContain('ifanr');
  });

  it('serves a second click from the cache, after a reload, without a request', async () => {
    let card = await openCard('lookup:luisa-neubauer');
    await card.locator('[data-testid=summary-load]').click();
    await expect.poll(state).toBe('ok');
    expect(wiki.requests).toHaveLength(1);
    card = await openCard('lookup:luisa-neubauer');
    await card.locator('[data-testid=summary-load]').click();
    await expect.poll(state).toBe('ok');
    expect(await card.innerText()).toContain('Test description of Luisa Neubauer');
    expect(wiki.requests, 'the second summary came from the cache').toHaveLength(1);
  });

  it('"Always" loads at once from then on, and the options page shows it', async () => {
    let card = await openCard('lookup:greta-thunberg');
    await card.locator('[data-testid=summary-always]').click();
    await expect.poll(state).toBe('ok');
    card = await openCard('lookup:annalena-baerbock');
    await expect.poll(state, { message: 'loaded without a click' }).toBe('ok');
    expect(await card.innerText()).toContain('Test description of Annalena Baerbock');
    const options = await browser.context.newPage();
    try {
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      const box = options.locator('[data-testid=summaries-always]');
      await expect.poll(() => box.isChecked()).toBe(true);
      await box.uncheck();
      await expect.poll(() => browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.summaries)).toBe('ask');
    } finally {
      await options.close();
    }
    await openCard('lookup:fridays-for-future');
    expect(await state()).toBe('ask');
  });

  it('falls back to English, and says quietly when there is no article', async () => {
    wiki.answer('RWE', 'missing');
    const card = await openCard('lookup:rwe');
    await card.locator('[data-testid=summary-load]').click();
    await expect.poll(state).toBe('missing');
    expect(await card.innerText()).toContain('Wikipedia has no article named “RWE”.');
    expect(wiki.requests.map((r) => r.host)).toEqual(['de.wikipedia.org', 'en.wikipedia.org']);
  });

  it.each([
    ['disambiguation', 'Wikipedia has several articles named “Universität Leipzig”.'],
    ['malformed', 'Wikipedia’s answer could not be read.'],
    ['offline', 'Wikipedia could not be reached.'],
  ] as const)('shows a clear, quiet state for a %s answer', async (behaviour, words) => {
    wiki.answer('Universität Leipzig', behaviour);
    const card = await openCard('lookup:universität-leipzig');
    await card.locator('[data-testid=summary-load]').click();
    await expect.poll(state).toBe(behaviour);
    expect(await card.innerText()).toContain(words);
    wiki.answer('Universität Leipzig', 'ok');
  });

  it('gives up after the time limit, and can try again', async () => {
    wiki.answer('Fridays for Future', 'slow');
    const card = await openCard('lookup:fridays-for-future');
    await card.locator('[data-testid=summary-load]').click();
    expect(await state()).toBe('loading');
    await expect.poll(state, { timeout: 30_000 }).toBe('timeout');
    expect(await card.innerText()).toContain('Wikipedia did not answer in time.');
    wiki.answer('Fridays for Future', 'ok');
    await card.locator('[data-testid=summary-retry]').click();
    await expect.poll(state).toBe('ok');
  });
});

describe('the interviewee at a glance', () => {
  it('names the interviewee in the header with the page’s own introduction', async () => {
    await lens.goto(PAGE_URL);
    await lens.settled();
    const person = lens.page.locator('[data-testid=interviewee]');
    await expect.poll(() => person.count()).toBe(1);
    expect(await person.innerText()).toContain('Jana Roth – Jana Roth ist Energieforscherin an der Universität Leipzig.');
    expect(await person.getAttribute('data-source')).toBe('page');
    expect(wiki.requests).toEqual([]);
  });
});
