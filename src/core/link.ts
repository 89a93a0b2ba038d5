/**
 * Links the names in an interview's paragraphs to the knowledge base, and offers a Wikipedia
 * search for names the base does not know.
 *
 * Pipeline (see `linkEntities`):
 *   1. matcher   – a character trie over every name and short form, built once per knowledge array
 *   2. speakers  – speakers that are KB entries count as present; their page aliases join the match
 *   3. scan      – one left-to-right pass per paragraph, longest match first
 *   4. context   – short forms ("Sam", "X", "Vorstand") are kept only where their rule allows
 *   5. lookups   – capitalised multi-word names and quoted model names not in the base
 *   6. entities  – grouped by id, in order of first appearance, with labels and URLs
 *
 * Pure: no browser or Node APIs, no fetches; URLs are only built.
 */
import { CharTrieBuilder, hasBit, newBitmap, NO_NODE, ROOT, setBit, type CharTrie } from './char-trie';
import type { Entity, EntityMention, Lang, Speaker } from './types';
import type { KnowledgeEntry, ShortFormRule } from './knowledge/schema';
import { knownLang } from './language';

/** What `linkEntities` needs besides the paragraphs. */
export interface LinkOptions {
  /** The analysis language (label patterns, stopwords of the lookup pass). */
  lang: Lang;
  /** The page's declared language (BCP 47); labels and Wikipedia links follow it when known. */
  pageLang: string;
  speakers: Speaker[];
  /** The knowledge base, or null while it is not loaded (then only lookups are found). */
  knowledge: KnowledgeEntry[] | null;
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

/** Limits of the lookup pass. */
const LOOKUP = {
  minTokens: 2,
  maxTokens: 4,
  /** Speaker aliases shorter than this are labels ("F", "Q"), not names. */
  minSpeakerAlias: 3,
  /** A paragraph of at least this many words ... */
  minHeadingWords: 2,
  /** ... with at least this share capitalised is a heading in title case: no names read from it. */
  headingShare: 0.7,
} as const;

/** Apostrophes inside name tokens ("D'Angelo", "O’Brien"); a comparison, as it runs per character. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** An English contraction ("I’ve", "Don't"): a capitalised word, but no name. */
const CONTRACTION_END = /['’](?:ve|ll|m|d|re|t)$/u;

/** A possessive ending a name token ("Ortega's"); the run of names ends there. */
const POSSESSIVE_END = /['’]s?$/u;

/** Up to 40 characters in quotation marks of the languages we know: „…“ “…” "…" «…» »…« 「…」 《…》. */
const QUOTED = /[„“"«»「《]([^„“”"«»「」《》\n]{1,40})[“”"»«」》]/gu;

/** Whether a quoted text looks like a model or product name: a digit or an inner capital. */
const PRODUCT_LIKE = /\p{N}|\p{L}\p{Lu}/u;

/** Characters after which a capitalised word starts a sentence (German capitalises nouns). */
const SENTENCE_BREAKS = new Set('.!?:;|·…"„“”«»–—•()[]'.split(''));

/** Capitalised function words, days and months: never part of a name. */
const STOPWORDS = new Set(
  [
    // English
    'The A An And But Or Nor So Yet If Then Than In On At Of To For From With By As Into Over After',
    'Before Since Until While When Where Why How What Who Whom Whose Which This That These Those It',
    'Its He She We They You Me My Our Your Their His Her Him Them Us Is Are Was Were Be Been Am Do',
    'Does Did Has Have Had Not No Yes Oh Well Now Here There Also Just Only Even Still Last Next First',
    'Many Most Some Any All Every Each Both Such Other Another Thanks Please Okay Ok According However',
    'Meanwhile Later Earlier Today Yesterday Tomorrow Dear Hi Hello',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June',
    'July August September October November December',
    // German
    'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Ich Du Er Sie Es Wir Ihr',
    'Ihnen Ihre Ihrer Ihren Ihrem Ihres Mein Meine Meiner Meinen Sein Seine Seiner Seinen Unser Unsere',
    'Dies Diese Dieser Dieses Diesen Und Oder Aber Als Auch Auf Aus Bei Bis Da Dann Dass Denn Doch Für',
    'Im Ist Sind War Waren Wird Werden Hat Haben Mit Nach Nicht Noch Nun Ob Um Von Vor Was Warum Wie',
    'Wo Wer Wenn Weil Zu Zum Zur Ja Nein Heute Gestern Morgen Jetzt Hier Dort Alle Viele Einige Man',
    'Uns Natürlich Deshalb Also Gleichzeitig Nachdem Während Ohne Gegen Durch Über Unter Zwischen Seit',
    'Trotz Wegen Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Jänner',
    'Februar März Mai Juni Juli Oktober Dezember Laut Gemäß Bereits Schon Erst Dabei Damit Dazu Daher',
    'Darum Danach Zudem Außerdem Trotzdem Inzwischen Zuvor Später Zunächst Vielleicht Immer Sogar Genau',
    'Allerdings Zwar Liebe Lieber Hallo',
  ]
    .join(' ')
    .split(' '),
);

/** Titles and roles that precede a name ("Präsident Joe Biden", "Microsoft-Chef ..."): dropped. */
const TITLE_WORDS = new Set(
  [
    'präsident präsidentin chef chefin gründer gründerin mitgründer mitgründerin forscher forscherin',
    'minister ministerin professor professorin journalist journalistin autor autorin reporter',
    'reporterin investor investorin kanzler kanzlerin herr frau dr prof wissenschaftler',
    'wissenschaftlerin sprecher sprecherin leiter leiterin direktor direktorin vorsitzender vorsitzende',
    'president senator mr mrs ms sir dame founder cofounder co-founder chairman chairwoman chair',
    'director editor secretary chancellor governor judge general captain king queen prince princess',
    'pope saint st virologe virologin epidemiologe epidemiologin experte expertin moderator moderatorin',
    'politiker politikerin kollege kollegin ökonom ökonomin analyst analystin manager managerin',
    'unternehmer unternehmerin abgeordneter abgeordnete',
  ]
    .join(' ')
    .split(' '),
);

/** Compound titles ("Vorstandschef", "KI-Forscherin") end in a title word at least this long. */
const MIN_TITLE_SUFFIX = 4;

/** The title words that can end a compound title, by last letter: a word is tried against a few, not all. */
const TITLE_SUFFIXES = new Map<string, string[]>();
for (const title of TITLE_WORDS) {
  if (title.length < MIN_TITLE_SUFFIX) continue;
  const last = title[title.length - 1];
  TITLE_SUFFIXES.set(last, [...(TITLE_SUFFIXES.get(last) ?? []), title]);
}

/** German articles and article contractions: a capitalised word after one is a common noun. */
const GERMAN_ARTICLES = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner im am zum zur vom beim ins ans aufs'.split(' '),
);

/**
 * Endings of German abstract nouns: a capitalised run containing such a word ("dass Fortschritt
 * Forschung ist") is two nouns, not a name. Only words at least this many letters longer count.
 */
const GERMAN_NOUN_SUFFIXES = ['ung', 'heit', 'keit', 'schaft', 'tion', 'tät', 'ismus', 'nis', 'tum'];
const MIN_NOUN_STEM = 4;

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
  return cjk ? trimmed.length >= 2 : trimmed.length >= LOOKUP.minSpeakerAlias && isUpperAt(trimmed, 0);
}

function linkSpeakers(speakers: Speaker[], matcher: Matcher): SpeakerLinks {
  const present = new Set<number>();
  let trie: TrieBuilder | null = null;
  for (const speaker of speakers) {
    const forms = [speaker.name, ...speaker.aliases];
    const entry = forms.map((form) => matcher.nameIndex.get(nameKey(form))).find((i) => i !== undefined);
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
  known: Trie,
  own: Trie | null,
  entries: KnowledgeEntry[],
  out: Candidate[],
): void {
  const folds = foldCodes();
  const classes = charClasses;
  let previousWord = false;
  let i = 0;
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
// 5. Lookups
// ---------------------------------------------------------------------------------------------

interface LookupHit {
  name: string;
  paragraph: number;
  start: number;
  end: number;
  /** The run's words, to check against the page's common nouns. */
  words: string[];
  /** Starts a sentence (in German any noun does, so such a hit alone is no evidence of a name). */
  initial: boolean;
  quoted: boolean;
}

/** What the lookup pass knows of the whole text while it reads it paragraph by paragraph. */
interface LookupScan {
  lang: Lang;
  hits: LookupHit[];
  /** German words seen right after an article ("das Thema", "zum Beispiel"): common nouns, not names. */
  articleNouns: Set<string>;
}

/** The part of a paragraph one lookup step reads, and the KB matches it must not overlap. */
interface LookupParagraph {
  text: string;
  index: number;
  taken: readonly { start: number; end: number }[];
}

interface NameToken {
  text: string;
  start: number;
  end: number;
}

function isTitleWord(token: string): boolean {
  const lower = token.toLowerCase();
  if (TITLE_WORDS.has(lower)) return true;
  for (const title of TITLE_SUFFIXES.get(lower[lower.length - 1]) ?? []) {
    if (lower.length > title.length && lower.endsWith(title)) return true;
  }
  return false;
}

function looksLikeGermanNoun(token: string): boolean {
  const lower = token.toLowerCase();
  return GERMAN_NOUN_SUFFIXES.some((suffix) => lower.length >= suffix.length + MIN_NOUN_STEM && lower.endsWith(suffix));
}

/** True when the word before `index` (one space before it) is a German article or contraction. */
function followsGermanArticle(text: string, index: number): boolean {
  if (index < 2 || text.charCodeAt(index - 1) !== 32) return false;
  let k = index - 2;
  while (k >= 0 && charClass(text.charCodeAt(k)) === CharClass.Lower) k--;
  const word = text.slice(k + 1, index - 1);
  return word.length > 0 && !isWordAt(text, k) && GERMAN_ARTICLES.has(word);
}

function startsSentence(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  return k < 0 || SENTENCE_BREAKS.has(text[k]);
}

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

function stripPossessive(token: string): string {
  return token.replace(POSSESSIVE_END, '');
}

/** Reports a run of name tokens as a lookup hit, without leading titles, unless it is no name. */
function emitRun(run: NameToken[], para: LookupParagraph, scan: LookupScan): void {
  let first = 0;
  while (first < run.length && isTitleWord(run[first].text)) first++;
  const tokens = run.slice(first);
  if (tokens.length < LOOKUP.minTokens || tokens.length > LOOKUP.maxTokens) return;
  if (scan.lang === 'de' && tokens.some((t) => looksLikeGermanNoun(t.text))) return;
  const start = tokens[0].start;
  const last = tokens[tokens.length - 1];
  const end = last.start + stripPossessive(last.text).length;
  if (overlaps(para.taken, start, end)) return;
  scan.hits.push({
    name: para.text.slice(start, end),
    paragraph: para.index,
    start,
    end,
    words: tokens.map((t) => t.text),
    initial: startsSentence(para.text, start),
    quoted: false,
  });
}

/** Splits a run of adjacent name tokens at stopwords and reports the parts. */
function emitRuns(run: NameToken[], para: LookupParagraph, scan: LookupScan): void {
  let part: NameToken[] = [];
  for (const token of run) {
    token.text = para.text.slice(token.start, token.end);
    if (STOPWORDS.has(token.text) || CONTRACTION_END.test(token.text)) {
      if (part.length >= LOOKUP.minTokens) emitRun(part, para, scan);
      part = [];
    } else {
      part.push(token);
    }
  }
  if (part.length >= LOOKUP.minTokens) emitRun(part, para, scan);
}

/** The end of a capitalised name token starting at `start`, and whether it has a lowercase letter. */
function nameTokenEnd(text: string, start: number): { end: number; lower: boolean } {
  const classes = charClasses;
  let j = start + 1;
  let lower = false;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    const cls = classes[code] || classify(code);
    if (cls === CharClass.Lower) lower = true;
    if (cls === CharClass.Upper || cls === CharClass.Lower || cls === CharClass.OtherWord || isApostrophe(code)) j++;
    else if (code === 45 && j + 1 < text.length && charClass(text.charCodeAt(j + 1)) === CharClass.Upper) j += 2;
    else break;
  }
  return { end: j, lower };
}

/** True when the run's last token ends in a possessive: the name ends there. */
function endsPossessive(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return isApostrophe(last) || (last === 115 && isApostrophe(text.charCodeAt(end - 2)));
}

/**
 * Runs of 2-4 capitalised name tokens ("Tomás", "McCauley", "D'Angelo", "Bankman-Fried"; not
 * "CEO", not CJK) separated by single spaces, split at stopwords. One pass over the paragraph;
 * a paragraph set in title case (a heading) yields no runs.
 */
function findNameRuns(para: LookupParagraph, scan: LookupScan): void {
  const { text } = para;
  const classes = charClasses;
  const runs: NameToken[][] = [];
  let run: NameToken[] = [];
  let words = 0;
  let capitalised = 0;
  // Whether the character before `i` belongs to a word (letters, digits, apostrophes).
  let midWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const cls = classes[code] || classify(code);
    if (midWord || cls !== CharClass.Upper) {
      if (!midWord && cls <= CharClass.OtherWord) words++;
      midWord = cls <= CharClass.OtherWord || isApostrophe(code);
      i++;
      continue;
    }
    words++;
    capitalised++;
    const { end, lower } = nameTokenEnd(text, i);
    const next = end < text.length ? charClass(text.charCodeAt(end)) : CharClass.NonWord;
    // Capitalised with a lowercase letter, not glued to digits: a name token ("Tomás", not "CEO", "GPT4").
    const nameLike = lower && next !== CharClass.Digit;
    let adjacent = false;
    if (nameLike) {
      if (scan.lang === 'de' && followsGermanArticle(text, i)) scan.articleNouns.add(text.slice(i, end));
      const previous = run[run.length - 1];
      const gap = previous ? text.charCodeAt(previous.end) : 0;
      adjacent = previous !== undefined && i - previous.end === 1 && (gap === 32 || gap === 0xa0) && !endsPossessive(text, previous.end);
    }
    // The run so far ends here unless this token continues it.
    if (!adjacent && run.length > 0) {
      if (run.length >= LOOKUP.minTokens) runs.push(run);
      run = [];
    }
    if (nameLike) run.push({ text: '', start: i, end });
    const last = text.charCodeAt(end - 1);
    midWord = charClass(last) <= CharClass.OtherWord || isApostrophe(last);
    i = end;
  }
  if (run.length >= LOOKUP.minTokens) runs.push(run);
  const heading = words >= LOOKUP.minHeadingWords && capitalised >= words * LOOKUP.headingShare;
  if (!heading) for (const r of runs) emitRuns(r, para, scan);
}

/** Quoted names such as „Gemini Ultra“ or “GPT-5”. */
function findQuotedNames(para: LookupParagraph, scan: LookupScan): void {
  // An `exec` loop rather than `matchAll`, which copies the regex for every paragraph.
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(para.text); m; m = QUOTED.exec(para.text)) {
    const inner = m[1];
    const name = inner.trim();
    if (name.length === 0) continue;
    const words = name.split(/\s+/);
    if (words.length > LOOKUP.maxTokens) continue;
    if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) && /^[\p{L}\p{N}.\-+]+$/u.test(w))) continue;
    if (words.length < LOOKUP.minTokens && !PRODUCT_LIKE.test(name)) continue;
    const start = m.index + 1 + inner.indexOf(name);
    const end = start + name.length;
    if (overlaps(para.taken, start, end)) continue;
    scan.hits.push({ name, paragraph: para.index, start, end, words, initial: false, quoted: true });
  }
}

/**
 * Groups the hits by name and keeps the likely names. In German, where every noun is
 * capitalised, a run found only at sentence starts, or containing a word the page also uses
 * after an article ("das Thema"), is taken for nouns; quoted names always count.
 */
function qualifiedLookups(scan: LookupScan): Map<string, LookupHit[]> {
  const byName = new Map<string, LookupHit[]>();
  const seen = new Set<string>();
  for (const hit of scan.hits) {
    const at = `${hit.paragraph}:${hit.start}`;
    if (seen.has(at)) continue;
    seen.add(at);
    const list = byName.get(hit.name) ?? [];
    list.push(hit);
    byName.set(hit.name, list);
  }
  if (scan.lang !== 'de') return byName;
  for (const [name, list] of byName) {
    if (list.some((h) => h.quoted)) continue;
    const nouns = list[0].words.some((w) => scan.articleNouns.has(w));
    if (nouns || list.every((h) => h.initial)) byName.delete(name);
  }
  return byName;
}

// ---------------------------------------------------------------------------------------------
// 6. Entities
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
 * link, every position) plus `lookup` entities with a Wikipedia search link for capitalised
 * multi-word names and quoted model names the base does not know; in order of first appearance.
 * Short forms count only in context: "X" only as the network ("auf X", "on X"), "Sam" only when
 * Sam Altman is a speaker or named, "Vorstand" / "the board" / "董事会" only when OpenAI is named.
 */
export function linkEntities(paragraphs: string[], options: LinkOptions): Entity[] {
  const matcher = matcherFor(options.knowledge);
  const readerLang = knownLang(options.pageLang) ?? options.lang;
  const pagePrimary = (options.pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const searchLang = /^[a-z]{2,3}$/.test(pagePrimary) ? pagePrimary : options.lang;

  const speakers = linkSpeakers(options.speakers, matcher);

  const candidates: Candidate[] = [];
  const lookups: LookupScan = { lang: options.lang, hits: [], articleNouns: new Set() };
  paragraphs.forEach((text, index) => {
    const first = candidates.length;
    scanParagraph(text, index, matcher.trie, speakers.trie, matcher.entries, candidates);
    const para: LookupParagraph = { text, index, taken: candidates.slice(first) };
    findNameRuns(para, lookups);
    findQuotedNames(para, lookups);
  });

  const positionsByEntry = new Map<number, EntityMention[]>();
  for (const c of applyContext(candidates, speakers.present)) {
    const positions = positionsByEntry.get(c.target.entry) ?? [];
    positions.push({ paragraph: c.paragraph, start: c.start, end: c.end });
    positionsByEntry.set(c.target.entry, positions);
  }
  const entities = new Map<string, Entity>();
  for (const [index, positions] of positionsByEntry) {
    const entry = matcher.entries[index];
    const label = entry.names[readerLang][0];
    entities.set(entry.id, { id: entry.id, label, mentions: positions.length, url: entryUrl(entry, readerLang), kind: entry.kind, positions });
  }

  for (const [name, list] of qualifiedLookups(lookups)) {
    const id = lookupId(name);
    if (entities.has(id) || matcher.forms.has(nameKey(name))) continue;
    const positions: EntityMention[] = list
      .map((h) => ({ paragraph: h.paragraph, start: h.start, end: h.end }))
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    entities.set(id, { id, label: name, mentions: positions.length, url: searchUrl(searchLang, name), lookup: true, positions });
  }

  return [...entities.values()].sort(byFirstMention);
}
