import { NOT_NAME_WORDS } from '../lang/labels';

/**
 * What a word of a personal name looks like, for reading names out of titles, introductions
 * and labels: capitalised, not an acronym (CEO, ZEIT), not a function word (Die, The).
 */

/** A capitalised word that can be part of a personal name. */
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** An all-capitals word: an acronym (CEO) or a publication (ZEIT), never a given name. */
const ALL_CAPS = /^[\p{Lu}\d-]{2,}$/u;

/*
 * Word helpers, run for each word of an introduction. A Unicode property regex costs
 * several times more than reading a few characters, so a word whose first (or last) character
 * is ASCII is answered from that character, and only other words run the regex.
 */

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `word` without what `pattern` (non-letters at its start) matches: nothing before an ASCII letter. */
export function trimStart(word: string, pattern: RegExp): string {
  return isAsciiLetter(word.charCodeAt(0)) ? word : word.replace(pattern, '');
}

/** `word` without what `pattern` (non-letters at its end) matches: nothing after an ASCII letter. */
export function trimEnd(word: string, pattern: RegExp): string {
  return isAsciiLetter(word.charCodeAt(word.length - 1)) ? word : word.replace(pattern, '');
}

/** What `trimWord` strips: non-letters before the word, punctuation after it. */
const WORD_PUNCTUATION = /^[^\p{L}]+|[^\p{L}'’-]+$/gu;

/**
 * A word of the introduction without the punctuation around it ("(Altman," is "Altman"). ASCII
 * punctuation ("Altman,", "(CEO)") is cut off character by character; where a character at
 * either cut is not ASCII („Ohne, nicht“, Émile) the regex decides.
 */
export function trimWord(raw: string): string {
  let start = 0;
  while (start < raw.length) {
    const code = raw.charCodeAt(start);
    if (code >= 128) return raw.replace(WORD_PUNCTUATION, '');
    if (isAsciiLetter(code)) break;
    start++;
  }
  let end = raw.length;
  while (end > start) {
    const code = raw.charCodeAt(end - 1);
    if (code >= 128) return raw.replace(WORD_PUNCTUATION, '');
    if (isAsciiLetter(code) || code === 0x27 || code === 0x2d) break;
    end--;
  }
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/** The raw word ends with punctuation: a name does not run past it. */
export function endsWithPunctuation(raw: string): boolean {
  return !isAsciiLetter(raw.charCodeAt(raw.length - 1)) && /[^\p{L}'’-]$/u.test(raw);
}

/** A capitalised word that is not an acronym or a function word: a given name or surname. */
export function isGivenName(word: string): boolean {
  return isNameToken(word) && !isAllCaps(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}

/** `NAME_TOKEN.test(word)`, read character by character while the word is ASCII. */
export function isNameToken(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return first >= 128 && NAME_TOKEN.test(word);
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return NAME_TOKEN.test(word);
    if (!isAsciiLetter(code) && code !== 0x27 && code !== 0x2d) return false;
  }
  return true;
}

/** `ALL_CAPS.test(word)`, read character by character while the word is ASCII. */
export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return ALL_CAPS.test(word);
    if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 0x2d)) return false;
  }
  return true;
}

/** `/^\p{Ll}/u.test(word)`, read from the first character when it is ASCII. */
export function startsLowercase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 128 ? first >= 97 && first <= 122 : /^\p{Ll}/u.test(word);
}

/** "Priya Raman" for "PRIYA RAMAN": each word's first letter a capital, the rest lowercase. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\S)/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}
