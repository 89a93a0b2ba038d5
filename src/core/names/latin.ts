import { GERMAN_INSTITUTIONS, LATIN_BRANDS, LATIN_PLACES } from './places';
import {
  COMMON_ABBREVIATIONS,
  CONNECTORS,
  DEMONYMS,
  GERMAN_ADJECTIVE_ENDING,
  GERMAN_DETERMINERS,
  GERMAN_INDEFINITES,
  GERMAN_NUMERALS,
  HOLIDAYS,
  LEGAL_FORMS,
  PLURAL_DAYS,
  GERMAN_INSTITUTION_NOUNS,
  GERMAN_KIND_NOUNS,
  GERMAN_NOUN_SUFFIXES,
  MIN_KIND_SUFFIX,
  MIN_NOUN_STEM,
  MIN_PLACE_STEM,
  MIN_TITLE_SUFFIX,
  PLACE_ENDINGS,
  STOPWORDS,
  LAW_SECTION_WORDS,
  TITLE_WORDS,
  WEB_DOMAINS,
} from './words';

/**
 * Names in Latin-script text, read from capitalisation. Per paragraph:
 *   1. tokens   – words with their shape (capitalised, all capitals, inner capital or digit)
 *   2. runs     – adjacent name-shaped words, with connectors ("Fridays for Future") and a small
 *                 number after ("Isar 2"), split at function words, leading titles dropped
 *   3. evidence – per page: which capitalised words also stand after a German determiner or
 *                 adjective (common nouns), which stand inside a sentence (not only at its start)
 * Then each run is judged with what the whole page shows (`judgeRuns`).
 */

/** A word of the text with its shape. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or `#` and one). */
  capital: boolean;
  /** Two or more capitals and no lowercase letter ("RKI", "U.S.", "PS5"). */
  acronym: boolean;
  /**
   * A capital or digit after a lowercase letter, two capitals before a lowercase one, or letters
   * and digits ("YouTube", "SpaceX", "QAnon", "JDK5").
   */
  mixed: boolean;
  /** Only digits. */
  number: boolean;
  /** At the start of a sentence (after . ! ? : or a quote, or the paragraph's start). */
  initial: boolean;
}

/** A run of name-shaped words found in a paragraph. */
export interface Run {
  tokens: Token[];
  paragraph: number;
  start: number;
  end: number;
  name: string;
  quoted: boolean;
  /** A title or a word of a kind stood before it ("Frau Merkel", "das Dorf Lützerath"): a name even alone. */
  introduced: boolean;
  /**
   * German: a preposition of place stands before it without an article, maybe over a list
   * ("von Monschau nach Höfen", "nach Lüneburg, Celle oder Salzwedel"): where a bare capitalised
   * word is most often a place.
   */
  placed?: boolean;
  /** The word right before the run, lowercased, or null. */
  before: string | null;
  /** A company's legal form ends it ("Hanse Stahl AG"): its words are the name, however common. */
  company?: boolean;
}

/** What the page as a whole shows of its capitalised words. */
export interface PageEvidence {
  german: boolean;
  /** The words never part of a name on this page (`stopwordsFor` its language); all languages' when absent. */
  stopwords?: ReadonlySet<string>;
  /** Capitalised words seen after a determiner or an inflected adjective: common nouns in German. */
  nouns: Set<string>;
  /** Capitalised words seen inside a sentence at least once. */
  inner: Set<string>;
}

/** Tunables of the Latin-script finder. */
const LIMITS = {
  maxTokens: 6,
  /** A number ending a name ("Isar 2", "Mario Kart 8") has at most this many digits. */
  maxNumberDigits: 2,
  /** A paragraph of at least this many words with this share capitalised is a heading in title case. */
  minHeadingWords: 3,
  headingShare: 0.7,
  /** Quoted names: at most this many characters. */
  maxQuoted: 60,
} as const;

/**
 * A word of an alphabetic script: letters and digits, with inner apostrophes, hyphens and
 * ampersands, dots before a lowercase letter ("Node.js") or between capitals ("U.S."); a
 * leading # and trailing + or *. Chinese characters are no part of it (chinese.ts reads them).
 * As a regular expression:
 *
 *   #?[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]
 *   (?:[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{N}]|['’](?=\p{L})|[-&](?=[\p{L}\p{N}])
 *      |\.(?=\p{Ll})|(?<=\b\p{Lu})\.(?=\p{Lu}\.))*
 *   (?:(?<=\b\p{Lu}\.\p{Lu})\.|[+*]{1,2})?            (flags gu)
 *
 * `tokenize` reads words by this rule with a loop over character codes (`wordEnd`) instead:
 * the expression, with its Unicode classes and lookbehinds, cost about as much as all the rest
 * of the tokenizer. Each alternative of the repeated group takes one character, so the loop
 * takes characters while one of them allows it, then the optional end. Note that `\b` in the
 * expression is the ASCII word boundary ([A-Za-z0-9_] on one side only), as in any expression
 * without the `i` flag.
 */

/**
 * What the tokenizer needs to know of a character, one bit each (`classOf`): the classes of
 * the word rule above and of a token's shape.
 */
const IN_WORD = 1; // Latin, Greek or Cyrillic script, or \p{N}: starts and continues a word
const MARK = 2; // \p{M}: continues a word
const LETTER = 4; // \p{L}
const LOWERCASE = 8; // \p{Ll}
const UPPERCASE = 16; // \p{Lu}
const NUMERIC = 32; // \p{N}
const CASED = 64; // changed by toLowerCase(): a word without one is all lowercase
const KNOWN = 128; // the entry has been computed

const WORD_CHARACTER = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]$/u;
const MARK_CHARACTER = /^\p{M}$/u;
const LETTER_CHARACTER = /^\p{L}$/u;
const LOWER_CHARACTER = /^\p{Ll}$/u;
const UPPER_CHARACTER = /^\p{Lu}$/u;
const NUMBER_CHARACTER = /^\p{N}$/u;

/** The classes of the characters of the Basic Multilingual Plane, filled in as they are met. */
const BMP_CLASSES = new Uint8Array(0x10000);
/** The classes of the characters beyond it (emoji, historic scripts), as they are met. */
const ASTRAL_CLASSES = new Map<number, number>();

function computeClass(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (WORD_CHARACTER.test(ch) ? IN_WORD : 0) |
    (MARK_CHARACTER.test(ch) ? MARK : 0) |
    (LETTER_CHARACTER.test(ch) ? LETTER : 0) |
    (LOWER_CHARACTER.test(ch) ? LOWERCASE : 0) |
    (UPPER_CHARACTER.test(ch) ? UPPERCASE : 0) |
    (NUMBER_CHARACTER.test(ch) ? NUMERIC : 0) |
    (ch.toLowerCase() !== ch ? CASED : 0)
  );
}

/** The classes of a code point (a lone surrogate has none); -1 or NaN (outside the text) has none. */
function classOf(codePoint: number): number {
  if (!(codePoint >= 0)) return 0;
  if (codePoint < 0x10000) {
    const known = BMP_CLASSES[codePoint];
    return known !== 0 ? known : (BMP_CLASSES[codePoint] = computeClass(codePoint));
  }
  let known = ASTRAL_CLASSES.get(codePoint);
  if (known === undefined) ASTRAL_CLASSES.set(codePoint, (known = computeClass(codePoint)));
  return known;
}

/**
 * `word.toLowerCase()`, without a call for a word that has no cased character (most words
 * read as the word before another are lowercase already): lowercasing maps each character on
 * its own, so a word none of whose characters changes is its own lowercase.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80 ? code >= 0x41 && code <= 0x5a : classOf(code) & CASED || (code >= 0xd800 && code <= 0xdbff)) return word.toLowerCase();
  }
  return word;
}

/** The classes of the character at `index` (a whole surrogate pair), none past the end. */
function classAt(text: string, index: number): number {
  return index < text.length ? classOf(text.codePointAt(index)!) : 0;
}

/** How many code units the character at `index` takes: 2 for a surrogate pair, else 1. */
function widthAt(text: string, index: number): number {
  return text.codePointAt(index)! > 0xffff ? 2 : 1;
}

/** Where the character that ends at `end` starts (a surrogate pair is one character). */
function characterBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** [A-Za-z0-9_], what `\b` reads without the `i` flag. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** `(?<=\b\p{Lu})` at `end`: a capital ends there and a word boundary stands before it; where it starts, else -1. */
function capitalEndingAt(text: string, end: number): number {
  if (end <= 0) return -1;
  const start = characterBefore(text, end);
  if (!(classOf(text.codePointAt(start)!) & UPPERCASE)) return -1;
  const boundary = isAsciiWordCode(text.charCodeAt(start - 1)) !== isAsciiWordCode(text.charCodeAt(start));
  return boundary ? start : -1;
}

const HASH = 0x23;
const DOT = 0x2e;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
const PLUS = 0x2b;
const STAR = 0x2a;

/**
 * Where the next word from `from` on starts (at its `#` if it has one), or -1: the first
 * place where a character of a word stands, or a `#` and one. Exported for the tests, which
 * hold `wordStart` and `wordEnd` to the expression above.
 */
export function wordStart(text: string, from: number): number {
  for (let i = from; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === HASH) {
      if (classAt(text, i + 1) & IN_WORD) return i;
      i++;
    } else if (code < 0x80) {
      // ASCII: letters and digits are the only characters of a word.
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return i;
      i++;
    } else {
      if (classAt(text, i) & IN_WORD) return i;
      i += widthAt(text, i);
    }
  }
  return -1;
}

/** Where the word that starts at `start` (see `wordStart`) ends, by the rule of the comment above. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  // The first character (after a #) is one of a word: the loop takes it like the others.
  let i = text.charCodeAt(start) === HASH ? start + 1 : start;
  seen = 0;
  for (;;) {
    if (i >= n) return i;
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) {
        i++;
        continue;
      }
      if (code >= 0x41 && code <= 0x5a) {
        seen |= CASED;
        i++;
        continue;
      }
      if (code >= 0x30 && code <= 0x39) {
        seen |= NUMERIC | SEEN_ASCII_DIGIT;
        i++;
        continue;
      }
      if (code === APOSTROPHE) {
        if (!(classAt(text, i + 1) & LETTER)) break;
        seen |= SEEN_APOSTROPHE;
      } else if (code === HYPHEN || code === AMPERSAND) {
        if (!(classAt(text, i + 1) & (LETTER | NUMERIC))) break;
        if (code === HYPHEN) seen |= SEEN_HYPHEN;
      } else if (code === DOT) {
        const next = classAt(text, i + 1);
        // "Node.js"; "U.S." (a dot between capitals, the first after a word boundary).
        const between = next & UPPERCASE && text.charCodeAt(i + 1 + widthAt(text, i + 1)) === DOT && capitalEndingAt(text, i) >= 0;
        if (!(next & LOWERCASE) && !between) break;
        seen |= SEEN_DOT;
      } else {
        break;
      }
      i++;
    } else if (code === RIGHT_QUOTE) {
      if (!(classAt(text, i + 1) & LETTER)) break;
      seen |= SEEN_APOSTROPHE;
      i++;
    } else {
      const cls = classAt(text, i);
      if (!(cls & (IN_WORD | MARK))) break;
      seen |= cls & (CASED | NUMERIC);
      i += widthAt(text, i);
    }
  }
  // The optional end: the last dot of "U.S." (after a capital, a dot and a capital), or + and * ("C++", "Q*").
  const code = text.charCodeAt(i);
  if (code === DOT) {
    // The capital right before the dot needs no word boundary before it, the first one does.
    const capital = characterBefore(text, i);
    const dot = classOf(text.codePointAt(capital)!) & UPPERCASE ? capital - 1 : -1;
    if (dot >= 0 && text.charCodeAt(dot) === DOT && capitalEndingAt(text, dot) >= 0) return i + 1;
    return i;
  }
  if (code === PLUS || code === STAR) {
    const next = text.charCodeAt(i + 1);
    if (code === STAR || next === STAR) seen |= SEEN_STAR;
    return next === PLUS || next === STAR ? i + 2 : i + 1;
  }
  return i;
}

/**
 * What `wordEnd` saw in the word it read last: cased characters (`CASED`), digits (`NUMERIC`,
 * and `SEEN_ASCII_DIGIT` for 0-9), apostrophes, hyphens, a star. A word with none of them is a
 * plain lowercase word, and the special cases of `wordTokens` need not be tried.
 */
let seen = 0;
const SEEN_ASCII_DIGIT = 0x100;
const SEEN_APOSTROPHE = 0x200;
const SEEN_HYPHEN = 0x400;
const SEEN_STAR = 0x800;
const SEEN_DOT = 0x1000;

/** Elided words of French and Italian before a word, with their apostrophe. */
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull|un)['’](?=\p{L})/iu;

/** A footnote number glued to a word ("Wolfman7", "Comics4influenced"): digits right after a lowercase letter. */
const FOOTNOTE = /(?<=\p{Ll})\d{1,3}(?=\p{Ll}|$)/u;

/** Words that are no part of a name in German text, though they join names elsewhere ("von", "der"). */
const GERMAN_WORDS = new Set(['von', 'der', 'den', 'dem', 'des', 'die', 'das']);

/** Holidays (`HOLIDAYS`, with _ for a space), longest first, with a straight or typographic apostrophe. */
const HOLIDAY = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...HOLIDAYS]
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/\./g, '\\.').replace(/_/g, '\\s').replace(/’/g, "['’]"))
    .join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Where a text names a holiday ("New Year’s Eve", "Noël"): no name is read there. */
export function holidaySpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  HOLIDAY.lastIndex = 0;
  for (let m = HOLIDAY.exec(text); m; m = HOLIDAY.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Characters after which a word starts a sentence. */
const SENTENCE_BREAKS = new Set('.!?:;|·…"„“”«»–—•()[]：！？。；'.split(''));

/** Quoted text of the languages we read: „…“ “…” "…" «…» »…«. */
const QUOTED = /[„“"«»]([^„“”"«»\n]{1,60})[“”"»«]/gu;

/**
 * A token for a word: its shape read from the classes of its characters in one pass (the
 * regular expressions it replaces are named in the comments). Most words are lowercase and
 * without digits: nothing in them can make a name.
 */
function shape(text: string, start: number, para: string): Token {
  const initial = startsSentence(para, start);
  const from = text.charCodeAt(0) === HASH ? 1 : 0;
  let digits = false; // \p{N}
  let cased = false; // bare.toLowerCase() !== bare
  let lower = false; // \p{Ll}
  let capitals = 0; // \p{Lu}.*\p{Lu} when two or more
  let innerCapital = false; // \p{Ll}[\p{Lu}\p{N}] or \p{Lu}\p{Lu}\p{Ll}
  let letter = false; // \p{L}
  let asciiDigits = true; // ^\d+$
  let afterLower = false;
  let upperRun = 0; // capitals right before this character
  for (let i = from; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const cls = classOf(codePoint);
    i += codePoint > 0xffff ? 2 : 1;
    if (cls & NUMERIC) digits = true;
    if (cls & CASED) cased = true;
    if (cls & LETTER) letter = true;
    if (cls & UPPERCASE) capitals++;
    if (afterLower && cls & (UPPERCASE | NUMERIC)) innerCapital = true;
    afterLower = (cls & LOWERCASE) !== 0;
    // "QAnon", "ZDFneo": a word of the language has no capital but its first (German nouns
    // included), so capitals before lowercase letters make a name's shape.
    // Not a plural's or genitive's s after an abbreviation ("KPIs", "USAs").
    if (afterLower && upperRun >= 2 && !(i === text.length && codePoint === 0x73)) innerCapital = true;
    upperRun = cls & UPPERCASE ? upperRun + 1 : 0;
    if (afterLower) lower = true;
    if (codePoint < 0x30 || codePoint > 0x39) asciiDigits = false;
  }
  const end = start + text.length;
  if (!digits && !cased) return { text, start, end, capital: false, acronym: false, mixed: false, number: false, initial };
  const capital = (classAt(text, from) & UPPERCASE) !== 0;
  const number = digits && asciiDigits && text.length > from;
  const acronym = !lower && capitals >= 2;
  const dated = digits && (DATED.test(text.slice(from)) || QUANTITY.test(text.slice(from)));
  const mixed = !dated && (innerCapital || (digits && !number && letter));
  return { text, start, end, capital, acronym, mixed, number, initial };
}

/** A decade, an ordinal or a year's compound: "1990er-Jahre", "2020s", "4th", "2020's"; a time of a year ("mid-2023"). */
const DATED = /^\d+(?:er)?-|^\d+(?:s|er|ern|th|st|nd|rd)$|^\d+['’]s$|^(?:mid|early|late|pre|post)-\d{4}s?$/iu;

/**
 * A number with its unit or scale written on ("3m", "100km", "2am", "50K"): a quantity, not a
 * name; a unit is lowercase (a capital after digits makes a name's shape: "PS5", "5G").
 */
const QUANTITY = /^\d+(?:[.,]\d+)?(?:\p{Ll}{1,3}|K)$/u;

/** True for a space, tab or line break (and the other whitespace `\s` reads). */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(ch));
}

function isAsciiDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function startsSentence(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && isSpace(text[k])) {
    // A line break starts a line, and a line's first word is capitalised anyway ("INTERVIEWER\nInterrupt you how?").
    if (text[k] === '\n') return true;
    k--;
  }
  // A footnote number after a sentence's end ("... died.3 There") still ends the sentence.
  let digits = k;
  while (digits >= 0 && isAsciiDigit(text[digits])) digits--;
  if (digits < k && digits >= 0 && (text[digits] === '.' || text[digits] === '!' || text[digits] === '?')) return true;
  return k < 0 || SENTENCE_BREAKS.has(text[k]);
}

/** The words of a paragraph from `from` on. */
export function tokenize(text: string, from = 0): Token[] {
  const tokens: Token[] = [];
  const first = wordStart(text, from);
  for (let at = first; at >= 0; ) {
    const stop = wordEnd(text, at);
    wordTokens(text, at, stop, seen, tokens);
    at = wordStart(text, stop);
  }
  markFirstWord(text, first, tokens);
  return tokens;
}

/** Marks the tokens of the word at `first` (where reading starts) as opening a sentence. */
function markFirstWord(text: string, first: number, tokens: Token[]): void {
  if (first < 0) return;
  const end = wordEnd(text, first);
  for (const token of tokens) {
    if (token.start >= end) break;
    if (token.start >= first) token.initial = true;
  }
}

/**
 * The tokens of the word text[at, stop) (usually one: see the comments for the others), added
 * to `out`; `seen` says what `wordEnd` saw in it, which tells what cases to try.
 */
function wordTokens(text: string, at: number, stop: number, seen: number, out: Token[]): void {
  let word = text.slice(at, stop);
  // An elided article or pronoun before a word is no part of it: "l’Union", "d'Emmanuel", "dell'Europa".
  const elided = seen & SEEN_APOSTROPHE ? ELISION.exec(word) : null;
  if (elided) {
    word = word.slice(elided[0].length);
    at += elided[0].length;
  }
  for (let note = seen & SEEN_ASCII_DIGIT ? FOOTNOTE.exec(word) : null; note; note = FOOTNOTE.exec(word)) {
    out.push(shape(word.slice(0, note.index), at, text));
    at += note.index + note[0].length;
    word = word.slice(note.index + note[0].length);
  }
  // A gender star or a footnote mark after a word ("Salem*"), not a name's own ("Q*", "LGBTIQ*").
  if (seen & SEEN_STAR && word.endsWith('*') && /\p{Ll}\*+$/u.test(word)) word = word.replace(/\*+$/u, '');
  // An abbreviation or a name with inner capitals before a noun ("PDS-Bürgermeisterin",
  // "QAnon-Erzählung", "PCR-Test"): the name is the first part.
  const compound = seen & SEEN_HYPHEN ? /^([^-]+)-\p{Lu}\p{Ll}/u.exec(word) : null;
  if (compound) {
    const head = shape(compound[1], at, text);
    if (head.acronym || head.mixed) word = compound[1];
  }
  if (!word) return;
  const token = shape(word, at, text);
  // A web address ("uoj.ac", "tianchai.org") names a site, in lowercase as it is written.
  if (seen & SEEN_DOT && isWebAddress(word)) token.mixed = true;
  out.push(token);
}

/** A host name: words joined by dots, the last a top-level domain of `WEB_DOMAINS` ("uoj.ac", "spiegel.de"). */
function isWebAddress(word: string): boolean {
  const dot = word.lastIndexOf('.');
  return dot > 0 && WEB_DOMAINS.has(word.slice(dot + 1).toLowerCase()) && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(word);
}

/** The words of a paragraph the name finder reads (`nameWords`), and how many words it has. */
export interface ParagraphWords {
  /** The words of interest and their neighbours (see `nameWords`), in order. */
  tokens: Token[];
  /** All its words but numbers (as `tokenize` gives them). */
  count: number;
  /** The capitalised ones among them. */
  capitals: number;
}

/**
 * The words of a paragraph from `from` on that the name finder reads, as `tokenize` gives them:
 * the words of interest (capitalised, all capitals, with an inner capital or a digit, numbers,
 * connectors such as "von" and "of") and the word right before each (the determiner or
 * adjective `gatherEvidence` reads, a run's `before`). The other words, most of a text, are
 * lowercase words that can only end a run, and are only counted (the heading test of
 * `findRuns`): nothing reads them, since a run breaks at them anyway and what is read after a
 * word of interest is whether a capitalised word or a connector follows one space after it,
 * which is never a word left out or one after it. A lowercase word is told from its character
 * codes, with no copy of it and no token made.
 */
export function nameWords(text: string, from = 0): ParagraphWords {
  const tokens: Token[] = [];
  const pieces: Token[] = [];
  let count = 0;
  let capitals = 0;
  // The last word, when it is of no interest (kept if a word of interest follows), else -1.
  let pendingStart = -1;
  let pendingEnd = -1;
  const first = wordStart(text, from);
  for (let at = first; at >= 0; ) {
    const stop = wordEnd(text, at);
    if (!(seen & (CASED | NUMERIC | SEEN_APOSTROPHE | SEEN_HYPHEN | SEEN_STAR | SEEN_DOT)) && !isConnector(text, at, stop)) {
      // A plain lowercase word: `tokenize` makes one token of it, of no interest.
      count++;
      pendingStart = at;
      pendingEnd = stop;
    } else {
      pieces.length = 0;
      wordTokens(text, at, stop, seen, pieces);
      for (const token of pieces) {
        if (!token.number) {
          count++;
          if (token.capital) capitals++;
        }
        if (!token.capital && !token.acronym && !token.mixed && !token.number && !CONNECTORS.has(token.text)) {
          // Of no interest, like a plain word (its token is the same as `plainToken` makes).
          pendingStart = token.start;
          pendingEnd = token.end;
          continue;
        }
        if (pendingStart >= 0) tokens.push(plainToken(text, pendingStart, pendingEnd));
        pendingStart = -1;
        tokens.push(token);
      }
    }
    at = wordStart(text, stop);
  }
  // Reading starts after a speaker label: the first word there opens the turn's sentence ("INTERVIEWER Interrupt you how?").
  markFirstWord(text, first, tokens);
  return { tokens, count, capitals };
}

/** The longest connector: a longer word is none. */
const MAX_CONNECTOR = Math.max(...[...CONNECTORS].map((c) => c.length));

/** True for text[start, end) a connector, read from its character codes (no copy of the word). */
function isConnector(text: string, start: number, end: number): boolean {
  if (end - start > MAX_CONNECTOR) return false;
  let key = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return false;
    key = key * 0x80 + code;
  }
  return CONNECTOR_KEYS.has(key);
}

/** The connectors as numbers, their ASCII codes in base 128 (`isConnector`); all are ASCII. */
const CONNECTOR_KEYS = new Set([...CONNECTORS].map((c) => [...c].reduce((key, ch) => key * 0x80 + ch.charCodeAt(0), 0)));

/** The token of a word of no interest (what `shape` makes of it). */
function plainToken(text: string, start: number, end: number): Token {
  return { text: text.slice(start, end), start, end, capital: false, acronym: false, mixed: false, number: false, initial: startsSentence(text, start) };
}

/**
 * Without a possessive ending: "Altman's" -> "Altman", "Jesus'" -> "Jesus" (what /['’]s?$/u
 * matches, read from the last two characters: this runs for every capitalised word).
 */
export function withoutPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === APOSTROPHE || last === RIGHT_QUOTE) return word.slice(0, -1);
  if (last === 0x73 /* s */ && n >= 2) {
    const before = word.charCodeAt(n - 2);
    if (before === APOSTROPHE || before === RIGHT_QUOTE) return word.slice(0, -2);
  }
  return word;
}

/** Answers kept per word test (`remembered`): more words than a long interview has capitalised. */
const REMEMBERED_WORDS = 4096;

/**
 * A word test that remembers its answers. The tests below (titles, kinds, the endings of nouns
 * and places) lower-case a word and try its endings, and the finder asks them again and again
 * of the same capitalised words of a page. At most `REMEMBERED_WORDS` answers are kept, all
 * forgotten at once when there are more.
 */
function remembered(test: (word: string) => boolean): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      if (answers.size >= REMEMBERED_WORDS) answers.clear();
      answer = test(word);
      answers.set(word, answer);
    }
    return answer;
  };
}

/** True for a title or role before a name, also as the end of a compound ("Vorstandschef"). */
export const isTitleWord = remembered(titleWord);

function titleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (TITLE_WORDS.has(lower)) return true;
  // A word that ends in a title ends in that title's last letters: most words do not, and are
  // told so by one lookup instead of one per ending.
  if (lower.length <= MIN_TITLE_SUFFIX || !TITLE_ENDINGS.has(lower.slice(-MIN_TITLE_SUFFIX))) return false;
  // The word's endings of a title's length or more (a set lookup each, not a test per title).
  for (let from = 1; lower.length - from >= MIN_TITLE_SUFFIX; from++) {
    if (TITLE_WORDS.has(lower.slice(from))) return true;
  }
  return false;
}

/** The last `MIN_TITLE_SUFFIX` letters of the titles at least that long. */
const TITLE_ENDINGS = new Set([...TITLE_WORDS].filter((t) => t.length >= MIN_TITLE_SUFFIX).map((t) => t.slice(-MIN_TITLE_SUFFIX)));

/** True for a German noun of a kind, also as the end of a compound ("Sporterlebnis-Plattform"). */
export const isKindNoun = remembered(kindNoun);

function kindNoun(word: string): boolean {
  if (GERMAN_KIND_NOUNS.has(word)) return true;
  const match = kindPattern().exec(word.toLowerCase());
  // "Kreuzberg", "Darmstadt" are places, not kinds of mountain or town.
  return match !== null && (match.index === 0 || (match[1].length >= MIN_KIND_SUFFIX && !looksLikePlace(word)));
}

/** Plural endings of German nouns. */
const PLURAL_ENDINGS = ['en', 'n', 'e', 's', 'er'];

/** The kinds as the end of a word, in the singular or plural ("…zeitschriften"); built on first use. */
let kinds: RegExp | null = null;

function kindPattern(): RegExp {
  return (kinds ??= new RegExp(`(${[...GERMAN_KIND_NOUNS].map((k) => k.toLowerCase()).join('|')})(?:${PLURAL_ENDINGS.join('|')})?$`, 'u'));
}

/** True for a word with the ending of a German common noun (not an adjective's: "Europäischen"). */
export const looksLikeGermanNoun = remembered(germanNoun);

function germanNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (GERMAN_ADJECTIVE_ENDING.test(lower) || looksLikePlace(word)) return false;
  if (GERMAN_NOUN_SUFFIXES.some((suffix) => lower.length >= suffix.length + MIN_NOUN_STEM && lower.endsWith(suffix))) return true;
  // A compound whose first part is such a noun, joined by its -s ("Meinungsvielfalt", "Wirtschaftskrise").
  return COMPOUND_JOINT.test(lower);
}

/** A noun ending of `GERMAN_NOUN_SUFFIXES` and the -s that joins it to the next noun of a compound, inside a word. */
const COMPOUND_JOINT = /^\p{L}{3,}(?:ungs|heits|keits|schafts|tions|täts)\p{L}{3,}$/u;

/** True for a German adjective by its ending, or a place's ("Berliner", "Münchener"). */
export function looksLikeGermanAdjective(word: string): boolean {
  if (GERMAN_ADJECTIVE_ENDING.test(word.toLowerCase())) return true;
  return placeOfAdjective(word) !== null;
}

/** The known place a German adjective of place is made from ("Kölner" -> "Köln", "Brandenburger" -> "Brandenburg"), or null. */
export function placeOfAdjective(word: string): string | null {
  if (!word.endsWith('er')) return null;
  return [word.slice(0, -2), word.slice(0, -3)].find((stem) => LATIN_PLACES.has(stem)) ?? null;
}

/** True for a word with the ending of a place name and a stem before it ("Wackersdorf", "Gorleben"). */
export const looksLikePlace = remembered(placeName);

function placeName(word: string): boolean {
  const lower = word.toLowerCase();
  return PLACE_ENDINGS.some((ending) => lower.length >= ending.length + MIN_PLACE_STEM && lower.endsWith(ending));
}

/**
 * The longest common abbreviation: a longer word is none (upper-casing never shortens a word,
 * so the test of `nameShaped` needs no upper-cased copy of it).
 */
const MAX_ABBREVIATION = Math.max(...[...COMMON_ABBREVIATIONS].map((a) => a.length));

/** True for a common abbreviation in any case ("Ceo", "ceo"). */
const isCommonAbbreviation = remembered((word) => COMMON_ABBREVIATIONS_UPPER.has(word.toUpperCase()));

/** The common abbreviations in capitals, as a word is compared with them ("GmbH" as "GMBH"). */
const COMMON_ABBREVIATIONS_UPPER = new Set([...COMMON_ABBREVIATIONS].map((a) => a.toUpperCase()));

/** An English contraction ending a word: "I've", "We'll", "Don't". */
const CONTRACTION = /['’](?:ve|ll|m|d|re|t)$/u;

/** A word that may stand in a name by its shape. */
function nameShaped(token: Token, stopwords: ReadonlySet<string> = STOPWORDS): boolean {
  if (!token.capital && !token.acronym && !token.mixed) return false;
  const text = token.text;
  if (text.length <= MAX_ABBREVIATION && isCommonAbbreviation(text)) return false;
  if (token.acronym || token.mixed) return true;
  if (!token.capital) return false;
  const apostrophe = text.includes("'") || text.includes('’');
  // Without "'s" ("What's" is "What"), then no contraction.
  const bare = apostrophe && text.length >= 2 && text.charCodeAt(text.length - 1) === 0x73 && isApostrophe(text.charCodeAt(text.length - 2)) ? text.slice(0, -2) : text;
  return !stopwords.has(bare) && !(apostrophe && CONTRACTION.test(text));
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

/**
 * True when two tokens are next to each other, one space apart (a space or a no-break space),
 * the first without a possessive ending (what /['’]s?$/u matches).
 */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end !== 1) return false;
  const gap = text.charCodeAt(a.end);
  return (gap === 0x20 || gap === 0xa0) && withoutPossessive(a.text).length === a.text.length;
}

/**
 * True when `a` is a middle initial before `b` ("Katrin M. Kämpf", "John F. Kennedy"): one
 * capital, its dot and one space, then a capitalised word. The caller asks it only inside a run
 * (a given name before the initial), so a sentence ending in a letter ("Plan B. Dann") is no name.
 */
function middleInitial(text: string, a: Token, b: Token): boolean {
  return a.text.length === 1 && a.capital && b.capital && b.start - a.end === 2 && text.charCodeAt(a.end) === DOT && text.charCodeAt(a.end + 1) === 0x20;
}

/**
 * True when `b` is an editor's insertion in brackets that completes the name before it ("Tony
 * [Stark]"): one capitalised word in square brackets, one space after `a`.
 */
function bracketed(text: string, a: Token, b: Token): boolean {
  return b.capital && b.start - a.end === 2 && text.charCodeAt(a.end) === 0x20 && text.charCodeAt(a.end + 1) === 0x5b && text.charCodeAt(b.end) === 0x5d;
}

/** True for a function word (a preposition, conjunction, adverb: the lowercase form of a stopword). */
function isFunctionWord(lower: string): boolean {
  return STOPWORDS.has(lower[0].toUpperCase() + lower.slice(1));
}

/** True for a word with the ending of an inflected German adjective: -e, -en, -er, -es, -em (read from its last two letters). */
function hasInflection(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 0x65 /* e */) return true;
  return n >= 2 && word.charCodeAt(n - 2) === 0x65 && (last === 0x6e /* n */ || last === 0x72 /* r */ || last === 0x73 /* s */ || last === 0x6d /* m */);
}

/** Records what a paragraph shows of its capitalised words (see `PageEvidence`). */
export function gatherEvidence(tokens: Token[], evidence: PageEvidence): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.capital || token.acronym) continue;
    const word = withoutPossessive(token.text);
    if (!token.initial) evidence.inner.add(word);
    const before = tokens[i - 1];
    if (!evidence.german || !before || before.end + 1 !== token.start) continue;
    const previous = lowerCase(before.text);
    // "eine Menge Strom": after an indefinite article a capitalised word is a common noun even
    // before another one (names take none); so it is after a number ("500 Metern Höhe",
    // "dreißig Jahre Umbau"): a name is not counted.
    if (GERMAN_INDEFINITES.has(previous) || before.number || GERMAN_NUMERALS.has(before.text[0].toUpperCase() + previous.slice(1))) {
      evidence.nouns.add(word);
      continue;
    }
    // "das Imperial College", "die Fridays for Future": a run of capitals after a determiner is a name.
    const after = tokens[i + 1];
    if (after && after.start === token.end + 1 && (after.capital || CONNECTORS.has(after.text))) continue;
    // "das Thema", "großen Menge": a determiner, or a lowercase word with an adjective's ending
    // (not a function word with one: "über Instagram", "gegen Merkel").
    if (GERMAN_DETERMINERS.has(previous) || (!before.capital && hasInflection(previous) && previous.length > 3 && !CONNECTORS.has(previous) && !isFunctionWord(previous))) {
      evidence.nouns.add(word);
    }
  }
}

/** Runs of name-shaped words in one paragraph; a paragraph in title case (a heading) gives none. */
export function findRuns(text: string, words: ParagraphWords, paragraph: number, german = false, chinese = false, stopwords: ReadonlySet<string> = STOPWORDS): Run[] {
  const connects = (t: Token) => CONNECTORS.has(t.text) && !(german && GERMAN_WORDS.has(t.text));
  // In Chinese text the Latin words are names and terms, capitalised or not: no heading test.
  if (!chinese && words.count >= LIMITS.minHeadingWords && words.capitals >= words.count * LIMITS.headingShare) return [];
  const tokens = words.tokens;
  // Whether each token is name-shaped, read once (the walk asks again for the token after a connector).
  const shaped = tokens.map((t, i) => nameShaped(t, stopwords) && !monthBeforeDay(text, t) && !(PLURAL_DAYS.has(t.text) && !(CONNECTORS.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.capital)));
  const runs: Run[] = [];
  let run: Token[] = [];
  // Where the walk is: a run's tokens lie at or before it.
  let at = 0;
  const flush = () => {
    if (run.length === 0) return;
    // A role inside a run parts an organisation from a person ("MIDiA Research Games Analyst
    // Rhys Elliott"): each is a run of its own, the person introduced by the role.
    const role = run.findIndex((t, k) => k > 0 && k < run.length - 1 && !t.acronym && isTitleWord(t.text) && run[k + 1].capital);
    if (role > 0) {
      const [organisation, person] = [run.slice(0, role), run.slice(role)];
      run = organisation;
      flush();
      run = person;
    }
    while (run.length && (CONNECTORS.has(run[run.length - 1].text) || run[run.length - 1].number)) {
      if (run[run.length - 1].number && run.length > 1 && !CONNECTORS.has(run[run.length - 2].text)) break;
      run.pop();
    }
    let first = 0;
    let introduced = false;
    while (first < run.length && (isTitleWord(run[first].text) || (german && isKindNoun(run[first].text) && !isKnownWordName(run[first].text)) || CONNECTORS.has(run[first].text))) {
      introduced ||= !CONNECTORS.has(run[first].text);
      first++;
    }
    const tokensOfRun = run.slice(first, first + LIMITS.maxTokens);
    if (tokensOfRun.length > 0 && !tokensOfRun[0].number) {
      const last = tokensOfRun[tokensOfRun.length - 1];
      const end = last.start + withoutPossessive(last.text).length;
      const start = tokensOfRun[0].start;
      const previous = tokens[tokens.lastIndexOf(run[0], at) - 1];
      const before = previous && previous.end + 1 === run[0].start ? lowerCase(previous.text) : null;
      const ahead = text.slice(Math.max(0, start - PLACE_PHRASE_WINDOW), start);
      const placed = german && PLACE_PHRASE_BEFORE.test(ahead) && !WANTING_BEFORE.test(ahead);
      // A legal form right after the run ends a company's name: "der Hanse Stahl AG".
      const form = tokens[at];
      if (form !== undefined && form.start > last.start && LEGAL_FORMS.has(form.text) && adjacent(text, last, form)) {
        runs.push({ tokens: [...tokensOfRun, form], paragraph, start, end: form.end, name: text.slice(start, form.end), quoted: false, introduced, before, placed, company: true });
        run = [];
        return;
      }
      // A name-shaped legal form in the run ends it the same way ("Acme Works Ltd").
      const company = tokensOfRun.length > 1 && LEGAL_FORMS.has(last.text);
      runs.push({ tokens: tokensOfRun, paragraph, start, end, name: text.slice(start, end), quoted: false, introduced, before, placed, company });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    at = i;
    const token = tokens[i];
    const previous = run[run.length - 1];
    const joins = previous !== undefined && (adjacent(text, previous, token) || (run.length >= 2 && middleInitial(text, previous, token)) || bracketed(text, previous, token));
    if (shaped[i]) {
      if (!joins) flush();
      run.push(token);
    } else if (joins && connects(token) && tokens[i + 1] && shaped[i + 1] && adjacent(text, token, tokens[i + 1])) {
      run.push(token);
    } else if (joins && token.number && token.text.length <= LIMITS.maxNumberDigits && !previous.number && !QUANTITY_AFTER.test(text.slice(token.end, token.end + 8))) {
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/**
 * A German preposition of place and no article before a word, over the items of a list before
 * it: "in Holzminden", "aus Hofgeismar", "nach Lüneburg, Celle oder Salzwedel".
 */
const PLACE_PHRASE_BEFORE = /(?:^|[\s(„"])(?:in|nach|aus)\s+(?:\p{Lu}[\p{L}\p{M}-]*(?:,\s*|\s+(?:und|oder|sowie)\s+))*$/iu;

/** German nouns of wanting before "nach", which then means "for" ("der Bedarf nach Austausch", "die Suche nach Personal"). */
const WANTING_BEFORE = /(?:Bedarf|Suche|Nachfrage|Wunsch|Sehnsucht|Ruf|Verlangen|Hunger|Durst|Streben|Gier)\s+nach\s+$/u;

/** How far back `PLACE_PHRASE_BEFORE` looks. */
const PLACE_PHRASE_WINDOW = 80;

/** English months as abbreviated before a day ("Aug. 29", "Sept. 14"). */
const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** True for a month abbreviated with a dot before a day: "on Aug. 29" (not "Jan" the name). */
function monthBeforeDay(text: string, token: Token): boolean {
  return MONTH_ABBREVIATIONS.has(token.text) && /^\.\s\d/u.test(text.slice(token.end, token.end + 3));
}

/**
 * What follows a number that is a quantity, not part of a name: a percent sign, another number
 * in a list or range ("in Deutschland 30, 40 Prozent", "England 20-30").
 */
const QUANTITY_AFTER = /^\s?(?:%|[,–-]\s?\d|bis \d|to \d)/u;

/** The last word before a position, and what stands between it and the position. */
const WORD_BEFORE = /([\p{L}-]+)([^\p{L}]*)$/u;

/**
 * Quoted names such as „Gemini Ultra“, “Coils to Locs”; in German also any title after a word
 * of its kind ("Sein Buch „Über das Sterben“", "die Zeitschriften „Fisch und Fang“ und „Der
 * Raubfisch“", "das Projekt „Kein Täter werden“").
 */
export function findQuoted(text: string, paragraph: number, german = false, stopwords: ReadonlySet<string> = STOPWORDS): Run[] {
  const runs: Run[] = [];
  let titleEnd = -1;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const name = m[1].trim();
    if (name.length === 0 || name.length > LIMITS.maxQuoted || /[!?,;:]$/.test(name) || /\.$/.test(name)) continue;
    const offset = m.index + 1 + m[1].indexOf(name);
    if (german && /^\p{Lu}/u.test(name)) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      const kind = before !== null && /^\s*$/u.test(before[2]) && isKindNoun(before[1]);
      const another = titleEnd >= 0 && /^\s*(?:und|oder|sowie|,)\s*$/u.test(text.slice(titleEnd, m.index));
      if (kind || another) {
        const tokens = tokenize(name).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
        if (tokens.length > 0) {
          runs.push({ tokens, paragraph, start: offset, end: offset + name.length, name, quoted: true, introduced: true, before: null });
          titleEnd = m.index + m[0].length;
          continue;
        }
      }
    }
    const inName = tokenize(name);
    // The quotes hold words only (not "IM工具，你个人……": Chinese text around a Latin word).
    if (inName.length === 0 || inName[0].start !== 0 || inName[inName.length - 1].end !== name.length || /[^\p{L}\p{M}\p{N}\s'’&.+*#-]/u.test(name)) continue;
    const tokens = inName.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    // An abbreviation, a common one too, may open a quoted name ("AI for Industries").
    const shaped = (t: Token) => nameShaped(t, stopwords) || (t.acronym && tokens.length > 1);
    if (tokens.length > LIMITS.maxTokens || !shaped(tokens[0])) continue;
    // A name in quotes is in title case ("Coils to Locs") or shaped like a product ("GPT-5"); other quotes are speech.
    const titleCase = tokens.every((t, k) => shaped(t) || t.number || (k > 0 && k < tokens.length - 1 && CONNECTORS.has(t.text) && !(german && GERMAN_WORDS.has(t.text))));
    if (!titleCase || (tokens.length === 1 && !tokens[0].mixed && !tokens[0].acronym)) continue;
    const start = tokens[0].start;
    runs.push({ tokens, paragraph, start, end: start + name.length, name, quoted: true, introduced: false, before: null });
  }
  return runs;
}

/** A section of a law cited by its number: a word of `LAW_SECTION_WORDS` or §, then the number ("Paragrafen 175", "§ 219a"). */
const LAW_SECTION = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:${[...LAW_SECTION_WORDS].join('|')})\\s+|§\\s*)\\d{1,4}[a-z]?(?![\\p{L}\\p{N}])`, 'gu');

/** Any of `LAW_SECTION_WORDS` anywhere, before the costlier `LAW_SECTION`. */
const LAW_SECTION_WORDS_ANYWHERE = new RegExp([...LAW_SECTION_WORDS].join('|'));

/** Sections of laws cited by number ("den Paragrafen 175", "§ 218"): names however their words are capitalised. */
export function findLawSections(text: string, paragraph: number): Run[] {
  const runs: Run[] = [];
  // Most paragraphs cite no law: a plain search first, the expression only where one may stand.
  if (!text.includes('§') && !LAW_SECTION_WORDS_ANYWHERE.test(text)) return runs;
  LAW_SECTION.lastIndex = 0;
  for (let m = LAW_SECTION.exec(text); m; m = LAW_SECTION.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // The § is no word: a token of its own, so that the name starts with it.
    const tokens = m[0].startsWith('§') ? [{ text: '§', start, end: start + 1, capital: false, acronym: false, mixed: false, number: false, initial: false }] : [];
    tokens.push(...tokenize(m[0]).map((t) => ({ ...t, start: t.start + start, end: t.end + start })));
    runs.push({ tokens, paragraph, start, end, name: m[0], quoted: true, introduced: true, before: null });
  }
  return runs;
}

/**
 * German institutions named by what they are for: a word for an institution, alone or as a
 * compound's end, then "für" and what it is for ("Institut für Energietechnik", "Landesbetrieb
 * für Küstenschutz", "Bundesamt für Migration und Flüchtlinge"); not after an indefinite article
 * ("ein Zentrum für Kinder" is any one).
 */
const INSTITUTION_FOR = /(?<![\p{L}\p{M}])(?<!(?:ein|eine|einen|einem|einer|eines|kein|keine)\s)((?=\p{Lu})(?:\p{Lu}\p{Ll}*)?(?:[Ii]nstitut|[Zz]entrum|[Aa]mt|[Mm]inisterium|[Bb]etrieb|[Gg]esellschaft|[Vv]erband|[Ss]tiftung|[Aa]kademie|[Aa]nstalt|[Kk]ommission|[Rr]at))\s+für\s+(\p{Lu}[\p{L}\p{M}-]*(?:\s+und\s+\p{Lu}[\p{L}\p{M}-]*)?)/gu;

/** German institutions by what they are for (`INSTITUTION_FOR`): names however common their words are. */
export function findInstitutions(text: string, paragraph: number): Run[] {
  const runs: Run[] = [];
  if (!text.includes(' für ')) return runs;
  INSTITUTION_FOR.lastIndex = 0;
  for (let m = INSTITUTION_FOR.exec(text); m; m = INSTITUTION_FOR.exec(text)) {
    const start = m.index;
    const tokens = tokenize(m[0]).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
    runs.push({ tokens, paragraph, start, end: start + m[0].length, name: m[0], quoted: true, introduced: true, before: null });
  }
  return runs;
}

/** The ways a run can be judged a name. */
export interface Judged {
  run: Run;
  /** The part of the run kept as the name (a noun in apposition dropped: "Geschäftspartner Willi" -> "Willi"). */
  tokens: Token[];
  /** The name, where it is not the tokens' text: the place an adjective of place names ("Kölner" -> "Köln"). */
  name?: string;
}

/**
 * Keeps the runs that are names by what the page shows. A word is a common noun in German when
 * the page sets it after a determiner or an adjective, or it has a noun's ending; such words are
 * trimmed from the ends of a run. A single word is a name when it has a name's shape of its own
 * (an abbreviation, an inner capital or digit), is a known place, or, outside German, is
 * capitalised inside a sentence. A run at a sentence's start loses its first word unless the
 * page capitalises that word inside a sentence too.
 */
export function judgeRun(run: Run, evidence: PageEvidence): Judged | null {
  if (run.quoted || run.company) return { run, tokens: run.tokens };
  const stopwords = evidence.stopwords ?? STOPWORDS;
  let tokens = run.tokens.filter((t) => !stopwords.has(t.text));
  if (tokens.length !== run.tokens.length) return null;
  const noun = (t: Token) => {
    if (!evidence.german || t.acronym || t.mixed || t.number || CONNECTORS.has(t.text)) return false;
    const word = withoutPossessive(t.text);
    if (isKnownWordName(word)) return false;
    // A known place with a noun's ending ("Koblenz") is the place.
    if (LATIN_PLACES.has(word)) return evidence.nouns.has(word) && PLACE_HOMOGRAPHS.has(word);
    return evidence.nouns.has(word) || looksLikeGermanNoun(word);
  };
  const first = tokens[0];
  // A sentence's first word is capitalised anyway: it stays when a capitalised word follows
  // ("Sam Bankman-Fried said", "Magnus Hirschfeld verstand"), in German only when it is no
  // noun nor has an adjective's inflection ("Neue Berechnungen"), or where the page shows it
  // inside a sentence too.
  const keepsFirst = tokens.length > 1 && tokens[1].capital && (!evidence.german || (!noun(first) && !hasInflection(first.text)));
  if (first && first.initial && !keepsFirst && !first.acronym && !first.mixed && !evidence.inner.has(withoutPossessive(first.text)) && !LATIN_PLACES.has(first.text)) {
    tokens = tokens.slice(1);
  }
  if (evidence.german && tokens.length > 1) {
    // A capitalised adjective inside a sentence is part of a name, with what follows it
    // ("der Europäischen Union", "die Kassenärztliche Vereinigung", "an der Berliner Charité");
    // so is an institution with its place or patron ("Universität Rotterdam").
    // Not after an indefinite article or another adjective: "ein namhafter Kölner Verlag".
    const described = run.before !== null && !DEFINITE.has(run.before) && (GERMAN_DETERMINERS.has(run.before) || GERMAN_INDEFINITES.has(run.before) || (hasInflection(run.before) && run.before.length > 3 && !isFunctionWord(run.before)));
    const named = tokens.findIndex((t, k) => k < tokens.length - 1 && !t.initial && (looksLikeGermanAdjective(t.text) || GERMAN_INSTITUTION_NOUNS.has(t.text)));
    // "ein namhafter Kölner Verlag", "meine Brandenburger Gewässer": no name, but the place is mentioned.
    if (named === 0 && described) return placeMentioned(run, tokens[0]);
    if (named >= 0) return { run, tokens: tokens.slice(named) };
  }
  while (tokens.length && (noun(tokens[0]) || CONNECTORS.has(tokens[0].text))) tokens = tokens.slice(1);
  while (tokens.length && (noun(tokens[tokens.length - 1]) || CONNECTORS.has(tokens[tokens.length - 1].text))) tokens = tokens.slice(0, -1);
  if (tokens.length === 0 || tokens[0].number) return null;
  if (tokens.some(noun)) return null;
  if (tokens.length > 1) return { run, tokens };
  const only = tokens[0];
  const word = withoutPossessive(only.text);
  if (only.acronym || only.mixed) return { run, tokens };
  if (LATIN_PLACES.has(word) && !(evidence.german && evidence.nouns.has(word) && PLACE_HOMOGRAPHS.has(word))) return { run, tokens };
  if (isKnownWordName(word)) return { run, tokens };
  // "Frau Merkel", "das Dorf Lützerath": introduced by a title or a word of its kind.
  if (run.introduced && run.tokens.length === 1 && !looksLikeGermanNoun(word)) return { run, tokens };
  if (evidence.german) {
    if (!only.initial && !evidence.nouns.has(word) && looksLikePlace(word)) return { run, tokens };
    // "in Holzminden", "nach Höfen": a bare word after a preposition of place that is no common noun by its shape or use.
    if (run.placed && run.tokens.length === 1 && !evidence.nouns.has(word) && !looksLikeGermanNoun(word) && !BARE_AFTER_PREPOSITION.has(word) && !GERMAN_PLURAL_ENDING.test(word)) return { run, tokens };
    return placeMentioned(run, only);
  }
  // A people's adjective, or its plural ("Nigerians").
  if (DEMONYMS.has(word) || (word.endsWith('s') && DEMONYMS.has(word.slice(0, -1)))) return null;
  // French: the people of a place in the plural ("les Plouvenecois", "des Lyonnais", "aux Parisiennes").
  if (run.before !== null && FRENCH_PLURAL_ARTICLES.has(run.before) && FRENCH_DEMONYM_PLURAL.test(word)) return null;
  return only.initial && !evidence.inner.has(word) ? null : { run, tokens };
}

/**
 * A German adjective of a known place that is no part of a name ("ein Kölner Verlag", "die
 * Brandenburger Gewässer") still mentions the place: the name is the place, the mention the adjective.
 */
function placeMentioned(run: Run, token: Token): Judged | null {
  const place = placeOfAdjective(token.text);
  return place === null ? null : { run, tokens: [token], name: place };
}

/** French plural articles, and with à and de. */
const FRENCH_PLURAL_ARTICLES = new Set(['les', 'des', 'aux']);

/** Endings of the French names of a place's people in the plural: -ois, -ais, -iens, -ains and their feminines. */
const FRENCH_DEMONYM_PLURAL = /(?:ois|oises|ais|aises|iens|iennes|ains|aines)$/u;

/**
 * A brand or institution known by a single word that capitalisation cannot tell from a noun
 * (places.ts), or a known place with a German word of its part before it (`isCompassPlace`).
 */
function isKnownWordName(word: string): boolean {
  return LATIN_BRANDS.has(word) || GERMAN_INSTITUTIONS.has(word) || isCompassPlace(word);
}

/** German words for a part of a country or continent, joined to its name ("Norddeutschland", "Südtirol", "Osteuropa"). */
const COMPASS_PREFIX = /^(?:Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Mittel|Zentral)(?=\p{Ll})/u;

/** True for a known place with a German word of its part before it: "Norddeutschland", "Südtirol", "Westafrika". */
function isCompassPlace(word: string): boolean {
  const prefix = COMPASS_PREFIX.exec(word);
  if (!prefix) return false;
  const rest = word.slice(prefix[0].length);
  return LATIN_PLACES.has(rest[0].toUpperCase() + rest.slice(1));
}

/**
 * German nouns that stand after a preposition without an article in set phrases ("in Zukunft",
 * "nach Hause", "aus Protest", "bis Ende", "von Hand"): words of the language, not places.
 */
const BARE_AFTER_PREPOSITION = new Set(
  (
    'Zukunft Ruhe Rente Panik Ordnung Gefahr Kraft Frage Betrieb Form Richtung Sachen Bezug Kontakt Teilzeit Vollzeit Haft Urlaub ' +
    'Elternzeit Kurzarbeit Quarantäne Eile Hause Angaben Ansicht Auskunft Anfang Ende Mitte Hand Jahr Tag Woche Monat Zeit Protest ' +
    'Angst Liebe Spaß Versehen Sicht Erfahrung Überzeugung Holz Stahl Glas Papier Plastik Beton Stein Gold Silber Wasser Luft ' +
    'Leder Wolle Deutsch Englisch Französisch Spanisch Italienisch Russisch Türkisch Arabisch Chinesisch Polnisch ' +
    'Wirklichkeit Kauf Zweifel Kürze Maßen Grund Null Sekunden Stunde Kopf Fuß Bord Land Stadt Dorf Schule Arbeit Ausbildung ' +
    'Frieden Freiheit Not Armut Kindheit Jugend Anbetracht Folge Summe Zahl Prozent Euro Dollar Franken Jänner Januar ' +
    'Beginn Schluss Mittag Abend Morgen Nacht Betracht Vorteil Wind Regen Schnee Sturm Eis Feuer Licht Strom Gas Öl ' +
    'Anspruch Gang Angriff Aussicht Schutz Prinzip Plan Wunsch Bedarf Streit Verruf Umlauf Konkurs Verzug Eigenregie'
  ).split(' '),
);

/**
 * Endings of German plurals, their dative and feminine nouns ("Kliniken", "Ländern", "Stunden",
 * "Pappe"): a bare word with one after "in" is most often a common noun. Places so ending
 * ("Holzminden") are lost; those with a place's ending (-ingen, -hausen) are found by it.
 */
const GERMAN_PLURAL_ENDING = /(?:e|n)$/u;

/** German definite articles and their contractions: the article of a name ("die Europäische Union"). */
const DEFINITE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans']);

/** Places whose name is also a German common noun ("das Essen"): a place only where no determiner stands before. */
const PLACE_HOMOGRAPHS = new Set(['Essen', 'Halle', 'Münster']);
