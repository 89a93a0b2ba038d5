import { parseHTML } from 'linkedom';
import { precheck } from '../../../src/core/detect';
import { extract } from '../../../src/core/extract';
import { segment, type Segmentation } from '../../../src/core/segment';
import { segmentLang } from '../../../src/core/language';
import { siteFor } from '../../../src/sites';

/** A DOM Document (linkedom) from HTML. */
export function docFrom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** An article page around body paragraphs, long enough for Readability. */
export function page(body: string, { lang = 'en', title = 'An interview' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>
    <header><nav><a href="/">Home</a></nav></header>
    <main><article><h1>${title}</h1>${body}</article></main>
    <footer><p>© Example</p></footer></body></html>`;
}

/** Extract and segment a page, without detection's verdict. */
export function segmentHtml(html: string, url = 'https://example.org/a'): Segmentation {
  const doc = docFrom(html);
  const site = siteFor(url);
  const article = extract(doc, site, precheck(doc, { all: true }).paragraphs);
  return segment(article.blocks, {
    lang: segmentLang(article.language),
    title: article.title,
    bylines: article.authors,
    description: article.description,
    siteName: article.siteName,
    boldQuestions: site.houseStyle.boldQuestions,
  });
}

/** Each paragraph in a turn as "kind speaker-name: text start" (the text without its label). */
export function attribution(seg: Segmentation): string[] {
  const speakers = new Map(seg.speakers.map((s) => [s.id, s.name]));
  return seg.paragraphs
    .filter((p) => p.turnId)
    .map((p) => {
      const turn = seg.turns.find((t) => t.id === p.turnId)!;
      const text = p.label ? p.text.slice(p.text.indexOf(p.label) + p.label.length).replace(/^\s*[:：]?\s*/, '') : p.text;
      return `${turn.kind} ${speakers.get(turn.speakerId ?? '') ?? '?'}: ${text.slice(0, 24)}`;
    });
}
