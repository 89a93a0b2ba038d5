import { describe, expect, it } from 'vitest';
import { firstSentences, isCacheable, parseSummary, sendableName, summaryLangs, summaryUrl } from '../../../../src/core/knowledge/wikipedia-summary';
import { cachedSummary, rememberSummary, SUMMARY_CACHE_LIMITS, summaryCacheKey, type SummaryCache } from '../../../../src/settings/summary-cache';

const reply = {
  type: 'standard',
  title: 'Robert Habeck',
  description: 'deutscher Politiker (Grüne)',
  extract: 'Robert Habeck ist ein deutscher Politiker. Er war Minister. Er schreibt Bücher. Er lebt in Flensburg.',
  extract_html: '<p><b>Robert Habeck</b><script>alert(1)</script></p>',
  content_urls: { desktop: { page: 'https://de.wikipedia.org/wiki/Robert_Habeck' } },
};

describe('what is asked of Wikipedia', () => {
  it('asks the page’s Wikipedia, then English; only the name is in the address', () => {
    expect(summaryLangs('de-AT')).toEqual(['de', 'en']);
    expect(summaryLangs('en')).toEqual(['en']);
    expect(summaryLangs('und')).toEqual(['en']);
    expect(summaryLangs('')).toEqual(['en']);
    expect(summaryUrl('de', 'Robert Habeck')).toBe('https://de.wikipedia.org/api/rest_v1/page/summary/Robert_Habeck?redirect=true');
    expect(summaryUrl('zh', 'AC/DC')).toBe('https://zh.wikipedia.org/api/rest_v1/page/summary/AC%2FDC?redirect=true');
    expect(() => summaryUrl('evil.example/x', 'a')).toThrow();
  });

  it('sends no empty or overlong name', () => {
    expect(sendableName('  Robert \n Habeck ')).toBe('Robert Habeck');
    expect(sendableName('')).toBeNull();
    expect(sendableName('x'.repeat(500))).toBeNull();
    expect(sendableName(42)).toBeNull();
  });
});

describe('reading the reply', () => {
  it('takes the plain extract, its first sentences, never the HTML', () => {
    const result = parseSummary(reply, 'de');
    expect(result).toEqual({
      status: 'ok',
      title: 'Robert Habeck',
      description: 'deutscher Politiker (Grüne)',
      extract: 'Robert Habeck ist ein deutscher Politiker. Er war Minister. Er schreibt Bücher.',
      url: 'https://de.wikipedia.org/wiki/Robert_Habeck',
      lang: 'de',
    });
  });

  it('reads disambiguation pages, missing extracts and malformed replies', () => {
    expect(parseSummary({ ...reply, type: 'disambiguation' }, 'de')).toMatchObject({ status: 'disambiguation', title: 'Robert Habeck' });
    expect(parseSummary({ ...reply, type: 'no-extract' }, 'de')).toEqual({ status: 'missing' });
    for (const bad of [null, 'text', [], {}, { ...reply, title: 5 }, { ...reply, extract: '' }, { ...reply, type: 'mainpage' }]) {
      expect(parseSummary(bad, 'de')).toEqual({ status: 'malformed' });
    }
  });

  it('links only to Wikipedia', () => {
    const result = parseSummary({ ...reply, content_urls: { desktop: { page: 'https://evil.example/x' } } }, 'de');
    expect(result).toMatchObject({ url: 'https://de.wikipedia.org/wiki/Robert_Habeck' });
  });

  it('keeps at most three sentences', () => {
    expect(firstSentences('One. Two! Three? Four.')).toBe('One. Two! Three?');
  });
});

describe('the summary cache', () => {
  const ok = parseSummary(reply, 'de');
  it('keeps what Wikipedia said, not failures to ask', () => {
    expect(isCacheable(ok)).toBe(true);
    expect(isCacheable({ status: 'missing' })).toBe(true);
    expect(isCacheable({ status: 'timeout' })).toBe(false);
    expect(isCacheable({ status: 'offline' })).toBe(false);
  });

  it('answers until the entry expires', () => {
    const key = summaryCacheKey('de', 'Robert Habeck');
    const cache = rememberSummary({}, key, ok, 1000);
    expect(cachedSummary(cache, key, 1000 + 60_000)).toEqual(ok);
    expect(cachedSummary(cache, key, 1000 + SUMMARY_CACHE_LIMITS.ttlMs)).toBeNull();
    const missing = rememberSummary({}, key, { status: 'missing' }, 1000);
    expect(cachedSummary(missing, key, 1000 + SUMMARY_CACHE_LIMITS.missingTtlMs)).toBeNull();
  });

  it('forgets the oldest beyond its cap', () => {
    let cache: SummaryCache = {};
    for (let i = 0; i < SUMMARY_CACHE_LIMITS.entries + 20; i++) cache = rememberSummary(cache, `de|n${i}`, ok, 1000 + i);
    expect(Object.keys(cache)).toHaveLength(SUMMARY_CACHE_LIMITS.entries);
    expect(cache['de|n0']).toBeUndefined();
    expect(cache[`de|n${SUMMARY_CACHE_LIMITS.entries + 19}`]).toBeDefined();
    expect(JSON.stringify(cache).length).toBeLessThanOrEqual(SUMMARY_CACHE_LIMITS.chars);
  });
});
