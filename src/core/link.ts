/**
 * Links the names in an interview's paragraphs to the knowledge base, and adds the names the
 * base does not know (src/core/names/), each with a Wikipedia search link.
 *
 * Pipeline (see `linkEntities`):
 *   1. matcher   – a character trie over every name and short form, built once per knowledge array
 *   2. speakers  – speakers that are KB entries count as present; their page aliases join the match
 *   3. scan      – one left-to-right pass per paragraph from where reading starts (after a
 *                  speaker label: a label is not a mention), longest match first
 *   4. context   – short forms ("Sam", "X", "Vorstand") are kept only where their rule allows
 *   5. entities  – grouped by id with labels and URLs, then the other names the text uses
 *                  (names/), the speakers first, the rest in order of first appearance
 *
 * Pure: no browser or Node APIs, no fetches; URLs are only built.
 */
import { CharTrieBuilder, hasBit, newBitmap, NO_NODE, ROOT, setBit, type CharTrie } from './char-trie';
import type { Entity, EntityMention, Lang, Speaker } from './types';
import type { KnowledgeEntry, ShortFormRule } from './knowledge/schema';
import { knownLang } from './language';
import { findNames, siteOf } from './names';
import { PAIR_JOINER } from './lang/cues';

/** What `linkEntities` needs besides the paragraphs. */
export interface LinkOptions {
  /** The analysis language (label patterns, stopwords of the lookup pass). */
  lang: Lang;
  /** The page's declared language (BCP 47); labels and Wikipedia links follow it when known. */
  pageLang: string;
  speakers: Speaker[];
  /** The knowledge base, or null while it is not loaded (then only lookups are found). */
  knowledge: KnowledgeEntry[] | null;
  /**
   * Where reading starts in each paragraph, after its speaker label; null for a paragraph not
   * read (credits, what follows the interview): see `readableStarts` in names/. All of every
   * paragraph when absent.
   */
  starts?: readonly (number | null)[];
  /** The page's address: the publication it names is no name of its text (see `FindNamesOptions.site`). */
  url?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/** The languages whose names are matched on every page. */
const NAME_LANGS: readonly Lang[] = ['en', 'de', 'zh'];

/** Characters read as another before matching (typographic variants of the same thing). */
const CHAR_FOLDS: Record<string, string> = {
  ' ': '\u00a0\u2007\u2009\u200a\u202f\u3000\t\n\r',
  "'": '\u2019\u2018\u02bc\u2032',
  '·': '\u30fb\u2022\u2027\u2219\u22c5',
  '-': '\u2010\u2011',
};

/**
 * Invisible characters a match reads through: zero-width spaces and joiners, bidi controls,
 * the word joiner, BOM and soft hyphen (ifanr's feed text carries zero-width and bidi controls).
 */
const IGNORED_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

/** What an ignored character folds to (a noncharacter no alias contains). */
const IGNORED = 0xffff;

/** Fullwidth ASCII forms (U+FF01-U+FF5E) are read as ASCII: "ＯｐｅｎＡＩ" is "OpenAI". */
const FULLWIDTH = { first: 0xff01, last: 0xff5e, offset: 0xfee0 } as const;

/** The possessive a Latin-script name may carry ("Altman's", "Altman’s" once folded); part of the mention. */
const POSSESSIVE_SUFFIX = "'s";

/** German genitive endings ("Altmans", "OpenAIs", "Vorstandes"), longest first. */
const GENITIVE_SUFFIXES: readonly string[] = ['es', 's'];

/** Scripts without word boundaries: CJK ideographs, kana, Hangul, CJK compatibility. */
const NO_BOUNDARY_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
];

/** The classes of characters the scans tell apart (see `charClass`). */
const enum CharClass {
  Unknown = 0,
  Upper = 1,
  Lower = 2,
  Digit = 3,
  /** Combining marks and letters without case in scripts that separate words. */
  OtherWord = 4,
  /** Letters of scripts without word boundaries (CJK). */
  NoBoundary = 5,
  NonWord = 6,
}

/** The underscore joins words, as in `\w`. */
const UNDERSCORE = 0x5f;

/** How a code unit's class is found the first time it is seen. */
const CLASS_TESTS: readonly (readonly [RegExp, CharClass])[] = [
  [/[\p{Lu}\p{Lt}]/u, CharClass.Upper],
  [/\p{Ll}/u, CharClass.Lower],
  [/\p{N}/u, CharClass.Digit],
  [/[\p{L}\p{M}]/u, CharClass.OtherWord],
];

/** Speaker aliases shorter than this are labels ("F", "Q"), not names. */
const MIN_SPEAKER_ALIAS = 3;

// ---------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------

/*
 * Two tables per UTF-16 code unit. The scans run over every character of the interview: they
 * take the tables into locals once per call, then read one array entry per character.
 */

/** Per UTF-16 code unit, the unit it is read as (see `CHAR_FOLDS`, `FULLWIDTH`); built on first use. */
let foldTable: Uint16Array | null = null;

function foldCodes(): Uint16Array {
  return (foldTable ??= buildFoldTable());
}

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  for (const [to, froms] of Object.entries(CHAR_FOLDS)) {
    for (const from of froms) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (let code = FULLWIDTH.first; code <= FULLWIDTH.last; code++) table[code] = code - FULLWIDTH.offset;
  for (const [first, last] of IGNORED_RANGES) for (let code = first; code <= last; code++) table[code] = IGNORED;
  return table;
}

function foldCode(code: number): number {
  return foldCodes()[code];
}

function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/**
 * Per UTF-16 code unit, its `CharClass`: `Unknown` (0) until `classify` has seen the unit.
 * Allocated with the module, empty: a constant is cheaper to read than a binding set on first use.
 */
const charClasses = new Uint8Array(0x10000);

function charClass(code: number): CharClass {
  return (charClasses[code] as CharClass) || classify(code);
}

/** Finds and records a code unit's class the first time it is seen. */
function classify(code: number): CharClass {
  const ch = String.fromCharCode(code);
  const found = NO_BOUNDARY_RANGES.some(([first, last]) => code >= first && code <= last)
    ? CharClass.NoBoundary
    : code === UNDERSCORE
      ? CharClass.OtherWord
      : (CLASS_TESTS.find(([test]) => test.test(ch))?.[1] ?? CharClass.NonWord);
  charClasses[code] = found;
  return found;
}

/** True for a letter or digit of a script that separates words (Latin, Greek, Cyrillic, ...). */
function isWordCode(code: number): boolean {
  return charClass(code) <= CharClass.OtherWord;
}

function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWordCode(foldCode(text.charCodeAt(index)));
}

function isUpperAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const ch = text[index];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Folded, lowercased key for comparing names regardless of case and typography. */
function nameKey(name: string): string {
  return foldString(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// 1. Matcher
// ---------------------------------------------------------------------------------------------

/** A short-form rule with entry ids resolved to indices and frames split at `{}`. */
interface CompiledRule {
  /** Entry indices of which one must be present; null when there is no such requirement. */
  requires: number[] | null;
  frames: { prefix: string; suffix: string }[] | null;
}

/** What a matched alias stands for. */
interface Target {
  entry: number;
  short: boolean;
  rule: CompiledRule | null;
}

/**
 * Aliases by their folded characters, with a bitmap of the code units they start with (a bit
 * each: 8 KB, made per page for the speakers' own forms), for a cheap test per character.
 */
interface Trie {
  aliases: CharTrie<Target[]>;
  firsts: Uint32Array;
}

/** A `Trie` being filled. */
interface TrieBuilder {
  aliases: CharTrieBuilder<Target[]>;
  firsts: Uint32Array;
}

interface Matcher {
  entries: KnowledgeEntry[];
  trie: Trie;
  /** Folded full names (not short forms) to entry index. */
  nameIndex: Map<string, number>;
  /** Every folded name and short form, to tell which speaker aliases are new. */
  forms: Set<string>;
}

/** One matcher per knowledge array, built on first use and dropped with the array. */
const matchers = new WeakMap<KnowledgeEntry[], Matcher>();

/** Stands for a knowledge base that is not loaded yet. */
const EMPTY_KNOWLEDGE: KnowledgeEntry[] = [];

function newTrie(): TrieBuilder {
  return { aliases: new CharTrieBuilder(), firsts: newBitmap(0x10000) };
}

function freezeTrie(trie: TrieBuilder): Trie {
  return { aliases: trie.aliases.freeze(), firsts: trie.firsts };
}

/** Inserts an alias (folded; all-lowercase aliases also capitalised: "board", "Board"). */
function insertAlias(trie: TrieBuilder, alias: string, target: Target): void {
  const folded = foldString(alias);
  const variants = [folded];
  if (folded === folded.toLowerCase() && folded[0] !== folded[0].toUpperCase()) {
    variants.push(folded[0].toUpperCase() + folded.slice(1));
  }
  for (const variant of variants) {
    setBit(trie.firsts, variant.charCodeAt(0));
    const targets = trie.aliases.valueFor(variant, () => []);
    if (!targets.some((t) => t.entry === target.entry && t.short === target.short)) {
      targets.push(target);
      targets.sort((a, b) => Number(a.short) - Number(b.short));
    }
  }
}

/** Splits a frame at `{}`; both parts folded and lowercased, as `textMatchesAt` compares them. */
function compileFrame(frame: string): { prefix: string; suffix: string } {
  const at = frame.indexOf('{}');
  return { prefix: foldString(frame.slice(0, at)).toLowerCase(), suffix: foldString(frame.slice(at + 2)).toLowerCase() };
}

function ruleFor(entry: KnowledgeEntry, form: string): ShortFormRule | undefined {
  const rules = entry.context ?? [];
  return rules.find((r) => r.forms?.includes(form)) ?? rules.find((r) => r.forms === undefined);
}

function compileRule(entry: KnowledgeEntry, index: number, form: string, ids: Map<string, number>): CompiledRule {
  const rule = ruleFor(entry, form);
  const requireIds = rule?.requires ?? [entry.id];
  const requires =
    requireIds.length === 0 ? null : requireIds.map((id) => (id === entry.id ? index : ids.get(id))).filter((i): i is number => i !== undefined);
  return { requires, frames: rule?.frames ? rule.frames.map(compileFrame) : null };
}

function buildMatcher(entries: KnowledgeEntry[]): Matcher {
  const trie = newTrie();
  const ids = new Map(entries.map((entry, index) => [entry.id, index]));
  const nameIndex = new Map<string, number>();
  const forms = new Set<string>();
  entries.forEach((entry, index) => {
    for (const lang of NAME_LANGS) {
      for (const name of entry.names[lang] ?? []) {
        insertAlias(trie, name, { entry: index, short: false, rule: null });
        const key = nameKey(name);
        if (!nameIndex.has(key)) nameIndex.set(key, index);
        forms.add(key);
      }
    }
    for (const form of entry.short ?? []) {
      insertAlias(trie, form, { entry: index, short: true, rule: compileRule(entry, index, form, ids) });
      forms.add(nameKey(form));
    }
  });
  return { entries, trie: freezeTrie(trie), nameIndex, forms };
}

function matcherFor(knowledge: KnowledgeEntry[] | null): Matcher {
  const entries = knowledge ?? EMPTY_KNOWLEDGE;
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = buildMatcher(entries);
    matchers.set(entries, matcher);
  }
  return matcher;
}

// ---------------------------------------------------------------------------------------------
// 2. Speakers
// ---------------------------------------------------------------------------------------------

interface SpeakerLinks {
  /** Entries that are speakers of the interview. */
  present: Set<number>;
  /** The page's own forms of those speakers' names ("Altmann"), or null. */
  trie: Trie | null;
}

function isUsableSpeakerAlias(alias: string): boolean {
  const trimmed = alias.trim();
  if (!/\p{L}/u.test(trimmed)) return false;
  const cjk = charClass(trimmed.charCodeAt(0)) === CharClass.NoBoundary;
  return cjk ? trimmed.length >= 2 : trimmed.length >= MIN_SPEAKER_ALIAS && isUpperAt(trimmed, 0);
}

/** The knowledge-base entry a speaker is, by any form of their name. */
function speakerEntry(speaker: Speaker, matcher: Matcher): number | undefined {
  return [speaker.name, ...speaker.aliases].map((form) => matcher.nameIndex.get(nameKey(form))).find((i) => i !== undefined);
}

function linkSpeakers(speakers: Speaker[], matcher: Matcher): SpeakerLinks {
  const present = new Set<number>();
  let trie: TrieBuilder | null = null;
  for (const speaker of speakers) {
    const forms = [speaker.name, ...speaker.aliases];
    const entry = speakerEntry(speaker, matcher);
    if (entry === undefined) continue;
    present.add(entry);
    for (const form of forms) {
      if (!isUsableSpeakerAlias(form) || matcher.forms.has(nameKey(form))) continue;
      trie ??= newTrie();
      insertAlias(trie, form.trim(), { entry, short: false, rule: null });
    }
  }
  return { present, trie: trie && freezeTrie(trie) };
}

// ---------------------------------------------------------------------------------------------
// 3. Scan
// ---------------------------------------------------------------------------------------------

/** One match of an alias in a paragraph, before the context rules decide on short forms. */
interface Candidate {
  target: Target;
  paragraph: number;
  start: number;
  end: number;
}

/** True when `suffix` stands at `at` (folded) and ends a word. */
function suffixAt(text: string, at: number, suffix: string): boolean {
  if (at + suffix.length > text.length) return false;
  for (let k = 0; k < suffix.length; k++) {
    if (foldCode(text.charCodeAt(at + k)) !== suffix.charCodeAt(k)) return false;
  }
  return !isWordAt(text, at + suffix.length);
}

/** Where a Latin-script match ends: with its possessive, at a word boundary, or after a genitive ending; -1 if none. */
function acceptEnd(text: string, end: number): number {
  if (!isWordAt(text, end - 1)) return end;
  if (suffixAt(text, end, POSSESSIVE_SUFFIX)) return end + POSSESSIVE_SUFFIX.length;
  if (!isWordAt(text, end)) return end;
  const suffix = GENITIVE_SUFFIXES.find((s) => suffixAt(text, end, s));
  return suffix ? end + suffix.length : -1;
}

function textMatchesAt(text: string, at: number, expected: string): boolean {
  if (at < 0 || at + expected.length > text.length) return false;
  for (let k = 0; k < expected.length; k++) {
    if (lowerCode(foldCode(text.charCodeAt(at + k))) !== expected.charCodeAt(k)) return false;
  }
  return true;
}

function isSpaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && foldCode(text.charCodeAt(index)) === 32;
}

/**
 * True when the short form at `start`-`end` stands in the frame. Where the frame's text next to
 * the short form is CJK, spaces around the short form are optional ("在X上", "在 X 上").
 */
function frameMatches(text: string, start: number, end: number, frame: { prefix: string; suffix: string }): boolean {
  const { prefix, suffix } = frame;
  let prefixEnd = start;
  if (prefix && charClass(prefix.charCodeAt(prefix.length - 1)) === CharClass.NoBoundary) {
    while (isSpaceAt(text, prefixEnd - 1)) prefixEnd--;
  }
  let suffixStart = end;
  if (suffix && charClass(suffix.charCodeAt(0)) === CharClass.NoBoundary) {
    while (isSpaceAt(text, suffixStart)) suffixStart++;
  }
  const before = prefixEnd - prefix.length;
  const after = suffixStart + suffix.length;
  if (!textMatchesAt(text, before, prefix) || !textMatchesAt(text, suffixStart, suffix)) return false;
  if (prefix && isWordCode(prefix.charCodeAt(0)) && isWordAt(text, before - 1)) return false;
  if (suffix && isWordCode(suffix.charCodeAt(suffix.length - 1)) && isWordAt(text, after)) return false;
  return true;
}

/** The local part of a short form's context: its frames, compounds and longer names. */
function shortFormFits(text: string, start: number, end: number, target: Target, entries: KnowledgeEntry[]): boolean {
  const compound = text[end] === '-' && isWordAt(text, end + 1);
  const frames = target.rule?.frames;
  if (frames) return frames.some((f) => (!compound || f.suffix.startsWith('-')) && frameMatches(text, start, end, f));
  if (compound) return false;
  const person = entries[target.entry].kind === 'person';
  const latin = isWordAt(text, end - 1);
  return !(person && latin && /\s/.test(text[end] ?? '') && isUpperAt(text, end + 1));
}

/** The target of the last match `longestAt` found (kept outside to spare an allocation per try). */
let foundTarget: Target | null = null;

/** The end of the longest acceptable match starting at `start` in one trie (target in `foundTarget`), or -1. */
function longestAt(text: string, start: number, aliases: CharTrie<Target[]>, entries: KnowledgeEntry[]): number {
  const folds = foldCodes();
  let node = aliases.step(ROOT, folds[text.charCodeAt(start)]);
  let bestEnd = -1;
  let bestTarget: Target | null = null;
  let j = start + 1;
  while (node !== NO_NODE) {
    const targets = aliases.valueAt(node);
    if (targets) {
      const end = acceptEnd(text, j);
      if (end > bestEnd) {
        const target = targets.find((t) => !t.short || shortFormFits(text, start, end, t, entries));
        if (target) {
          bestEnd = end;
          bestTarget = target;
        }
      }
    }
    // The next character the alias must match, reading through ignored ones.
    let code = IGNORED;
    while (j < text.length && (code = folds[text.charCodeAt(j)]) === IGNORED) j++;
    if (j >= text.length) break;
    node = aliases.step(node, code);
    j++;
  }
  foundTarget = bestTarget;
  return bestEnd;
}

/**
 * One pass over a paragraph: at each word start, the longest alias of the knowledge base's trie
 * or the speakers' own. A trie is walked only where one of its aliases can start.
 */
function scanParagraph(
  text: string,
  paragraph: number,
  from: number,
  known: Trie,
  own: Trie | null,
  entries: KnowledgeEntry[],
  out: Candidate[],
): void {
  const folds = foldCodes();
  const classes = charClasses;
  let previousWord = false;
  let i = from;
  while (i < text.length) {
    const code = folds[text.charCodeAt(i)];
    const word = (classes[code] || classify(code)) <= CharClass.OtherWord;
    // Inside a word (this character and the one before are word characters) no match starts.
    if (!(word && previousWord)) {
      let end = -1;
      let target: Target | null = null;
      if (hasBit(known.firsts, code)) {
        end = longestAt(text, i, known.aliases, entries);
        target = foundTarget;
      }
      if (own !== null && hasBit(own.firsts, code)) {
        const ownEnd = longestAt(text, i, own.aliases, entries);
        if (ownEnd > end) {
          end = ownEnd;
          target = foundTarget;
        }
      }
      if (target) {
        out.push({ target, paragraph, start: i, end });
        previousWord = isWordAt(text, end - 1);
        i = end;
        continue;
      }
    }
    previousWord = word;
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Context
// ---------------------------------------------------------------------------------------------

/** Keeps full-name matches, and short forms whose required entries are present (to a fixpoint). */
function applyContext(candidates: Candidate[], speakerEntries: Set<number>): Candidate[] {
  const present = new Set(speakerEntries);
  for (const c of candidates) if (!c.target.short) present.add(c.target.entry);
  const accepted = new Set<Candidate>(candidates.filter((c) => !c.target.short));
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of candidates) {
      if (accepted.has(c)) continue;
      const requires = c.target.rule?.requires ?? null;
      if (requires === null || requires.some((r) => present.has(r))) {
        accepted.add(c);
        if (!present.has(c.target.entry)) {
          present.add(c.target.entry);
          changed = true;
        }
      }
    }
  }
  return candidates.filter((c) => accepted.has(c));
}

// ---------------------------------------------------------------------------------------------
// 5. Entities
// ---------------------------------------------------------------------------------------------

function articleUrl(wikiLang: string, title: string): string {
  const path = encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':');
  return `https://${wikiLang}.wikipedia.org/wiki/${path}`;
}

function searchUrl(wikiLang: string, query: string): string {
  return `https://${wikiLang}.wikipedia.org/w/index.php?search=${encodeURIComponent(query)}`;
}

/** The entry's article in the reader's language, else English; else the covering article; else a search. */
function entryUrl(entry: KnowledgeEntry, lang: Lang): string {
  const own = entry.wikipedia[lang];
  if (own) return articleUrl(lang, own);
  if (entry.wikipedia.en) return articleUrl('en', entry.wikipedia.en);
  const covering = entry.wikipediaNote?.covering ?? {};
  const coveringOwn = covering[lang];
  if (coveringOwn) return articleUrl(lang, coveringOwn);
  if (covering.en) return articleUrl('en', covering.en);
  return searchUrl(lang, entry.names[lang][0]);
}

function lookupId(name: string): string {
  return `lookup:${name.toLowerCase().replace(/\s+/g, '-')}`;
}

/** Orders entities by their first mention: paragraph, then offset. */
function byFirstMention(a: Entity, b: Entity): number {
  const pa = a.positions?.[0];
  const pb = b.positions?.[0];
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return pa.paragraph - pb.paragraph || pa.start - pb.start;
}

/**
 * Finds the people, organisations, terms and events an interview mentions.
 * Returns one entity per knowledge-base entry mentioned (label in the page's language, Wikipedia
 * link, every position) plus `lookup` entities with a Wikipedia search link for the names the
 * base does not know (names/: people, organisations, places, works, terms); the speakers first,
 * the rest in order of first appearance. Speaker labels are not mentions (`starts`).
 * Short forms count only in context: "X" only as the network ("auf X", "on X"), "Sam" only when
 * Sam Altman is a speaker or named, "Vorstand" / "the board" / "董事会" only when OpenAI is named.
 */
export function linkEntities(paragraphs: string[], options: LinkOptions): Entity[] {
  const matcher = matcherFor(options.knowledge);
  const readerLang = knownLang(options.pageLang) ?? options.lang;
  const pagePrimary = (options.pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const searchLang = /^[a-z]{2,3}$/.test(pagePrimary) ? pagePrimary : options.lang;
  const starts = options.starts ?? paragraphs.map(() => 0);

  const speakers = linkSpeakers(options.speakers, matcher);

  const candidates: Candidate[] = [];
  paragraphs.forEach((text, index) => {
    const from = starts[index];
    if (from !== null && from !== undefined) scanParagraph(text, index, from, matcher.trie, speakers.trie, matcher.entries, candidates);
  });

  const positionsByEntry = new Map<number, EntityMention[]>();
  const taken: EntityMention[][] = paragraphs.map(() => []);
  for (const c of applyContext(candidates, speakers.present)) {
    const positions = positionsByEntry.get(c.target.entry) ?? [];
    const position = { paragraph: c.paragraph, start: c.start, end: c.end };
    positions.push(position);
    taken[c.paragraph].push(position);
    positionsByEntry.set(c.target.entry, positions);
  }
  const entities = new Map<string, Entity>();
  const first: Entity[] = [];
  for (const [index, positions] of positionsByEntry) {
    const entry = matcher.entries[index];
    const label = entry.names[readerLang][0];
    const entity: Entity = { id: entry.id, label, mentions: positions.length, url: entryUrl(entry, readerLang), kind: entry.kind, positions };
    entities.set(entry.id, entity);
    if (speakers.present.has(index)) first.push(entity);
  }

  // The names the base does not know: speakers the page names, then what the text uses.
  const named = options.speakers.filter((s) => !s.unnamed && isUsableSpeakerAlias(s.name) && speakerEntry(s, matcher) === undefined);
  const found = findNames(paragraphs, {
    lang: pagePrimary || options.lang,
    starts,
    taken,
    // Two credited as one speaker ("Jana Lindqvist & Matthias Görres") are two people to explain.
    speakers: named.flatMap((s) => (s.name.includes(PAIR_JOINER) ? s.name.split(PAIR_JOINER).map((one) => [one]) : [[s.name, ...s.aliases.filter(isUsableSpeakerAlias)]])),
    site: siteOf(options.url),
  });
  for (const name of found) {
    const id = lookupId(name.name);
    if (entities.has(id) || matcher.forms.has(nameKey(name.name))) continue;
    const entity: Entity = { id, label: name.name, mentions: name.positions.length, url: searchUrl(searchLang, name.name), lookup: true, positions: name.positions };
    if (name.speaker !== undefined) {
      entity.kind = 'person';
      first.push(entity);
    }
    entities.set(id, entity);
  }
  const speakerFirst = new Set(first);
  return [...first, ...[...entities.values()].filter((e) => !speakerFirst.has(e)).sort(byFirstMention)];
}
