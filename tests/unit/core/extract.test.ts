import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../src/core/document-title';
import { chooseArticle, extract, readMetadata } from '../../../src/core/extract';
import { siteFor } from '../../../src/sites';
import { docFrom } from '../support/html';

/**
 * Extraction without Readability's content pass: where the site adapter finds the article body,
 * only Readability's metadata steps run (src/core/extract.ts). They are not Readability's public
 * API, so this checks they still give what a full parse() gives.
 */

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const pages = [
  ...readdirSync(FIXTURES)
    .filter((slug) => existsSync(join(FIXTURES, slug, 'source.html')))
    .map((slug) => join(FIXTURES, slug, 'source.html')),
  ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).map((f) => join(CORPUS, f)) : []),
];

describe('readMetadata', () => {
  it.each(pages.map((path) => [path.split('/').slice(-2).join('/'), path]))('gives what parse() gives on %s', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const parsed = new Readability(docFrom(html)).parse();
    const metadata = readMetadata(docFrom(html));
    expect(metadata?.title).toBe(parsed?.title);
    expect(metadata?.siteName ?? null).toBe(parsed?.siteName ?? null);
    // parse() also finds a byline in the article's text; the metadata step only in meta tags.
    if (metadata?.byline) expect(metadata.byline).toBe(parsed?.byline);
  });

  it('leaves the page as it was', () => {
    const doc = docFrom(readFileSync(join(FIXTURES, 'ifanr-altman-de', 'source.html'), 'utf8'));
    const before = doc.documentElement.outerHTML;
    readMetadata(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('chooseArticle', () => {
  const paragraphs = (content: Element | null | undefined) =>
    // Post-processing, which chooseArticle skips, only drops empty wrappers: the same text remains.
    Array.from(content?.querySelectorAll('p, li, pre') ?? []).map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

  it.each(pages.map((path) => [path.split('/').slice(-2).join('/'), path]))('keeps the paragraphs and metadata parse() keeps on %s', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const parsed = new Readability<Element>(docFrom(html), { charThreshold: 300, serializer: (node) => node as Element }).parse();
    const chosen = chooseArticle(docFrom(html));
    expect(paragraphs(chosen?.content)).toEqual(paragraphs(parsed?.content));
    expect(chosen?.article.title).toBe(parsed?.title);
    expect(chosen?.article.byline ?? null).toBe(parsed?.byline ?? null);
    expect(chosen?.article.siteName ?? null).toBe(parsed?.siteName ?? null);
    expect(chosen?.article.lang ?? null).toBe(parsed?.lang ?? null);
  });
});

describe('extract', () => {
  it('reads the founding interview through the ifanr adapter without changing the page', () => {
    const doc = docFrom(readFileSync(join(FIXTURES, 'ifanr-altman-de', 'source.html'), 'utf8'));
    const before = doc.documentElement.outerHTML;
    const article = extract(doc, siteFor('https://www.ifanr.com/1570213'));
    expect(article.title).toMatch(/^Sam Altmans neuestes Interview/);
    expect(article.siteName).toBe('爱范儿');
    expect(article.blocks.length).toBeGreaterThan(40);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['empty', ''],
    ['a comment only', '<!-- x -->'],
  ])('reads an %s document as no title and no paragraphs', (_name, html) => {
    const doc = docFrom(html);
    expect(documentTitle(doc)).toBe('');
    for (const url of ['https://example.org/', 'https://www.ifanr.com/1']) {
      expect(extract(doc, siteFor(url)).blocks).toEqual([]);
    }
  });
});
