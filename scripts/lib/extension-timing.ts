import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { median } from './timing';

/**
 * What the content script costs in the real browser, read from the performance marks it sets
 * (src/messages.ts MARKS: `interview-lens:start` in the probe, `:rendered`, `:idle`). Content
 * scripts share the page's performance timeline, so the marks are read from the main world.
 */

/** Milliseconds between two marks after loading `url` in a fresh page, median of `loads` loads. */
export async function markSpan(newPage: () => Promise<Page>, url: string, from: string, to: string, loads: number): Promise<number> {
  const spans: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, to, { timeout: 20_000 });
      spans.push(
        await page.evaluate(([a, b]) => performance.getEntriesByName(b)[0].startTime - performance.getEntriesByName(a)[0].startTime, [from, to]),
      );
    } finally {
      await page.close();
    }
  }
  return median(spans);
}

/**
 * Milliseconds from the mark `from` to each of the marks `to` after loading `url` in a fresh
 * page, median of `loads` loads per mark; the page is read once the last of `to` is set.
 */
export async function markTimeline(newPage: () => Promise<Page>, url: string, from: string, to: readonly string[], loads: number): Promise<number[]> {
  const samples: number[][] = to.map(() => []);
  for (let i = 0; i < loads; i++) {
    const page = await newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, to.at(-1)!, { timeout: 20_000 });
      const spans = await page.evaluate(
        ([a, marks]) => marks.map((b) => performance.getEntriesByName(b).at(-1)!.startTime - performance.getEntriesByName(a)[0].startTime),
        [from, to] as const,
      );
      spans.forEach((span, k) => samples[k].push(span));
    } finally {
      await page.close();
    }
  }
  return samples.map(median);
}

/**
 * `Readability.parse()` in the page, on a fresh clone of it: what the marks above compare with
 * in the same browser. `cold` is the first pass, which compiles Readability's code and regular
 * expressions as the content script's first pass on a page load does; `warm` is the median of
 * the `runs` after it. Readability is added to the page as a script of its own.
 */
export async function readabilityInPage(page: Page, runs: number): Promise<{ cold: number; warm: number }> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('@mozilla/readability/Readability.js') });
  const times = await page.evaluate((n) => {
    const Readability = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
    const out: number[] = [];
    for (let i = 0; i <= n; i++) {
      const clone = document.cloneNode(true) as Document;
      const start = performance.now();
      new Readability(clone).parse();
      out.push(performance.now() - start);
    }
    return out;
  }, runs);
  return { cold: times[0], warm: median(times.slice(1)) };
}
