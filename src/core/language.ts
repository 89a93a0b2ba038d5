import type { Lang, SegmentLang } from './types';

/** Function words that tell German from English in a few hundred characters. */
const STOPWORDS: Record<'en' | 'de', RegExp> = {
  en: /\b(?:the|and|is|are|was|that|this|with|you|not|have|what|we|it|of|to)\b/gi,
  de: /\b(?:der|die|das|und|ist|sind|nicht|ich|wir|sie|mit|ein|eine|kein|keine|keinen|auf|zu|dass|was|dazu|noch|auch)\b|[äöüß]/gi,
};

/**
 * Function words of the other languages segmentation reads, for pages that declare no language:
 * a French interview must not be read with English pronouns.
 */
const OTHER_STOPWORDS: Record<Exclude<SegmentLang, Lang>, RegExp> = {
  fr: /\b(?:le|la|les|des|est|une|et|que|qui|pas|pour|dans|nous|vous|je|ce|avec|sur)\b|[éèêàç]/gi,
  es: /\b(?:el|la|los|las|es|una|y|que|por|para|con|del|pero|como|más|muy|está)\b|[ñ¿¡]/gi,
  it: /\b(?:il|lo|gli|della|è|una|che|per|con|del|non|sono|anche|come|più|questo)\b/gi,
  pt: /\b(?:o|os|as|é|uma|que|não|para|com|do|da|dos|mais|muito|você|está)\b|[ãõ]/gi,
  nl: /\b(?:de|het|een|en|is|van|dat|niet|ik|wij|zijn|voor|met|ook|maar|naar)\b|ij/gi,
  // `\b` knows only ASCII letters: Cyrillic words are counted by their letters' bounds.
  ru: /(?<![а-яё])(?:и|в|не|на|что|я|мы|вы|это|как|с|по|но|он|она|они)(?![а-яё])/gi,
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

/**
 * Guesses a page's language among those segmentation reads, for pages that declare none: the
 * known three as `guessLanguage`, or another when its function words clearly outnumber them.
 */
export function guessPageLanguage(text: string): SegmentLang {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const known = guessLanguage(sample);
  if (known === 'zh') return known;
  let best: SegmentLang = known;
  let most = (sample.match(STOPWORDS[known])?.length ?? 0) * 1.5;
  for (const [lang, pattern] of Object.entries(OTHER_STOPWORDS) as [Exclude<SegmentLang, Lang>, RegExp][]) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > most) {
      best = lang;
      most = count;
    }
  }
  return best;
}

/** Maps a BCP 47 tag to a language segmentation reads, or null (structure alone then). */
export function segmentLang(tag: string | null | undefined): SegmentLang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary in SEGMENT_LANGS ? (primary as SegmentLang) : null;
}

const SEGMENT_LANGS: Record<SegmentLang, true> = { en: true, de: true, zh: true, fr: true, es: true, it: true, pt: true, nl: true, ru: true };

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
