import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../../src/core/document-title';
import { extract } from '../../../../src/core/extract';
import { siteFor } from '../../../../src/sites';
import { docFrom } from '../../support/html';

/** The extraction: the article's live paragraphs, the page left as it was. */

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

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
