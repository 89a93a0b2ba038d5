import type { Lang } from '../../types';
import { DE_NON_ANSWER_PHRASES } from './de';
import { EN_NON_ANSWER_PHRASES } from './en';
import type { NonAnswerPhrase } from './types';
import { ZH_NON_ANSWER_PHRASES } from './zh';

export type { NonAnswerPhrase } from './types';

/** The non-answer phrase table of each language the analysis knows. */
export const NON_ANSWER_PHRASES: Record<Lang, readonly NonAnswerPhrase[]> = {
  en: EN_NON_ANSWER_PHRASES,
  de: DE_NON_ANSWER_PHRASES,
  zh: ZH_NON_ANSWER_PHRASES,
};
