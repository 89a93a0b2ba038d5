/**
 * What a page says about itself that the analysis does not keep: its publication date, for
 * the Markdown export. Read-only.
 */

/** Where pages state their publication date, most reliable first. */
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="parsely-pub-date"]',
  'time[itemprop="datePublished"]',
  'article time[datetime]',
  'time[datetime]',
];

/** The day the page was published (YYYY-MM-DD, as the page writes it), or null. */
export function publishedDate(doc: Document): string | null {
  for (const selector of DATE_SELECTORS) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? '';
    const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
    if (day) return day;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const day = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(script.textContent ?? '')?.[1];
    if (day) return day;
  }
  return null;
}
