import type { SummaryResult } from '../core/knowledge/wikipedia-summary';

/**
 * The local cache of Wikipedia summaries, as plain data with pure helpers (the storage item is
 * in ./storage.ts): a second click on a name, or the same name on another page, is answered
 * from here without a request. Capped in entries and size, each entry with an expiry, so it
 * never grows without bound nor keeps stale text for long.
 */

/** One cached answer and when it was fetched (ms since the epoch). */
export interface CachedSummary {
  result: SummaryResult;
  at: number;
}

/** Cached answers by `summaryCacheKey`. */
export type SummaryCache = Record<string, CachedSummary>;

/** How much is kept, and for how long. */
export const SUMMARY_CACHE_LIMITS = {
  entries: 300,
  /** The cache's JSON at most this many characters (storage.local has a quota). */
  chars: 400_000,
  /** An article's summary is kept a week ... */
  ttlMs: 7 * 24 * 60 * 60 * 1000,
  /** ... "no such article" a day: one may be written meanwhile. */
  missingTtlMs: 24 * 60 * 60 * 1000,
} as const;

/** The key of a name asked for a page in a language (the languages tried follow from it). */
export function summaryCacheKey(pageLang: string, name: string): string {
  return `${pageLang.toLowerCase()}|${name}`;
}

function fresh(entry: CachedSummary, now: number): boolean {
  const ttl = entry.result.status === 'missing' ? SUMMARY_CACHE_LIMITS.missingTtlMs : SUMMARY_CACHE_LIMITS.ttlMs;
  return now - entry.at >= 0 && now - entry.at < ttl;
}

/** The cached answer for a key, unless it has expired. */
export function cachedSummary(cache: SummaryCache, key: string, now: number): SummaryResult | null {
  const entry = cache[key];
  return entry && fresh(entry, now) ? entry.result : null;
}

/** The cache with one answer added; expired entries dropped, then the oldest beyond the caps. */
export function rememberSummary(cache: SummaryCache, key: string, result: SummaryResult, now: number): SummaryCache {
  const kept = Object.entries({ ...cache, [key]: { result, at: now } })
    .filter(([, entry]) => fresh(entry, now))
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, SUMMARY_CACHE_LIMITS.entries);
  let chars = 2;
  const next: SummaryCache = {};
  for (const [k, entry] of kept) {
    chars += JSON.stringify(k).length + JSON.stringify(entry).length + 2;
    if (chars > SUMMARY_CACHE_LIMITS.chars) break;
    next[k] = entry;
  }
  return next;
}
