/**
 * One side of `npm run bench:instructions`, run under callgrind (see scripts/bench-instructions.ts):
 *   node --single-threaded instructions.mjs <mode> <page.html> <url> <runs>
 * repeats, on the page, `analysis` (the full analysis as the reader gets it, as scripts/bench.ts
 * times it: forced where no site adapter runs it unasked), `parse` (a clone, then Readability's
 * parse() on it) or `clone` (the clone alone, to take out of `parse`).
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../src/core/analyze';
import { asTheReaderGetsIt } from './reader-options';

const [mode, file, url, runs] = process.argv.slice(2);
const doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
const run: Record<string, () => unknown> = {
  analysis: () => analyzeDocument(doc, asTheReaderGetsIt(url)),
  parse: () => new Readability(doc.cloneNode(true) as Document).parse(),
  clone: () => doc.cloneNode(true),
};
if (!run[mode]) throw new Error(`unknown mode ${mode}`);
for (let i = 0; i < Number(runs); i++) run[mode]();
