import type { EntityMention, Paragraph } from '../types';
import { HAN } from '../lang/letters';
import { findChineseNames, listedNames, readChinesePage } from './chinese';
import { LATIN_PLACES } from './places';
import { findInstitutions, findLawSections, findQuoted, findRuns, gatherEvidence, holidaySpans, judgeRun, looksLikePlace, nameWords, withoutPossessive, type PageEvidence, type Token } from './latin';
import { STOPWORDS, stopwordsFor } from './words';

/**
 * Names in any interview: the people, organisations, places, works and terms its text uses,
 * beyond the shipped knowledge base. Pure, like the rest of the core.
 *
 * Pipeline (see `findNames`):
 *   1. scope    – the introduction and the turns; not speaker labels, credits or datelines
 *                 (`readableStarts`), nor what follows the last turn (bios, widgets)
 *   2. evidence – what the whole page shows of its capitalised words (latin.ts)
 *   3. find     – capitalised runs and quoted names (Latin script), set-apart names, places,
 *                 organisations and titled people (Chinese, chinese.ts)
 *   4. forms    – one name per thing: a surname alone, a genitive, joins its full name;
 *                 the speakers' own names are known from the start
 */

/** A name the finder found, with every place the text uses it. */
export interface FoundName {
  name: string;
  positions: EntityMention[];
  /** The index of the speaker this name is, if it is one. */
  speaker?: number;
}

/** What `findNames` needs besides the paragraphs. */
export interface FindNamesOptions {
  /** The page's language (BCP 47 primary tag): German capitalises nouns. */
  lang: string;
  /** Where reading starts in each paragraph (after its label), or null for a paragraph not read. */
  starts: readonly (number | null)[];
  /** Spans already taken per paragraph (knowledge-base matches): no name overlaps them. */
  taken: readonly (readonly { start: number; end: number }[])[];
  /** Each speaker's forms of their name (name first), for speakers the page names. */
  speakers: readonly (readonly string[])[];
  /**
   * The publication's name as its address gives it ("instyle" for www.instyle.com, "csdn" for
   * www.csdn.net; `siteOf`), or null: a page names its own publication ("she tells InStyle",
   * "CSDN记者") without talking about it, and a reader does not look it up there.
   */
  site?: string | null;
}

/** Second-level labels under which a country's domains are registered ("co.uk", "com.cn"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);

/**
 * Hosts of blogs and newsletters, whose publications have an address of their own under them
 * ("loadpath.substack.com"): there the publication's name is the label before the host's.
 */
const PUBLISHING_HOSTS = new Set(['substack', 'medium', 'wordpress', 'blogspot', 'tumblr', 'ghost', 'github', 'wixsite', 'squarespace', 'typepad', 'beehiiv', 'hashnode', 'weebly']);

/**
 * The publication's name in a page's address: the label its domain is registered under
 * ("www.instyle.com" -> "instyle"), or on a host of blogs the blog's own ("loadpath.substack.com"
 * -> "loadpath"); or null.
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const last = labels.length - 1;
  const at = labels.length >= 3 && labels[last].length === 2 && SECOND_LEVEL.has(labels[last - 1]) ? last - 2 : last - 1;
  const own = PUBLISHING_HOSTS.has(labels[at]) && at >= 1 && labels[at - 1] !== 'www' ? at - 1 : at;
  const registered = labels[own];
  return registered.length >= 3 ? registered : null;
}

/**
 * Words for a team or department of a publication or institution, which bylines and credits
 * give instead of a person ("Frequency Staff", "Pressestelle", "Stabsstelle Hochschulkommunikation");
 * German ones also as a compound's end ("Unternehmenskommunikation").
 */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  'staff', 'team', 'desk', 'editors', 'newsroom', 'redaktion', 'pressestelle', 'stabsstelle', 'kommunikation', 'pressebüro', 'öffentlichkeitsarbeit', 'pressesprecher',
  // The editorial staff in the Romance languages and Dutch ("Redacción 14·04·24")
  'redacción', 'rédaction', 'redazione', 'redação', 'redacção', 'redactie',
]);

/** True for a department's name (see `DEPARTMENT_WORDS`): its last word is one, or ends in a German one. */
export function isDepartment(name: string): boolean {
  const last = name.split(/\s+/).pop()!.toLowerCase();
  return DEPARTMENT_WORDS.has(last) || [...DEPARTMENT_WORDS].some((word) => word.length >= 6 && last.endsWith(word));
}

/** A name as letters and digits only, lowercase: how it is compared with a site's address. */
function compact(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** How German letters are written in an address ("Nordtribüne" in nordtribuene-fans.de). */
const ADDRESS_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A word an address adds to a publication's name ("fieldnotespod", "nordtribuene-fans"), at most this long. */
const MAX_ADDRESS_ADDITION = 4;

/**
 * True where a name is the publication of the page's address: the same letters, in an
 * address's spelling (ü as ue), without an article before them ("The Economist" at
 * economist.com) or with one the address has ("Commons Hour" at thecommonshour.org), or
 * with a short word the address adds ("Field Notes" at fieldnotespod.com).
 */
export function namesSite(name: string, site: string): boolean {
  const key = compact(name).replace(/[äöüß]/gu, (c) => ADDRESS_SPELLING[c]);
  const address = compact(site);
  const bare = key.replace(ARTICLE, '');
  if ([key, bare, `the${key}`].includes(address)) return true;
  if (bare.length >= 5 && address.startsWith(bare) && address.length - bare.length <= MAX_ADDRESS_ADDITION) return true;
  // The last word of the publication's name, as the text calls it ("the Herald" at tcherald.com, "the Courier" at millbrookcourier.com).
  // Not a place the address is named after ("Kesselstadt" at messe-kesselstadt.de).
  const word = name.trim();
  return !/\s/u.test(word) && bare.length >= MIN_SHORT_TITLE && address.endsWith(bare) && !LATIN_PLACES.has(word) && !looksLikePlace(word);
}

/** An article opening a publication's name, in the languages read ("The Economist", "Die Zeit", "Le Monde"), as `compact` writes it. */
const ARTICLE = /^(?:the|der|die|das|le|la|les|el|il|lo)(?=.{3})/u;

/** A publication's short name, the last word of its address, has at least this many letters ("herald", "courier"). */
const MIN_SHORT_TITLE = 6;

/**
 * Paragraphs that are credits or datelines, not text of the interview ("Foto: …", "13:15 Uhr
 * Autor/in: …"). A pattern with `needs` can only match a head where that simpler pattern
 * matches (a word in any case: its letters have no case forms but the ASCII ones), so it is
 * tested only there: these searches of every paragraph's head cost as much as the rest of the scope.
 */
const CREDIT: { pattern: RegExp; needs?: RegExp }[] = [
  { pattern: /^(?:fotos?|bild(?:er)?|photos?|credits?|quelle|source|image|illustration|grafik|video|audio|interview|text|redaktion|übersetzung)\s*[:：]/iu },
  { pattern: /\bautor(?:\/in|in)?\s*[:：]/iu, needs: /autor/i },
  { pattern: /\b\d{1,2}[:.]\d{2}\s*uhr\b/iu, needs: /uhr/i },
  { pattern: /©|\(c\)\s*\d{4}/iu },
  { pattern: /^(?:von|by|das gespräch führte|interview von|photo by|foto von)\s+\p{Lu}/u },
];

/**
 * Lines that point away from the interview, outside its turns: a link to another article ("À
 * lire aussi :", "Read more:", "Lesen Sie auch:", "Leggi anche:", "相关阅读") and where to
 * listen ("Listen on Apple Podcasts, Spotify or wherever you get your podcasts").
 */
const ELSEWHERE = /^[\s*_]*(?:(?:à\s+(?:lire|écouter|voir|découvrir)\s+aussi|(?:lire|voir)\s+aussi|read\s+more|related|see\s+also|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|leggi\s+anche|lee\s+también|ver\s+también|相关阅读|延伸阅读)\s*[:：|]|(?:listen|subscribe|follow)\s+(?:on|to\s+\p{Lu}|wherever)\b)/iu;

/**
 * A kicker opening a headline or a line outside the turns: a word in capitals and a full stop
 * ("VIDÉO. « L’eau est trop chaude »", "ENTRETIEN. Municipales 2026"). Reading starts after it.
 */
const KICKER = /^\s*\p{Lu}{5,}\.\s+/u;

/**
 * A dateline opening a paragraph: the place and the agency before a dash ("Hamburg (dpa) - ",
 * "BERLIN (AP) — "), or a Chinese agency's place and day ("人民网北京3月18日电 ", "新华社上海5月2日电").
 * Reading starts after it.
 */
const DATELINE = /^\s*(?:\p{Lu}[\p{L}\p{M}.' -]{1,30}\s\([\p{L}/ ]{2,16}\)\s*[-–—]\s*|[^\s，。：:]{2,16}?\d{1,2}月\d{1,2}日(?:电|讯)\s*)/u;

/**
 * A line that is only a place and a date in words ("Wien, 9. Februar 2026", "Paris, le 3 mars
 * 2026", "Bolton, March 4, 2026"): a dateline of its own.
 */
const PLACE_AND_DATE = /^\s*\p{Lu}[\p{L}\p{M}.' -]{1,30},\s+(?:(?:le\s+)?\d{1,2}\.?\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4}\s*$/u;

/** How far into a paragraph a credit or dateline shows itself (they open their paragraph). */
const CREDIT_HEAD = 120;

/**
 * A line of a page's metadata: a short paragraph with a date in figures ("14.03.2024 Kultur von
 * Pressestelle", "18.03.2025 · Stabsstelle Hochschulkommunikation"); text that says something
 * writes its dates in words ("am 4. Januar 1993") or is longer.
 */
const DATED_LINE = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/u;

/** A paragraph at most this long with a date in figures is a line of metadata. */
const MAX_DATED_LINE = 100;

/**
 * A dateline in brackets opening a Chinese paragraph ("【财衡网】（记者 俞晓）", "【中国基础教育在线
 * 记者 陈思远】"): the publication and the reporter, no text of the interview; reading starts after it.
 */
const BRACKET_DATELINE = /^\s*【[^】]{1,30}】(?:\s*[（(][^）)]{0,20}[）)])?\s*/u;

/**
 * A credit ending a paragraph, a caption's ("… Foto: Jens Büttner / dpa", "…记者 刘欣 图"): not
 * read. Where it begins, or -1.
 */
export function creditTail(text: string): number {
  const latin = /(?:^|[\s.(])((?:Fotos?|Bild(?:er)?|Photos?|Credit|Quelle|Grafik|Illustration|Picture|Image)\s*:\s*(?=\p{Lu})[^.!?:]{2,60}\.?)$/u.exec(text);
  if (latin) return latin.index + latin[0].length - latin[1].length;
  const han = /(?:(?:记者|摄影|图片?|来源)[：:]?\s*[^。！？\s]{2,12}\s*(?:摄|图)?|[（(](?:图|摄影|图片来源)[：:][^）)]{1,20}[）)])$/u.exec(text);
  return han ? han.index : -1;
}

/**
 * Label text and the colon and space after it, and a role in capitals the label names before
 * the colon ("RENEE HOLLOWAY, HOST:").
 */
const AFTER_LABEL = /^(?:,\s*\p{Lu}[\p{Lu} ]{1,30}(?=\s*[:：]))?[\s:：.\-–—]*/u;

/**
 * Where reading starts in each paragraph: after its speaker label (a label is not a mention),
 * or null for paragraphs not read: credits and datelines, and what follows the interview's last
 * turn (a bio, a donation box). The introduction before the first turn is read.
 */
export function readableStarts(paragraphs: readonly Pick<Paragraph, 'text' | 'label' | 'turnId'>[]): (number | null)[] {
  let last = -1;
  paragraphs.forEach((p, i) => {
    if (p.turnId) last = i;
  });
  return paragraphs.map((p, i) => {
    if (last >= 0 && i > last) return null;
    const head = p.text.slice(0, CREDIT_HEAD);
    if (CREDIT.some(({ pattern, needs }) => (needs === undefined || needs.test(head)) && pattern.test(head))) return null;
    if (p.text.length <= MAX_DATED_LINE && !p.turnId && (DATED_LINE.test(p.text) || PLACE_AND_DATE.test(p.text))) return null;
    if (!p.turnId && ELSEWHERE.test(head)) return null;
    if (!p.label) return BRACKET_DATELINE.exec(p.text)?.[0].length ?? DATELINE.exec(p.text)?.[0].length ?? (p.turnId ? 0 : (KICKER.exec(p.text)?.[0].length ?? 0));
    const at = p.text.indexOf(p.label);
    if (at < 0 || at > 3) return 0;
    const after = at + p.label.length;
    return after + (AFTER_LABEL.exec(p.text.slice(after))?.[0].length ?? 0);
  });
}

/** Compares names regardless of case, typography, a possessive and a middle initial ("Katrin M. Kämpf" is "Katrin Kämpf"). */
export function nameKey(name: string): string {
  return withoutPossessive(name.normalize('NFKC').replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/ \p{Lu}\. (?=\p{Lu})/gu, ' ').trim()).toLowerCase();
}

/** A Han character: text the Chinese name finder reads. */
const HAN_CHARACTER = new RegExp(`[${HAN}]`, 'u');

interface Hit {
  name: string;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[] | null;
}

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/**
 * A German genitive before a noun ("Habecks Plan", "Drostens Team") is a mention of the
 * person, not a name with the noun: where a speaker or another name found ends in the word
 * without its -s, the hit is the genitive alone.
 */
function splitGenitives(hits: Hit[], speakers: readonly (readonly string[])[]): void {
  const surnames = new Set<string>();
  const addSurname = (name: string) => {
    const words = name.split(/\s+/);
    if (words.length > 1) surnames.add(words[words.length - 1]);
  };
  for (const forms of speakers) forms.forEach(addSurname);
  for (const hit of hits) if (hit.tokens && hit.tokens.length > 1) addSurname(hit.name);
  for (const hit of hits) {
    const tokens = hit.tokens;
    if (!tokens || tokens.length !== 2 || !/[^s]s$/u.test(tokens[0].text) || !surnames.has(tokens[0].text.slice(0, -1))) continue;
    hit.tokens = [tokens[0]];
    hit.end = tokens[0].end;
    hit.name = tokens[0].text;
  }
}

/** An abbreviation that may stand for a name of several words: two to six capitals. */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** The initials of a name's capitalised words, hyphenated parts included ("Robert Koch-Institut" -> "RKI"). */
function initials(name: string): string {
  return (name.match(/(?<![\p{L}\p{M}])\p{Lu}/gu) ?? []).join('');
}

/**
 * An abbreviation of a name the page also writes out ("EU" and "Europäischen Union", "CDO" and
 * "Chief Digital Officer", "RKI" and "Robert Koch-Institut") is that name: its mentions join the
 * name written out, which is what a reader would look up. Removes the abbreviations so joined.
 */
function joinAbbreviations(names: FoundName[]): void {
  const byInitials = new Map<string, FoundName | null>();
  for (const found of names) {
    if (!/\s|-/u.test(found.name) || HAN_CHARACTER.test(found.name)) continue;
    const key = initials(found.name);
    if (key.length >= 2) byInitials.set(key, byInitials.has(key) && byInitials.get(key) !== found ? null : found);
  }
  for (let i = names.length - 1; i >= 0; i--) {
    const short = names[i];
    const long = ABBREVIATION.test(short.name) && short.speaker === undefined ? byInitials.get(short.name) : undefined;
    if (!long || long === short) continue;
    long.positions.push(...short.positions);
    names.splice(i, 1);
  }
}

/** Finds the names of an interview (see the module comment); in order of first mention, speakers first. */
export function findNames(paragraphs: readonly string[], options: FindNamesOptions): FoundName[] {
  const evidence: PageEvidence = { german: options.lang === 'de', stopwords: stopwordsFor(options.lang), nouns: new Set(), inner: new Set() };
  const tokens = paragraphs.map((text, i) => {
    const start = options.starts[i];
    return start === null || start === undefined ? null : nameWords(text, start);
  });
  for (const words of tokens) if (words) gatherEvidence(words.tokens, evidence);
  const chinese = paragraphs.map((text, i) => tokens[i] !== null && HAN_CHARACTER.test(text));
  const chinesePage = readChinesePage(paragraphs.filter((_, i) => chinese[i]));

  // 3. Find.
  const hits: Hit[] = [];
  paragraphs.forEach((text, i) => {
    const list = tokens[i];
    const from = options.starts[i];
    if (!list || from === null || from === undefined) return;
    // A caption's credit at the paragraph's end is not read.
    const tail = creditTail(text);
    const until = tail > from ? tail : text.length;
    const taken = options.taken[i] ?? [];
    const han = chinese[i];
    const holidays = holidaySpans(text);
    // A letter alone ("C", "A") is no name, nor a holiday's words.
    const runs = [...findRuns(text, list, i, evidence.german, han, evidence.stopwords), ...findQuoted(text, i, evidence.german, evidence.stopwords), ...findLawSections(text, i), ...(evidence.german ? findInstitutions(text, i) : [])].filter((r) => r.start >= from && r.end <= until && r.end - r.start > 1 && !overlaps(holidays, r.start, r.end));
    for (const run of runs) {
      const judged = han ? { run, tokens: run.tokens } : judgeRun(run, evidence);
      if (!judged) continue;
      const first = judged.tokens[0];
      const last = judged.tokens[judged.tokens.length - 1];
      const start = first.start;
      const end = run.quoted && judged.tokens === run.tokens ? run.end : last.start + withoutPossessive(last.text).length;
      if (overlaps(taken, start, end)) continue;
      // An editor's brackets inside a name ("Tony [Stark]") are no part of it; the mention ends after them.
      const bracket = text.charCodeAt(end) === 0x5d && text.lastIndexOf('[', end) > start;
      const name = judged.name ?? (bracket ? text.slice(start, end).replace('[', '') : text.slice(start, end));
      hits.push({ name, paragraph: i, start, end: bracket ? end + 1 : end, tokens: judged.tokens });
    }
    if (han) {
      for (const hit of findChineseNames(text, chinesePage)) {
        if (hit.start >= from && hit.end <= until && !overlaps(taken, hit.start, hit.end)) hits.push({ ...hit, paragraph: i, tokens: null });
      }
    }
  });

  // The other items of lists whose items are mostly names (Chinese: 工作圈、客户管家、会计家园).
  const known = new Set(hits.map((hit) => hit.name));
  paragraphs.forEach((text, i) => {
    const from = options.starts[i];
    if (!chinese[i] || from === null || from === undefined) return;
    for (const hit of listedNames(text, known)) {
      if (hit.start >= from && !overlaps(options.taken[i] ?? [], hit.start, hit.end)) hits.push({ ...hit, paragraph: i, tokens: null });
    }
  });

  if (evidence.german) splitGenitives(hits, options.speakers);

  // 4. Forms: speakers first, then the names found, longest first so shorter forms can join them.
  const names: FoundName[] = [];
  const byKey = new Map<string, FoundName>();
  const add = (key: string, found: FoundName) => {
    if (!byKey.has(key)) byKey.set(key, found);
  };
  options.speakers.forEach((forms, speaker) => {
    // A department credited with the questions ("Pressestelle", "Tidewater Team") is no one to look up.
    if (isDepartment(forms[0])) return;
    const found: FoundName = { name: forms[0], positions: [], speaker };
    names.push(found);
    for (const form of forms) add(nameKey(form), found);
  });
  const taken = paragraphs.map((_, i) => [...(options.taken[i] ?? [])]);
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.paragraph - b.paragraph || a.start - b.start);
  for (const hit of sorted) {
    if (overlaps(taken[hit.paragraph], hit.start, hit.end)) continue;
    const key = nameKey(hit.name);
    let found = byKey.get(key);
    // A speaker's name in a fuller form ("Katrin M. Kämpf" for "Katrin Kämpf") is the name shown.
    if (found?.speaker !== undefined && hit.name.length > found.name.length && key === nameKey(found.name)) found.name = hit.name;
    if (!found) {
      found = { name: hit.name, positions: [] };
      names.push(found);
      byKey.set(key, found);
    }
    found.positions.push({ paragraph: hit.paragraph, start: hit.start, end: hit.end });
    taken[hit.paragraph].push(hit);
  }

  // A surname alone ("Drosten", "Habecks") is a mention of the one person the page names so.
  const surnames = new Map<string, FoundName | null>();
  for (const found of names) {
    const words = found.name.split(/\s+/);
    if (HAN_CHARACTER.test(found.name) || words.length < 2 || words.length > 3) continue;
    // Capitalised words, or a middle initial ("Katrin M. Kämpf").
    if (!words.every((w) => /^\p{Lu}\p{Ll}|^\p{Lu}\.$/u.test(w))) continue;
    const surname = words[words.length - 1];
    if (surname.length < 3 || STOPWORDS.has(surname) || LATIN_PLACES.has(surname)) continue;
    surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== found ? null : found);
    // A speaker is also addressed by their first name ("Maya, you ..."): that is them too.
    const given = words[0];
    if (found.speaker !== undefined && given.length >= 3 && !STOPWORDS.has(given) && !surnames.has(given)) surnames.set(given, found);
  }
  paragraphs.forEach((_, i) => {
    if (surnames.size === 0) return;
    for (const token of tokens[i]?.tokens ?? []) {
      if (!token.capital) continue;
      const word = withoutPossessive(token.text);
      // Or the genitive of one ("Drostens"): the word without its -s.
      const owner = surnames.get(word) ?? (word.endsWith('s') ? surnames.get(word.slice(0, -1)) : undefined);
      const end = token.start + (surnames.get(word) ? word.length : token.text.length);
      if (!owner || overlaps(taken[i], token.start, end)) continue;
      owner.positions.push({ paragraph: i, start: token.start, end });
      taken[i].push({ start: token.start, end });
    }
  });
  // Single words that are a known name's surname are that name, not a name of their own.
  const kept = names.filter((n) => {
    const word = withoutPossessive(n.name);
    const owner = n.speaker === undefined ? (surnames.get(word) ?? (evidence.german ? surnames.get(word.replace(/s$/u, '')) : undefined)) : null;
    if (!owner || owner === n) return true;
    owner.positions.push(...n.positions);
    return false;
  });
  joinAbbreviations(kept);
  // A Chinese name found once by its context is the same name wherever the text uses it.
  for (const found of kept) {
    if (!HAN_CHARACTER.test(found.name) || found.name.length < 2) continue;
    paragraphs.forEach((text, i) => {
      const from = options.starts[i];
      if (from === null || from === undefined) return;
      for (let at = text.indexOf(found.name, from); at >= 0; at = text.indexOf(found.name, at + found.name.length)) {
        const end = at + found.name.length;
        if (overlaps(taken[i], at, end)) continue;
        found.positions.push({ paragraph: i, start: at, end });
        taken[i].push({ start: at, end });
      }
    });
  }
  for (const found of kept) found.positions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const first = (n: FoundName) => n.positions[0] ?? { paragraph: Infinity, start: 0 };
  const site = options.site ?? null;
  return kept
    // The publication itself is no name of its text, even where it asks the questions ("The Economist:").
    .filter((n) => (n.speaker !== undefined || n.positions.length > 0) && (site === null || !namesSite(n.name, site)))
    .sort((a, b) => (a.speaker ?? Infinity) - (b.speaker ?? Infinity) || first(a).paragraph - first(b).paragraph || first(a).start - first(b).start);
}
