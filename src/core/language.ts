import type { Lang } from './types';

/** Function words that tell German from English in a few hundred characters. */
const STOPWORDS: Record<'en' | 'de', RegExp> = {
  en: /\b(?:the|and|is|are|was|that|this|with|you|not|have|what|we|it|of|to)\b/gi,
  de: /\b(?:der|die|das|und|ist|sind|nicht|ich|wir|sie|mit|ein|eine|kein|keine|keinen|auf|zu|dass|was|dazu|noch|auch)\b|[äöüß]/gi,
};

/** CJK unified ideographs (the common block and extension A). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/g;

/** How much text the guess reads; enough for a stable answer, cheap on long pages. */
const SAMPLE_CHARS = 4000;

/**
 * Guesses the language of a text among the ones the analysis knows.
 * Used where the page does not declare one (`<html lang>`) and for CLI input lines.
 */
export function guessLanguage(text: string): Lang {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const han = sample.match(HAN)?.length ?? 0;
  if (han > 0 && han * 4 >= sample.replace(/\s/g, '').length) return 'zh';
  const en = sample.match(STOPWORDS.en)?.length ?? 0;
  const de = sample.match(STOPWORDS.de)?.length ?? 0;
  return de > en ? 'de' : 'en';
}

/** Maps a BCP 47 tag (`de-DE`, `zh-Hans-CN`) to a language the analysis knows, or null. */
export function knownLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'de' || primary === 'zh' ? primary : null;
}

/** The primary subtag of a BCP 47 tag, lower-cased (`de-DE` -> `de`), or null when absent. */
export function primaryTag(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
