/**
 * Every budget `npm run bench` checks, in one place (issue 7). The benchmark prints each figure
 * beside its budget and exits non-zero when one is missed; change a budget here, with a reason.
 */
export const BUDGETS = {
  /**
   * The full analysis (detect, extract, segment, classify, link) may take at most this many
   * times one `Readability.parse()` of the same page: per golden fixture and per long interview.
   * Readability is timed alone, on a fresh clone made outside the timed call.
   */
  analysisOverReadability: 1.5,
  /** The founding interview made 20 times as long may take at most this many times the original. */
  longScaling: 25,
  /**
   * A page that is not an interview may cost at most this share of one Readability pass: the
   * precheck turns it down before Readability runs (src/core/detect.ts).
   */
  notInterviewShare: 0.1,
  /** The content script (.output/chrome-mv3/content-scripts/content.js), gzipped, in bytes. */
  contentScriptGzip: 40 * 1024,
} as const;
