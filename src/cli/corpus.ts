import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadHtml } from './load-html';

/**
 * The real pages of ../shared/corpus and the truth written for them in tests/corpus/
 * (README.md there): read in place, never copied into the project. Shared by the scorings of
 * segmentation (`interview-lens eval`) and of names (`npm run eval:names`).
 */

/** Where the real pages are. */
export const CORPUS_ROOT = join('..', 'shared', 'corpus');

/** Where the truth written for those pages lives. */
export const CORPUS_TRUTH = join('tests', 'corpus');

/** Which of the corpus pages to score: the ones tuned on, or the ones held aside. */
export type CorpusPart = 'development' | 'held-aside';

/** What every truth file says of its page. */
export interface CorpusTruth {
  /** The page, relative to the corpus root; absent for a truth file about no page. */
  file?: string;
  url?: string;
  heldAside?: boolean;
}

/** One page of a part, parsed, with its truth and its name (the truth file's, without .json). */
export interface CorpusPage<T extends CorpusTruth> {
  slug: string;
  truth: T;
  doc: Document;
}

/** The pages of one part, in the order of their truth files; null when the corpus is absent (a clone without ../shared). */
export async function readCorpus<T extends CorpusTruth>(part: CorpusPart, truthDir = CORPUS_TRUTH, root = CORPUS_ROOT): Promise<CorpusPage<T>[] | null> {
  if (!existsSync(root)) return null;
  const files = (await readdir(truthDir)).filter((f) => f.endsWith('.json')).sort();
  const pages: CorpusPage<T>[] = [];
  for (const file of files) {
    const truth = JSON.parse(await readFile(join(truthDir, file), 'utf8')) as T;
    if (!truth.file || Boolean(truth.heldAside) !== (part === 'held-aside')) continue;
    pages.push({ slug: file.replace(/\.json$/, ''), truth, doc: await loadHtml(join(root, truth.file)) });
  }
  return pages;
}

/**
 * Puts a scoring of the held-aside part on record (tests/corpus/held-aside-runs.txt), so that
 * how often those pages were looked at is known: `what` names the scoring and its figures.
 */
export async function logHeldAsideScoring(what: string, truthDir = CORPUS_TRUTH): Promise<void> {
  await appendFile(join(truthDir, 'held-aside-runs.txt'), `${new Date().toISOString()} ${what}\n`);
}
