import {
  AFTER_PERSON,
  FUNCTION_CHARACTERS,
  NEW_NAME_SUFFIXES,
  ORGANISATION_PARTS,
  ORGANISATION_SUFFIXES,
  PERSON_TITLES,
  ROLE_QUALIFIERS,
  ROLE_WORDS,
  SCHOOLS,
  SPEECH_WORDS,
  SURNAMES,
  TRANSLITERATION,
} from './chinese-words';
import { CHINESE_PLACES } from './places';

/**
 * Names in Chinese text, which has no capitals and no spaces. Per page, the text is cut into
 * words by the platform's dictionary (`Intl.Segmenter`, ICU's word list in browsers and Node):
 * a run of single characters the dictionary does not join is a word it does not know, which
 * is what names are (畅|捷|通, 吕|凯|风). Then per paragraph:
 *   1. set apart by the text: titles of works in 《》, short terms in quotation marks that are
 *      not a dictionary word nor speech, transliterated names joined by ·, X语言, terms joined
 *      by a plus (云+端), and what a sentence introduces as a product, company or work
 *      (工作圈是一款…)
 *   2. known places
 *   3. organisations by their last word (…大学, …集团; …公司 and …平台 after an unknown word)
 *      and before a role or a part of theirs (畅捷通高级副总裁, 钉钉团队), where the page uses
 *      the name more than once
 *   4. people by a title after the name (…老师, …博士), and unknown words of two or three
 *      characters that begin with a surname: of three where nothing else speaks against it,
 *      of two after a role (副总裁程刚) or before a verb of saying or 等 (史楠等)
 * Latin-script names inside Chinese text are found by latin.ts.
 */

/** A name found in a paragraph: where, and as what text. */
export interface ChineseHit {
  name: string;
  start: number;
  end: number;
}

/** A word of a paragraph as the dictionary cuts it. */
interface Piece {
  text: string;
  start: number;
  end: number;
  /** One Han character that is no word of grammar: part of a word the dictionary does not know. */
  single: boolean;
}

/** A paragraph's words, and its runs of single characters (unknown words). */
export interface ChineseParagraph {
  pieces: Piece[];
  /** Unknown words: maximal runs of adjacent single characters, as indices into `pieces`. */
  unknown: { first: number; last: number; text: string; start: number; end: number }[];
}

/** What the whole page shows: how often each unknown word occurs. */
export interface ChinesePage {
  unknownCounts: Map<string, number>;
}

/** Tunables. */
const LIMITS = {
  /** Quoted terms: at most this many characters. */
  maxQuoted: 10,
  /** A brand by its role or part: at least this many uses on the page. */
  minBrandUses: 2,
  /** An unknown word of this many characters is a brand before a role (畅捷通, 钉钉). */
  brandLength: [2, 4],
  /** A transliterated name: at most this many characters on each side of a dot. */
  maxTransliterated: 8,
} as const;

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const HAN_CHAR = new RegExp(`^[${HAN}]$`, 'u');

/** Titles of works: 《啊哈！算法》. */
const WORK_TITLE = /《\s*([^《》\n]{1,40}?)\s*》/gu;

/** Short terms in quotation marks: “工作圈”, 「来往」. */
const QUOTED_TERM = new RegExp(`[“「『"]([${HAN}A-Za-z0-9+＋·\\-！!]{2,${LIMITS.maxQuoted}})[”」』"]`, 'gu');

/** A programming language and the like: a Latin word and 语言 (C语言, Pascal语言). */
const LATIN_LANGUAGE = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+#]*语言/gu;

/** Terms joined by a plus: 云+端, 互联网+, 1+4. */
const PLUS_TERM = new RegExp(`(?:[${HAN}]{1,4}|[0-9]{1,2})[+＋](?:[${HAN}]{1,2}|[0-9]{1,2})?`, 'gu');

/** Words that introduce the name before them as a product, a company or a work: 工作圈是一款…. */
const INTRODUCED = new RegExp(`(?:^|[。！？!?；;，,：:\s])([${HAN}]{2,6})是一(?:款|家|本|部)`, 'gu');

/** Dots that join the parts of a transliterated name. */
const NAME_DOTS = new Set('·・•');

function isDot(char: string | undefined): boolean {
  return char !== undefined && NAME_DOTS.has(char);
}

/** Characters that end the word before a name: particles, prepositions, punctuation. */
const BOUNDARY = new RegExp(`[^${HAN}]|[的了在和与及从到于对把被给向为由是也都就而或并让将跟同等个位名]`, 'u');

const PLACES = new Set(CHINESE_PLACES);
const PLACE_PATTERN = new RegExp([...CHINESE_PLACES].sort((a, b) => b.length - a.length).join('|'), 'gu');
const ROLES = new Set(ROLE_WORDS);
const QUALIFIERS = new Set(ROLE_QUALIFIERS);
const PARTS = new Set(ORGANISATION_PARTS);
const AFTER = new Set(AFTER_PERSON);
const SPEECH = new Set(SPEECH_WORDS);

/** The platform's Chinese word breaker, made on first use; null where there is none. */
let segmenter: Intl.Segmenter | null | undefined;

function wordBreaker(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** Cuts a paragraph into words; without a word breaker, every character is a word of its own. */
export function readChineseParagraph(text: string): ChineseParagraph {
  const breaker = wordBreaker();
  const pieces: Piece[] = [];
  if (breaker) {
    for (const { segment, index } of breaker.segment(text)) pieces.push(piece(segment, index));
  } else {
    for (let i = 0; i < text.length; i++) pieces.push({ ...piece(text[i], i), single: false });
  }
  const unknown: ChineseParagraph['unknown'] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (!pieces[i].single) continue;
    let last = i;
    while (last + 1 < pieces.length && pieces[last + 1].single) last++;
    if (last > i) unknown.push({ first: i, last, text: text.slice(pieces[i].start, pieces[last].end), start: pieces[i].start, end: pieces[last].end });
    i = last;
  }
  return { pieces, unknown };
}

function piece(text: string, start: number): Piece {
  return { text, start, end: start + text.length, single: HAN_CHAR.test(text) && !FUNCTION_CHARACTERS.has(text) };
}

/** Counts the unknown words of the page's paragraphs. */
export function readChinesePage(paragraphs: readonly ChineseParagraph[]): ChinesePage {
  const unknownCounts = new Map<string, number>();
  for (const paragraph of paragraphs) for (const word of paragraph.unknown) unknownCounts.set(word.text, (unknownCounts.get(word.text) ?? 0) + 1);
  return { unknownCounts };
}

function collect(pattern: RegExp, text: string, group: number, out: ChineseHit[], keep: (name: string) => boolean = () => true): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const name = m[group];
    if (!keep(name)) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ name, start, end: start + name.length });
  }
}

/** Where a name that ends at `end` with a known last word begins: after the nearest boundary, 2-6 characters back. */
function nameStart(text: string, end: number, min: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && !BOUNDARY.test(text[start - 1])) start--;
  return end - start >= min ? start : -1;
}

/** True when text[start, end) is all single characters the dictionary does not know. */
function isUnknown(paragraph: ChineseParagraph, start: number, end: number): boolean {
  const inside = paragraph.pieces.filter((p) => p.start < end && p.end > start);
  return inside.length > 1 && inside[0].start === start && inside[inside.length - 1].end === end && inside.every((p) => p.single);
}

/**
 * A quoted term is a name unless it is a word of the dictionary (恋爱, 水到渠成: a word or an
 * idiom set in quotes for emphasis) or speech (有趣的, 连接一切); Latin letters, digits or a
 * plus make it a name (云+端, 啊哈C).
 */
function isQuotedName(term: string): boolean {
  if (/[A-Za-z0-9+＋]/u.test(term)) return true;
  const { pieces } = readChineseParagraph(term);
  if (pieces.length === 1) return false;
  return !pieces.some((p) => FUNCTION_CHARACTERS.has(p.text) || SPEECH.has(p.text) || [...p.text].some((c) => '的了着过'.includes(c)));
}

/** Terms joined by a plus, from the word boundary before to the one after (提出了云+端的战略 -> 云+端). */
function plusTerms(text: string, out: ChineseHit[]): void {
  PLUS_TERM.lastIndex = 0;
  for (let m = PLUS_TERM.exec(text); m; m = PLUS_TERM.exec(text)) {
    const plus = m.index + m[0].search(/[+＋]/u);
    const inTerm = (c: string | undefined) => c !== undefined && (/[0-9]/.test(c) || !BOUNDARY.test(c));
    let start = plus;
    while (start > m.index && inTerm(text[start - 1])) start--;
    let end = plus + 1;
    while (end < text.length && end - plus <= LIMITS.maxQuoted && inTerm(text[end])) end++;
    if (start < plus && !inTerm(text[start - 1])) out.push({ name: text.slice(start, end), start, end });
  }
}

/** Transliterated names: characters of transliteration on both sides of each dot (马丁·路德·金). */
function transliterated(text: string, out: ChineseHit[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!isDot(text[i])) continue;
    let start = i;
    while (start > 0 && i - start < LIMITS.maxTransliterated && TRANSLITERATION.has(text[start - 1])) start--;
    if (start === i) continue;
    let end = i;
    // Over the following parts and their dots.
    for (;;) {
      let next = end + 1;
      while (next < text.length && next - end - 1 < LIMITS.maxTransliterated && TRANSLITERATION.has(text[next])) next++;
      if (next === end + 1) break;
      end = next;
      if (!isDot(text[end])) break;
    }
    if (end > i + 1) out.push({ name: text.slice(start, end), start, end });
    i = end;
  }
}

/** Organisations by their last word (see `ORGANISATION_SUFFIXES`). */
function organisations(text: string, paragraph: ChineseParagraph, out: ChineseHit[]): void {
  const found: ChineseHit[] = [];
  for (const suffix of ORGANISATION_SUFFIXES) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const start = nameStart(text, at, 2, 6);
      if (start < 0) continue;
      // Schools are common words ("考上大学"): only a school named after a place is a name.
      if (SCHOOLS.includes(suffix) && !CHINESE_PLACES.some((place) => text.startsWith(place, start))) continue;
      if (NEW_NAME_SUFFIXES.includes(suffix)) {
        // The company or platform of a name: the name is the word before (畅捷通平台 -> 畅捷通).
        if (isUnknown(paragraph, start, at)) out.push({ name: text.slice(start, at), start, end: at });
        continue;
      }
      found.push({ name: text.slice(start, at + suffix.length), start, end: at + suffix.length });
    }
  }
  // A faculty right after its university is one name: 武汉大学计算机学院.
  found.sort((a, b) => a.start - b.start);
  let previous: ChineseHit | null = null;
  for (const org of found) {
    if (previous && org.start <= previous.end && org.end > previous.end) {
      previous.end = org.end;
      previous.name = text.slice(previous.start, previous.end);
    } else {
      out.push(org);
      previous = org;
    }
  }
}

/** People by the title after their name: a surname and one or two characters before it. */
function titledPeople(text: string, out: ChineseHit[]): void {
  for (const title of PERSON_TITLES) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      for (const length of [3, 2]) {
        const start = at - length;
        if (start < 0 || !SURNAMES.has(text[start]) || (start > 0 && !BOUNDARY.test(text[start - 1]) && length === 2)) continue;
        const name = text.slice(start, at);
        if (new RegExp(`^[${HAN}]+$`, 'u').test(name) && !PLACES.has(name)) {
          out.push({ name, start, end: at });
          break;
        }
      }
    }
  }
}

/** The role after a piece, over a qualifier (高级副总裁), or null. */
function roleAt(pieces: Piece[], index: number): Piece | null {
  const next = pieces[index];
  if (!next) return null;
  if (ROLES.has(next.text) || PARTS.has(next.text)) return next;
  return QUALIFIERS.has(next.text) && pieces[index + 1] && ROLES.has(pieces[index + 1].text) ? pieces[index + 1] : null;
}

/** Unknown words that are people (by a surname and their context) or brands (by a role after them). */
function unknownWords(text: string, paragraph: ChineseParagraph, page: ChinesePage, out: ChineseHit[]): void {
  const { pieces } = paragraph;
  for (const word of paragraph.unknown) {
    const length = word.end - word.start;
    const before = pieces[word.first - 1];
    const after = pieces[word.last + 1];
    if (isDot(text[word.start - 1]) || isDot(text[word.end])) continue;
    const uses = page.unknownCounts.get(word.text) ?? 0;
    if (length >= LIMITS.brandLength[0] && length <= LIMITS.brandLength[1] && uses >= LIMITS.minBrandUses && roleAt(pieces, word.last + 1)) {
      out.push({ name: word.text, start: word.start, end: word.end });
      continue;
    }
    if (!SURNAMES.has(text[word.start]) || length > 3 || PLACES.has(word.text)) continue;
    const adjective = after && '的地得'.includes(after.text);
    const introduced = (before && ROLES.has(before.text)) || (after && AFTER.has(after.text));
    if ((length === 3 && !adjective) || introduced) out.push({ name: word.text, start: word.start, end: word.end });
  }
}

/** The names in one paragraph of Chinese text (`paragraph` is its reading by `readChineseParagraph`). */
export function findChineseNames(text: string, paragraph: ChineseParagraph = readChineseParagraph(text), page: ChinesePage = readChinesePage([paragraph])): ChineseHit[] {
  const hits: ChineseHit[] = [];
  collect(WORK_TITLE, text, 1, hits);
  collect(QUOTED_TERM, text, 1, hits, isQuotedName);
  collect(LATIN_LANGUAGE, text, 0, hits);
  plusTerms(text, hits);
  collect(INTRODUCED, text, 1, hits, (name) => !FUNCTION_CHARACTERS.has(name[0]) && !SPEECH.has(name));
  transliterated(text, hits);
  PLACE_PATTERN.lastIndex = 0;
  for (let m = PLACE_PATTERN.exec(text); m; m = PLACE_PATTERN.exec(text)) hits.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  organisations(text, paragraph, hits);
  titledPeople(text, hits);
  unknownWords(text, paragraph, page, hits);
  return hits;
}
