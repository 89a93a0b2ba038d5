/**
 * The tests of one non-answer phrase entry. They live here, beside the tests, rather than in
 * the phrase tables, because the tables ship in the content script and the examples would
 * only add weight there.
 */
export interface PhraseExamples {
  /** Answers (or answer openings) that the pattern must match and the classifier must flag. */
  examples: string[];
  /** Near misses that the pattern must not match. */
  counterexamples?: string[];
}
