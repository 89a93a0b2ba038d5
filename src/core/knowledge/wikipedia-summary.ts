/**
 * Wikipedia's page summaries (the REST endpoint `/api/rest_v1/page/summary/{title}`), as typed
 * results the context card shows: what is asked (only the name, in the page's language, then
 * English) and how a reply is read. Pure: the request itself is made by the background
 * (entrypoints/background/wikipedia.ts), only after the reader asked for it.
 * Reference: https://en.wikipedia.org/api/rest_v1/#/Page%20content/get_page_summary__title_
 */

/** What a summary request ends in; each has its own quiet card state. */
export type SummaryResult =
  | { status: 'ok'; title: string; description: string | null; extract: string; url: string; lang: string }
  /** The name is ambiguous: Wikipedia lists several articles. */
  | { status: 'disambiguation'; title: string; url: string; lang: string }
  /** No article of that name, in the page's language or in English. */
  | { status: 'missing' }
  /** Wikipedia could not be reached (no network, refused, a server error). */
  | { status: 'offline' }
  /** No answer within `SUMMARY_TIMEOUT_MS`. */
  | { status: 'timeout' }
  /** An answer that is not a summary. */
  | { status: 'malformed' };

/** How long a summary may take before the card says so. */
export const SUMMARY_TIMEOUT_MS = 8000;

/** The most sentences, and characters, of the article's introduction a card shows. */
const EXTRACT_LIMITS = { sentences: 3, chars: 600 } as const;

/** Names longer than this are not sent (no name is; a page's text would be). */
export const MAX_NAME_LENGTH = 120;

/** A Wikipedia language code: the page's primary tag ("de", "zh", "fr"). */
const WIKI_LANG = /^[a-z]{2,3}$/;

/** The Wikipedias asked for a page in `pageLang`: its own, then English. */
export function summaryLangs(pageLang: string): string[] {
  const primary = pageLang.trim().toLowerCase().split(/[-_]/)[0];
  return WIKI_LANG.test(primary) && primary !== 'en' && primary !== 'und' ? [primary, 'en'] : ['en'];
}

/** A name fit to send: trimmed, one line, not too long; null otherwise. */
export function sendableName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const trimmed = name.replace(/\s+/g, ' ').trim();
  return trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH ? trimmed : null;
}

/** The summary endpoint's address for a name: only the name goes in it. */
export function summaryUrl(lang: string, name: string): string {
  if (!WIKI_LANG.test(lang)) throw new Error(`not a Wikipedia language: ${lang}`);
  const title = encodeURIComponent(name.replace(/ /g, '_'));
  return `https://${lang}.wikipedia.org/api/rest_v1/page/summary/${title}?redirect=true`;
}

/** The article's address as the reply gives it, if it is a Wikipedia address; else built from the title. */
function articleUrl(reply: Record<string, unknown>, lang: string, title: string): string {
  const urls = reply.content_urls as { desktop?: { page?: unknown } } | undefined;
  const given = urls?.desktop?.page;
  if (typeof given === 'string') {
    try {
      const url = new URL(given);
      if (url.protocol === 'https:' && url.hostname.endsWith('.wikipedia.org')) return url.href;
    } catch {
      // Not an address: built from the title below.
    }
  }
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/** The first sentences of an introduction, as plain text. */
export function firstSentences(text: string): string {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^.!?。！？]+(?:[.!?。！？]+["”’)]*\s*|$)/gu) ?? [];
  let out = '';
  for (const sentence of sentences.slice(0, EXTRACT_LIMITS.sentences)) {
    if (out && out.length + sentence.length > EXTRACT_LIMITS.chars) break;
    out += sentence;
  }
  out = out.trim();
  return out.length > EXTRACT_LIMITS.chars ? `${out.slice(0, EXTRACT_LIMITS.chars - 1).trimEnd()}…` : out;
}

/** The first sentence of a text (a description's one line). */
export function firstSentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim().match(/^.*?[.!?。！？](?=\s|$)/u)?.[0] ?? text.trim();
}

/**
 * Reads a reply of the summary endpoint. Only plain-text fields are taken (`extract`, never
 * `extract_html`): the card renders text, never the reply's markup.
 */
export function parseSummary(reply: unknown, lang: string): SummaryResult {
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return { status: 'malformed' };
  const r = reply as Record<string, unknown>;
  const title = typeof r.title === 'string' ? r.title.trim() : '';
  if (!title || typeof r.type !== 'string') return { status: 'malformed' };
  if (r.type === 'disambiguation') return { status: 'disambiguation', title, url: articleUrl(r, lang, title), lang };
  if (r.type !== 'standard') return r.type === 'no-extract' ? { status: 'missing' } : { status: 'malformed' };
  const extract = typeof r.extract === 'string' ? firstSentences(r.extract) : '';
  if (!extract) return { status: 'malformed' };
  const description = typeof r.description === 'string' && r.description.trim() ? r.description.trim() : null;
  return { status: 'ok', title, description, extract, url: articleUrl(r, lang, title), lang };
}

/** Whether a result is worth keeping in the cache (what Wikipedia said, not a failure to ask). */
export function isCacheable(result: SummaryResult): boolean {
  return result.status === 'ok' || result.status === 'disambiguation' || result.status === 'missing';
}
