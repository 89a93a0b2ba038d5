import {
  AFTER_PERSON,
  ADMINISTRATIVE_SUFFIXES,
  ALIAS_WORDS,
  COMPANY_SUFFIXES,
  FAMILIAR_PREFIXES,
  DETERMINER_CHARACTERS,
  EVENT_SUFFIXES,
  MEASURE_CHARACTERS,
  FUNCTION_CHARACTERS,
  LISTED_KINDS,
  MEDIA_ROLES,
  NEW_NAME_SUFFIXES,
  ORGANISATION_PARTS,
  ORGANISATION_SUFFIXES,
  PERSON_TITLES,
  PLACE_SUFFIXES,
  QUANTITY_CHARACTERS,
  REAL_NAME_WORDS,
  ROLE_QUALIFIERS,
  ROLE_WORDS,
  SCHOOLS,
  SPEECH_WORDS,
  SURNAMES,
  TRANSLITERATION,
} from './chinese-words';
import { isHanCode } from '../lang/letters';
import { CHINESE_KNOWN_NAMES, CHINESE_PLACES } from './places';

/**
 * Names in Chinese text, which has no capitals and no spaces. Per paragraph:
 *   1. set apart by the text: titles of works in 《》, short terms in quotation marks that are
 *      not a dictionary word nor speech, transliterated names joined by ·, X语言, terms joined
 *      by a plus (云+端), and what a sentence introduces as a product, company or work
 *      (工作圈是一款…)
 *   2. known places, and names known to every reader (阿里巴巴, 清华, places.ts)
 *   3. organisations by their last word (…大学, …集团)
 *   4. people by a title after the name (…老师, …博士)
 *   5. words the dictionary does not know next to a word that says what they are: the text
 *      around a role, a part of an organisation, a verb of saying, 公司 or 平台 is cut into
 *      words by the platform's dictionary (`Intl.Segmenter`, ICU's word list in browsers and
 *      Node), where a run of single characters it does not join is a word it does not know,
 *      which is what names are: a brand before a role or a part of its own where the page uses
 *      it twice (畅捷通高级副总裁, 钉钉团队), a person after a role or before a verb of saying
 *      (副总裁程刚, 史楠等), the name before 公司 or 平台 (畅捷通平台). Only these windows are
 *      cut: cutting a whole page costs about a microsecond a character.
 * Latin-script names inside Chinese text are found by latin.ts.
 */

/** A name found in a paragraph: where, and as what text. */
export interface ChineseHit {
  name: string;
  start: number;
  end: number;
}

/** A word of the text as the dictionary cuts it. */
interface Piece {
  text: string;
  start: number;
  end: number;
  /** One Han character that is no word of grammar: part of a word the dictionary does not know. */
  single: boolean;
}

/** The text of the page's Chinese paragraphs, for counting how often a name is used. */
export interface ChinesePage {
  text: string;
}

/** Tunables. */
const LIMITS = {
  /** Quoted terms: at most this many characters. */
  maxQuoted: 10,
  /** A brand by its role or part: at least this many uses on the page. */
  minBrandUses: 2,
  /** An unknown word of this many characters is a brand before a role (畅捷通, 钉钉). */
  brandLength: [2, 4],
  /** A person's name: a surname and one or two characters. */
  personLength: [2, 3],
  /** The name before 公司 or 平台: this many characters. */
  nameLength: [2, 6],
  /** A transliterated name: at most this many characters on each side of a dot. */
  maxTransliterated: 8,
  /** Characters cut into words on each side of a word that says what its neighbour is. */
  window: 8,
  /** A list says its items are of one kind from this many items on. */
  minListItems: 3,
  /** A name with a known last word that fills its clause: at most this many characters. */
  maxLongName: 16,
} as const;

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';

/** Titles of works: 《啊哈！算法》. */
const WORK_TITLE = /《\s*([^《》\n]{1,40}?)\s*》/gu;

/** Short terms in quotation marks: “工作圈”, 「来往」. */
const QUOTED_TERM = new RegExp(`[“「『"]([${HAN}A-Za-z0-9+＋·\\-！!]{2,${LIMITS.maxQuoted}})[”」』"]`, 'gu');

/** A programming language and the like: a Latin word and 语言 (C语言, Pascal语言). */
const LATIN_LANGUAGE = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+#]*语言/gu;

/** Terms joined by a plus: 云+端, 互联网+, 1+4. */
const PLUS_TERM = new RegExp(`(?:[${HAN}]{1,4}|[0-9]{1,2})[+＋](?:[${HAN}]{1,2}|[0-9]{1,2})?`, 'gu');

/**
 * Words that introduce the name before them as a product, a company or a work: 工作圈是一款…,
 * or a note in brackets after it: 啊哈图（一个类似于几何画板的软件）.
 */
const INTRODUCED = new RegExp(`(?:^|[。！？!?；;，,：:、\\s])([${HAN}]{2,6})(?:是一(?:款|家|本|部)|[（(]一(?:款|家|本|部|个))`, 'gu');

/** Another name of a person after a word that says so: 肖桦（网名江南白衣）, 花名：么么茶. */
const ALIAS_AFTER = new RegExp(`(?:${ALIAS_WORDS.join('|')})[：:]?["“「]?([${HAN}]{2,6})(?![${HAN}])`, 'gu');

/** The other name before 真名 and the like: 啊哈磊，真名纪磊. */
const ALIAS_BEFORE = new RegExp(`(?:^|[。！？!?；;，,：:\\s])([${HAN}]{2,6})[，,](?:${REAL_NAME_WORDS.join('|')})`, 'gu');

/**
 * True where 等 and a word for a kind of organisation or product follow a list at `at`, the
 * kind ending its phrase ("…等企业也", not "…等企业服务": then the items are services).
 */
function kindAfterList(text: string, at: number): boolean {
  const m = KIND_AFTER_LIST.exec(text.slice(at, at + LIMITS.window));
  if (!m) return false;
  const next = text[at + m[0].length];
  return next === undefined || !isHanCode(next.charCodeAt(0)) || FUNCTION_CHARACTERS.has(next);
}

/** A character an item of a list stops at: a boundary, but not the Latin letters and digits of a name (智谱AI). */
function endsListItem(char: string): boolean {
  return BOUNDARY.test(char) && !/[A-Za-z0-9+]/u.test(char);
}

/** 等 and a word for a kind of organisation or product, with up to four characters between (等创业公司). */
const KIND_AFTER_LIST = new RegExp(`^等[${HAN}]{0,4}?(?:${LISTED_KINDS.join('|')})`, 'u');

/** A list of two or more items joined by 、, each 2-8 characters (step 6). */
const LIST = new RegExp(`[${HAN}A-Za-z0-9+]{2,8}(?:、[${HAN}A-Za-z0-9+]{2,8})+`, 'gu');

/** Dots that join the parts of a transliterated name. */
const NAME_DOTS = new Set('·・•');

/** Characters that end the word before a name: particles, prepositions, punctuation. */
const BOUNDARY = new RegExp(`[^${HAN}]|[的了在和与及从到于对把被给向为由是也都就而或并让将跟同等个位名]`, 'u');

const PLACES = new Set(CHINESE_PLACES);

/**
 * The known places and names (step 2) by the code of their first character, longest first:
 * at each place of the text the longest that starts there is taken, and the search goes on
 * after it. (A regular expression of all 220 as alternatives did the same at twice the cost.)
 */
const KNOWN_BY_FIRST = new Map<number, string[]>();
for (const name of [...CHINESE_PLACES, ...CHINESE_KNOWN_NAMES].sort((a, b) => b.length - a.length)) {
  const first = name.charCodeAt(0);
  const names = KNOWN_BY_FIRST.get(first);
  if (names) names.push(name);
  else KNOWN_BY_FIRST.set(first, [name]);
}

/** Step 2: the known places and names in the text. */
function knownNames(text: string, out: ChineseHit[]): void {
  for (let i = 0; i < text.length; ) {
    const name = KNOWN_BY_FIRST.get(text.charCodeAt(i))?.find((known) => text.startsWith(known, i));
    if (name) {
      out.push({ name, start: i, end: i + name.length });
      i += name.length;
    } else {
      i++;
    }
  }
}
const ROLES = new Set(ROLE_WORDS);
const MEDIA = new Set(MEDIA_ROLES);
const ADMINISTRATIVE = new Set(ADMINISTRATIVE_SUFFIXES);
const QUALIFIERS = new Set(ROLE_QUALIFIERS);
const PARTS = new Set(ORGANISATION_PARTS);
const AFTER = new Set(AFTER_PERSON);
const SPEECH = new Set(SPEECH_WORDS);

/** Words that say what the word next to them is (step 5), longest first. */
const NEIGHBOURS = new RegExp([...ROLE_WORDS, ...ORGANISATION_PARTS, ...AFTER_PERSON, ...NEW_NAME_SUFFIXES].sort((a, b) => b.length - a.length).join('|'), 'gu');

function isDot(char: string | undefined): boolean {
  return char !== undefined && NAME_DOTS.has(char);
}

/** The code units of `NAME_DOTS`: `transliterated` reads every character of a paragraph by its code, with no string made of it. */
const [MIDDLE_DOT, KATAKANA_DOT, BULLET] = [...NAME_DOTS].map((dot) => dot.charCodeAt(0));

function isDotAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === MIDDLE_DOT || code === KATAKANA_DOT || code === BULLET;
}

/** The platform's Chinese word breaker, made on first use; null where there is none. */
let segmenter: Intl.Segmenter | null | undefined;

function wordBreaker(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** Cuts text[from, to) into words (offsets in `text`); without a word breaker, nothing. */
function cut(text: string, from: number, to: number): Piece[] {
  const breaker = wordBreaker();
  if (!breaker) return [];
  const pieces: Piece[] = [];
  for (const { segment, index } of breaker.segment(text.slice(from, to))) {
    const start = from + index;
    pieces.push({ text: segment, start, end: start + segment.length, single: segment.length === 1 && isHanCode(segment.charCodeAt(0)) && !FUNCTION_CHARACTERS.has(segment) });
  }
  return pieces;
}

/** Collects the text of the page's Chinese paragraphs. */
export function readChinesePage(paragraphs: readonly string[]): ChinesePage {
  return { text: paragraphs.join('\n') };
}

/** How often the page uses a word. */
function uses(page: ChinesePage, word: string): number {
  let count = 0;
  for (let at = page.text.indexOf(word); at >= 0; at = page.text.indexOf(word, at + word.length)) count++;
  return count;
}

/**
 * The unknown word (a run of single characters) that ends at piece `index - 1` or, with
 * `forward`, starts at piece `index`; null where there is none or it may go on past the window.
 */
function unknownNextTo(text: string, pieces: Piece[], index: number, forward: boolean, from: number, to: number): { name: string; start: number; end: number } | null {
  let first = index;
  let last = index - 1;
  if (forward) {
    while (last + 1 < pieces.length && pieces[last + 1].single) last++;
  } else {
    while (first - 1 >= 0 && pieces[first - 1].single) first--;
  }
  if (last - first < 1) return null;
  const start = pieces[first].start;
  const end = pieces[last].end;
  // A run that reaches the edge of the window may be longer than it shows.
  if ((start === from && from > 0) || (end === to && to < text.length) || isDot(text[start - 1]) || isDot(text[end])) return null;
  return { name: text.slice(start, end), start, end };
}

/** A word without a qualifier the dictionary did not know at its end (畅|捷|通|资|深 before 总监 -> 畅捷通). */
function withoutQualifier(word: { name: string; start: number; end: number } | null): { name: string; start: number; end: number } | null {
  const qualifier = word && ROLE_QUALIFIERS.find((q) => word.name.endsWith(q) && word.name.length > q.length);
  return word && qualifier ? { name: word.name.slice(0, -qualifier.length), start: word.start, end: word.end - qualifier.length } : word;
}

/** True for a person's name: a surname and one or two characters, not a place. */
function isPersonName(word: { name: string }): boolean {
  const [min, max] = LIMITS.personLength;
  return word.name.length >= min && word.name.length <= max && SURNAMES.has(word.name[0]) && !PLACES.has(word.name);
}

/**
 * False where no unknown word can stand next to the neighbour `word` at `index` as step 5 reads
 * it, whatever the dictionary makes of the text: an unknown word is two or more pieces of one
 * Han character that is no word of grammar (`Piece.single`), so the two characters next to it
 * must be such characters: before the neighbour or before a qualifier that ends there (a
 * brand, a person before a verb of saying, a name before 公司), or after a role (a person).
 * Cutting the window costs about as much as all the rest of the finder on a Chinese page, and
 * most neighbours (说, 等, 公司 after a word of grammar) fail this.
 */
function unknownPossible(text: string, word: string, index: number): boolean {
  if (twoSingles(text, index - 2)) return true;
  if (!ROLES.has(word) && !PARTS.has(word)) return false;
  if (ROLE_QUALIFIERS.some((q) => text.startsWith(q, index - q.length) && twoSingles(text, index - q.length - 2))) return true;
  return ROLES.has(word) && twoSingles(text, index + word.length);
}

/** True where text[at] and text[at + 1] may each be a piece of their own of an unknown word (see `Piece.single`). */
function twoSingles(text: string, at: number): boolean {
  return maySingle(text, at) && maySingle(text, at + 1);
}

function maySingle(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isHanCode(text.charCodeAt(at)) && !FUNCTION_CHARACTERS.has(text[at]);
}

/** Step 5: unknown words next to a word that says what they are (see the module comment). */
function neighbours(text: string, page: ChinesePage, out: ChineseHit[]): void {
  if (!wordBreaker()) return;
  NEIGHBOURS.lastIndex = 0;
  for (let m = NEIGHBOURS.exec(text); m; m = NEIGHBOURS.exec(text)) {
    const word = m[0];
    if (!unknownPossible(text, word, m.index)) continue;
    const from = Math.max(0, m.index - LIMITS.window);
    const to = Math.min(text.length, m.index + m[0].length + LIMITS.window);
    const pieces = cut(text, from, to);
    // The neighbour must be a word of its own, or words (负责|人), not part of one (说 in 小说).
    const at = pieces.findIndex((p) => p.start === m!.index);
    const next = pieces.findIndex((p) => p.end === m!.index + word.length) + 1;
    if (at < 0 || next <= at) continue;
    if (ROLES.has(word) || PARTS.has(word)) {
      // Over a qualifier before the role: 畅捷通|高级|副总裁.
      const role = at > 0 && QUALIFIERS.has(pieces[at - 1].text) ? at - 1 : at;
      const brand = withoutQualifier(unknownNextTo(text, pieces, role, false, from, to));
      const [min, max] = LIMITS.brandLength;
      // Before 记者 or 编辑 a brand is the page's own publication ("财衡记者近日专访了…"): not a name of its text.
      const ownStaff = MEDIA.has(word);
      if (brand && !ownStaff && brand.name.length >= min && brand.name.length <= max && uses(page, brand.name) >= LIMITS.minBrandUses) out.push(brand);
      const person = ROLES.has(word) ? unknownNextTo(text, pieces, next, true, from, to) : null;
      if (person && isPersonName(person)) out.push(person);
    } else if (AFTER.has(word)) {
      const person = unknownNextTo(text, pieces, at, false, from, to);
      if (person && isPersonName(person)) out.push(person);
    } else {
      // The company or platform of a name: the name is the word before (畅捷通平台 -> 畅捷通).
      const name = unknownNextTo(text, pieces, at, false, from, to);
      if (name && name.name.length >= LIMITS.nameLength[0] && name.name.length <= LIMITS.nameLength[1]) out.push(name);
    }
  }
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

/**
 * Where a name that ends at `end` with a known last word begins: after the nearest boundary,
 * 2-6 characters back; or further back, up to `LIMITS.maxLongName`, where punctuation opens it:
 * a long name fills its clause (（全国青少年信息学奥林匹克联赛）).
 */
function nameStart(text: string, end: number, min: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && !BOUNDARY.test(text[start - 1])) start--;
  if (start > 0 && end - start === max && !BOUNDARY.test(text[start - 1])) {
    let long = start;
    while (long > 0 && end - long < LIMITS.maxLongName && !BOUNDARY.test(text[long - 1])) long--;
    // Not over words of grammar (来自|上海人工智能实验室): then the short name stands.
    const clause = (long === 0 || !isHanCode(text.charCodeAt(long - 1))) && ![...text.slice(long, start)].some((c) => FUNCTION_CHARACTERS.has(c));
    if (clause) return long;
  }
  return end - start >= min ? start : -1;
}

/**
 * A quoted term is a name unless it is a word of the dictionary (恋爱, 水到渠成: a word or an
 * idiom set in quotes for emphasis) or speech (有趣的, 连接一切); Latin letters, digits or a
 * plus make it a name (云+端, 啊哈C).
 */
function isQuotedName(term: string): boolean {
  if (/[A-Za-z0-9+＋]/u.test(term)) return true;
  const pieces = cut(term, 0, term.length);
  if (pieces.length === 1) return false;
  return !pieces.some((p) => FUNCTION_CHARACTERS.has(p.text) || SPEECH.has(p.text) || [...p.text].some((c) => '的了着过'.includes(c)));
}

/** Words before a quoted term that say it is the name of something: 名为“…”, 推出了“…”. */
const NAMING_BEFORE = /(?:叫|叫做|名为|名叫|称为|命名为|取名|品牌|产品|推出了?|上线了?|发布了?|栏目|系列|项目|计划|公众号|软件|应用|游戏|小程序|节目|活动|号称)\s*$/u;

/** A vessel's, craft's or mission's name with its number in Chinese numerals (“深蓝二号”, “嫦娥五号”, “天问一号”). */
const SERIAL_NAME = /^\p{Script=Han}{2,6}[一二三四五六七八九十百]{1,3}号$/u;

/** Words after a quoted term that say it is a word or a saying of the language: “…”这个说法, “…”这个词. */
const SAYING_AFTER = /^\s*(?:这个|这种|的)?(?:说法|词|字眼|提法|表述|用语|口号)/u;

/** Words after a quoted term that say what kind of thing it names: “…”这款, “…”品牌. */
const KIND_AFTER = /^\s*(?:这款|这个|这家|一款|品牌|产品|项目|系列|栏目|计划|平台|公众号|小程序|App|APP|app|软件|系统|功能|活动|节目|团队|公司|游戏|应用)/u;

/**
 * Step 1's quoted terms: a term in quotation marks is set apart, but most such terms are a word
 * or a phrase stressed or used loosely (“瞎搞”, “书砖”, “吃相难看”), not a name. A quoted term
 * is a name where it has Latin letters, digits or a plus (云+端, 啊哈C); else only where the text
 * says it names something (名为“…”, “…”这款产品) or the page uses it again, as names are (工作圈).
 */
function collectQuoted(text: string, page: ChinesePage, out: ChineseHit[]): void {
  QUOTED_TERM.lastIndex = 0;
  for (let m = QUOTED_TERM.exec(text); m; m = QUOTED_TERM.exec(text)) {
    const name = m[1];
    if (!isQuotedName(name)) continue;
    const start = m.index + m[0].indexOf(name);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
    // “修纸”这个说法: the text calls it a word or a saying, not a name.
    if (SAYING_AFTER.test(after)) continue;
    const marked = /[A-Za-z0-9+＋]/u.test(name) || SERIAL_NAME.test(name) || NAMING_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) || KIND_AFTER.test(after);
    if (marked || uses(page, name) >= 2) out.push({ name, start, end: start + name.length });
  }
}

/**
 * True where a name's first word, as the dictionary cuts it, is a word of grammar ("我觉得这"
 * before 是一款): no name. By the first character where there is no dictionary; 啊哈图 begins
 * with the word 啊哈, not the particle 啊.
 */
function startsWithGrammar(name: string): boolean {
  const first = wordBreaker() ? cut(name, 0, name.length)[0]?.text : name[0];
  return first !== undefined && first.length === 1 && FUNCTION_CHARACTERS.has(first);
}

/** Terms joined by a plus, from the word boundary before to the one after (提出了云+端的战略 -> 云+端). */
function plusTerms(text: string, out: ChineseHit[]): void {
  PLUS_TERM.lastIndex = 0;
  for (let m = PLUS_TERM.exec(text); m; m = PLUS_TERM.exec(text)) {
    const plus = m.index + m[0].search(/[+＋]/u);
    const inTerm = (c: string | undefined) => c !== undefined && (/[0-9]/.test(c) || !BOUNDARY.test(c));
    let start = plus;
    while (start > m.index && inTerm(text[start - 1])) start--;
    // After digits ("1+4") the term ends: "把1+4结合在一起".
    const digits = /[0-9]/.test(text[plus + 1] ?? '');
    const continues = (c: string | undefined) => (digits ? c !== undefined && /[0-9]/.test(c) : inTerm(c));
    let end = plus + 1;
    while (end < text.length && end - plus <= LIMITS.maxQuoted && continues(text[end])) end++;
    if (start < plus && !inTerm(text[start - 1])) out.push({ name: text.slice(start, end), start, end });
  }
}

/** Transliterated names: characters of transliteration on both sides of each dot (马丁·路德·金). */
function transliterated(text: string, out: ChineseHit[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!isDotAt(text, i)) continue;
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
      if (!isDotAt(text, end)) break;
    }
    if (end > i + 1) out.push({ name: text.slice(start, end), start, end });
    i = end;
  }
}

/** A number of them, not a name: 多家银行, 几所大学 (not 多伦多大学). */
const QUANTIFIED = new RegExp(`[${[...QUANTITY_CHARACTERS].join('')}][${[...MEASURE_CHARACTERS].join('')}]`, 'u');

/** The last words of names of places and events, read like organisations' but with no word of grammar before. */
const PLACES_AND_EVENTS = new Set([...PLACE_SUFFIXES, ...EVENT_SUFFIXES]);

/** Verbs of going, into, back and out (进实验室, 去银行, 到大学, 回学校, 入学院): what follows is where, not a name's end. */
const GOING = new Set('进去到回入出'.split(''));

/** Organisations, and the places and events, by their last word (see `ORGANISATION_SUFFIXES`). */
function organisations(text: string, out: ChineseHit[]): void {
  const found: ChineseHit[] = [];
  for (const suffix of [...ORGANISATION_SUFFIXES, ...PLACES_AND_EVENTS]) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const start = nameStart(text, at, 2, 6);
      if (start < 0) continue;
      // Schools are common words ("考上大学"): only a school named after a place is a name.
      if (SCHOOLS.includes(suffix) && !CHINESE_PLACES.some((place) => text.startsWith(place, start))) continue;
      if (PLACES_AND_EVENTS.has(suffix) && [...text.slice(start, at)].some((c) => FUNCTION_CHARACTERS.has(c))) continue;
      // "这家银行", "各大银行": a word that says which one, not a name.
      if ([...text.slice(start, at)].some((c) => DETERMINER_CHARACTERS.has(c)) || QUANTIFIED.test(text.slice(start, at))) continue;
      // "进实验室", "回学校": a verb of going before the last word, which then names a kind of place.
      if (GOING.has(text[at - 1])) continue;
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

/**
 * Companies by their industry (`COMPANY_SUFFIXES`): a brand of 2-4 characters after a boundary,
 * with no word of grammar nor determiner, before the industry, where the brand is a word the
 * dictionary does not know (远澜资本, 华启证券); a brand that is a word of the language (星河科技)
 * is lost with the common phrases (金融科技, 风险投资).
 */
function companies(text: string, out: ChineseHit[]): void {
  for (const suffix of COMPANY_SUFFIXES) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const start = nameStart(text, at, 2, 4);
      if (start < 0 || at - start > 4) continue;
      const brand = text.slice(start, at);
      if (!new RegExp(`^[${HAN}]+$`, 'u').test(brand) || [...brand].some((c) => FUNCTION_CHARACTERS.has(c) || DETERMINER_CHARACTERS.has(c)) || PLACES.has(brand)) continue;
      // A brand is a word the dictionary does not know (远|澜, 华|启), not one it knows (金融科技, 电话网络, 独立|游戏基金).
      if (wordBreaker() && cut(brand, 0, brand.length).every((p) => p.single)) out.push({ name: brand + suffix, start, end: at + suffix.length });
    }
  }
}

/**
 * Places by their administrative last character (`ADMINISTRATIVE_SUFFIXES`): two or three
 * characters after a boundary, no word of grammar nor determiner among them, where the dictionary
 * cuts the character off as a word of its own and the rest is one word or one it does not know
 * (云|溪|县, 溪口|村; not 县城, 农村, 大城市, 去超市, 书房|讲|村).
 */
function administrativePlaces(text: string, out: ChineseHit[]): void {
  if (!wordBreaker()) return;
  for (const suffix of ADMINISTRATIVE_SUFFIXES) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const start = nameStart(text, at, 2, 3);
      if (start < 0) continue;
      const stem = text.slice(start, at);
      if (!new RegExp(`^[${HAN}]+$`, 'u').test(stem) || [...stem].some((c) => FUNCTION_CHARACTERS.has(c) || DETERMINER_CHARACTERS.has(c) || QUANTITY_CHARACTERS.has(c))) continue;
      const pieces = cut(text, start, Math.min(text.length, at + 3));
      const alone = pieces.some((p) => p.start === at && p.end === at + 1);
      const stemPieces = pieces.filter((p) => p.end <= at);
      const stemWord = stemPieces.length >= 1 && stemPieces[0].start === start && stemPieces[stemPieces.length - 1].end === at && (stemPieces.length === 1 || stemPieces.every((p) => p.single));
      if (alone && stemWord && ![...stem].some((c) => ADMINISTRATIVE.has(c))) {
        out.push({ name: text.slice(start, at + 1), start, end: at + 1 });
      }
    }
  }
}

/**
 * A person's familiar name (阿青, 阿渡, 老汪): 阿 before one character, or 老/小 before a surname,
 * standing as a word of its own (the dictionary does not join them: not 阿姨, 老师, 小说), the page
 * using it at least twice, and no character of a name after it (not 老江湖).
 */
function familiarNames(text: string, page: ChinesePage, out: ChineseHit[]): void {
  for (const prefix of FAMILIAR_PREFIXES) {
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      const second = text[at + 1];
      if (second === undefined || !isHanCode(second.charCodeAt(0)) || FUNCTION_CHARACTERS.has(second)) continue;
      if (prefix !== '阿' && !SURNAMES.has(second)) continue;
      const after = text[at + 2];
      if (after !== undefined && !BOUNDARY.test(after) && !'说讲笑问答'.includes(after)) continue;
      if (at > 0 && !BOUNDARY.test(text[at - 1]) && !ROLES.has(text.slice(Math.max(0, at - 2), at))) continue;
      const name = prefix + second;
      if (!wordBreaker() || cut(name, 0, name.length).length === 1 || uses(page, name) < 2) continue;
      out.push({ name, start: at, end: at + 2 });
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

/** The names in one paragraph of Chinese text (`page`: the page's Chinese text, for counting uses). */
export function findChineseNames(text: string, page: ChinesePage = readChinesePage([text])): ChineseHit[] {
  const hits: ChineseHit[] = [];
  collect(WORK_TITLE, text, 1, hits);
  collectQuoted(text, page, hits);
  collect(LATIN_LANGUAGE, text, 0, hits);
  plusTerms(text, hits);
  collect(INTRODUCED, text, 1, hits, (name) => !startsWithGrammar(name) && !SPEECH.has(name));
  collect(ALIAS_AFTER, text, 1, hits);
  collect(ALIAS_BEFORE, text, 1, hits);
  transliterated(text, hits);
  knownNames(text, hits);
  organisations(text, hits);
  companies(text, hits);
  administrativePlaces(text, hits);
  familiarNames(text, page, hits);
  titledPeople(text, hits);
  neighbours(text, page, hits);
  return hits;
}

/**
 * Step 6, once the page's names are known: the items of a list joined by 、 are things of one
 * kind, so where at least half of a list's items are names the page uses (工作圈、客户管家、
 * 会计家园、服务社区, the first two set apart by quotes elsewhere), the others are names too;
 * a list of three items at least.
 * An item at the list's ends stops at a word of grammar (创造了对对棋、啊哈图 -> 对对棋). Where
 * 等 and a word for a kind of organisation or product follow (…百度等企业), all its items are names.
 */
export function listedNames(text: string, names: ReadonlySet<string>): ChineseHit[] {
  const hits: ChineseHit[] = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
    const items: ChineseHit[] = [];
    let at = m.index;
    for (const item of m[0].split('、')) {
      items.push({ name: item, start: at, end: at + item.length });
      at += item.length + 1;
    }
    // The first item begins after the last word of grammar before it (创造了|对对棋).
    const first = items[0];
    let from = first.end;
    while (from > first.start && !endsListItem(text[from - 1])) from--;
    first.start = from;
    first.name = text.slice(from, first.end);
    // The last one ends before the first word of grammar after it (帝国世代|占据了).
    const last = items[items.length - 1];
    let to = last.start;
    while (to < last.end && !endsListItem(text[to])) to++;
    last.end = to;
    last.name = text.slice(last.start, to);
    // An end item that may run on into the words beside it is left out: one longer than a name
    // with a known last word (6), or at the end a known name and more (阿里巴巴集团|合作).
    // "商汤科技、科大讯飞、百度等企业": the text says what kind of thing the items are (and where the last ends).
    const kind = kindAfterList(text, last.end);
    if (first.name.length > 6) first.name = '';
    if (!kind && (last.name.length > 6 || (!names.has(last.name) && [...names].some((name) => last.name.startsWith(name))))) last.name = '';
    const listed = items.filter((item) => item.name.length >= 2 && !/^[A-Za-z0-9+]+$/u.test(item.name));
    if (kind) {
      // Not a word of the dictionary, which names a category ("手机、电脑等产品", "社交、办公等应用"):
      // the dictionary knows few names (微|信, 华|为, 商汤|科技), and the page's known ones are found anyway.
      for (const item of listed) {
        if (names.has(item.name)) continue;
        const dictionaryWord = !/[A-Za-z0-9]/u.test(item.name) && cut(item.name, 0, item.name.length).length === 1;
        if (!dictionaryWord) hits.push(item);
      }
      continue;
    }
    const named = listed.filter((item) => names.has(item.name)).length;
    // Two items are too few to tell a kind ("工作圈、垂直财务类应用": a name and a description).
    if (items.length < LIMITS.minListItems || named * 2 < items.length) continue;
    for (const item of listed) if (!names.has(item.name)) hits.push(item);
  }
  return hits;
}
