/**
 * The labelled answers the non-answer model is fitted and measured on, from outside the
 * project (a fresh clone has neither; both loaders then return null and say why):
 *
 * - earnings calls: `../shared/data/nonanswers-earnings-calls.train.jsonl` (one answer per
 *   line, `is_nonanswer` labelled by a study of evasive answers; no questions). An answer is
 *   held aside when the 32-bit FNV-1a hash of the UTF-8 bytes of its `id` is divisible by 4
 *   (about 25%; the split of issue #4, kept so that the part stays unseen). The rest is split
 *   into CV_FOLDS folds by call (the `id` before `_`), so answers of one call share a fold.
 * - interviews: the truth files `tests/corpus/<page>.json` (written by reading each page:
 *   `answers` gives each answer turn's verdict) over the pages of `../shared/corpus`. Each
 *   answer's text, and its question's, is cut from the page's own visible text (not from the
 *   analysis's segmentation): the text in reading order, one line per block, sliced from one
 *   truth paragraph's start to the next. Pages with `heldAside` form the held-aside part; the
 *   others are split into folds by page.
 * - the founding interview: the golden fixtures' labelled answers (`verdicts` in
 *   tests/fixtures/{ifanr-altman-de,theverge-altman-en,ifanr-altman-zh}/expected.json), one
 *   interview in three languages, with the phrase tables written on it: trained on, never
 *   scored (the golden test checks them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { knownLang } from '../../src/core/language';
import { normalizeText } from '../../src/core/text';
import type { Lang } from '../../src/core/types';
import { ROOT } from './fixture-server';

/** Folds of the parts that are not held aside. */
export const CV_FOLDS = 5;

export const EARNINGS_CALLS = resolve(ROOT, '..', 'shared', 'data', 'nonanswers-earnings-calls.train.jsonl');
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
export const TRUTH = join(ROOT, 'tests', 'corpus');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The founding interview's golden fixtures, one per language. */
const FOUNDING = ['ifanr-altman-de', 'theverge-altman-en', 'ifanr-altman-zh'];

/** One labelled answer. */
export interface LabelledAnswer {
  /** Unique over both data sets: the earnings-call id, or `<page>#<n>`. */
  id: string;
  set: 'earnings-calls' | 'interviews' | 'founding';
  answer: string;
  question: string | null;
  lang: Lang;
  /** Not (fully) an answer: a non-answer or a partial one. */
  positive: boolean;
  heldAside: boolean;
  /**
   * The cross-validation fold (0 .. CV_FOLDS - 1); -1 for held-aside answers; CV_FOLDS for
   * answers that are only ever trained on.
   */
  fold: number;
}

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The earnings-call answers, or null (with the reason) when the file is absent. */
export function loadEarningsCalls(): LabelledAnswer[] | string {
  if (!existsSync(EARNINGS_CALLS)) return `no earnings-call data at ${EARNINGS_CALLS}`;
  return readFileSync(EARNINGS_CALLS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { id: string; answer: string; is_nonanswer: boolean };
      const heldAside = fnv1a(row.id) % 4 === 0;
      return {
        id: row.id,
        set: 'earnings-calls',
        answer: row.answer,
        question: null,
        lang: 'en',
        positive: row.is_nonanswer,
        heldAside,
        fold: heldAside ? -1 : fnv1a(row.id.split('_')[0]) % CV_FOLDS,
      } satisfies LabelledAnswer;
    });
}

/** The founding interview's labelled answers (in the repository, so always there). */
export function loadFoundingInterview(): LabelledAnswer[] {
  return FOUNDING.flatMap((slug) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Omit<Truth, 'answers' | 'file' | 'heldAside'> & {
      verdicts: Array<[string, 'answer' | 'evasive']>;
    };
    const truth: Truth = {
      ...expected,
      file: join(FIXTURES, slug, 'source.html'),
      heldAside: false,
      // A verdict names its answer by the start of its text, as long as the fixture's author chose.
      answers: expected.verdicts.map(([start, verdict]) => {
        const paragraph = expected.paragraphs.find(([kind, , text]) => kind === 'answer' && (text.startsWith(start) || start.startsWith(text)));
        return [paragraph?.[2] ?? start, verdict === 'answer' ? 'answer' : 'non-answer', null];
      }),
    };
    const problems: string[] = [];
    const turns = answerTurns(pageText(readFileSync(truth.file)), truth, problems, slug);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return truth.answers.map(([start, verdict], n) => ({
      id: `${slug}#${n + 1}`,
      set: 'founding' as const,
      answer: turns.get(start)!.answer,
      question: turns.get(start)!.question,
      lang: knownLang(truth.language)!,
      positive: verdict !== 'answer',
      heldAside: false,
      fold: CV_FOLDS,
    }));
  });
}

/** A truth file's fields that the loader reads. */
interface Truth {
  file: string;
  language: string;
  heldAside: boolean;
  paragraphs: Array<['question' | 'answer' | 'none', string | null, string]>;
  answers: Array<[string, 'answer' | 'partial' | 'non-answer', string | null]>;
}

/** What loading the interviews gave: the answers, and what could not be read (never silently dropped). */
export interface InterviewData {
  answers: LabelledAnswer[];
  pages: number;
  problems: string[];
}

/**
 * The interview answers of every truth file whose page is present and whose language the
 * classifier knows, or a string saying why there are none.
 */
export function loadInterviews(): InterviewData | string {
  if (!existsSync(TRUTH)) return `no truth files in ${TRUTH}`;
  if (!existsSync(CORPUS)) return `no pages in ${CORPUS}`;
  const files = readdirSync(TRUTH).filter((name) => name.endsWith('.json')).sort();
  const data: InterviewData = { answers: [], pages: 0, problems: [] };
  for (const name of files) {
    const truth = JSON.parse(readFileSync(join(TRUTH, name), 'utf8')) as Truth;
    const lang = knownLang(truth.language);
    if (truth.answers.length === 0) continue;
    if (lang === null) {
      data.problems.push(`${name}: language ${truth.language} has no verdicts; left out`);
      continue;
    }
    const page = join(CORPUS, truth.file);
    if (!existsSync(page)) {
      data.problems.push(`${name}: page ${page} is absent`);
      continue;
    }
    const slug = name.replace(/\.json$/, '');
    const turns = answerTurns(pageText(readFileSync(page)), truth, data.problems, name);
    data.pages++;
    truth.answers.forEach(([start, verdict], n) => {
      const turn = turns.get(start);
      if (!turn) {
        data.problems.push(`${name}: no answer turn starts "${start}"`);
        return;
      }
      data.answers.push({
        id: `${slug}#${n + 1}`,
        set: 'interviews',
        answer: turn.answer,
        question: turn.question,
        lang,
        positive: verdict !== 'answer',
        heldAside: truth.heldAside,
        fold: truth.heldAside ? -1 : fnv1a(slug) % CV_FOLDS,
      });
    });
  }
  return data;
}

/** Elements whose text a reader does not see. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object', 'canvas', 'select', 'option']);
/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'center', 'caption',
]);

/**
 * The page's visible text in reading order: one line per block, whitespace collapsed as the
 * analysis does (`normalizeText`), a `<br>` as a space. The bytes are decoded with the charset
 * the page declares (GB2312 as its superset GB18030).
 */
export function pageText(bytes: Buffer): string {
  const { document } = parseHTML(decode(bytes));
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = normalizeText(line);
    if (text !== '') lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (HIDDEN.has(tag) || element.hasAttribute('hidden')) return;
    if (tag === 'br') {
      line += ' ';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.documentElement as unknown as Node);
  flush();
  return lines.join('\n');
}

function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const charset = declared === 'gb2312' || declared === 'gbk' ? 'gb18030' : declared;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Each answer turn of the truth, by the start of its first paragraph: the text of its answer
 * paragraphs (up to another speaker or another turn's start) and of the question paragraphs
 * right before them. A paragraph's text runs from
 * its start to the next truth paragraph's start or the end of its line, whichever comes first.
 */
function answerTurns(text: string, truth: Truth, problems: string[], name: string): Map<string, { answer: string; question: string | null }> {
  const flat = text.replaceAll('\n', ' ');
  const found: Array<{ kind: string; speaker: string | null; start: string; at: number }> = [];
  let from = 0;
  for (const [kind, speaker, start] of truth.paragraphs) {
    const at = flat.indexOf(normalizeText(start), from);
    if (at < 0) {
      problems.push(`${name}: paragraph "${start}" not found in the page's text`);
      continue;
    }
    found.push({ kind, speaker, start, at });
    from = at + 1;
  }
  const paragraphText = (i: number): string => {
    const { at, start } = found[i];
    const lineEnd = text.indexOf('\n', at + normalizeText(start).length);
    const next = i + 1 < found.length ? found[i + 1].at : text.length;
    return text.slice(at, Math.min(next, lineEnd < 0 ? text.length : lineEnd)).trim();
  };
  const turnStarts = new Set(truth.answers.map(([start]) => start));
  const turns = new Map<string, { answer: string; question: string | null }>();
  let question: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const { kind, start } = found[i];
    if (kind === 'question') {
      if (i > 0 && found[i - 1].kind !== 'question') question = [];
      question.push(paragraphText(i));
    } else if (kind === 'answer') {
      const answer: string[] = [];
      let j = i;
      // A turn ends where another speaker answers or the truth starts another answer turn.
      const continues = (k: number) => found[k].kind === 'answer' && found[k].speaker === found[i].speaker && !turnStarts.has(found[k].start);
      for (answer.push(paragraphText(j++)); j < found.length && continues(j); j++) answer.push(paragraphText(j));
      turns.set(start, { answer: answer.join('\n\n'), question: question.length ? question.join('\n\n') : null });
      i = j - 1;
    }
  }
  return turns;
}
