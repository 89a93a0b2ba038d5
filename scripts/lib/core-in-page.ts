import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Analysis } from '../../src/core/types';
import { ROOT } from './fixture-server';
import type { PageTimes } from './core-in-page-entry';

/**
 * The core inside a Chromium page (see core-in-page-entry.ts): bundled for the page on the fly,
 * added to it as a script of its own, run on the page's live document.
 */

let bundle: Promise<string> | null = null;

/** The core, Readability and the knowledge base as one script for the page, built once. */
function pageBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(ROOT, 'scripts', 'lib', 'core-in-page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

type PageGlobals = {
  interviewLensPageTiming: (url: string, samples: number, warmup: number) => PageTimes;
  interviewLensAnalyze: (url: string) => string;
};

/** Median milliseconds of Readability alone and of the analysis (given the page's real URL) in `page`. */
export async function timeInPage(page: Page, url: string, samples: number, warmup: number): Promise<PageTimes> {
  await page.addScriptTag({ content: await pageBundle() });
  return page.evaluate(([pageUrl, n, w]) => (globalThis as unknown as PageGlobals).interviewLensPageTiming(pageUrl, n, w), [url, samples, warmup] as const);
}

/** The analysis of `page` made in the page, given the page's real URL. */
export async function analyzeInPage(page: Page, url: string): Promise<Analysis> {
  await page.addScriptTag({ content: await pageBundle() });
  return JSON.parse(await page.evaluate((pageUrl) => (globalThis as unknown as PageGlobals).interviewLensAnalyze(pageUrl), url)) as Analysis;
}
