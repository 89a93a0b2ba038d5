import type { Lang } from '../../types';
import { DE_NON_ANSWERS } from './de';
import { EN_NON_ANSWERS } from './en';
import type { NonAnswerLanguage } from './types';
import { ZH_NON_ANSWERS } from './zh';

export type { NonAnswerLanguage, NonAnswerPhrase } from './types';

/** What the non-answer classifier knows of each language it gives verdicts in. */
export const NON_ANSWER_LANGUAGES: Record<Lang, NonAnswerLanguage> = {
  en: EN_NON_ANSWERS,
  de: DE_NON_ANSWERS,
  zh: ZH_NON_ANSWERS,
};
