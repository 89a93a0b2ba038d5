import { isCacheable, parseSummary, sendableName, SUMMARY_TIMEOUT_MS, summaryLangs, summaryUrl, type SummaryResult } from '../../src/core/knowledge/wikipedia-summary';
import { cacheSummary, readCachedSummary } from '../../src/settings/storage';

/**
 * Loads a Wikipedia summary for a name the reader asked about, from the cache or from
 * Wikipedia. Made here, in the background, not in the page: the request then carries no page
 * address (no Referer, no page Origin), no cookies, and needs no host permission: Wikipedia's
 * REST API answers cross-origin requests to anyone (`Access-Control-Allow-Origin: *`).
 * Only the name is sent: it is the article title in the address; nothing else is.
 */
export async function loadSummary(rawName: unknown, pageLang: unknown): Promise<SummaryResult> {
  const name = sendableName(rawName);
  if (!name) return { status: 'malformed' };
  const lang = typeof pageLang === 'string' ? pageLang : 'en';
  const cached = await readCachedSummary(lang, name).catch(() => null);
  if (cached) return cached;
  let result: SummaryResult = { status: 'missing' };
  for (const wiki of summaryLangs(lang)) {
    result = await fetchSummary(wiki, name);
    if (result.status !== 'missing') break;
  }
  if (isCacheable(result)) await cacheSummary(lang, name, result).catch(() => undefined);
  return result;
}

/** One request to one Wikipedia, with a time limit; every failure is a result, never a throw. */
async function fetchSummary(lang: string, name: string): Promise<SummaryResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SUMMARY_TIMEOUT_MS);
  try {
    const response = await fetch(summaryUrl(lang, name), {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (response.status === 404) return { status: 'missing' };
    if (response.status >= 500) return { status: 'offline' };
    if (!response.ok) return { status: 'malformed' };
    let reply: unknown;
    try {
      reply = await response.json();
    } catch {
      return controller.signal.aborted ? { status: 'timeout' } : { status: 'malformed' };
    }
    return parseSummary(reply, lang);
  } catch {
    return controller.signal.aborted ? { status: 'timeout' } : { status: 'offline' };
  } finally {
    clearTimeout(timer);
  }
}
