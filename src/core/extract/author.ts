/**
 * The article's author as the page's metadata states it: in an interview, the one who asks.
 * Readability's byline is a guess from the text (on one page it took an illustrator's credit);
 * where the page says who wrote it (`<meta name="author">`, the JSON-LD author, a "Written by"
 * label, an author link or "作者" line in the header), that is preferred. Read-only, a few
 * queries on the head and the article's header; run only once the page shows signs of an interview.
 */

/** Meta tags that name the author, most reliable first (some pages write `value`, not `content`). */
const AUTHOR_META = ['meta[name="author"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]', 'meta[name="sailthru.author"]'];

/** Where a page's template names the author in its text. */
const AUTHOR_ELEMENTS =
  '[rel="author"], [itemprop="author"], .author-name, .byline-name, .post-author-name, a[href*="/author/"], a[href*="/authors/"], a[href*="/autor/"], a[href*="/autoren/"], a[href*="/auteur/"], a[href*="/auteurs/"], a[href*="/staff/"], a[href*="/journalist/"], a[href*="/journalisten/"]';

/** "作者<span>夏梦竹</span>", "作者：付江", "文/张勇": a Chinese byline. */
const HAN_BYLINE = /(?:作者|撰文|文\/)\s*[:：/|｜]?\s*(\p{Script=Han}{2,3})(?![\p{Script=Han}])/u;

/** Longest text read as an author's name. */
const MAX_NAME_CHARS = 60;

/**
 * The authors the page's metadata names, most reliable first, without repeats: some name a
 * site or a desk ("CSDN.NET", "Redaktion"), so the reader of the list picks the first person.
 */
export function pageAuthors(doc: Document, lang: string): string[] {
  if (!doc.documentElement) return [];
  const found: (string | null)[] = [];
  for (const selector of AUTHOR_META) {
    const el = doc.querySelector(selector);
    found.push(nameOf(el?.getAttribute('content') ?? el?.getAttribute('value')));
  }
  found.push(writtenBy(doc), jsonLdAuthor(doc));
  for (const el of doc.querySelectorAll(AUTHOR_ELEMENTS)) found.push(nameOf(el.textContent));
  if (lang === 'zh') found.push(hanByline(doc));
  return [...new Set(found.filter((name): name is string => name !== null))];
}

/** Twitter's card labels: `twitter:label1` "Written by", `twitter:data1` the name. */
function writtenBy(doc: Document): string | null {
  for (let n = 1; n <= 2; n++) {
    const label = doc.querySelector(`meta[name="twitter:label${n}"]`);
    const text = label?.getAttribute('content') ?? label?.getAttribute('value') ?? '';
    if (!/^(?:written by|author|verfasst von|autor)/i.test(text)) continue;
    const data = doc.querySelector(`meta[name="twitter:data${n}"]`);
    return nameOf(data?.getAttribute('content') ?? data?.getAttribute('value'));
  }
  return null;
}

/** The JSON-LD author: `author.name`, or the Person an `author` reference points to in a `@graph`. */
function jsonLdAuthor(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
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
