/**
 * `npm run bench:instructions`: section 1's comparison of the benchmark (the full analysis
 * against one `Readability.parse()`) counted in machine instructions instead of milliseconds.
 * Timings on a shared machine move by a tenth and more with its load; instruction counts,
 * read by valgrind's callgrind, repeat to within about 1% whatever else the machine does. Not
 * a budget (the budget is on time, see scripts/bench.ts): a tool to tell whether a change makes
 * the analysis do less work. Needs valgrind.
 *
 * Each figure is the difference of two runs, of FEW and MANY repetitions, divided by their
 * difference: start-up, compilation and warm-up cancel out (with fewer repetitions the
 * optimising compiler, on the main thread under --single-threaded, works inside the counted
 * ones). Readability's parse() is counted with its clone (a fresh copy it can mutate), and the
 * clone alone is taken out. Instructions are not time: what the analysis costs in memory
 * traffic (the copy, the tries) shows in the timings only.
 *
 * Usage: npm run bench:instructions [-- slug ...]   (default: the interviews without a
 * site adapter, analysed as the reader gets them: about 35 minutes for the 25, two callgrind
 * runs at a time)
 */
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { siteFor } from '../src/sites';
import { FIXTURES, ROOT, fixtureUrls } from './lib/fixture-server';
import { asTheReaderGetsIt } from './lib/reader-options';

const FEW = 30;
const MANY = 130;
/** callgrind runs at once: the counts do not depend on it, only the wall time. */
const PARALLEL = 2;
const MODES = ['analysis', 'parse', 'clone'] as const;

const run = promisify(execFile);

async function instructions(bundle: string, mode: string, file: string, url: string, repeats: number): Promise<number> {
  const { stderr } = await run('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', bundle, mode, file, url, String(repeats)], { maxBuffer: 1 << 24 });
  const collected = /Collected : (\d+)/.exec(stderr);
  if (!collected) throw new Error(`callgrind printed no count for ${mode} ${file}: ${stderr.slice(-300)}`);
  return Number(collected[1]);
}

/** Runs `tasks` with at most `limit` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

try {
  await run('valgrind', ['--version']);
} catch {
  console.log('bench:instructions needs valgrind (apt-get install valgrind)');
  process.exit(1);
}

const urls = fixtureUrls();
const asked = process.argv.slice(2);
/**
 * By default the interviews whose site adapter does not find the body (as the bench picks them
 * for its in-page comparison): where Readability's content pass is the analysis's own.
 */
const slugs = asked.length
  ? asked
  : [...urls.keys()].sort().filter((slug) => {
      const url = urls.get(slug)!;
      if (siteFor(url).bodySelector) return false;
      const doc = parseHTML(readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8')).document as unknown as Document;
      return analyzeDocument(doc, asTheReaderGetsIt(url)).analysis.isInterview;
    });

const dir = mkdtempSync(join(tmpdir(), 'interview-lens-instructions-'));
const bundle = join(dir, 'instructions.mjs');
try {
  await build({ entryPoints: [join(ROOT, 'scripts', 'lib', 'instructions-entry.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
  console.log(`Instructions per run (callgrind, Node ${process.version} --single-threaded; (count of ${MANY} runs - count of ${FEW}) / ${MANY - FEW})`);
  console.log(`${'page'.padEnd(26)}${'parse()'.padStart(12)}${'analysis'.padStart(12)}${'ratio'.padStart(8)}`);
  const tasks = slugs.flatMap((slug) =>
    MODES.flatMap((mode) => [FEW, MANY].map((repeats) => () => instructions(bundle, mode, join(FIXTURES, slug, 'source.html'), urls.get(slug)!, repeats))),
  );
  const counts = await pool(tasks, PARALLEL);
  slugs.forEach((slug, s) => {
    const per = (m: number) => (counts[s * 6 + m * 2 + 1] - counts[s * 6 + m * 2]) / (MANY - FEW);
    const [analysis, parseAndClone, clone] = [per(0), per(1), per(2)];
    const parse = parseAndClone - clone;
    const millions = (n: number) => `${(n / 1e6).toFixed(2)} M`;
    console.log(`${slug.padEnd(26)}${millions(parse).padStart(12)}${millions(analysis).padStart(12)}${`${(analysis / parse).toFixed(3)}x`.padStart(8)}`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
