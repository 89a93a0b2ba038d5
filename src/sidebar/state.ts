import type { Analysis, NonAnswerReason, Speaker, Turn, Verdict } from '../core/types';

/**
 * The sidebar's view of an analysis: pure functions from the analysis and the reader's
 * filter to what is listed. No DOM, so they are tested directly.
 */

export interface Filter {
  /** Speakers whose turns are hidden. */
  hidden: ReadonlySet<string>;
  /** Only answers that are not (fully) answers, with their questions. */
  nonAnswersOnly: boolean;
}

export const NO_FILTER: Filter = { hidden: new Set(), nonAnswersOnly: false };

/** A question with the answers given to it (answers before any question have `question: null`). */
export interface QuestionGroup {
  question: Turn | null;
  answers: Turn[];
}

export interface SpeakerStats {
  speaker: Speaker;
  /** Questions this speaker answered in some way. */
  questions: number;
  answered: number;
  partial: number;
  nonAnswers: number;
}

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

/** Turns grouped under their questions, the filter applied; empty groups dropped. */
export function questionGroups(analysis: Analysis, filter: Filter): QuestionGroup[] {
  const groups: QuestionGroup[] = [];
  for (const turn of analysis.turns) {
    if (turn.kind === 'question') groups.push({ question: turn, answers: [] });
    else {
      if (groups.length === 0) groups.push({ question: null, answers: [] });
      groups[groups.length - 1].answers.push(turn);
    }
  }
  return groups
    .map((g) => ({
      question: g.question && !filter.hidden.has(g.question.speakerId ?? '') ? g.question : null,
      answers: g.answers.filter((a) => !filter.hidden.has(a.speakerId ?? '') && (!filter.nonAnswersOnly || a.verdict !== 'answer')),
    }))
    .filter((g) => g.answers.length > 0 || (g.question !== null && !filter.nonAnswersOnly));
}

/** Per interviewee: of the questions they answered in some way, how many they really answered. */
export function answerStats(analysis: Analysis): SpeakerStats[] {
  return analysis.speakers
    .filter((s) => s.role === 'interviewee')
    .map((speaker) => {
      const best = new Map<string, Verdict>();
      for (const turn of analysis.turns) {
        if (turn.kind !== 'answer' || turn.speakerId !== speaker.id || !turn.verdict) continue;
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

/** Every answer turn that is not a clear answer, with its question's gist. */
export function nonAnswerItems(analysis: Analysis): NonAnswerItem[] {
  const byId = new Map(analysis.turns.map((t) => [t.id, t]));
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  return analysis.turns
    .filter((t) => t.kind === 'answer' && t.nonAnswer)
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
