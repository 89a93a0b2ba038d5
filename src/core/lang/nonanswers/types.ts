import type { NonAnswerReason } from '../../types';

/**
 * One piece of phrase knowledge: words that show an answer is not (fully) an answer.
 * Each entry's examples and near misses live with the tests
 * (`tests/unit/core/lang/nonanswers/<lang>.examples.ts`, keyed by `id`), so that they are not
 * shipped in the extension; a test fails when an entry has none.
 */
export interface NonAnswerPhrase {
  /** Stable, unique within its table; kebab-case, e.g. `no-comment`. */
  id: string;
  reason: NonAnswerReason;
  /** A word pattern (`src/core/word-pattern.ts`); its words become the evidence, with their clause. */
  pattern: string;
  /**
   * What kind of signal the words are; the fitted model weighs each kind by itself
   * (`src/core/nonanswer-features.ts`), nothing here is a weight:
   * `strong` (the default): a refusal, a redirection, a promise for later, a plain "I don't know";
   * `hedge`: a softer phrase ("hard to say", "I'm not sure") that careful speakers also say
   * inside a real reply;
   * `preface`: words that as often introduce a real reply as replace one ("too early to say,
   * but ...", "what I can tell you is ...");
   * `unable`: the information asked for is not at hand ("I don't have that number in front of
   * me", "we don't track it"): unlike a limit of what anyone knows, it leaves the part of the
   * question that asked for it unanswered, wherever it stands.
   */
  strength?: 'strong' | 'hedge' | 'preface' | 'unable';
}

/** Everything the non-answer classifier knows of one language, as data. */
export interface NonAnswerLanguage {
  /** Named word patterns the others use as `@name`. */
  fragments: Readonly<Record<string, string>>;
  /** The phrases. */
  phrases: readonly NonAnswerPhrase[];
  /**
   * Words right before a phrase that make it someone else's or not meant: reported speech
   * ("he said"), a negating frame ("it's not that"), another subject ("customers"), a
   * comparative ("the most difficult to predict"). A phrase is not the speaker's own when one of
   * these ends where it starts, in the same sentence.
   */
  notOwn: readonly string[];
  question: {
    /** Asks for a reason. */
    why: string;
    /** Asks for a fact (what, who, when, how ...), at the start of a clause. */
    what: string;
    /** Marks a yes/no question without a question mark (Chinese 吗, A-not-A), or null. */
    yesNo: string | null;
  };
  answer: {
    /** A yes/no particle opening an answer (after an optional "well,"). */
    yesNo: string;
    /** Words that give a reason ("because"). */
    reason: string;
    /** Short questions that reply or greet ("Why not?", "How are you?") rather than ask back. */
    notAskingBack: string;
  };
  /**
   * Function words, space-separated, left out when comparing an answer's words with its
   * question's (Chinese compares pairs of characters and needs none).
   */
  stopWords: string;
}
