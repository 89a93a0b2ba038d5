/**
 * `npm run bench`: speed and size of Interview Lens, each figure beside its budget
 * (scripts/budgets.ts). Exits non-zero when a budget is missed; the last line says how many
 * were met.
 *
 *  1. Under linkedom, per golden fixture: `Readability.parse()` alone (a fresh clone per run,
 *     cloned outside the timed call) against the full `analyzeDocument` (detect, extract,
 *     segment, classify, link), timed in the same run, interleaved; for interviews, where the
 *     analysis's time goes, stage by stage.
 *  2. The founding interview with its article body 1x, 5x and 20x as long: the same ratio,
 *     and how the analysis grows with the page.
 *  3. Pages that are not interviews (the golden fixtures and the corpus pages): what the
 *     analysis costs there, as a share of one Readability pass.
 *  4. The first analysis in a fresh engine, stage by stage: what each page load pays before
 *     regular expressions are compiled and code is optimised (the medians above are warm).
 *  5. In Chromium with the built extension: the content script from start to the sidebar
 *     rendered on the founding interview, and from start to idle on a page that is not an
 *     interview, with Readability in the same page for comparison; and section 1's comparison
 *     again inside the page for the interviews without a site adapter (no budget: the browser's
 *     timer is coarse and the machine's load varies; the budgets hold the linkedom figures).
 *  6. The content script's size, raw and gzipped, and that of the lens and knowledge base it loads lazily.
 *
 * Usage: npm run bench [-- --no-build] [-- --no-browser]
 */
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { knowledgeBase } from '../src/core/knowledge';
import { siteFor } from '../src/sites';
import { BUDGETS } from './budgets';
import { analysisStages, STAGES } from './lib/analysis-stages';
import { requireBrowsers } from './lib/browsers';
import { EXTENSION_DIR, launchWithExtension } from './lib/chromium';
import { markSpan, markTimeline, readabilityInPage } from './lib/extension-timing';
import { timeInPage } from './lib/core-in-page';
import { CORPUS, FIXTURES, ROOT, fixtureUrls, startFixtureServer } from './lib/fixture-server';
import { longInterview } from './lib/long-interview';
import { asTheReaderGetsIt } from './lib/reader-options';
import { MARKS } from '../src/messages';
import { medians, withFresh } from './lib/timing';

/** Timed rounds per figure (after warm-up rounds): more for small pages, whose times are short. */
const RUNS = { fixture: { runs: 31, warmup: 5 }, stage: { runs: 21, warmup: 3 }, long: { runs: 11, warmup: 2 }, page: { runs: 15, warmup: 2 } };

/** The founding interview: the long interviews are made from it, the browser figures read on it. */
const FOUNDING = 'ifanr-altman-de';

/** How many times as long the founding interview's article body is made. */
const LENGTHS = [1, 5, 20] as const;

/** Real pages that are not interviews (../shared/corpus, absent in a fresh clone), with their URLs. */
const CORPUS_PAGES: [string, string][] = [
  ['theverge-2023-visionpro.html', 'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions'],
  ['theverge-2026-trifold.html', 'https://www.theverge.com/tech/895879/samsung-galaxy-z-trifold-discontinued-stock-sold-out'],
  ['elavegan-recipe.en.html', 'https://elavegan.com/peanut-butter-truffles/'],
];

/** Real interviews without a site adapter (../shared/corpus), with their URLs. */
const CORPUS_INTERVIEWS: [string, string][] = [['ndr-coronavirus-update-140.de.html', 'https://www.ndr.de/nachrichten/info/podcastcoronavirus140.html']];

/** The page the browser figure for "not an interview" is read on, served under The Verge's host. */
const BROWSER_NON_INTERVIEW = 'theverge-2026-trifold.html';

/** Page loads per browser figure. */
const BROWSER_LOADS = 5;

/** Samples (after warm-up samples) per page for section 1's comparison in the browser. */
const IN_PAGE = { samples: 15, warmup: 3 };

/** Pages whose first, cold analysis is shown stage by stage. */
const COLD_PAGES = [FOUNDING, 'theverge-altman-en'];
const COLD_START = join(ROOT, 'scripts', 'lib', 'cold-start.ts');

const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts', 'content.js');
const KNOWLEDGE_SCRIPT = join(EXTENSION_DIR, 'knowledge.js');
const LENS_SCRIPT = join(EXTENSION_DIR, 'lens.js');

const args = new Set(process.argv.slice(2));
// Section 5 needs Chromium: say so before minutes of the other sections, not after.
if (!args.has('--no-browser')) requireBrowsers(['chromium']);
const verdicts: boolean[] = [];

/** Records a budget's outcome and says it. */
function judge(met: boolean): string {
  verdicts.push(met);
  return met ? 'met' : 'MISSED';
}

const ms = (value: number) => value.toFixed(2);
const times = (value: number) => `${value.toFixed(2)}x`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' ').trimEnd();

function loadDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

interface PageTimes {
  /** One Readability pass as a page gets it: a copy of the document (parse() changes the one it reads), then parse(). */
  readability: number;
  /** parse() alone, on a copy made outside the timer. */
  parse: number;
  analysis: number;
}

/**
 * Readability alone and the full analysis of one page, interleaved; `probe`: the analysis as
 * the content script's probe runs it unasked (no toolbar click), whatever the site.
 */
function timePage(doc: Document, url: string, options: { runs: number; warmup: number }, probe = false): PageTimes {
  const analyzeOptions = probe ? { url, knowledge: knowledgeBase } : asTheReaderGetsIt(url);
  return medians(
    {
      readability: { run: () => new Readability(doc.cloneNode(true) as Document).parse() },
      parse: withFresh(() => doc.cloneNode(true) as Document, (clone) => new Readability(clone).parse()),
      analysis: { run: () => analyzeDocument(doc, analyzeOptions) },
    },
    options,
  );
}

/** Where an interview's analysis spends its time: the stages of analyzeDocument, each alone. */
function timeStages(doc: Document, url: string) {
  const stages = analysisStages(doc, url);
  for (const stage of STAGES) stages[stage]();
  return medians(
    {
      precheck: { run: stages.precheck },
      extract: { run: stages.extract },
      segment: { run: stages.segment },
      classify: { run: stages.classify },
      link: { run: stages.link },
    },
    RUNS.stage,
  );
}

console.log(`Interview Lens benchmark: Node ${process.version}, linkedom; median milliseconds of ${RUNS.fixture.runs} runs unless said`);
// The ratios of the smallest pages move with what else the machine runs: say how busy it was.
console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} at the start (1 minute)`);

// Build first, so the browser and size figures are of the current sources.
let built = existsSync(CONTENT_SCRIPT);
if (!args.has('--no-build')) {
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
    built = true;
  } catch (error) {
    built = false;
    const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? ''}`;
    const cause = output.split('\n').find((line) => /\[[A-Z_]+\]|error:/i.test(line) && !/Build failed with/.test(line));
    console.log(`wxt build failed: ${cause?.trim() ?? (error as Error).message.split('\n')[0]}`);
  }
}

// Every page analysed a few times before any is timed: otherwise the first page measured pays
// for compiling the code all pages share.
const urls = fixtureUrls();
for (let round = 0; round < RUNS.fixture.warmup; round++) {
  for (const [slug, url] of urls) analyzeDocument(loadDoc(readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8')), asTheReaderGetsIt(url));
}

// 1. Golden fixtures.
console.log('');
console.log('1. Golden fixtures: one Readability pass (a copy, then parse()) vs the full analysis as the reader gets it (budget: at most ' + times(BUDGETS.analysisOverReadability) + ')');
const W1 = [24, 12, 9, 9, 7, 8, 7, 8, 8, 8, 8, 6];
/** The stages shown per interview, as `timeStages` times them. */
const STAGE_COLUMNS = ['precheck', 'extract', 'segment', 'classify', 'link'] as const;
const stageCells = (stages: ReturnType<typeof timeStages>) => STAGE_COLUMNS.map((stage) => ms(stages[stage]));
console.log(row(['page', 'Readability', 'analysis', 'to parse', 'ratio', 'budget', '', ...STAGE_COLUMNS], W1));
/** The analysis over parse() alone, a copy left out of Readability's side (a stricter yardstick, shown beside the budget's). */
const toParse = (t: PageTimes) => times(t.analysis / t.parse);
const expectations = new Map<string, boolean>();
const fixtureDocs = new Map<string, Document>();
for (const [slug, url] of [...urls].sort(([a], [b]) => a.localeCompare(b))) {
  const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
  const doc = loadDoc(html);
  fixtureDocs.set(slug, doc);
  const t = timePage(doc, url, RUNS.fixture);
  const { analysis } = analyzeDocument(doc, asTheReaderGetsIt(url));
  expectations.set(slug, analysis.isInterview);
  const stages = analysis.isInterview ? timeStages(doc, url) : null;
  const ratio = t.analysis / t.readability;
  const verdict = judge(ratio <= BUDGETS.analysisOverReadability);
  console.log(row([slug, ms(t.readability), ms(t.analysis), toParse(t), times(ratio), `<= ${times(BUDGETS.analysisOverReadability)}`, verdict, ...(stages ? stageCells(stages) : ['not an interview'])], W1));
}
for (const [file, url] of existsSync(CORPUS) ? CORPUS_INTERVIEWS : []) {
  const doc = loadDoc(readFileSync(join(CORPUS, file), 'utf8'));
  const t = timePage(doc, url, RUNS.page);
  const ratio = t.analysis / t.readability;
  console.log(row([`corpus/${file.replace(/\.html$/, '')}`, ms(t.readability), ms(t.analysis), toParse(t), times(ratio), '(info)', '', ...stageCells(timeStages(doc, url))], W1));
}
if (existsSync(CORPUS)) {
  console.log(`   corpus/: a real interview without a site adapter, median of ${RUNS.page.runs} runs; info, not a budget (the budget is the`);
  console.log('   golden fixtures\'; the corpus is not part of the project): most of its page is article, teasers inside it included.');
}
console.log('   Readability: a copy of the page and parse() on it, as any reader of a live page must (parse() changes the document it');
console.log("   reads); to parse: the analysis over parse() alone, the copy made outside the timer. extract: the analysis's own pass, on a copy of the");
console.log('   page it makes without the chrome beside the interview (src/core/extract/readability.ts), and the paragraphs read.');
console.log('   On ifanr and The Verge the site adapter finds the body and Readability only reads the metadata.');

// 2. Long interviews.
console.log('');
console.log(`2. Long interviews: ${FOUNDING} with its article body repeated (median of ${RUNS.long.runs} runs)`);
const W2 = [24, 8, 12, 9, 7, 8, 7];
console.log(row(['length', 'size', 'Readability', 'analysis', 'ratio', 'budget', ''], W2));
const founding = readFileSync(join(FIXTURES, FOUNDING, 'source.html'), 'utf8');
const foundingUrl = urls.get(FOUNDING)!;
const longTimes = new Map<number, PageTimes>();
for (const length of LENGTHS) {
  const html = longInterview(founding, length);
  const t = timePage(loadDoc(html), foundingUrl, RUNS.long);
  longTimes.set(length, t);
  const ratio = t.analysis / t.readability;
  console.log(row([`${length}x`, kb(Buffer.byteLength(html)), ms(t.readability), ms(t.analysis), times(ratio), `<= ${times(BUDGETS.analysisOverReadability)}`, judge(ratio <= BUDGETS.analysisOverReadability)], W2));
}
const growth = longTimes.get(20)!.analysis / longTimes.get(1)!.analysis;
console.log(`   analysis 20x / 1x: ${growth.toFixed(1)}x (budget: at most ${BUDGETS.longScaling}x) ${judge(growth <= BUDGETS.longScaling)}`);

// 3. Pages that are not interviews.
console.log('');
console.log(`3. Pages that are not interviews: the analysis as a share of one Readability pass (budget: at most ${BUDGETS.notInterviewShare * 100}%)`);
const W3 = [36, 12, 9, 7, 8, 7];
console.log(row(['page', 'Readability', 'analysis', 'share', 'budget', ''], W3));
// The probe's cost, unasked: on a page of a site without an adapter it runs only after a click,
// but the probe is the same code, and it is what keeps a page that is not an interview cheap.
const notInterviews: [string, PageTimes][] = [...fixtureDocs]
  .filter(([slug]) => !expectations.get(slug))
  .map(([slug, doc]) => [slug, timePage(doc, urls.get(slug)!, RUNS.fixture, true)]);
if (existsSync(CORPUS)) {
  for (const [file, url] of CORPUS_PAGES) {
    notInterviews.push([`corpus/${file}`, timePage(loadDoc(readFileSync(join(CORPUS, file), 'utf8')), url, RUNS.page, true)]);
  }
} else {
  console.log(`   (corpus pages skipped: ${CORPUS} is absent)`);
}
for (const [name, t] of notInterviews) {
  const share = t.analysis / t.readability;
  console.log(row([name, ms(t.readability), ms(t.analysis), `${(share * 100).toFixed(1)}%`, `<= ${BUDGETS.notInterviewShare * 100}%`, judge(share <= BUDGETS.notInterviewShare)], W3));
}

// 4. Cold: the first analysis in a fresh engine, one process per page.
console.log('');
console.log('4. The first analysis in a fresh engine, as on each page load (one process per page; info, no budget)');
for (const slug of COLD_PAGES) {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', COLD_START, join(FIXTURES, slug, 'source.html'), urls.get(slug)!], { cwd: ROOT, encoding: 'utf8' });
    const stages = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    const total = Object.values(stages).reduce((a, b) => a + b, 0);
    console.log(`   ${slug}: ${ms(total)} ms: ${Object.entries(stages).map(([stage, t]) => `${stage} ${t.toFixed(1)}`).join(', ')}`);
  } catch (error) {
    console.log(`   ${slug}: not measured (${(error as Error).message.split('\n')[0]})`);
  }
}

// 5. Chromium with the built extension.
console.log('');
if (args.has('--no-browser')) {
  console.log('5. Chromium: skipped (--no-browser)');
} else if (!built) {
  console.log('5. Chromium: skipped, no built extension');
} else {
  // The page that is not an interview, served under The Verge's host so the content script runs on it.
  const corpusFile = join(CORPUS, BROWSER_NON_INTERVIEW);
  const fallback = [...expectations].find(([, isInterview]) => !isInterview)![0];
  const nonInterview = existsSync(corpusFile)
    ? { name: BROWSER_NON_INTERVIEW, file: corpusFile }
    : { name: fallback, file: join(FIXTURES, fallback, 'source.html') };
  const nonInterviewUrl = 'http://www.theverge.com/bench/not-an-interview';
  const server = await startFixtureServer([{ path: new URL(nonInterviewUrl).pathname, file: nonInterview.file }]);
  try {
    const browser = await launchWithExtension(server.port);
    try {
      const newPage = () => browser.context.newPage();
      const probe = await newPage();
      const version = (await probe.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '?';
      await probe.close();
      console.log(`5. Chromium ${version} with the built extension (median of ${BROWSER_LOADS} page loads; info, no budget)`);
      const interviewUrl = server.urlOf(FOUNDING);
      const steps = [MARKS.lens, MARKS.analysed, MARKS.mounted, MARKS.rendered];
      const timeline = await markTimeline(newPage, interviewUrl, MARKS.start, steps, BROWSER_LOADS);
      const rendered = timeline.at(-1)!;
      const idle = await markSpan(newPage, nonInterviewUrl, MARKS.start, MARKS.idle, BROWSER_LOADS);
      const readability = async (url: string) => {
        const page = await newPage();
        await page.goto(url, { waitUntil: 'load' });
        const value = await readabilityInPage(page, 8);
        await page.close();
        return value;
      };
      const readInterview = await readability(interviewUrl);
      const readOther = await readability(nonInterviewUrl);
      const passes = (r: { cold: number; warm: number }) => `one Readability pass in the page: ${ms(r.cold)} ms first, ${ms(r.warm)} ms after`;
      console.log(`   ${FOUNDING}: start -> sidebar rendered ${ms(rendered)} ms (${passes(readInterview)})`);
      // Where the reader's wait goes: each step's median from the start (medians of separate loads).
      const names = ['lens loaded', 'analysed', 'sidebar in the page', 'context underlined'];
      console.log(`     from the start: ${timeline.map((t, k) => `${names[k]} ${ms(t)}`).join(', ')}`);
      console.log(
        `   ${nonInterview.name}, not an interview: start -> idle ${ms(idle)} ms, ` +
          `${((idle / readOther.cold) * 100).toFixed(0)}% of a first Readability pass (${passes(readOther)})`,
      );
      // Section 1 in the page, for the interviews Readability's content pass runs on.
      console.log(`   One Readability pass (a copy, then parse()) vs the full analysis in the page, interviews without a site adapter (median of ${IN_PAGE.samples} samples of 10 runs):`);
      for (const [slug, url] of [...urls].sort(([a], [b]) => a.localeCompare(b))) {
        if (!expectations.get(slug) || siteFor(url).bodySelector) continue;
        const page = await newPage();
        await page.goto(`http://127.0.0.1:${server.port}${new URL(url).pathname}`, { waitUntil: 'load' });
        const t = await timeInPage(page, url, IN_PAGE.samples, IN_PAGE.warmup);
        await page.close();
        console.log(`     ${slug.padEnd(24)} Readability ${ms(t.readability)} ms, analysis ${ms(t.analysis)} ms: ${times(t.analysis / t.readability)}`);
      }
    } finally {
      await browser.close();
    }
  } catch (error) {
    console.log(`5. Chromium: not measured (${(error as Error).message.split('\n')[0]})`);
  } finally {
    await server.close();
  }
}

// 6. Size.
console.log('');
console.log('6. Size of the built extension (.output/chrome-mv3)');
if (built && existsSync(CONTENT_SCRIPT)) {
  const content = readFileSync(CONTENT_SCRIPT);
  const gzip = gzipSync(content).length;
  console.log(`   content script (the probe, on every page of the sites we know): ${kb(content.length)} raw, ${kb(gzip)} gzip (budget: at most ${kb(BUDGETS.contentScriptGzip)} gzip) ${judge(gzip <= BUDGETS.contentScriptGzip)}`);
  for (const [file, what] of [
    [LENS_SCRIPT, 'lens (analysis and sidebar), loaded where the probe sees signs of an interview or on a toolbar click'],
    [KNOWLEDGE_SCRIPT, 'knowledge base, loaded with the lens (while the page is analysed)'],
  ] as const) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    console.log(`   ${what}: ${kb(statSync(file).size)} raw, ${kb(gzipSync(bytes).length)} gzip`);
  }
} else {
  console.log(`   content script: no build to measure ${judge(false)}`);
}

console.log('');
const met = verdicts.filter(Boolean).length;
console.log(`bench: ${met} of ${verdicts.length} budgets met`);
process.exit(met === verdicts.length ? 0 : 1);
