import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, type AnalyzeOptions } from '../../../src/core/analyze';
import { knowledgeBase } from '../../../src/core/knowledge';
import { normalizeText } from '../../../src/core/text';

/**
 * Hostile and odd pages (issue 7): whatever the page, `analyzeDocument` does not throw, on its
 * own or forced (the toolbar button), and invents no text: every
 * turn's text stands in the page's text, once both are normalised (spaces folded, invisible
 * characters removed, as src/core/text.ts does).
 *
 * Random documents mix nested inline tags, labels split across tags, zero-width and bidi
 * controls, right-to-left text, entities and malformed markup; fixed cases cover 10,000
 * paragraphs, a 1 MB paragraph, and empty and comment-only documents. How fast the analysis is,
 * and how its time grows with the page, `npm run bench` measures (section 2 has the budget for
 * a 20x interview); no test here depends on the machine's speed.
 */

/** Random pages per property (each analysed twice: on its own and forced). */
const RUNS = 200;

const URLS = [
  'https://example.org/interview',
  'https://www.ifanr.com/1570213',
  'https://www.theverge.com/2023/11/29/23982046/interview',
  'not a url',
  null,
];

/** Zero-width characters, bidi controls (embeddings, overrides, isolates, marks), BOM, soft hyphen. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\ufeff', '\u00ad'];

const SPACES = [' ', ' ', ' ', '\n', '\t', '\u00a0', '\u3000', '\u2009', '&nbsp;'];

const WORDS = [
  // English, German, Chinese, with what the classifier and the linker look for
  'I', 'think', 'we', "don't", 'know', 'No', 'comment.', 'Sam', 'Altman', 'OpenAI', 'board', 'why?', 'really?',
  'ich', 'weiß', 'nicht.', 'Frage', 'darüber', 'reden', 'wir', 'später.', 'Vorstand', '„Q*“',
  '我们', '不知道', '奥特曼', '问题？', '董事会',
  // right to left: Arabic, Hebrew, Persian
  'مرحبا', 'سؤال', 'نعم؟', 'لا', 'שלום', 'כן', 'שאלה?', 'سلام',
  // markup-like text, escaped so it stays text
  '&lt;b&gt;', '&lt;/p&gt;', '&amp;', '&quot;', '&#x202E;', '&#8203;',
];

const NAMES = ['Q', 'F', 'A', 'Frage', 'Antwort', '问', '答', '记者', 'Ana Ruiz', 'Ruiz', 'Sam Altman', 'Altman', 'Mira Murati', 'ZEIT', 'Interviewer', 'مريم', 'דנה כהן', '李明'];

const INLINE_TAGS = ['b', 'strong', 'i', 'em', 'a', 'span', 'bdi', 'bdo', 'sup', 'mark', 'code', 'u', 's'];

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A piece of text: a word, a space, an invisible character, or any few characters at all. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map(escapeText) },
);

const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

const attributes = fc.constantFrom('', ' dir="rtl"', ' dir="ltr"', ' lang="ar"', ' href="#x"', ' class="byline"', ' title="a &quot;b&quot;"');

/** Inline content: text and nested inline elements, three levels deep at most. */
const { inline } = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...INLINE_TAGS), attributes, fc.array(tie('inline'), { maxLength: 3 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
    fc.tuple(text, text).map(([a, b]) => `${a}<!-- ${b.replace(/-->/g, '')} -->${b}`),
  ),
}));

/** A speaker label, sometimes split across tags or strewn with invisible characters. */
const label = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(':', '：', ': ', ' :'), fc.nat(8), fc.constantFrom(...INVISIBLE), fc.constantFrom('plain', 'bold', 'split', 'invisible', 'timestamp'))
  .map(([name, colon, cut, invisible, style]) => {
    const at = Math.min(cut, name.length);
    switch (style) {
      case 'bold':
        return `<strong>${name}${colon}</strong> `;
      case 'split':
        return `<b>${name.slice(0, at)}</b><b>${name.slice(at)}${colon}</b> `;
      case 'invisible':
        return `${invisible}${name.slice(0, at)}${invisible}${name.slice(at)}${invisible}${colon} `;
      case 'timestamp':
        return `[00:0${at}:15] ${name}${colon} `;
      default:
        return `${name}${colon} `;
    }
  });

/** A paragraph-level element, often opening with a label. */
const block = fc
  .tuple(fc.option(label, { freq: 2 }), inline, fc.constantFrom('p', 'p', 'p', 'div', 'li', 'h2', 'blockquote', 'figcaption', 'td'), attributes, fc.boolean())
  .map(([lead, body, tag, attrs, asks]) => `<${tag}${attrs}>${lead ?? ''}${body}${asks ? '?' : ''}</${tag}>`);

/** A whole page: language, title, wrappers, blocks; sometimes with its closing tags cut off. */
const page = fc
  .tuple(
    fc.constantFrom('en', 'de', 'zh-CN', 'ar', 'he', ''),
    text,
    fc.array(block, { maxLength: 30 }),
    fc.constantFrom('article', 'main', 'div', 'section', ''),
    fc.boolean(),
  )
  .map(([lang, title, blocks, wrapper, truncate]) => {
    const body = wrapper ? `<${wrapper}>${blocks.join('\n')}</${wrapper}>` : blocks.join('\n');
    const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav>${body}<footer><p>© Example</p></footer></body></html>`;
    return truncate ? html.slice(0, Math.floor(html.length * 0.7)) : html;
  });

function docFrom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** What the page shows as text, normalised: the document's text without scripts and styles. */
function pageText(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const copy = root.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll('script, style, noscript, template'))) el.remove();
  return normalizeText(copy.textContent ?? '');
}

/**
 * Whether each text of a sequence is in `page`, looked for from where the last one was found
 * (turns come in reading order), then anywhere: a 10,000-paragraph page stays fast to check.
 */
function inOrder(page: string): (text: string) => boolean {
  let cursor = 0;
  return (text) => {
    const at = page.indexOf(text, cursor);
    if (at >= 0) cursor = at;
    return at >= 0 || page.includes(text);
  };
}

/** Analyses the page on its own and forced, checking the promises above; returns the analyses. */
function analyseBothWays(doc: Document, options: AnalyzeOptions) {
  const text = pageText(doc);
  return [false, true].map((force) => {
    const { analysis } = analyzeDocument(doc, { ...options, force, knowledge: knowledgeBase });
    const onPage = inOrder(text);
    for (const turn of analysis.turns) {
      for (const part of turn.text.split('\n\n')) expect(onPage(part), `turn ${turn.id} text "${part.slice(0, 60)}" is on the page`).toBe(true);
    }
    const paragraphs = inOrder(text);
    for (const paragraph of analysis.paragraphs) expect(paragraphs(paragraph.text), `paragraph "${paragraph.text.slice(0, 60)}"`).toBe(true);
    return analysis;
  });
}

describe('analyzeDocument on random pages', () => {
  it('never throws and invents no text', () => {
    fc.assert(
      fc.property(page, fc.constantFrom(...URLS), (html, url) => {
        analyseBothWays(docFrom(html), { url });
      }),
      { numRuns: RUNS },
    );
  });

  it('reads random interviews as interviews when their labels alternate', () => {
    // A page of alternating, well-formed labels with random content: the analysis must hold
    // its promises on pages that do get segmented, not only on pages it turns down.
    const turn = fc.tuple(inline, inline).map(([q, a]) => `<p>Q: ${q} why?</p><p>Ana Ruiz: I ${a}</p>`);
    const interview = fc
      .tuple(fc.array(turn, { minLength: 4, maxLength: 15 }), text)
      .map(([turns, intro]) => `<!doctype html><html lang="en"><head><title>An interview</title></head><body><article><p>Ana Ruiz, chief executive, on ${intro}.</p>${turns.join('')}</article></body></html>`);
    fc.assert(
      fc.property(interview, fc.constantFrom(...URLS), (html, url) => {
        const [own] = analyseBothWays(docFrom(html), { url });
        expect(own.turns.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

describe('analyzeDocument on extreme pages', () => {
  it('reads an interview of 10,000 paragraphs', () => {
    const paragraphs = Array.from({ length: 10_000 }, (_, i) =>
      i % 2 === 0
        ? `<p><b>F${INVISIBLE[i % INVISIBLE.length]}:</b> <i>Frage <em>${i}</em></i>, warum nicht?</p>`
        : `<p><strong>Ana <span>Ruiz</span>:</strong> Ich weiß es nicht, <a href="#${i}">sagt</a> sie ${i}.</p>`,
    );
    const doc = docFrom(`<!doctype html><html lang="de"><head><title>Interview</title></head><body><article><p>Ana Ruiz, Chefin, im Gespräch.</p>${paragraphs.join('')}</article></body></html>`);
    const [own] = analyseBothWays(doc, { url: 'https://example.org/long' });
    expect(own.isInterview).toBe(true);
    expect(own.turns).toHaveLength(10_000);
  });

  it('reads an answer of 1 MB', () => {
    const words = ['I', 'think', 'we', 'will', 'see.', 'No', 'comment', 'on', 'OpenAI', 'or', 'the', 'board,', '„quoted“', 'Sam', 'Altman', 'said'];
    let answer = '';
    for (let i = 0; answer.length < 1_000_000; i++) answer += words[(i * 7) % words.length] + (i % 97 === 0 ? INVISIBLE[i % INVISIBLE.length] : ' ');
    const turns = ['<p>Q: What happened?</p>', `<p>Ana Ruiz: ${answer}</p>`, '<p>Q: And then?</p>', '<p>Ruiz: Fine.</p>', '<p>Q: Why?</p>', '<p>Ruiz: Because.</p>'];
    const doc = docFrom(`<!doctype html><html lang="en"><head><title>Interview</title></head><body><article><p>Ana Ruiz, chief executive, talks.</p>${turns.join('')}</article></body></html>`);
    const [own] = analyseBothWays(doc, { url: 'https://example.org/long' });
    expect(own.isInterview).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['a comment only', '<!-- nothing here -->'],
    ['comments only, with a doctype', '<!doctype html><!-- a --><!-- b -->'],
    ['an empty html element', '<html></html>'],
    ['an empty body', '<!doctype html><html><head></head><body></body></html>'],
    ['a body of comments', '<!doctype html><html><body><!-- a --><p><!-- b --></p></body></html>'],
    ['text without markup', 'Q: Why? A: Because. Q: Why? A: Because.'],
    ['only invisible characters', `<p>${INVISIBLE.join('')}</p><p>${INVISIBLE.join(' ')}:</p>`],
    ['unclosed tags', '<p><b>Q: <i>why?<p>A: because<p>Q: <b>and<p>A: so'],
  ])('does not throw on %s', (_name, html) => {
    for (const url of URLS) {
      const [own, forced] = analyseBothWays(docFrom(html), { url });
      expect(own.isInterview).toBe(false);
      expect(forced.turns.every((t) => t.text.length > 0)).toBe(true);
    }
  });

  it('keeps right-to-left interviews with bidi controls around the labels', () => {
    const qa = (i: number) =>
      `<p dir="rtl">\u202bس\u202c: لماذا ${i}؟</p><p dir="rtl">\u2067مريم\u2069: لا أعرف ${i}.</p>`;
    const doc = docFrom(`<!doctype html><html lang="ar" dir="rtl"><head><title>مقابلة</title></head><body><article>${Array.from({ length: 8 }, (_, i) => qa(i)).join('')}</article></body></html>`);
    analyseBothWays(doc, { url: 'https://example.org/ar' });
  });
});
