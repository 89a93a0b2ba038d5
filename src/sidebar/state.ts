import { knownLang } from '../core/language';
import type { Analysis, NonAnswerReason, Speaker, Turn, Verdict } from '../core/types';
import { matches, searchPattern } from './search';

/**
 * The sidebar's view of an analysis: pure functions from the analysis and the reader's
 * filter to what is listed, summarised and reachable with the jump keys. No DOM, so they are
 * tested directly.
 */

export interface Filter {
  /** Speakers whose turns are hidden. */
  hidden: ReadonlySet<string>;
  /** Only answers that are not (fully) answers, with their questions. */
  nonAnswersOnly: boolean;
  /** Only the questions. */
  questionsOnly: boolean;
  /** The search box's text; turns without it are left out. Empty: no search. */
  query: string;
}

/** Everything listed: no speaker hidden, no kind filter, no search. */
export const NO_FILTER: Filter = { hidden: new Set(), nonAnswersOnly: false, questionsOnly: false, query: '' };

/** A question with the answers given to it (answers before any question have `question: null`). */
export interface QuestionGroup {
  question: Turn | null;
  answers: Turn[];
}

/** How an interviewee answered, per question (the best reply to each counts). */
export interface SpeakerStats {
  speaker: Speaker;
  /** Questions this speaker answered in some way. */
  questions: number;
  answered: number;
  partial: number;
  nonAnswers: number;
}

/** A non-answer as the summary lists it: the turn, who, the question's gist, why, the quote. */
export interface NonAnswerItem {
  turn: Turn;
  speaker: Speaker | null;
  question: string;
  reason: NonAnswerReason;
  evidence: string;
}

/** How much of a question the summary quotes. */
const GIST_CHARS = 110;

const VERDICT_RANK: Record<Verdict, number> = { answer: 2, partial: 1, 'non-answer': 0 };

/** True when the turn's speaker is shown and the turn passes the kind filters (search aside). */
function passesSpeakerAndKind(turn: Turn, filter: Filter): boolean {
  if (filter.hidden.has(turn.speakerId ?? '')) return false;
  if (filter.questionsOnly) return turn.kind === 'question';
  if (filter.nonAnswersOnly && turn.kind === 'answer') return turn.verdict !== undefined && turn.verdict !== 'answer';
  return true;
}

/** True when the turn is listed under the filter, search included. */
export function isTurnVisible(turn: Turn, filter: Filter, pattern: RegExp | null = searchPattern(filter.query)): boolean {
  return passesSpeakerAndKind(turn, filter) && matches(turn.text, pattern);
}

/**
 * Turns grouped under their questions, the filter applied; empty groups dropped. A question
 * stays as the context of its listed answers even when the search does not find it in it.
 */
export function questionGroups(analysis: Analysis, filter: Filter): QuestionGroup[] {
  const pattern = searchPattern(filter.query);
  const groups: QuestionGroup[] = [];
  for (const turn of analysis.turns) {
    if (turn.kind === 'question') groups.push({ question: turn, answers: [] });
    else {
      if (groups.length === 0) groups.push({ question: null, answers: [] });
      groups[groups.length - 1].answers.push(turn);
    }
  }
  return groups
    .map((g) => {
      const answers = g.answers.filter((a) => isTurnVisible(a, filter, pattern));
      const question = g.question && !filter.hidden.has(g.question.speakerId ?? '') ? g.question : null;
      const questionListed = question !== null && !filter.nonAnswersOnly && matches(question.text, pattern);
      return { question: question && (answers.length > 0 || questionListed) ? question : null, answers };
    })
    .filter((g) => g.answers.length > 0 || g.question !== null);
}

/** The listed turns in reading order: what the jump keys move through. */
export function listedTurns(analysis: Analysis, filter: Filter): Turn[] {
  return questionGroups(analysis, filter).flatMap((g) => (g.question ? [g.question, ...g.answers] : g.answers));
}

/** The filter with a speaker hidden, or shown again. */
export function toggleSpeaker(filter: Filter, speakerId: string): Filter {
  const hidden = new Set(filter.hidden);
  if (hidden.has(speakerId)) hidden.delete(speakerId);
  else hidden.add(speakerId);
  return { ...filter, hidden };
}

/** True when this speaker is the only one shown. */
export function isOnlySpeaker(filter: Filter, speakers: Speaker[], speakerId: string): boolean {
  return speakers.length > 1 && speakers.every((s) => filter.hidden.has(s.id) === (s.id !== speakerId));
}

/** The filter showing only this speaker; asked again, showing everyone. */
export function showOnlySpeaker(filter: Filter, speakers: Speaker[], speakerId: string): Filter {
  if (isOnlySpeaker(filter, speakers, speakerId)) return { ...filter, hidden: new Set() };
  return { ...filter, hidden: new Set(speakers.filter((s) => s.id !== speakerId).map((s) => s.id)) };
}

/** The filter with "questions only" switched; it and "non-answers only" exclude each other. */
export function toggleQuestionsOnly(filter: Filter): Filter {
  return { ...filter, questionsOnly: !filter.questionsOnly, nonAnswersOnly: false };
}

/** The filter with "non-answers only" switched; it and "questions only" exclude each other. */
export function toggleNonAnswersOnly(filter: Filter): Filter {
  return { ...filter, nonAnswersOnly: !filter.nonAnswersOnly, questionsOnly: false };
}

/** True when the filter or the search leaves any turn out. */
export function isFiltering(filter: Filter): boolean {
  return filter.hidden.size > 0 || filter.questionsOnly || filter.nonAnswersOnly || searchPattern(filter.query) !== null;
}

/** What the summary counts under a filter: the answers it lists, of all, and the non-answers it leaves out. */
export interface SummaryScope {
  listedAnswers: number;
  answers: number;
  hiddenNonAnswers: number;
}

/** The summary's scope under the filter, so it can say what the search and filters hide. */
export function summaryScope(analysis: Analysis, filter: Filter): SummaryScope {
  const pattern = searchPattern(filter.query);
  // The answers the summary judges: not the replies to remarks, which the core leaves unjudged.
  const answers = analysis.turns.filter((t) => t.kind === 'answer' && t.verdict !== undefined);
  const listed = answers.filter((t) => isTurnVisible(t, filter, pattern));
  const nonAnswers = (turns: Turn[]) => turns.filter((t) => t.nonAnswer).length;
  return { listedAnswers: listed.length, answers: answers.length, hiddenNonAnswers: nonAnswers(answers) - nonAnswers(listed) };
}

/**
 * Per interviewee: of the questions they answered in some way, how many they really answered.
 * Only the answers listed under the filter count, so the figures agree with the list of
 * non-answers and with the turns shown.
 */
export function answerStats(analysis: Analysis, filter: Filter = NO_FILTER): SpeakerStats[] {
  const pattern = searchPattern(filter.query);
  return analysis.speakers
    .filter((s) => s.role === 'interviewee' && !filter.hidden.has(s.id))
    .map((speaker) => {
      const best = new Map<string, Verdict>();
      for (const turn of analysis.turns) {
        if (turn.kind !== 'answer' || turn.speakerId !== speaker.id || !turn.verdict || !isTurnVisible(turn, filter, pattern)) continue;
        const key = turn.questionId ?? turn.id;
        const previous = best.get(key);
        if (!previous || VERDICT_RANK[turn.verdict] > VERDICT_RANK[previous]) best.set(key, turn.verdict);
      }
      const verdicts = [...best.values()];
      return {
        speaker,
        questions: verdicts.length,
        answered: verdicts.filter((v) => v === 'answer').length,
        partial: verdicts.filter((v) => v === 'partial').length,
        nonAnswers: verdicts.filter((v) => v === 'non-answer').length,
      };
    })
    .filter((s) => s.questions > 0);
}

/** Every answer turn that is not a clear answer and is listed under the filter, with its question's gist. */
export function nonAnswerItems(analysis: Analysis, filter: Filter = NO_FILTER): NonAnswerItem[] {
  const byId = new Map(analysis.turns.map((t) => [t.id, t]));
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const pattern = searchPattern(filter.query);
  return analysis.turns
    .filter((t) => t.kind === 'answer' && t.nonAnswer && isTurnVisible(t, filter, pattern))
    .map((turn) => ({
      turn,
      speaker: turn.speakerId ? (speakers.get(turn.speakerId) ?? null) : null,
      question: gist(turn.questionId ? (byId.get(turn.questionId)?.text ?? '') : ''),
      reason: turn.nonAnswer!.reason,
      evidence: turn.nonAnswer!.evidence,
    }));
}

/** The question a turn asks, shortened: its last sentence that ends in a question mark. */
export function gist(text: string, max = GIST_CHARS): string {
  const sentences = text.split(/(?<=[.!?。！？])\s*/);
  const found = [...sentences].reverse().find((s) => /[?？]$/.test(s)) ?? sentences[0] ?? '';
  // A sentence split after a closing quote („… gab.“ Was …?) starts with the quote mark.
  const question = found.replace(/^["'“”„«»」』)）\s]+/, '');
  return question.length > max ? `${question.slice(0, max - 1).trimEnd()}…` : question;
}

/** What a turn is to the reader: an interviewer's turn that asks nothing ("Aus China.") is a remark. */
export type TurnKind = 'question' | 'remark' | 'answer';

/** The turn's kind as the sidebar names it. */
export function turnKind(turn: Turn): TurnKind {
  return turn.kind === 'question' && turn.remark ? 'remark' : turn.kind;
}

/** An interviewer's turn in the outline, with its number among the questions; remarks have none. */
export interface OutlineEntry {
  turn: Turn;
  number: number | null;
}

/** The interviewer's turns in order, the questions numbered 1, 2, 3 … past the remarks. */
export function outlineEntries(turns: Turn[]): OutlineEntry[] {
  let questions = 0;
  return turns.filter((turn) => turn.kind === 'question').map((turn) => ({ turn, number: turn.remark ? null : ++questions }));
}

/**
 * True when the analysis judged the answers: the non-answer phrases cover English, German and
 * Chinese; in another language the turns are there, their verdicts are not.
 */
export function nonAnswersAnalysed(analysis: Analysis): boolean {
  return analysis.nonAnswersAnalysed ?? knownLang(analysis.language) !== null;
}

/** Number of turns and share of words per speaker, for the filter chips. */
export function speakerShares(analysis: Analysis): Map<string, { turns: number; share: number }> {
  const words = new Map<string, { turns: number; words: number }>();
  let total = 0;
  for (const turn of analysis.turns) {
    const id = turn.speakerId ?? '';
    const count = turn.text.split(/\s+/).filter(Boolean).length + (turn.text.match(/[\u3400-\u9fff]/g)?.length ?? 0);
    const entry = words.get(id) ?? { turns: 0, words: 0 };
    entry.turns++;
    entry.words += count;
    words.set(id, entry);
    total += count;
  }
  return new Map([...words].map(([id, w]) => [id, { turns: w.turns, share: total ? w.words / total : 0 }]));
}

/**
 * The turn the reader is in at a paragraph: the paragraph's own, or else the last turn before
 * it (narration between turns); null before the first turn.
 */
export function turnAtParagraph(analysis: Analysis, paragraph: number): string | null {
  for (let i = Math.min(paragraph, analysis.paragraphs.length - 1); i >= 0; i--) {
    const turnId = analysis.paragraphs[i].turnId;
    if (turnId) return turnId;
  }
  return null;
}
