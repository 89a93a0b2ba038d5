/**
 * Text as a sequence of word tokens, the unit the non-answer phrases are written in
 * (`word-pattern.ts`). One pass over the characters, no regular expression:
 *
 * - a word is a run of letters and digits (apostrophes inside it included), lower-cased, with
 *   `ß` folded to `ss` and curly apostrophes to `'`; a hyphen separates words;
 * - every Han character is a token of its own (Chinese has no spaces between words);
 * - sentence ends (`. ! ? …` and their full-width forms) become the token `.`, a question mark
 *   `?`; clause marks (`, ; :` and dashes, full-width and ideographic ones included) `,`;
 *   quotation marks, brackets and other symbols only separate words;
 * - English contractions are spelt out: "don't" is `do not`, "can't" and "cannot" `can not`,
 *   "won't" `will not`, "I'm" `i am`, "we're" `we are`, "I'd" `i would`, "we'll" `we will`,
 *   "I've" `i have`; each part keeps its own characters of the text, so evidence can be cut
 *   from the original.
 *
 * Each token records the character range of the text it stands for.
 */
import { isHanCode } from './lang/letters';
import type { Lang } from './types';

/** The token of a sentence end. */
export const SENTENCE_END = '.';
/** The token of a question mark. */
export const QUESTION_MARK = '?';
/** The token of a clause mark (comma, semicolon, colon, dash). */
export const CLAUSE_MARK = ',';

/** A text's tokens: the normalised form of each and the character range it came from. */
export interface Tokens {
  readonly text: string;
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
}

/** Whether a token is punctuation (a sentence end, a question mark or a clause mark). */
export function isMark(token: string): boolean {
  // By length and code: a word compared with the marks as strings costs a call of the engine each.
  if (token.length !== 1) return false;
  const code = token.charCodeAt(0);
  return code === 0x2e || code === 0x3f || code === 0x2c; // . ? ,
}

/** English contraction endings after the apostrophe, spelt out. */
const EN_CLITICS: Record<string, string> = { m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would' };
/** English stems before "n't" whose full form differs ("can't", "won't", "shan't", "ain't"). */
const EN_NOT_STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

/** Splits `text` into tokens (see the module comment); `lang` only decides English contractions. */
export function tokenize(text: string, lang: Lang): Tokens {
  const tokens: Tokens = { text, words: [], starts: [], ends: [] };
  const english = lang === 'en';
  // Lower-cased once; per word only where lower-casing changes a length (a dotted capital I).
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : null;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isHanCode(code)) {
      push(tokens, text[i], i, i + 1);
      i++;
    } else if (isWordChar(code)) {
      let end = i + 1;
      let folds = code === 0xdf || code === 0x1e9e;
      let apostrophe = false;
      while (end < text.length) {
        const next = text.charCodeAt(end);
        if (isWordChar(next) && !isHanCode(next)) {
          folds ||= next === 0xdf || next === 0x1e9e;
          end++;
        } else if (isApostrophe(next) && end + 1 < text.length && isLetter(text.charCodeAt(end + 1))) {
          const after = text.charCodeAt(end + 1);
          folds ||= next !== 0x27 || after === 0xdf || after === 0x1e9e;
          apostrophe = true;
          end += 2;
        } else {
          break;
        }
      }
      const word = lower !== null ? lower.slice(i, end) : text.slice(i, end).toLowerCase();
      pushWord(tokens, folds ? fold(word) : word, i, end, english, apostrophe);
      i = end;
    } else {
      const mark = markOf(code, text, i);
      if (mark !== null && !(mark === SENTENCE_END && isDecimalPoint(text, i))) {
        const last = tokens.words.length - 1;
        // A run of marks ("?!", "...", ", —") is one token: the strongest of them.
        if (last >= 0 && isMark(tokens.words[last]) && tokens.ends[last] === i) {
          if (rank(mark) > rank(tokens.words[last])) tokens.words[last] = mark;
          tokens.ends[last] = i + 1;
        } else {
          push(tokens, mark, i, i + 1);
        }
      }
      i++;
    }
  }
  return tokens;
}

function push(tokens: Tokens, word: string, start: number, end: number): void {
  tokens.words.push(word);
  tokens.starts.push(start);
  tokens.ends.push(end);
}

/**
 * One word of the text, lower-cased and folded; English contractions as their parts.
 * `apostrophe`: the word holds one (only then is it looked for: most words have none).
 */
function pushWord(tokens: Tokens, word: string, start: number, end: number, english: boolean, apostrophe: boolean): void {
  if (!english) {
    push(tokens, word, start, end);
    return;
  }
  if (word === 'cannot') {
    push(tokens, 'can', start, start + 3);
    push(tokens, 'not', start + 3, end);
    return;
  }
  if (word === 'gonna' || word === 'wanna') {
    push(tokens, word === 'gonna' ? 'going' : 'want', start, start + 3);
    push(tokens, 'to', start + 3, end);
    return;
  }
  if (!apostrophe) {
    push(tokens, word, start, end);
    return;
  }
  const at = word.lastIndexOf("'");
  if (at > 0) {
    if (word.endsWith("n't") && at === word.length - 2) {
      const stem = word.slice(0, -3);
      push(tokens, EN_NOT_STEMS[stem] ?? stem, start, end - 3);
      push(tokens, 'not', end - 3, end);
      return;
    }
    const clitic = EN_CLITICS[word.slice(at + 1)];
    if (clitic) {
      push(tokens, word.slice(0, at), start, start + at);
      push(tokens, clitic, start + at, end);
      return;
    }
  }
  push(tokens, word, start, end);
}

/** A lower-cased word with `ß` as `ss` and curly apostrophes as `'`. */
function fold(word: string): string {
  return word.replaceAll('ß', 'ss').replaceAll('’', "'").replaceAll('‘', "'");
}

/** The mark a character stands for, or null for a character that only separates words. */
function markOf(code: number, text: string, i: number): string | null {
  switch (code) {
    case 0x2e: // .
    case 0x21: // !
    case 0x2026: // …
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff0e: // ．
      return SENTENCE_END;
    case 0x3f: // ?
    case 0xff1f: // ？
      return QUESTION_MARK;
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x2014: // —
    case 0x2013: // –
    case 0xff0c: // ，
    case 0xff1b: // ；
    case 0xff1a: // ：
    case 0x3001: // 、
      return CLAUSE_MARK;
    case 0x2d: // a hyphen between spaces is a dash
      return (i === 0 || isSpaceCode(text.charCodeAt(i - 1))) && isSpaceCode(text.charCodeAt(i + 1)) ? CLAUSE_MARK : null;
    default:
      return null;
  }
}

/** A sentence end outranks a question mark, which outranks a clause mark. */
function rank(mark: string): number {
  return mark === SENTENCE_END ? 2 : mark === QUESTION_MARK ? 1 : 0;
}

/** A point between two digits ("3.5") ends no sentence. */
function isDecimalPoint(text: string, i: number): boolean {
  return text[i] === '.' && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpaceCode(code: number): boolean {
  return Number.isNaN(code) || code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || code === 0x3000;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018;
}


/** Letters of the scripts the analysis reads (Latin with its accents, Greek, Cyrillic), Han included. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x370 && code <= 0x52f) return code !== 0x37e && code !== 0x387;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  return isHanCode(code);
}

function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code);
}
