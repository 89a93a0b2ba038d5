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

describe('paragraphs as a reader sees them', () => {
  const read = (body: string, head = '') => {
    const article = extract(docFrom(`<!doctype html><html lang="en"><head><title>A talk</title>${head}</head><body><article>${body}</article></body></html>`), siteFor('https://example.org/a'));
    return { ...article, blocks: article.blocks.filter((b) => b.tag !== 'H1') };
  };

  it('parts a paragraph at blank lines (<br><br>), each part pointing into its element', () => {
    const article = read('<p><b>Why birds?</b><br>Because of a date.<br><br>It went badly.</p>');
    expect(article.blocks.map((b) => [b.text, b.offset, b.boldLead])).toEqual([
      ['Why birds? Because of a date.', 0, 'Why birds?'],
      ['It went badly.', 30, ''],
    ]);
    expect(article.elements[0]).toBe(article.elements[1]);
  });

  it('reads a blog’s own text beside a block child, in reading order', () => {
    const article = read('<div class="post-body">Intro line of the post.<br><br><b>First question?</b><br>First answer.<div class="clear"></div><p>A closing paragraph.</p></div>');
    expect(article.blocks.map((b) => b.text)).toEqual(['Intro line of the post.', 'First question? First answer.', 'A closing paragraph.']);
    expect(article.blocks[1].offset).toBe('Intro line of the post. '.length);
  });

  it('leaves out a pull quote that repeats an answer’s words in short, keeps a quote that says something new', () => {
    const answer = 'Rechte Strömungen haben sich viele ihrer Strategien vom NS-Regime und seinen Denkfiguren abgeschaut, bis heute.';
    const article = read(`<p>${answer}</p><blockquote>„Rechte Strömungen haben sich Strategien vom NS-Regime abgeschaut“</blockquote><h3>“I want to experience everything that comes next.”</h3>`);
    expect(article.blocks.map((b) => b.text)).toEqual([answer, '“I want to experience everything that comes next.”']);
  });

  it('takes the author from the page’s metadata before Readability’s guess', () => {
    const article = read('<p class="byline">By John Roy</p><p>Text.</p>', '<meta name="author" value="Abraham Riesman">');
    expect(article.authors[0]).toBe('Abraham Riesman');
  });

  it('reads bold and italics set by an inline style, and not the bold wrapper of a text pasted from Google Docs', () => {
    const article = read(
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Why pottery?</span></p><p><span style="font-weight:400">An evening class.</span></p>' +
        '<p><span style="font-style:italic">This interview was edited.</span></p></b>',
    );
    expect(article.blocks.map((b) => [b.text, b.allBold, b.allItalic])).toEqual([
      ['Why pottery?', true, false],
      ['An evening class.', false, false],
      ['This interview was edited.', false, true],
    ]);
  });

  it('reads text in a colour of its own as set apart, as bold is, and a grey as not', () => {
    const article = read('<p><span style="color: rgb(196, 122, 58);">还记得第一天上班吗？</span></p><p><span style="color: #888;">▲ 阿青在吧台</span></p><p>记得。</p>');
    expect(article.blocks.map((b) => b.allBold)).toEqual([true, false, false]);
  });

  it("reads the author from a template's author element, not from a commenter's", () => {
    expect(read('<div class="meta"><span class="blog-detail__author">von Carina Hoffmann, Employer Branding</span></div><p>Text.</p>').authors).toEqual(['von Carina Hoffmann, Employer Branding']);
    // The innermost: the name, not the byline box around it with the role and the date.
    expect(read('<div class="article-byline"><span class="author">By Holly Brennan</span> <span>Community reporter</span> <time>21st March 2026</time></div><p>Text.</p>').authors).toEqual(['By Holly Brennan']);
    expect(read('<p>Text.</p><div class="comments"><span class="comment-author">Max Mustermann</span></div>').authors).toEqual([]);
    expect(read('<p>Text.</p><div class="author-bio">Carina Hoffmann schreibt seit 2019 über Logistik und Menschen.</div>').authors).toEqual([]);
    // A quotation's author is the one quoted, for the page's template and for Readability.
    const quoted = read('<p>Text.</p><blockquote class="quote"><p>„Strom sieht man nicht.“</p><p class="quote__author">Derya Kaplan</p></blockquote>');
    expect([quoted.authors, quoted.byline]).toEqual([[], null]);
  });

  it("reads the author from the first part of a header's plain meta line, not a date, a reading time or tags", () => {
    const line = (first: string) => read(`<div class="post_meta__Ap0c"><img src="a.jpg" alt=""> <span>${first}</span> · <time>Feb 10, 2026</time> · 6 min read</div><p>Text.</p>`).authors;
    expect(line('Priya Natarajan, Engineering Manager')).toEqual(['Priya Natarajan, Engineering Manager']);
    expect(line('Feb 10, 2026')).toEqual([]);
    expect(line('culture')).toEqual([]);
    // A line of one part is no meta line of parts: its text may be anything.
    expect(read('<p class="entry-meta">Posted in Culture</p><p>Text.</p>').authors).toEqual([]);
  });

  it('leaves credit and source lines out of the paragraphs but keeps them for the credits', () => {
    const article = read('<p>Text.</p><p>（来源：华东证券报 记者 唐晓琳）</p>');
    expect(article.blocks.map((b) => b.text)).toEqual(['Text.']);
    expect(article.creditLines).toEqual(['（来源：华东证券报 记者 唐晓琳）']);
  });

  it('reads the article in a wrapper named like a widget by a modifier ("entry-content no-share"), not a share bar in it', () => {
    const text = 'Aos 71 anos, ela comanda a banda de pífanos fundada pelo pai, e fala de música e do título.';
    const article = read(`<div class="entry-content no-share"><p>${text}</p><p>${text.replace('71', '72')}</p><div class="share-bar">Compartilhe no WhatsApp</div></div>`);
    expect(article.blocks.map((b) => b.text)).toEqual([text, text.replace('71', '72')]);
  });

  it('leaves out a box whose title says it is chrome (a newsletter, an author box), whatever its class', () => {
    const article = read('<p>Text of the article, long enough to be read.</p><div class="w-nl"><p>Newsletter</p><p>Recetas y vinos. Cada jueves, en tu correo.</p></div><div class="a_aut"><p>Sobre la firma</p><p>Lucía Ferrán escribe sobre vino.</p></div><div><p>Newsletter</p></div>');
    expect(article.blocks.map((b) => b.text)).toEqual(['Text of the article, long enough to be read.', 'Newsletter']);
  });

  it('reads the author from schema.org microdata (meta itemprop)', () => {
    expect(read('<p>Text.</p>', '<meta itemprop="author" content="Julia Dorsey">').authors).toEqual(['Julia Dorsey']);
  });

  it('takes no photo credit for the byline', () => {
    expect(read('<p class="byline">Фото: Дмитрий Руденко</p><p>Text.</p>').byline).toBeNull();
    expect(read('<p class="byline">By John Roy</p><p>Text.</p>').byline).toBe('By John Roy');
  });

  it('reads the author of a JSON-LD graph, where the article points to a Person', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Jessica Rudder' }] };
    const article = read('<p>Text.</p>', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(article.authors).toContain('Jessica Rudder');
  });
});
