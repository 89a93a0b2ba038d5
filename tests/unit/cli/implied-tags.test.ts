import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { addImpliedTags } from '../../../src/cli/implied-tags';

/** The html > head, body shape a browser's parser gives a page, as outerHTML. */
function shaped(html: string): string {
  const document = parseHTML(html).document as unknown as Document;
  addImpliedTags(document);
  return document.documentElement.outerHTML;
}

describe('addImpliedTags', () => {
  it.each([
    ['a fragment', '<p>one</p>\n<p>two</p>', '<html><head></head><body><p>one</p>\n<p>two</p></body></html>'],
    ['text with a few tags', 'plain <b>text</b>\n<br>more', '<html><head></head><body>plain <b>text</b>\n<br>more</body></html>'],
    [
      'a page that begins with <style>',
      '<style>p{}</style>\n<title>T</title><h1>T</h1><p>x</p>',
      '<html><head><style>p{}</style>\n<title>T</title></head><body><h1>T</h1><p>x</p></body></html>',
    ],
    [
      'html without head and body tags',
      '<!doctype html><html lang="de"><meta charset="utf-8"><title>T</title><p>x</p></html>',
      '<html lang="de"><head><meta charset="utf-8"><title>T</title></head><body><p>x</p></body></html>',
    ],
    [
      'head and body without html',
      '<head><title>T</title></head><body><p>x</p></body>',
      '<html><head><title>T</title></head><body><p>x</p></body></html>',
    ],
    [
      'a script before <head>',
      '<html><script>s()</script><head><title>T</title></head><body><p>x</p></body></html>',
      '<html><head><script>s()</script><title>T</title></head><body><p>x</p></body></html>',
    ],
    [
      'content after </body> and </html>',
      '<html><head></head><body><p>x</p></body><p>y</p></html><p>z</p>',
      '<html><head></head><body><p>x</p><p>y</p><p>z</p></body></html>',
    ],
  ])('shapes %s', (_what, html, expected) => {
    expect(shaped(html)).toBe(expected);
  });

  it('leaves a complete page as it is', () => {
    const html = '<html lang="en"><head><title>T</title></head>\n<!-- c -->\n<body><p>x</p></body></html>';
    expect(shaped(html)).toBe(html);
  });

  it('finds the title a wrapper around the page hides, as document.title does in a browser', () => {
    const document = parseHTML('<text id="1"><html><head><title>T</title></head><body><p>x</p></body></html></text>').document as unknown as Document;
    addImpliedTags(document);
    expect(document.title).toBe('T');
    expect(document.body.textContent).toBe('x');
  });
});
