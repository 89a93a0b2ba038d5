/**
 * The non-answer classifier: does an answer answer its question?
 *
 * Follows the clarity taxonomy of research on evasive answers: a clear reply (`answer`), an
 * ambivalent one (`partial`: sidesteps, or leaves out part of what was asked) and a clear
 * non-reply (`non-answer`: declines, redirects, postpones, does not know, asks back).
 *
 * Precision first: an answer is reported only when the fitted model (`nonanswer-model.ts`)
 * is confident that the answer as a whole does not answer, and only with words of the answer
 * that show it. Otherwise it stays an answer: a hedge or a limit inside a real reply ("ob das
 * wirklich ein Drittel sind, wissen wir nicht, ...") is part of answering.
 *   1. read the answer: its phrase hits and measures (`nonanswer-features.ts`);
 *   2. the model gives the probability that it is not an answer;
 *   3. from the threshold on, a phrase opening the answer, or all it says, makes a non-answer;
 *      a phrase after something else (or a sidestep) a partial one. That phrase (the one that
 *      weighs most) is the evidence, quoted with its sentence or clause so that no softening
 *      word is cut off, and gives the reason.
 * Verdicts are given in the languages the phrases are written for (en, de, zh) only.
 * Pure: no browser or Node APIs; it runs in the content script and in the CLI.
 */
import { knownLang } from './language';
import { FEATURES, readAnswer, shippedLanguage, type AnswerReading, type CompiledLanguage, type Hit } from './nonanswer-features';
import { contribution, probability, SHIPPED_MODEL, type NonAnswerModel } from './nonanswer-model';
import type { Classification, Lang, Turn } from './types';
import { isMark, QUESTION_MARK, SENTENCE_END } from './word-tokens';

export { NON_ANSWER_REASONS, questionType, type QuestionType } from './nonanswer-features';

/** A quoted sentence longer than this is cut back to its clause, a clause to the phrase itself. */
const MAX_EVIDENCE_CHARS = 200;
const ASKS_BACK = FEATURES.indexOf('asks-back');
const BARE_PARTICLE = FEATURES.indexOf('bare-particle');
const ALONE = FEATURES.indexOf('alone');

/** What a classifier says of one answer, with the reading it decided on. */
export interface Decision extends Classification {
  reading: AnswerReading | null;
}

/** A classifier: `(answer, question, lang) => Decision`. */
export type Classifier = (answer: string, question: string | null, lang: Lang) => Decision;

/**
 * Builds a classifier from a model and, per language, the phrase knowledge to read answers
 * with (the shipped knowledge by default). The evaluation builds classifiers over models
 * fitted on parts of the data and over parts of the phrase tables.
 */
export function createClassifier(model: NonAnswerModel, languages?: Partial<Record<Lang, CompiledLanguage>>): Classifier {
  return (answer, question, lang) => decide(answer, question, lang, model, languages?.[lang] ?? shippedLanguage(lang));
}

const SHIPPED = createClassifier(SHIPPED_MODEL);

/**
 * Says whether `answer` answers `question` (null when unknown), and if not, why, with the
 * words of the answer that show it (`evidence` is a substring of `answer`) and the model's
 * confidence in the verdict.
 */
export function classifyAnswer(answer: string, question: string | null, lang: Lang): Classification {
  const { verdict, reason, evidence, confidence } = SHIPPED(answer, question, lang);
  return { verdict, reason, evidence, confidence };
}

/**
 * Gives every answer turn its verdict, and non-answers their reason and evidence, when the
 * page's language (`language`, a BCP 47 tag) is one the phrases are written for; otherwise
 * the turns are returned as they are and `analysed` is false (a French interview gets no
 * verdicts rather than English ones).
 */
export function classifyTurns(turns: Turn[], language: string): { turns: Turn[]; analysed: boolean } {
  const lang = knownLang(language);
  if (lang === null) return { turns, analysed: false };
  const questions = new Map(turns.filter((t) => t.kind === 'question').map((t) => [t.id, t.text]));
  // A reply to a remark ("Aus China.") answers no question: it gets no verdict.
  const remarks = new Set(turns.filter((t) => t.remark).map((t) => t.id));
  const classified = turns.map((turn) => {
    if (turn.kind !== 'answer' || remarks.has(turn.questionId ?? '')) return turn;
    const result = classifyAnswer(turn.text, turn.questionId ? (questions.get(turn.questionId) ?? null) : null, lang);
    return {
      ...turn,
      verdict: result.verdict,
      confidence: result.confidence,
      nonAnswer: result.verdict !== 'answer' && result.reason ? { reason: result.reason, evidence: result.evidence ?? '' } : null,
    };
  });
  return { turns: classified, analysed: true };
}

function decide(answer: string, question: string | null, lang: Lang, model: NonAnswerModel, known: CompiledLanguage): Decision {
  if (answer.trim() === '') return { verdict: 'non-answer', reason: 'declines', evidence: null, confidence: 1, reading: null };
  const reading = readAnswer(answer, question, lang, known);
  const p = probability(model, reading.features);
  const quiet: Decision = { verdict: 'answer', reason: null, evidence: null, confidence: round(1 - p), reading };
  if (p < model.threshold) return quiet;

  const confidence = round(p);
  // The non-answer is the answer when it opens it or is all there is: then the opening phrase
  // is the evidence. Said after something else, or sidestepping, it leaves part of the
  // question open, and the phrase that weighs most shows which.
  const opening = weightiest(model, reading.hits.filter((hit) => opensAnswer(reading, hit) && hit.phrase.reason !== 'sidestep'));
  const hit = opening ?? weightiest(model, reading.hits);
  if (hit) {
    const whole = (opening !== null || reading.features[ALONE] === 1) && hit.phrase.reason !== 'sidestep';
    return { verdict: whole ? 'non-answer' : 'partial', reason: hit.phrase.reason, evidence: quote(reading, hit), confidence, reading };
  }
  const { features } = reading;
  const trimmed = answer.trim();
  if (features[ASKS_BACK] === 1) return { verdict: 'non-answer', reason: 'clarification', evidence: trimmed, confidence, reading };
  if (features[BARE_PARTICLE] === 1) return { verdict: 'partial', reason: 'sidestep', evidence: trimmed, confidence, reading };
  // No words of the answer show it: say nothing.
  return quiet;
}

/** The hit whose feature adds most to the score (the earliest among equals). */
function weightiest(model: NonAnswerModel, hits: readonly Hit[]): Hit | null {
  let best: Hit | null = null;
  let bestWeight = 0;
  for (const hit of hits) {
    const weight = contribution(model, `${hit.lead ? 'lead' : 'later'}:${hit.kind}`, 1);
    if (weight > bestWeight) {
      best = hit;
      bestWeight = weight;
    }
  }
  return best;
}

/** Whether the hit stands in the answer's first sentence. */
function opensAnswer(reading: AnswerReading, hit: Hit): boolean {
  const { words } = reading.tokens;
  for (let i = 0; i < hit.from; i++) if (words[i] === SENTENCE_END || words[i] === QUESTION_MARK) return false;
  return true;
}

/**
 * The evidence: the sentence that holds the hit, or where that is too long to quote, the hit
 * with the rest of its clause (from the punctuation before it to the punctuation after it), so
 * that no softening word is cut off ("weiß ich gar nicht genau", never "weiß ich gar nicht");
 * the hit alone where even the clause is too long.
 */
function quote(reading: AnswerReading, hit: Hit): string {
  const { words, starts, ends, text } = reading.tokens;
  const isSentenceEnd = (word: string) => word === SENTENCE_END || word === QUESTION_MARK;
  const span = (before: (word: string) => boolean): string | null => {
    let from = hit.from;
    while (from > 0 && !before(words[from - 1])) from--;
    let to = hit.to;
    while (to < words.length && !before(words[to])) to++;
    const start = starts[from];
    const end = ends[to - 1];
    return end - start <= MAX_EVIDENCE_CHARS ? text.slice(start, end) : null;
  };
  return span(isSentenceEnd) ?? span(isMark) ?? text.slice(hit.start, hit.end);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
