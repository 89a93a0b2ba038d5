/**
 * Links to a passage of the original article, pure: a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/) built from the paragraph's first words,
 * as many as it takes to tell it from every other paragraph of the article.
 */

/** At least this many words open the fragment (fewer match too much by chance). */
const MIN_WORDS = 4;

/** ... and at most this many characters (the link stays shareable). */
const MAX_CHARS = 160;

/**
 * The page's address with a `#:~:text=` fragment that scrolls to the paragraph and
 * highlights it. `others` are the article's other paragraphs, to keep the prefix unique.
 */
export function textFragmentUrl(pageUrl: string, paragraph: string, others: readonly string[] = [], locale = 'en'): string {
  const base = pageUrl.replace(/#.*$/, '');
  return `${base}#:~:text=${encodeFragmentText(uniquePrefix(paragraph, others, locale))}`;
}

/**
 * The shortest run of whole words from the paragraph's start (at least MIN_WORDS) that no
 * other paragraph contains; the whole paragraph (up to MAX_CHARS) when none is shorter.
 * Words are cut with Intl.Segmenter, so Chinese text ends at a word boundary too, as the
 * browser's text-fragment matching requires.
 */
export function uniquePrefix(paragraph: string, others: readonly string[], locale = 'en'): string {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const ends = wordEnds(text, locale);
  const lowerOthers = others.map((o) => o.replace(/\s+/g, ' ').toLowerCase()).filter((o) => o !== text.toLowerCase());
  let best = text.slice(0, MAX_CHARS);
  for (let i = Math.min(MIN_WORDS, ends.length) - 1; i < ends.length; i++) {
    const prefix = text.slice(0, ends[i]);
    if (prefix.length > MAX_CHARS) break;
    best = prefix;
    if (!lowerOthers.some((o) => o.includes(prefix.toLowerCase()))) return prefix;
  }
  return best.trimEnd();
}

/** Offsets just after each word (punctuation and spaces excluded). */
function wordEnds(text: string, locale: string): number[] {
  const ends: number[] = [];
  for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike) ends.push(segment.index + segment.segment.length);
  }
  return ends;
}

/** Percent-encoding for a text directive: as a URI component, plus '-' (the directive's delimiter). */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
