import { CharTrie, CharTrieBuilder, hasBit, newBitmap, NO_NODE, ROOT, setBit } from '../../char-trie';
import { FOLDED_FORMS } from './folded-forms';
import type { PatternSpec } from './lazy-pattern';
import { parseRegExp, printRegExp, type ClassItem, type RegExpNode } from './regexp-tree';

/**
 * Phrase tables made cheap to run the first time, with the same matches.
 *
 * V8 compiles a regular expression on its first use, and the phrase patterns are large,
 * case-insensitive and (in German) full of `\p{L}`: compiling them was most of the
 * classifier's first run, which every page load pays (the extension's scripts start fresh).
 * Four things cut that down without changing a match:
 *   1. Needles. Each pattern is read for the words every match must contain ("kommentar",
 *      one of "fragen"/"stellen", ...). One pass over an answer's lower-cased text finds the
 *      needles of the whole table (`NeedleIndex`); a pattern whose needles are missing cannot
 *      match, and is neither run nor compiled for that answer.
 *   2. Folded text instead of the `i` flag. A copy of the pattern with its letters lower-cased
 *      and without `i` runs over a copy of the answer with its letters lower-cased, character
 *      for character, so that match positions (and thus the evidence, cut from the answer as
 *      written) stay the same. `i` without `u` (English) folds A-Z only, which is all the flag
 *      does to these patterns, for any text. `i` with `u` (German) folds by Unicode case
 *      folding; the copy folds Latin-1 letters and is used only when the answer has no letter,
 *      digit or cased character beyond Latin-1 (`FoldedText.latin`).
 *   3. Narrow letter classes. In such an answer `\p{L}` can only meet a Latin-1 letter and
 *      `\p{N}` a Latin-1 digit, so the copy spells them as those few ranges.
 *   4. Machine code first. A pattern that is needed is compiled the way V8 compiles it fastest
 *      (see `compile`).
 * An answer outside that (a name in another script, say) is scanned with the pattern as
 * written, as is a pattern whose copy this module cannot write (see `regexp-tree.ts`).
 *
 * Reading a pattern takes longer than compiling it, so the forms of the shipped patterns are
 * read ahead, by the tests, into `folded-forms.ts`, keyed by a hash of the pattern; a pattern
 * not found there (edited since, or built by the evaluation) is read when its table is first
 * used. The equivalence rests on per-character facts that the tests check for every
 * character (tests/unit/core/lang/nonanswers/folded-pattern.test.ts).
 */

/** How a pattern's copy folds case: `ascii` for `i` without `u`, `latin` for `i` with `u`. */
export type Fold = 'ascii' | 'latin';

/** What the classifier scans a pattern with, read from the pattern alone. */
export interface FoldedForm {
  /** Sets of lower-cased needles: a match contains one needle of each set. */
  needles: string[][];
  /** The source of the copy for folded text (with the pattern's flags minus `i`), or null. */
  folded: string | null;
}

/** A regular expression and the string to run it over; global, the caller resets `lastIndex`. */
export interface Scan {
  regex: RegExp;
  subject: string;
}

/** An exact set of strings grows to at most this many before it is given up. */
const MAX_EXACT = 8;
/** A class is read as its characters up to this many. */
const MAX_CLASS_CHARS = 8;
/** Needles are at least this long (the index looks them up by their first three characters). */
const MIN_NEEDLE_CHARS = 3;
/** At most this many needle sets per pattern. */
const MAX_NEEDLE_SETS = 4;

/** `\p{L}` and `\p{N}` in a text whose letters and digits are all within Latin-1, lower-cased. */
const LATIN1_LETTERS: ClassItem[] = [
  { type: 'range', from: 'a', to: 'z' },
  { type: 'char', value: 'ª' },
  { type: 'char', value: 'µ' },
  { type: 'char', value: 'º' },
  { type: 'range', from: 'ß', to: 'ö' },
  { type: 'range', from: 'ø', to: 'ÿ' },
];
const LATIN1_DIGITS: ClassItem[] = [
  { type: 'range', from: '0', to: '9' },
  { type: 'char', value: '²' },
  { type: 'char', value: '³' },
  { type: 'char', value: '¹' },
  { type: 'range', from: '¼', to: '¾' },
];

const BEYOND_LATIN1 = /[^\x00-\xff]/;
/** A character beyond Latin-1 that case folding, `\p{L}` or `\p{N}` could treat unlike the copy. */
const UNSAFE_BEYOND_LATIN1 = /(?![\x00-\xff])[\p{L}\p{N}\p{Cased}\p{Changes_When_Casemapped}]/u;
const UPPER_ASCII = /[A-Z]+/g;
const UPPER_LATIN1 = /[A-ZÀ-ÖØ-Þ]+/g;
const LONG_S = /ſ/g;

/**
 * One answer, in the forms the patterns scan: as written, lower-cased for the needles, and
 * folded character for character for the patterns' copies.
 */
export class FoldedText {
  /** Lower-cased (not always the same length), with the long s as s: where needles are looked for. */
  readonly lower: string;
  /** Whether the text has a character beyond Latin-1 (V8 then stores it, and its folded forms, two bytes a character). */
  readonly wide: boolean;
  private asciiText: string | undefined;
  private latinText: string | null | undefined;

  constructor(readonly text: string) {
    this.lower = text.toLowerCase().replace(LONG_S, 's');
    this.wide = BEYOND_LATIN1.test(text);
  }

  /** A-Z lower-cased, nothing else changed. */
  get ascii(): string {
    return (this.asciiText ??= this.text.replace(UPPER_ASCII, toLower));
  }

  /** A-Z and À-Þ lower-cased; null when a character beyond Latin-1 could fold or be a letter or digit. */
  get latin(): string | null {
    if (this.latinText === undefined) {
      const safe = !this.wide || !UNSAFE_BEYOND_LATIN1.test(this.text);
      this.latinText = safe ? this.text.replace(UPPER_LATIN1, toLower) : null;
    }
    return this.latinText;
  }
}

function toLower(text: string): string {
  return text.toLowerCase();
}

/**
 * The patterns of one phrase table, ready to scan answers: `scans` says, for each pattern in
 * order, what to run over an answer, or null where the answer lacks the pattern's needles.
 */
export class FoldedTable {
  private readonly patterns: FoldedPattern[];
  private readonly index: NeedleIndex;

  constructor(patterns: readonly PatternSpec[]) {
    const forms = patterns.map((pattern) => {
      const key = patternKey(pattern);
      return Object.hasOwn(FOLDED_FORMS, key) ? FOLDED_FORMS[key] : foldPattern(pattern);
    });
    // The needle sets of all patterns in one list: a pattern's sets are a run of it.
    let first = 0;
    this.patterns = patterns.map((pattern, i) => {
      const sets = forms[i].needles.map((_, k) => first + k);
      first += sets.length;
      return new FoldedPattern(pattern, forms[i], sets);
    });
    this.index = new NeedleIndex(forms.flatMap((form) => form.needles));
  }

  /** For each pattern, in order: what to scan `text` with, or null when it cannot match there. */
  scans(text: FoldedText): Array<Scan | null> {
    const found = this.index.find(text.lower);
    return this.patterns.map((pattern) => pattern.scan(text, found));
  }
}

/** One pattern: its needle sets, by index into the table's list, its copy and itself, each compiled on first need. */
class FoldedPattern {
  private readonly fold: Fold | null;
  private copy: RegExp | null = null;
  private original: RegExp | null = null;

  constructor(
    private readonly pattern: PatternSpec,
    private readonly form: FoldedForm,
    private readonly sets: readonly number[],
  ) {
    this.fold = form.folded === null ? null : foldOf(pattern.flags);
  }

  /** What to scan `text` with; null unless `found` holds every one of the pattern's needle sets. */
  scan(text: FoldedText, found: Uint8Array): Scan | null {
    for (const set of this.sets) if (found[set] === 0) return null;
    const folded = this.fold === 'ascii' ? text.ascii : this.fold === 'latin' ? text.latin : null;
    if (folded !== null) {
      this.copy ??= compile(this.form.folded!, this.pattern.flags.replace(/[igy]/g, ''), text.wide);
      return { regex: this.copy, subject: folded };
    }
    this.original ??= compile(this.pattern.source, this.pattern.flags.replace(/[gy]/g, ''), text.wide);
    return { regex: this.original, subject: text.text };
  }
}

/**
 * V8 compiles a regular expression to bytecode on its first use and to machine code once it is
 * used again, but straight to machine code when the text is at least 1000 characters long
 * (`JSRegExp::kTierUpForSubjectLengthValue`; https://v8.dev/blog/regexp-tier-up). For the large
 * phrase patterns the bytecode compile is several times slower than the machine-code one, and
 * most answers are shorter than that, so a new pattern first runs once over a blank text of that
 * length, stored like the text it is about to scan (one or two bytes a character: V8 compiles
 * for each). Other engines just scan the blank text.
 */
function compile(source: string, flags: string, wide: boolean): RegExp {
  const regex = new RegExp(source, `${flags}g`);
  regex.exec(wide ? WIDE_BLANK : NARROW_BLANK);
  regex.lastIndex = 0;
  return regex;
}

const NARROW_BLANK = '\0'.repeat(1000);
const WIDE_BLANK = `${'\0'.repeat(999)}\uffff`;

function foldOf(flags: string): Fold | null {
  if (!flags.includes('i')) return null;
  return flags.includes('u') ? 'latin' : 'ascii';
}

/**
 * A table's needle sets, all found in one pass over a text: a set is found where one of its
 * needles occurs. The needles form a trie of their characters, each carrying the sets it is
 * in, walked from each position of the text as far as the text follows it. A bitmap of the
 * needles' first three characters turns most positions away before the walk. (Comparing each
 * needle filed under the position's first three characters was most of the pass: 71 English
 * needles start with "not"; and asking each pattern for each of its needles, most of what
 * was left: a set can have 85.)
 */
class NeedleIndex {
  private readonly sets: number;
  private readonly trie: CharTrie<number[]>;
  private readonly heads = newBitmap(HEAD_SLOTS);

  constructor(sets: readonly (readonly string[])[]) {
    this.sets = sets.length;
    const trie = new CharTrieBuilder<number[]>();
    sets.forEach((needles, set) => {
      for (const needle of needles) {
        setBit(this.heads, headSlot(needle, 0));
        const inSets = trie.valueFor(needle, () => []);
        if (inSets[inSets.length - 1] !== set) inSets.push(set);
      }
    });
    this.trie = trie.freeze();
  }

  /** Which sets have a needle in `text`: 1 at their index. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.sets);
    const { heads, trie } = this;
    for (let i = 0; i + MIN_NEEDLE_CHARS <= text.length; i++) {
      if (!hasBit(heads, headSlot(text, i))) continue;
      let node = ROOT;
      for (let j = i; j < text.length && (node = trie.step(node, text.charCodeAt(j))) !== NO_NODE; j++) {
        const inSets = trie.valueAt(node);
        if (inSets !== null) for (const set of inSets) found[set] = 1;
      }
    }
    return found;
  }
}

/**
 * Slots of the first-three-characters bitmap (a bit each: 4 KB, read at every position of a
 * text, stays in the nearest cache); heads share a slot now and then, which only costs a walk.
 */
const HEAD_SLOTS = 1 << 15;

/** The bitmap slot of the three UTF-16 code units at `i`. */
function headSlot(text: string, i: number): number {
  return (Math.imul(Math.imul(text.charCodeAt(i), 31) + text.charCodeAt(i + 1), 31) + text.charCodeAt(i + 2)) & (HEAD_SLOTS - 1);
}

/** The key of a pattern in `FOLDED_FORMS`: a 53-bit hash (cyrb53) of its flags and source, in base 36. */
export function patternKey(pattern: PatternSpec): string {
  const text = `${pattern.flags}/${pattern.source}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Reads a pattern: its needles, and its copy for folded text. */
export function foldPattern(pattern: PatternSpec): FoldedForm {
  let tree: RegExpNode[][];
  try {
    tree = parseRegExp(pattern.source, pattern.flags);
  } catch {
    return { needles: [], folded: null };
  }
  const fold = foldOf(pattern.flags);
  return { needles: needleSets(tree), folded: fold ? foldedSource(tree, fold) : null };
}

// ---------------------------------------------------------------------------------------------
// Needles: what every match must contain.

/**
 * What is known of the strings a node matches: all of them (`exact`, lower-cased, when few),
 * and sets of needles of which every match contains one from each (`sets`).
 */
interface Facts {
  exact: string[] | null;
  sets: string[][];
}

const UNKNOWN: Facts = { exact: null, sets: [] };
const EMPTY: Facts = { exact: [''], sets: [] };

/** The needle sets of a pattern, the smallest first. */
function needleSets(tree: RegExpNode[][]): string[][] {
  const facts = disjunctionFacts(tree);
  const sets = (facts.exact ? [...facts.sets, facts.exact] : facts.sets)
    .filter((set) => set.length > 0 && shortest(set) >= MIN_NEEDLE_CHARS)
    .map(withoutLongerNeedles);
  const unique = [...new Map(sets.map((set) => [[...set].sort().join('\u0000'), set])).values()];
  return unique.sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).slice(0, MAX_NEEDLE_SETS);
}

/** The length of a set's shortest needle: the longer, the more selective. */
function shortest(set: readonly string[]): number {
  return Math.min(...set.map((needle) => needle.length));
}

/** A needle that contains another needle of its set adds nothing. */
function withoutLongerNeedles(set: string[]): string[] {
  return set.filter((needle) => !set.some((other) => other !== needle && needle.includes(other)));
}

/** The most selective single set that a match of `facts` must meet, or null. */
function bestSet(facts: Facts): string[] | null {
  const candidates = facts.exact && !facts.exact.includes('') ? [...facts.sets, facts.exact] : facts.sets;
  let best: string[] | null = null;
  for (const set of candidates) {
    if (!best || shortest(set) > shortest(best) || (shortest(set) === shortest(best) && set.length < best.length)) {
      best = set;
    }
  }
  return best;
}

function disjunctionFacts(alternatives: RegExpNode[][]): Facts {
  const facts = alternatives.map(sequenceFacts);
  if (facts.length === 1) return facts[0];
  const exacts = facts.map((f) => f.exact);
  const union = exacts.every((e) => e !== null) ? unique(exacts.flat() as string[]) : null;
  const bests = facts.map(bestSet);
  const sets = bests.every((b) => b !== null) ? [unique(bests.flat() as string[])] : [];
  return { exact: union && union.length <= MAX_EXACT ? union : null, sets };
}

function sequenceFacts(terms: RegExpNode[]): Facts {
  const sets: string[][] = [];
  let run = [''];
  let allExact = true;
  for (const term of terms) {
    const facts = nodeFacts(term);
    sets.push(...facts.sets);
    if (facts.exact && run.length * facts.exact.length <= MAX_EXACT) {
      run = unique(run.flatMap((before) => facts.exact!.map((after) => before + after)));
      continue;
    }
    allExact = false;
    if (!run.includes('')) sets.push(run);
    run = facts.exact ?? [''];
  }
  if (allExact) return { exact: run, sets };
  if (!run.includes('')) sets.push(run);
  return { exact: null, sets };
}

function nodeFacts(node: RegExpNode): Facts {
  switch (node.type) {
    case 'char': {
      const needle = needleChar(node.value);
      return needle === null ? UNKNOWN : { exact: [needle], sets: [] };
    }
    case 'class':
      return classFacts(node.negated, node.items);
    case 'escape':
    case 'dot':
      return UNKNOWN;
    case 'assertion':
      return EMPTY;
    case 'group':
      // A look-around matches no characters of its own: what it needs may lie outside the match.
      return isLookaround(node.open) ? EMPTY : disjunctionFacts(node.alternatives);
    case 'quantifier': {
      const inner = nodeFacts(node.node);
      if (node.min === 0) {
        return node.max === 1 && inner.exact ? { exact: unique(['', ...inner.exact]), sets: [] } : UNKNOWN;
      }
      if (node.min === 1 && node.max === 1) return inner;
      const best = bestSet(inner);
      return { exact: null, sets: best ? [...inner.sets, best] : inner.sets };
    }
  }
}

function isLookaround(open: string): boolean {
  return open === '(?=' || open === '(?!' || open === '(?<=' || open === '(?<!';
}

function classFacts(negated: boolean, items: ClassItem[]): Facts {
  if (negated) return UNKNOWN;
  const chars: string[] = [];
  for (const item of items) {
    if (item.type === 'escape') return UNKNOWN;
    if (item.type === 'char') {
      chars.push(item.value);
      continue;
    }
    const from = item.from.codePointAt(0)!;
    const to = item.to.codePointAt(0)!;
    if (to - from >= MAX_CLASS_CHARS) return UNKNOWN;
    for (let code = from; code <= to; code++) chars.push(String.fromCodePoint(code));
  }
  const needles = chars.map(needleChar);
  if (needles.some((needle) => needle === null)) return UNKNOWN;
  const exact = unique(needles as string[]);
  return exact.length <= MAX_CLASS_CHARS ? { exact, sets: [] } : UNKNOWN;
}

/**
 * The character `FoldedText.lower` has wherever the pattern character `char` matched, with or
 * without `i` and `u`; null when there is no single one. ASCII and Latin-1 letters lower-case
 * (the Kelvin sign and the long s, which fold to k and s, lower-case to them there);
 * characters without case stand for themselves; other cased characters (µ, Greek, ...) give none.
 */
export function needleChar(char: string): string | null {
  const code = char.codePointAt(0)!;
  if (code < 0x80 || (code >= 0xc0 && code <= 0xff)) return char.toLowerCase();
  return isCaseless(char) ? char : null;
}

function isCaseless(char: string): boolean {
  return char.toLowerCase() === char && char.toUpperCase() === char;
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}

// ---------------------------------------------------------------------------------------------
// The copy for folded text.

/** Thrown when a pattern holds something the copy cannot fold; the pattern is then scanned as written. */
class CannotFold extends Error {}

/** The source of a copy of the pattern for text folded by `fold`, or null when there is none. */
function foldedSource(tree: RegExpNode[][], fold: Fold): string | null {
  try {
    return printRegExp(tree.map((terms) => terms.map((node) => foldNode(node, fold))));
  } catch (error) {
    if (error instanceof CannotFold) return null;
    throw error;
  }
}

function foldNode(node: RegExpNode, fold: Fold): RegExpNode {
  switch (node.type) {
    case 'char': {
      const value = foldChar(node.value, fold);
      return value === node.value ? node : { type: 'char', value };
    }
    case 'class':
      return { type: 'class', negated: node.negated, items: node.items.flatMap((item) => foldClassItem(item, fold)) };
    case 'escape': {
      const items = foldEscape(node.raw, fold);
      return items ? { type: 'class', negated: false, items } : node;
    }
    case 'dot':
    case 'assertion':
      return node;
    case 'group':
      return { ...node, alternatives: node.alternatives.map((terms) => terms.map((term) => foldNode(term, fold))) };
    case 'quantifier':
      return { ...node, node: foldNode(node.node, fold) };
  }
}

function foldClassItem(item: ClassItem, fold: Fold): ClassItem[] {
  if (item.type === 'char') {
    const value = foldChar(item.value, fold);
    return [value === item.value ? item : { type: 'char', value }];
  }
  if (item.type === 'escape') return foldEscape(item.raw, fold) ?? [item];
  const from = item.from.codePointAt(0)!;
  const to = item.to.codePointAt(0)!;
  if (from >= 0x41 && to <= 0x5a) return [{ type: 'range', from: item.from.toLowerCase(), to: item.to.toLowerCase() }];
  if (to - from > 0x3000) throw new CannotFold();
  for (let code = from; code <= to; code++) {
    const char = String.fromCodePoint(code);
    if (foldChar(char, fold) !== char) throw new CannotFold();
  }
  return [item];
}

/** What a class escape becomes in the copy: null to keep it, the Latin-1 ranges for `\p{L}`/`\p{N}`. */
function foldEscape(raw: string, fold: Fold): ClassItem[] | null {
  if (/^\\[dDsSwW]$/.test(raw)) return null;
  if (fold === 'latin' && raw === '\\p{L}') return LATIN1_LETTERS;
  if (fold === 'latin' && raw === '\\p{N}') return LATIN1_DIGITS;
  throw new CannotFold();
}

/**
 * A pattern character in the copy: what the folded text has where the original matched.
 * Throws for a cased character the folding does not cover.
 */
export function foldChar(char: string, fold: Fold): string {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return char.toLowerCase();
  if (fold === 'latin' && code <= 0xff) return code >= 0xc0 && code <= 0xde && code !== 0xd7 ? char.toLowerCase() : char;
  if (isCaseless(char)) return char;
  throw new CannotFold();
}
