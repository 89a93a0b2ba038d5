import type { NonAnswerPhrase } from './types';

/** A pattern's source and flags: all the classifier needs of it (see `folded-pattern.ts`). */
export interface PatternSpec {
  readonly source: string;
  readonly flags: string;
}

const SPECS = new WeakMap<NonAnswerPhrase, PatternSpec>();

/**
 * A table entry whose `pattern` is built on first access. Building the German patterns parses
 * their hundreds of `\p{L}`, which took most of the time the phrase tables took to load, on
 * every page (English ones too). The classifier reads only the source (`patternSpec`) and
 * scans with copies of it; the pattern itself is built by the tests and the evaluation.
 */
export function lazyPattern(entry: Omit<NonAnswerPhrase, 'pattern'>, spec: PatternSpec): NonAnswerPhrase {
  let pattern: RegExp | undefined;
  const lazy = Object.defineProperty({ ...entry }, 'pattern', {
    get: () => (pattern ??= new RegExp(spec.source, spec.flags)),
    enumerable: true,
  }) as NonAnswerPhrase;
  SPECS.set(lazy, spec);
  return lazy;
}

/** The source and flags of an entry's pattern, without building a lazy one. */
export function patternSpec(entry: NonAnswerPhrase): PatternSpec {
  return SPECS.get(entry) ?? entry.pattern;
}
