import type { Lang } from '../../../../../src/core/types';
import { DE_PHRASE_EXAMPLES } from './de.examples';
import { EN_PHRASE_EXAMPLES } from './en.examples';
import type { PhraseExamples } from './phrase-examples';
import { ZH_PHRASE_EXAMPLES } from './zh.examples';

export type { PhraseExamples } from './phrase-examples';

/** The examples of every non-answer phrase entry, per language, keyed by entry id. */
export const PHRASE_EXAMPLES: Record<Lang, Record<string, PhraseExamples>> = {
  en: EN_PHRASE_EXAMPLES,
  de: DE_PHRASE_EXAMPLES,
  zh: ZH_PHRASE_EXAMPLES,
};
