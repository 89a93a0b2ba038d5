/**
 * What the non-answer model sees of an answer: its phrase hits and a few measures of the answer
 * and its question, as numbers (`FEATURES`). The features are the same in every language; the
 * phrases that feed them are each language's data (`lang/nonanswers/<lang>.ts`). Nothing here
 * is weighed: the weights are fitted (`nonanswer-model.json`, `npm run fit:nonanswers`).
 *
 * Reading an answer:
 *   1. tokenize it (`word-tokens.ts`) and find the language's phrases (`word-pattern.ts`);
 *   2. keep the hits that are the speaker's own: not inside a quotation, not after "he said",
 *      a negating frame ("it's not that ...") or another subject ("customers don't know");
 *      where two hits overlap, the earlier (then longer) one;
 *   3. place each hit: in the answer's opening (`lead`) or later in a longer answer; a limit
 *      (not knowing, a hedge) counts only in a short answer;
 *   4. measure the answer (whether the hits are all it says, its numbers, what it shares with
 *      the question) and the question (what it asks for; whether a yes/no particle or a
 *      question back replies to it; a limit followed by a reason answers a why-question).
 * Pure: no browser or Node APIs.
 */
import { NON_ANSWER_LANGUAGES } from './lang/nonanswers/index';
import type { NonAnswerLanguage, NonAnswerPhrase } from './lang/nonanswers/types';
import type { Lang, NonAnswerReason } from './types';
import { WordPatternCompiler, WordPatternSet, type WordPattern } from './word-pattern';
import { isMark, QUESTION_MARK, SENTENCE_END, tokenize, type Tokens } from './word-tokens';

/** What `questionType` can tell from a question's wording. */
export type QuestionType = 'yesno' | 'why' | 'what' | 'other';

/**
 * The kinds of phrase hit the model weighs apart: the reasons of strong phrases, and hedges,
 * prefaces and missing information ('unable') whatever their reason.
 */
export const HIT_KINDS = ['declines', 'redirects', 'postpones', 'ignorance', 'unable', 'clarification', 'sidestep', 'hedge', 'preface'] as const;
export type HitKind = (typeof HIT_KINDS)[number];

/**
 * Kinds that state a limit of what the speaker knows or can say now, rather than refuse: they
 * count only in a short answer, where they can be the answer; in a longer one, first or later,
 * they are part of answering ("Ja, ich kann jetzt nicht sagen, wie meine Kollegen die
 * beurteilen, denn diese Studie ist so neu ... Aber ich halte das auch für eine sehr wichtige
 * Studie ...").
 */
const LIMIT_KINDS: ReadonlySet<HitKind> = new Set(['ignorance', 'hedge', 'preface', 'clarification']);

/**
 * The model's inputs, in order. `lead:<kind>` / `later:<kind>`: a hit of that kind in the
 * answer's opening / after it; `q:<type>`: the question's type (none of them without a question).
 */
export const FEATURES: readonly string[] = [
  ...HIT_KINDS.map((kind) => `lead:${kind}`),
  // A limit counts only in a short answer, which is all opening: there is no `later` limit.
  ...HIT_KINDS.filter((kind) => !LIMIT_KINDS.has(kind)).map((kind) => `later:${kind}`),
  /** A hit, and hardly a word besides the sentences that hold hits: the non-answer is the whole answer. */
  'alone',
  /** ln(1 + number of hits). */
  'hits',
  /** Share of the words that are numbers, times 10, at most 1: figures are substance. */
  'numbers',
  /** Share of the question's content words that the answer uses. */
  'overlap',
  'q:yesno',
  'q:why',
  'q:what',
  'q:other',
  /** A yes/no question answered by a yes/no particle that is not part of a phrase ("Nein. Das ..."). */
  'yes-no-reply',
  /** A short answer that is itself a question. */
  'asks-back',
  /** A bare "Yes." to a what- or why-question. */
  'bare-particle',
];

/** Answers up to this many words are all opening. */
const SHORT_ANSWER_WORDS = 60;
/** In a longer answer the opening is its first sentences ... */
const OPENING_SENTENCES = 2;
/** ... but at least and at most this many characters (Chinese packs about 3x more per character). */
const OPENING_CHARS: Record<Lang, { min: number; max: number }> = {
  en: { min: 160, max: 400 },
  de: { min: 160, max: 400 },
  zh: { min: 50, max: 130 },
};
/** At most this many words outside the sentences that hold hits, and the hits are the answer. */
const ALONE_WORDS = 3;
/** An answer this short that is itself a question asks back. */
const ASK_BACK_MAX_WORDS = 12;
/** How many tokens before a phrase may hold the frame that makes it someone else's. */
const FRAME_TOKENS = 15;
/** Quotation marks: opener -> the closers that end it. ASCII `"` toggles. */
const QUOTE_PAIRS: Record<string, string> = { '„': '“”"', '“': '”', '"': '"', '«': '»', '»': '«', '‚': '‘’', '「': '」', '『': '』' };
/** A quotation longer than this is more likely a stray mark than a quote. */
const MAX_QUOTE_CHARS = 600;

/** One phrase found in the answer that is the speaker's own. */
export interface Hit {
  phrase: NonAnswerPhrase;
  kind: HitKind;
  /** Token range. */
  from: number;
  to: number;
  /** Character range in the answer. */
  start: number;
  end: number;
  /** In the answer's opening. */
  lead: boolean;
}

/** An answer as the model sees it. */
export interface AnswerReading {
  tokens: Tokens;
  hits: Hit[];
  /** The feature values, in the order of `FEATURES`. */
  features: number[];
}

/** A language's knowledge, compiled: done once per language, on its first answer. */
export interface CompiledLanguage {
  phrases: readonly NonAnswerPhrase[];
  set: WordPatternSet;
  notOwn: WordPattern[];
  why: WordPattern;
  what: WordPattern;
  yesNoQuestion: WordPattern | null;
  particle: WordPattern;
  reason: WordPattern;
  notAskingBack: WordPattern;
  stopWords: Set<string>;
}

/** Compiles a language's phrase knowledge; `phrases` replaces its phrases (the evaluation uses parts of them). */
export function compileLanguage(lang: Lang, data: NonAnswerLanguage, phrases = data.phrases): CompiledLanguage {
  const compiler = new WordPatternCompiler(lang, data.fragments);
  const compile = (source: string, anyStart = false) => compiler.compile(source, anyStart);
  return {
    phrases,
    set: new WordPatternSet(
      phrases.map((phrase) => phrase.pattern),
      compiler,
    ),
    notOwn: data.notOwn.map((source) => compile(source, true)),
    why: compile(data.question.why),
    what: compile(data.question.what),
    yesNoQuestion: data.question.yesNo === null ? null : compile(data.question.yesNo),
    particle: compile(data.answer.yesNo, true),
    reason: compile(data.answer.reason),
    notAskingBack: compile(data.answer.notAskingBack),
    stopWords: new Set(data.stopWords.split(' ').filter(Boolean)),
  };
}

const SHIPPED: Partial<Record<Lang, CompiledLanguage>> = {};

/** The shipped knowledge of a language, compiled on first use. */
export function shippedLanguage(lang: Lang): CompiledLanguage {
  return (SHIPPED[lang] ??= compileLanguage(lang, NON_ANSWER_LANGUAGES[lang]));
}

/** Reads an answer (and its question, when known) into features. */
export function readAnswer(answer: string, question: string | null, lang: Lang, known: CompiledLanguage = shippedLanguage(lang)): AnswerReading {
  const tokens = tokenize(answer, lang);
  const { words } = tokens;
  const wordCount = countWords(tokens);
  const questionTokens = question === null || question.trim() === '' ? null : tokenize(question, lang);
  const type = questionTokens === null ? null : questionTypeOf(questionTokens.words, known);
  let hits = findHits(tokens, lang, known, wordCount);
  // A limit followed by a reason answers a why-question ("Hard to say exactly, but mostly because ...").
  if (type === 'why') hits = hits.filter((hit) => !LIMIT_KINDS.has(hit.kind) || !findIn(known.reason, words, hit.to));
  const features = new Array<number>(FEATURES.length).fill(0);
  for (const hit of hits) {
    const at = (hit.lead ? AT.lead : AT.later)[hit.kind];
    if (at !== undefined) features[at] = 1;
  }
  if (hits.length > 0) features[AT.alone] = wordsBesideHits(tokens, hits) <= ALONE_WORDS ? 1 : 0;
  features[AT.hits] = Math.log1p(hits.length);
  features[AT.numbers] = Math.min(1, (10 * countNumbers(words)) / Math.max(1, wordCount));

  const asksBack =
    wordCount > 0 && wordCount <= ASK_BACK_MAX_WORDS && words[words.length - 1] === QUESTION_MARK && !findIn(known.notAskingBack, words);
  features[AT.asksBack] = asksBack ? 1 : 0;
  if (questionTokens === null || type === null) return { tokens, hits, features };

  features[AT.question[type]] = 1;
  features[AT.overlap] = overlap(questionTokens.words, words, lang, known.stopWords);
  const particleEnd = known.particle.matchAt(words, 0);
  const particle = particleEnd > 0 && !hits.some((hit) => hit.from < particleEnd);
  features[AT.yesNoReply] = type === 'yesno' && particle ? 1 : 0;
  features[AT.bareParticle] = particleEnd > 0 && (type === 'what' || type === 'why') && countWords(tokens, particleEnd) === 0 ? 1 : 0;
  return { tokens, hits, features };
}

/**
 * Where each feature stands in `FEATURES`, looked up once rather than by name for every answer.
 * A `later` limit is no feature (a limit counts only in a short answer, which is all opening):
 * it has no index.
 */
const AT = (() => {
  const index = (name: string) => FEATURES.indexOf(name);
  const byKind = (place: 'lead' | 'later') =>
    Object.fromEntries(HIT_KINDS.map((kind) => [kind, FEATURES.includes(`${place}:${kind}`) ? index(`${place}:${kind}`) : undefined])) as Partial<Record<HitKind, number>>;
  return {
    lead: byKind('lead'),
    later: byKind('later'),
    alone: index('alone'),
    hits: index('hits'),
    numbers: index('numbers'),
    overlap: index('overlap'),
    question: { yesno: index('q:yesno'), why: index('q:why'), what: index('q:what'), other: index('q:other') } satisfies Record<QuestionType, number>,
    yesNoReply: index('yes-no-reply'),
    asksBack: index('asks-back'),
    bareParticle: index('bare-particle'),
  };
})();

/** The phrases of the answer that are the speaker's own, in text order, overlaps resolved. */
function findHits(tokens: Tokens, lang: Lang, known: CompiledLanguage, wordCount: number): Hit[] {
  const found: Hit[] = [];
  // Quotes are looked for only once a phrase is found: most answers have none.
  let quotes: Array<[number, number]> | null = null;
  let openingEnd = -1;
  known.set.scan(tokens, ({ pattern, from, to }) => {
    const start = tokens.starts[from];
    if (insideQuote((quotes ??= quoteSpans(tokens.text)), start) || hasFrame(tokens.words, from, known.notOwn)) return false;
    if (openingEnd < 0) openingEnd = wordCount <= SHORT_ANSWER_WORDS ? tokens.text.length : openingLength(tokens, lang);
    const phrase = known.phrases[pattern];
    const strength = phrase.strength ?? 'strong';
    const kind: HitKind = strength === 'strong' ? phrase.reason : strength;
    found.push({ phrase, kind, from, to, start, end: tokens.ends[to - 1], lead: start < openingEnd });
    return true;
  });
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Hit[] = [];
  for (const hit of found) if (kept.length === 0 || hit.from >= kept[kept.length - 1].to) kept.push(hit);
  // A limit stated in a longer answer, even first, is part of answering it.
  return wordCount <= SHORT_ANSWER_WORDS ? kept : kept.filter((hit) => !LIMIT_KINDS.has(hit.kind));
}

/** Whether one of the frames ends right before token `from`, within its sentence. */
function hasFrame(words: readonly string[], from: number, frames: readonly WordPattern[]): boolean {
  let start = from;
  while (start > 0 && from - start < FRAME_TOKENS && words[start - 1] !== SENTENCE_END && words[start - 1] !== QUESTION_MARK) start--;
  for (let i = start; i < from; i++) {
    for (const frame of frames) if (frame.matchesBetween(words, i, from)) return true;
  }
  return false;
}

/** Character ranges of quotations, found in one pass; an unclosed or overlong quote is dropped. */
function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    // Most characters are no quotation mark: told by their code, without a string made for them.
    const quote = isQuoteCode(text.charCodeAt(i));
    if (open >= 0) {
      if (quote && closers.includes(text[i])) {
        if (i - open <= MAX_QUOTE_CHARS) spans.push([open, i]);
        open = -1;
      } else if (i - open > MAX_QUOTE_CHARS) {
        open = -1;
      }
    } else if (quote && text[i] in QUOTE_PAIRS) {
      open = i;
      closers = QUOTE_PAIRS[text[i]];
    }
  }
  return spans;
}

/** Whether a character code can be one of the marks of `QUOTE_PAIRS` (an opener or a closer). */
function isQuoteCode(code: number): boolean {
  // " « », the run from ‘ to „, and 「 」 『 』.
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e) || (code >= 0x300c && code <= 0x300f);
}

/** Whether `index` falls inside one of the sorted, disjoint quote spans (binary search). */
function insideQuote(spans: Array<[number, number]>, index: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = spans[mid];
    if (index <= from) hi = mid - 1;
    else if (index >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The character where a long answer's opening ends: after its first sentences, within bounds. */
function openingLength(tokens: Tokens, lang: Lang): number {
  const { min, max } = OPENING_CHARS[lang];
  let end = tokens.text.length;
  let seen = 0;
  for (let i = 0; i < tokens.words.length; i++) {
    const word = tokens.words[i];
    if ((word === SENTENCE_END || word === QUESTION_MARK) && ++seen === OPENING_SENTENCES) {
      end = tokens.ends[i];
      break;
    }
  }
  return Math.min(Math.max(end, min), max);
}

/** Words outside the sentences that hold a hit. */
function wordsBesideHits(tokens: Tokens, hits: readonly Hit[]): number {
  let outside = countWords(tokens);
  let covered = 0;
  for (const hit of hits) {
    let start = hit.from;
    while (start > 0 && tokens.words[start - 1] !== SENTENCE_END && tokens.words[start - 1] !== QUESTION_MARK) start--;
    start = Math.max(start, covered);
    const end = sentenceEnd(tokens.words, hit.to);
    if (end <= start) continue;
    outside -= countWords(tokens, start) - countWords(tokens, end);
    covered = end;
  }
  return outside;
}

/** The token after the end of the sentence that holds token `i - 1`. */
function sentenceEnd(words: readonly string[], i: number): number {
  let end = i;
  while (end < words.length && words[end] !== SENTENCE_END && words[end] !== QUESTION_MARK) end++;
  return Math.min(end + 1, words.length);
}

/**
 * Words from token `from` on: tokens that are not punctuation, two Han characters counting as
 * one word (about what a Chinese word is).
 */
function countWords(tokens: Tokens, from = 0): number {
  let words = 0;
  let han = 0;
  for (let i = from; i < tokens.words.length; i++) {
    const word = tokens.words[i];
    if (isMark(word)) continue;
    if (word.length === 1 && word.charCodeAt(0) >= 0x3400) han++;
    else words++;
  }
  return words + Math.ceil(han / 2);
}

function countNumbers(words: readonly string[]): number {
  let numbers = 0;
  for (const word of words) {
    const code = word.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) numbers++;
  }
  return numbers;
}

/** Whether `pattern` matches somewhere in `words` from token `from` on. */
function findIn(pattern: WordPattern, words: readonly string[], from = 0): boolean {
  for (let i = from; i < words.length; i++) {
    if (pattern.firstWords.has(words[i]) && pattern.matchAt(words, i) >= 0) return true;
  }
  return false;
}

/**
 * What kind of answer a question asks for: `why` (a reason), `what` (a fact: what, who, when,
 * how ...), `yesno` (a confirmation, including declarative questions like "So the board asked
 * you back?") or `other` (no question form at all). With several questions in one turn the
 * most demanding wins: why > what > yesno.
 */
export function questionType(question: string, lang: Lang): QuestionType {
  return questionTypeOf(tokenize(question, lang).words, shippedLanguage(lang));
}

function questionTypeOf(words: readonly string[], known: CompiledLanguage): QuestionType {
  const sentences: Array<readonly string[]> = [];
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === SENTENCE_END) start = i + 1;
    else if (words[i] === QUESTION_MARK) {
      sentences.push(words.slice(start, i + 1));
      start = i + 1;
    }
  }
  const yesNo = (part: readonly string[]) => known.yesNoQuestion !== null && findIn(known.yesNoQuestion, part);
  if (sentences.length === 0) {
    if (findIn(known.why, words)) return 'why';
    if (yesNo(words)) return 'yesno';
    return findIn(known.what, words) ? 'what' : 'other';
  }
  let best: QuestionType = 'yesno';
  for (const sentence of sentences) {
    if (findIn(known.why, sentence)) return 'why';
    if (findIn(known.what, sentence) && !yesNo(sentence)) best = 'what';
  }
  return best;
}

/**
 * Share of the question's content words that occur in the answer (Chinese: pairs of Han
 * characters). Only the question's words are collected: each word of the answer is looked up
 * among them (a word found there is a content word, as the test depends on the word alone),
 * and each counted once.
 */
function overlap(question: readonly string[], answer: readonly string[], lang: Lang, stopWords: Set<string>): number {
  if (lang === 'zh') return hanPairOverlap(question, answer);
  const asked = new Map<string, number>();
  for (const word of question) {
    if (word.length >= 3 && !isMark(word) && !stopWords.has(word) && !asked.has(word)) asked.set(word, asked.size);
  }
  if (asked.size === 0) return 0;
  const found = new Uint8Array(asked.size);
  let shared = 0;
  for (const word of answer) {
    const at = asked.get(word);
    if (at !== undefined && found[at] === 0) {
      found[at] = 1;
      shared++;
    }
  }
  return shared / asked.size;
}

/** `overlap` in Chinese: pairs of Han characters, by first then second character (no pair strings made). */
function hanPairOverlap(question: readonly string[], answer: readonly string[]): number {
  const asked = new Map<string, Map<string, number>>();
  let size = 0;
  for (let i = 0; i + 1 < question.length; i++) {
    const word = question[i];
    const next = question[i + 1];
    if (!isHanToken(word) || !isHanToken(next)) continue;
    let seconds = asked.get(word);
    if (seconds === undefined) asked.set(word, (seconds = new Map()));
    if (!seconds.has(next)) seconds.set(next, size++);
  }
  if (size === 0) return 0;
  const found = new Uint8Array(size);
  let shared = 0;
  for (let i = 0; i + 1 < answer.length; i++) {
    const at = asked.get(answer[i])?.get(answer[i + 1]);
    // Only pairs of Han characters are keys: a pair found is one.
    if (at !== undefined && found[at] === 0) {
      found[at] = 1;
      shared++;
    }
  }
  return shared / size;
}

function isHanToken(word: string): boolean {
  return word.length === 1 && word.charCodeAt(0) >= 0x3400;
}

/** The reasons a hit kind stands for, for the tests of each table's coverage. */
export const NON_ANSWER_REASONS: readonly NonAnswerReason[] = ['declines', 'redirects', 'postpones', 'ignorance', 'clarification', 'sidestep'];
