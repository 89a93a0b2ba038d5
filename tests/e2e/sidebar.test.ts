import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SERVED_HOSTS } from '../../scripts/lib/fixture-server';
import { browser, lens, server, useExtensionSession } from './support/session';

/** Real non-interview pages, served under The Verge's host so the content script runs on them. */
const CORPUS_PAGES = ['theverge-2023-visionpro.html', 'theverge-2026-trifold.html', 'elavegan-recipe.en.html'];
const hasCorpus = existsSync(CORPUS);

useExtensionSession({ routes: hasCorpus ? CORPUS_PAGES.map((f) => ({ path: `/corpus/${f}`, file: join(CORPUS, f) })) : [] });

describe('on the founding interview as an ifanr page', () => {
  it('opens the sidebar by itself and names Altman and Murati', async () => {
    await lens.goto(server.urlOf('ifanr-altman-de'));
    await lens.settled();
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    const names = await lens.speakerNames();
    expect(names).toEqual(expect.arrayContaining(['Sam Altman', 'Mira Murati']));
    expect(await lens.turns().count()).toBeGreaterThan(20);
  });

  it('jumps to the paragraph of a clicked turn and highlights it', async () => {
    await lens.goto(server.urlOf('ifanr-altman-de'));
    await lens.settled();
    const start = 'Ich habe gelernt, dass das Unternehmen';
    expect(await lens.paragraphTop(start)).toBeGreaterThan(900);
    await lens.turns().filter({ hasText: start }).click();
    await expect.poll(async () => lens.paragraphTop(start)).toBeLessThan(700);
    expect(await lens.paragraphTop(start)).toBeGreaterThan(0);
    const highlighted = await lens.page.evaluate(() => {
      const h = (CSS as unknown as { highlights?: Map<string, { values(): Iterable<Range> }> }).highlights?.get('interview-lens-focus');
      return h ? [...h.values()].map((r) => r.toString().slice(0, 40)) : null;
    });
    expect(highlighted).toEqual([expect.stringContaining('Ich habe gelernt'), expect.stringContaining('Ich dachte, ich fühle')]);
  });

  it('closes to a launcher and reopens from it and from the toolbar button', async () => {
    await lens.goto(server.urlOf('ifanr-altman-de'));
    await lens.settled();
    await lens.page.locator('.il-close').click();
    await expect.poll(() => lens.sidebar().count()).toBe(0);
    await lens.launcher().click();
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    // The toolbar button's message, as the background sends it.
    const toggle = () =>
      browser.worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        await api.tabs.sendMessage(tab.id!, { type: 'interview-lens:toggle' });
      });
    await toggle();
    await expect.poll(() => lens.sidebar().count()).toBe(0);
    await toggle();
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    expect(await lens.host().count()).toBe(1);
  });
});

describe('on the founding interview as a Verge page', () => {
  it('opens the sidebar with Altman and Murati and the unlabelled bold questions', async () => {
    await lens.goto(server.urlOf('theverge-altman-en'));
    await lens.settled();
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    expect(await lens.speakerNames()).toEqual(expect.arrayContaining(['Sam Altman', 'Mira Murati']));
    await expect.poll(() => lens.turns().filter({ hasText: 'Why do you think the board said it had lost trust in you?' }).count()).toBe(1);
  });
});

describe.skipIf(!hasCorpus)('on real pages that are not interviews', () => {
  // Their images, fonts and scripts live elsewhere and cannot load on this offline machine:
  // refused at once rather than waited for.
  beforeEach(() => lens.page.route((url) => !SERVED_HOSTS.includes(url.hostname), (route) => route.abort()));

  it.each(CORPUS_PAGES)('shows nothing on %s', async (file) => {
    await lens.goto(`http://www.theverge.com/corpus/${file}`);
    await lens.settled();
    expect(await lens.host().count()).toBe(0);
  });
});

describe('the toolbar button on a page that is not an interview', () => {
  it('opens the sidebar on request and says no interview was found, and why', async () => {
    // A recipe with bold "Ingredient:" labels, served under The Verge's host so the probe runs.
    await lens.goto(`http://www.theverge.com${new URL(server.urlOf('recipe-ingredients-en')).pathname}`);
    await lens.settled();
    expect(await lens.host().count()).toBe(0);
    await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.tabs.sendMessage(tab.id!, { type: 'interview-lens:toggle' });
    });
    const empty = lens.page.locator('[data-testid=no-interview]');
    await expect.poll(() => empty.isVisible()).toBe(true);
    expect(await empty.innerText()).toMatch(/No interview found on this page/);
    expect(await lens.turns().count()).toBe(0);
  });
});
