/**
 * Bundled for the page by `core-in-page.ts` (never part of the extension): the core in the
 * browser's own DOM and JavaScript engine, where the extension runs. The benchmark times it there
 * against `Readability.parse()`; the e2e tests compare its analysis with the one Node makes.
 */
import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../../src/core/analyze';
import { asTheReaderGetsIt } from './reader-options';
import { median } from './timing';

/** Runs per sample: the page's timer is coarse (0.1 ms), so each sample times this many runs. */
const RUNS_PER_SAMPLE = 10;

export interface PageTimes {
  readability: number;
  analysis: number;
}

/** Section 1 of the benchmark in the page: one Readability pass (a copy, then `parse()`) against the full analysis as the reader gets it. */
function timePage(url: string, samples: number, warmup: number): PageTimes {
  const readability: number[] = [];
  const analysis: number[] = [];
  for (let round = 0; round < warmup + samples; round++) {
    // One pass as a page gets it: Readability changes the document it reads, so a copy, then parse().
    let start = performance.now();
    for (let i = 0; i < RUNS_PER_SAMPLE; i++) new Readability(document.cloneNode(true) as Document).parse();
    const r = (performance.now() - start) / RUNS_PER_SAMPLE;
    start = performance.now();
    for (let i = 0; i < RUNS_PER_SAMPLE; i++) analyzeDocument(document, asTheReaderGetsIt(url));
    const a = (performance.now() - start) / RUNS_PER_SAMPLE;
    if (round >= warmup) {
      readability.push(r);
      analysis.push(a);
    }
  }
  return { readability: median(readability), analysis: median(analysis) };
}

/** The page's analysis as the reader gets it, as JSON (the live elements stay in the page). */
function analyzePage(url: string): string {
  return JSON.stringify(analyzeDocument(document, asTheReaderGetsIt(url)).analysis);
}

Object.assign(globalThis, { interviewLensPageTiming: timePage, interviewLensAnalyze: analyzePage });
