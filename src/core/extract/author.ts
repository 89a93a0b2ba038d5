/**
 * The article's author as the page's metadata states it: in an interview, the one who asks.
 * Readability's byline is a guess from the text (on one page it took an illustrator's credit);
 * where the page says who wrote it (`<meta name="author">`, the JSON-LD author, a "Written by"
 * label, an author link or "作者" line in the header), that is preferred. Read-only, a few
 * queries on the head and the article's header; run only once the page shows signs of an interview.
 */

import { classAttribute } from './elements';

/** Meta tags that name the author (by name or property), most reliable first; some pages write `value`, not `content`. */
const AUTHOR_META = ['author', 'dc.creator', 'article:author', 'parsely-author', 'sailthru.author'];

/**
 * Where a page's template names the author in its text: a class of the author's name, maybe as
 * an element of a block ("author-name", "post-author-name", BEM's "blog-detail__author"), not a
 * commenter's nor a quotation's ...
 */
const AUTHOR_CLASS = /(?:^|\s)(?!comment|quote|citation|testimonial)(?:[\w-]*(?:__|-|_))?(?:author|byline)(?:[-_]name)?(?=\s|$)/;

/** ... or a link to the author's page. */
const AUTHOR_PATH = /\/(?:author|authors|autor|autoren|auteur|auteurs|staff|journalist|journalisten)\//;

/**
 * ... or the first part of the header's meta line, where a template writes the author, the
 * date and the reading time in one plain line ("post-meta", "entry-meta", CSS modules'
 * "post_meta__Ap0c"): "Priya Natarajan, Engineering Manager · Feb 10, 2026 · 6 min read".
 */
const META_LINE_CLASS = /(?:^|[\s_-])meta(?:[\s_-]|$)/;

/** Where a meta line's parts end: a middle dot, bullet or bar between spaces. */
const META_SEPARATOR = /\s[·•|]\s/;

/** How many author elements of the page's text are read (the first ones, in the header). */
const MAX_AUTHOR_ELEMENTS = 3;

/** "作者<span>夏梦竹</span>", "作者：付江", "文/张勇": a Chinese byline. */
const HAN_BYLINE = /(?:作者|撰文|文\/)\s*[:：/|｜]?\s*(\p{Script=Han}{2,3})(?![\p{Script=Han}])/u;

/** Longest text read as an author's name. */
const MAX_NAME_CHARS = 60;

/**
 * The authors the page's metadata names, most reliable first, without repeats: some name a
 * site or a desk ("CSDN.NET", "Redaktion"), so the reader of the list picks the first person.
 * One pass over the meta tags and one over the elements (a selector per kind, which linkedom
 * compiles and matches against every element, cost a tenth of the extraction).
 */
export function pageAuthors(doc: Document, lang: string): string[] {
  if (!doc.documentElement) return [];
  const meta = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    // `itemprop`: schema.org's microdata (`<meta itemprop="author" content="…">`).
    const key = (metas[i].getAttribute('name') ?? metas[i].getAttribute('property') ?? metas[i].getAttribute('itemprop'))?.toLowerCase();
    const value = metas[i].getAttribute('content') ?? metas[i].getAttribute('value');
    if (key && value !== null && !meta.has(key)) meta.set(key, value);
  }
  const found: (string | null)[] = AUTHOR_META.map((key) => nameOf(meta.get(key)));
  found.push(writtenBy(meta), jsonLdAuthor(doc), ...authorElements(doc));
  if (lang === 'zh') found.push(hanByline(doc));
  return [...new Set(found.filter((name): name is string => name !== null))];
}

/** Twitter's card labels: `twitter:label1` "Written by", `twitter:data1` the name. */
function writtenBy(meta: Map<string, string>): string | null {
  for (let n = 1; n <= 2; n++) {
    if (/^(?:written by|author|verfasst von|autor)/i.test(meta.get(`twitter:label${n}`) ?? '')) return nameOf(meta.get(`twitter:data${n}`));
  }
  return null;
}

/** The author names of the page's text, in document order: `rel="author"`, `itemprop="author"`, an author's class or link. */
function authorElements(doc: Document): string[] {
  const names: string[] = [];
  const visit = (el: Element): boolean => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      // A quotation's author is the one quoted ("<blockquote>… <p class="quote__author">").
      if (child.localName === 'blockquote') continue;
      // Most elements have no attributes: nothing to read of them.
      const isAuthor =
        child.hasAttributes() &&
        (child.getAttribute('rel') === 'author' ||
          (child.getAttribute('itemprop') ?? '').includes('author') ||
          AUTHOR_CLASS.test(classAttribute(child)) ||
          (child.localName === 'a' && AUTHOR_PATH.test(child.getAttribute('href') ?? '')));
      const name = isAuthor ? nameOf(child.textContent) : child.hasAttributes() && META_LINE_CLASS.test(classAttribute(child)) ? metaLineAuthor(child) : null;
      // The innermost author element: "By Holly Brennan", not the byline box around it with the role and date.
      const before = names.length;
      if (visit(child)) return true;
      if (name && names.length === before) names.push(name);
      if (names.length >= MAX_AUTHOR_ELEMENTS) return true;
    }
    return false;
  };
  if (doc.body) visit(doc.body);
  return names;
}

/**
 * The author a meta line opens with, or null: its first part when the line has parts and that
 * part starts with a capital and holds no digit (a date, "6 min read" and tags are no author;
 * whether it is a person's name the cast decides).
 */
function metaLineAuthor(el: Element): string | null {
  const parts = (el.textContent ?? '').replace(/\s+/g, ' ').trim().split(META_SEPARATOR);
  const first = parts[0].trim();
  return parts.length > 1 && /^\p{Lu}/u.test(first) && !/\d/.test(first) ? nameOf(first) : null;
}

/** The JSON-LD author: `author.name`, or the Person an `author` reference points to in a `@graph`. */
function jsonLdAuthor(doc: Document): string | null {
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = flatten(data);
    const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
    for (const node of nodes) {
      const type = node['@type'];
      const isArticle = typeof type === 'string' ? /Article|Posting|Report/.test(type) : Array.isArray(type) && type.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t));
      if (!isArticle || !node.author) continue;
      for (const author of Array.isArray(node.author) ? node.author : [node.author]) {
        const ref = author as Record<string, unknown>;
        const person = typeof ref['@id'] === 'string' && !ref.name ? byId.get(ref['@id']) : ref;
        const name = nameOf(typeof person?.name === 'string' ? person.name : null);
        if (name) return name;
      }
    }
  }
  return null;
}

/** Every object of a JSON-LD document, `@graph` members included. */
function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const node = data as Record<string, unknown>;
  return [node, ...(Array.isArray(node['@graph']) ? flatten(node['@graph']) : [])];
}

/** A plausible name: short, not a web address. */
function nameOf(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_NAME_CHARS || /^https?:|www\.|@/.test(text)) return null;
  return text;
}

/** The Chinese byline of the page ("作者夏梦竹", "文/张勇"), or null: the first one in its text. */
function hanByline(doc: Document): string | null {
  return HAN_BYLINE.exec(doc.body?.textContent ?? '')?.[1] ?? null;
}
