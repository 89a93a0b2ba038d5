/**
 * Text normalisation shared by every stage: what the reader sees, without the invisible
 * characters that real pages (ifanr's feed text above all) scatter around labels.
 */

/** Zero-width characters and bidi controls (UAX #9 explicit formatting characters), as a character-class body. */
export const INVISIBLE_CHARS = '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\u061c\\ufeff\\u00ad';

/** Every kind of space, ideographic space (U+3000) and no-break space included, as a character-class body. */
export const SPACE_CHARS = '\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/**
 * Removes invisible characters, folds every run of spaces to one ASCII space, trims: one pass
 * that copies the text in slices and returns it unchanged (no copy) where it is already so.
 * (Two regular-expression passes, the first version, were a quarter of reading a paragraph.)
 */
export function normalizeText(text: string): string {
  let out = '';
  /** Start of the slice being copied unchanged, or -1. */
  let from = -1;
  /** A space is owed before the next visible character. */
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const kind = charKind(text.charCodeAt(i));
    if (kind === KEEP) {
      if (from < 0) {
        if (space) out += ' ';
        space = false;
        from = i;
      }
      continue;
    }
    // A lone ASCII space between visible characters stays in the slice.
    if (kind === SPACE && from >= 0 && text.charCodeAt(i) === 0x20 && i + 1 < text.length && charKind(text.charCodeAt(i + 1)) === KEEP) continue;
    if (from >= 0) {
      out += text.slice(from, i);
      from = -1;
    }
    if (kind === SPACE && out !== '') space = true;
  }
  if (from === 0) return text;
  return from > 0 ? out + text.slice(from) : out;
}

/** A code unit `normalizeText` keeps. */
const KEEP = 0;
/** One of `SPACE_CHARS`: folded into the run's one space. */
const SPACE = 1;
/** One of `INVISIBLE_CHARS`: removed. */
const DROP = 2;

/** What `normalizeText` does with a UTF-16 code unit (KEEP, SPACE or DROP): SPACE_CHARS (which come to `\s`) and INVISIBLE_CHARS written out as comparisons. */
export function charKind(code: number): number {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? SPACE : KEEP;
  if (code < 0x2000) return code === 0xa0 || code === 0x1680 ? SPACE : code === 0xad || code === 0x61c ? DROP : KEEP;
  if (code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) return SPACE;
  if (code <= 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2069 && code !== 0x2065) || code === 0xfeff) return DROP;
  return KEEP;
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
