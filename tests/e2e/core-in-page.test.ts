import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeInPage } from '../../scripts/lib/core-in-page';
import { CORPUS, FIXTURES, fixtureUrls } from '../../scripts/lib/fixture-server';
import { asTheReaderGetsIt } from '../../scripts/lib/reader-options';
import { analyzeDocument } from '../../src/core/analyze';
import { lens, server, useExtensionSession } from './support/session';

/**
 * One core for the page and for Node: in Chromium's own DOM, where Readability reads the copy of
 * the page the extraction builds (src/core/extract/readability.ts), the analysis must be exactly the one the
 * CLI and the golden tests make with linkedom, on every golden fixture and real corpus page.
 */

/** The corpus pages (../shared/corpus, absent in a fresh clone) with the URLs they come from. */
const CORPUS_PAGES: [string, string][] = [
  ['ndr-coronavirus-update-140.de.html', 'https://www.ndr.de/nachrichten/info/podcastcoronavirus140.html'],
  ['theverge-2023-visionpro.html', 'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions'],
  ['elavegan-recipe.en.html', 'https://elavegan.com/peanut-butter-truffles/'],
];
const hasCorpus = existsSync(CORPUS);

useExtensionSession({ routes: hasCorpus ? CORPUS_PAGES.map(([file]) => ({ path: `/corpus/${file}`, file: join(CORPUS, file) })) : [] });

/** The analysis Node makes of the same file as the reader gets it, as the page's JSON would carry it. */
function analysisInNode(file: string, url: string) {
  const doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
  return JSON.parse(JSON.stringify(analyzeDocument(doc, asTheReaderGetsIt(url)).analysis));
}

describe('the analysis in Chromium', () => {
  // Only the page itself: its images, fonts and scripts elsewhere could not load on this offline
  // machine anyway, and the page is analysed as its HTML stands.
  beforeEach(() => lens.page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort()));

  it.each([...fixtureUrls()])('is the one Node makes of %s', async (slug, url) => {
    await lens.page.goto(`http://127.0.0.1:${server.port}${new URL(url).pathname}`, { waitUntil: 'domcontentloaded' });
    expect(await analyzeInPage(lens.page, url)).toEqual(analysisInNode(join(FIXTURES, slug, 'source.html'), url));
  });

  it.skipIf(!hasCorpus).each(CORPUS_PAGES)('is the one Node makes of the real page %s', async (file, url) => {
    await lens.page.goto(`http://127.0.0.1:${server.port}/corpus/${file}`, { waitUntil: 'domcontentloaded' });
    expect(await analyzeInPage(lens.page, url)).toEqual(analysisInNode(join(CORPUS, file), url));
  });
});
