import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './fixture-server';
import type { PageTimes } from './page-timing-entry';

/**
 * `Readability.parse()` against the full analysis inside a Chromium page (see
 * page-timing-entry.ts): the core bundled for the page on the fly, added to it as a script of
 * its own, timed on the page's live document.
 */

let bundle: Promise<string> | null = null;

/** The core, Readability and the knowledge base as one script for the page, built once. */
function pageBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(ROOT, 'scripts', 'lib', 'page-timing-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** Median milliseconds of Readability alone and of the analysis (given the page's real URL) in `page`. */
export async function timeInPage(page: Page, url: string, samples: number, warmup: number): Promise<PageTimes> {
  await page.addScriptTag({ content: await pageBundle() });
  return page.evaluate(
    ([pageUrl, n, w]) =>
      (globalThis as unknown as { interviewLensPageTiming: (u: string, s: number, w: number) => PageTimes }).interviewLensPageTiming(pageUrl, n, w),
    [url, samples, warmup] as const,
  );
}
