import { analyzeDocument } from '../../src/core/analyze';
import { knowledgeBase } from '../../src/core/knowledge';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_ROOT, CORPUS_TRUTH, logHeldAsideScoring, readCorpus, type CorpusPart, type CorpusTruth } from '../../src/cli/corpus';
import { loadHtml } from '../../src/cli/load-html';

/**
 * Scores the name finder (the Context list: speakers and the names the interview uses)
 * against the names people wrote for the real pages of ../shared/corpus (tests/corpus/*.json,
 * field `names`: what a reader would want explained).
 *
 * Matching: a found name matches a labelled one when, both normalised (case, accents,
 * typography, hyphens as spaces, a French elision, a possessive and common inflection endings of each word), they are equal or one contains the
 * other: as whole words in Latin script ("Drosten" in "Christian Drosten", "Charité" in
 * "Berliner Charité"), as characters in Chinese ("钉钉" in "阿里钉钉"). Precision is the share
 * of found names that match some labelled name; recall the share of labelled names that some
 * found name matches.
 */

/** One page's score. */
export interface PageNames {
  page: string;
  /** The page's language (en, de, zh …), where its truth says it. */
  language?: string;
  found: string[];
  labelled: string[];
  /** Found names that match no labelled name. */
  extra: string[];
  /** Labelled names no found name matches. */
  missed: string[];
}

/** Totals over pages. */
export interface NameTotals {
  found: number;
  correct: number;
  labelled: number;
  recalled: number;
  precision: number;
  recall: number;
}

/** Inflection endings dropped from Latin-script words before comparing, longest first. */
const ENDINGS = ['’s', "'s", 'es', 'en', 'em', 'e', 's'];

/** An elided French article or pronoun before a word ("l'", "d'", "qu'"), after folding. */
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/u;

/** A word keeps at least this many letters when its ending is dropped. */
const MIN_STEM = 4;

/** The words of a name, normalised for comparison. */
export function nameWords(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—]/g, '-');
  const words = folded.match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'+*.&]*/gu) ?? [];
  return words.map((word) => {
    // An elided French article or pronoun is a word of its own ("d’Aigues-Mortes" holds "Aigues-Mortes"), dropped.
    const bare = word.replace(/[.'-]+$/, '').replace(ELISION, '');
    if (/\p{Script=Han}/u.test(bare)) return bare;
    const ending = ENDINGS.find((e) => bare.endsWith(e) && bare.length - e.length >= MIN_STEM);
    return ending ? bare.slice(0, -ending.length) : bare;
  });
}

function containsWords(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

/** Whether a found name and a labelled name name the same thing, by the rule above. */
export function namesMatch(found: string, labelled: string): boolean {
  const a = nameWords(found);
  const b = nameWords(labelled);
  if (a.length === 0 || b.length === 0) return false;
  if (containsWords(a, b) || containsWords(b, a)) return true;
  const han = (s: string[]) => s.join('');
  const [x, y] = [han(a), han(b)];
  if (!/\p{Script=Han}/u.test(x + y)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short);
}

/** Scores one page's found names against its labels. */
export function scoreNames(page: string, found: string[], labelled: string[]): PageNames {
  return {
    page,
    found,
    labelled,
    extra: found.filter((f) => !labelled.some((l) => namesMatch(f, l))),
    missed: labelled.filter((l) => !found.some((f) => namesMatch(f, l))),
  };
}

/** Precision and recall over all pages. */
export function totals(pages: PageNames[]): NameTotals {
  const found = pages.reduce((n, p) => n + p.found.length, 0);
  const correct = found - pages.reduce((n, p) => n + p.extra.length, 0);
  const labelled = pages.reduce((n, p) => n + p.labelled.length, 0);
  const recalled = labelled - pages.reduce((n, p) => n + p.missed.length, 0);
  return { found, correct, labelled, recalled, precision: found ? correct / found : 1, recall: labelled ? recalled / labelled : 1 };
}

interface Truth extends CorpusTruth {
  names?: string[];
  language?: string;
}

/**
 * Runs the analysis with the knowledge base on each page of one part, as the toolbar button
 * does, and scores the names of its Context list. Null when ../shared/corpus is absent.
 * Every scoring of the held-aside part is put on record (`logHeldAsideScoring`).
 */
export async function evaluateNames(part: CorpusPart, truthDir = CORPUS_TRUTH, root = CORPUS_ROOT): Promise<PageNames[] | null> {
  const read = await readCorpus<Truth>(part, truthDir, root);
  if (!read) return null;
  const pages = read.map(({ slug, truth, doc }) => {
    const { analysis } = analyzeDocument(doc, { url: truth.url || null, force: true, knowledge: knowledgeBase });
    return { ...scoreNames(slug, analysis.entities.map((e) => e.label), truth.names ?? []), language: truth.language ?? slug.split('.').at(-1) };
  });
  if (part === 'held-aside') {
    const t = totals(pages);
    await logHeldAsideScoring(`names precision ${t.correct}/${t.found} recall ${t.recalled}/${t.labelled}`, truthDir);
  }
  return pages;
}

/** Where the golden fixtures are. */
export const FIXTURES = join('tests', 'fixtures');

/**
 * The golden fixtures that carry `names` in their expected.json (tests/fixtures/README.md):
 * pages the name finder was not tuned on when they were labelled. Run and scored as the
 * corpus pages are.
 */
export async function evaluateFixtureNames(dir = FIXTURES): Promise<PageNames[]> {
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
  const pages: PageNames[] = [];
  for (const slug of slugs) {
    const truth = JSON.parse(await readFile(join(dir, slug, 'expected.json'), 'utf8')) as Truth;
    if (!truth.names) continue;
    const doc = await loadHtml(join(dir, slug, 'source.html'));
    const { analysis } = analyzeDocument(doc, { url: truth.url || null, force: true, knowledge: knowledgeBase });
    pages.push({ ...scoreNames(slug, analysis.entities.map((e) => e.label), truth.names), language: truth.language });
  }
  return pages;
}
