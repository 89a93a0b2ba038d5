import type { CorpusPart } from '../src/cli/corpus';
import { evaluateFixtureNames, evaluateNames, totals, type PageNames } from './lib/name-scores';

/**
 * The name finder against the names people wrote for the real pages (tests/corpus): precision
 * and recall per page and in total (scripts/lib/name-scores.ts says how names are matched).
 *
 * Usage: npm run eval:names [-- --errors]          the development pages
 *        npm run eval:names -- --fixtures [--errors] the golden fixtures labelled with names
 *        npm run eval:names -- --held-aside         the held-aside pages (logged; never tune on them)
 */
const args = new Set(process.argv.slice(2));
const fixtures = args.has('--fixtures');
const part: CorpusPart | 'fixtures' = fixtures ? 'fixtures' : args.has('--held-aside') ? 'held-aside' : 'development';
const pages = part === 'fixtures' ? await evaluateFixtureNames() : await evaluateNames(part);
if (pages === null) {
  console.log('skipped: ../shared/corpus is absent');
  process.exit(0);
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const page of pages) {
  const t = totals([page]);
  console.log(`${page.page.padEnd(36)} precision ${pct(t.precision).padStart(6)} (${t.correct}/${t.found})  recall ${pct(t.recall).padStart(6)} (${t.recalled}/${t.labelled})`);
  // The held-aside pages' names are never listed: they are for measuring, not for tuning.
  if (args.has('--errors') && part !== 'held-aside') printErrors(page);
}
const languages = [...new Set(pages.map((p) => p.language ?? '?'))].sort();
if (languages.length > 1) {
  for (const language of languages) {
    const t = totals(pages.filter((p) => (p.language ?? '?') === language));
    console.log(`${language}: precision ${pct(t.precision)} (${t.correct}/${t.found}), recall ${pct(t.recall)} (${t.recalled}/${t.labelled})`);
  }
}
const all = totals(pages);
console.log(`total (${part}, ${pages.length} pages): precision ${pct(all.precision)} (${all.correct}/${all.found}), recall ${pct(all.recall)} (${all.recalled}/${all.labelled})`);

function printErrors(page: PageNames): void {
  if (page.extra.length) console.log(`    not labelled: ${page.extra.join(' | ')}`);
  if (page.missed.length) console.log(`    missed: ${page.missed.join(' | ')}`);
}
