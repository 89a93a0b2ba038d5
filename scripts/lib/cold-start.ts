/**
 * The first analysis of a page in a fresh JavaScript engine, stage by stage, as the content
 * script meets it on every page load: regular expressions compile on their first use and the
 * code is not optimised yet, costs the benchmark's warmed-up medians do not show.
 *
 * Run as a process of its own (the benchmark starts it):
 *   node --import tsx scripts/lib/cold-start.ts <page.html> <url>
 * Prints one line of JSON: milliseconds per stage, in the order analyzeDocument runs them.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analysisStages, STAGES } from './analysis-stages';

const [file, url] = process.argv.slice(2);
const stages = analysisStages(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document, url);
const times: Record<string, number> = {};
for (const stage of STAGES) {
  const start = performance.now();
  stages[stage]();
  times[stage] = performance.now() - start;
}
console.log(JSON.stringify(times));
