/**
 * Text normalisation shared by every stage: what the reader sees, without the invisible
 * characters that real pages (ifanr's feed text above all) scatter around labels.
 */

/** Zero-width characters and bidi controls (UAX #9 explicit formatting characters), as a character-class body. */
export const INVISIBLE_CHARS = '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\u061c\\ufeff\\u00ad';

/** Every kind of space, ideographic space (U+3000) and no-break space included, as a character-class body. */
export const SPACE_CHARS = '\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** Runs of spaces to fold: a lone ASCII space is left alone (replacing it with itself cost a third of the time). */
const SPACES = new RegExp(`[${SPACE_CHARS}]{2,}|(?! )[${SPACE_CHARS}]`, 'g');

/** Removes invisible characters, folds all spaces to one ASCII space, trims. */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (row[j] < best) best = row[j];
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/** True when the text ends a question (Latin or full-width question mark, maybe quoted). */
export function endsWithQuestion(text: string): boolean {
  return /[?？][\s"'”“»«」』)）]*$/.test(text);
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
