import type { NonAnswerReason } from '../../types';

/**
 * One piece of phrase knowledge: words that show an answer is not (fully) an answer.
 * Tables of these live one per language beside this file; `classifyAnswer` reads them.
 * Each entry's examples and near misses live with the tests
 * (`tests/unit/core/lang/nonanswers/<lang>.examples.ts`, keyed by `id`), so that they are not
 * shipped in the content script; a test fails when an entry has none.
 */
export interface NonAnswerPhrase {
  /** Stable, unique within its table; kebab-case, e.g. `no-comment`. */
  id: string;
  reason: NonAnswerReason;
  /**
   * Matches the words themselves, which become the evidence. Not global, not sticky (the
   * classifier scans with copies it derives from the source: see `folded-pattern.ts`);
   * bounded quantifiers only, so it stays linear. A table may build it on first access
   * (`lazy-pattern.ts`). After editing one, regenerate `folded-forms.ts` (see there).
   */
  pattern: RegExp;
  /**
   * `strong` (the default): counts wherever it stands; buried in a long answer it still makes
   * the answer `partial` (the speaker left a part out).
   * `hedge`: a softer phrase ("hard to say", "I'm not sure") that only counts in the opening
   * of an answer; later in a long answer it is the ordinary caution of a real reply.
   * `preface`: words that as often introduce a real reply as replace one ("too early to say,
   * but ...", "what I can tell you is ..."): they count only in a short answer.
   */
  strength?: 'strong' | 'hedge' | 'preface';
}
