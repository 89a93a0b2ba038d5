import { parseRegExp, printRegExp, type ClassItem, type RegExpNode } from './regexp-tree';

/**
 * Phrase patterns made cheap to run the first time, with the same matches.
 *
 * V8 compiles a regular expression on its first use, and the phrase tables' patterns are
 * large, case-insensitive and (in German) full of `\p{L}`: compiling them was most of the
 * classifier's first run, which every page load pays (the extension's scripts start fresh).
 * Three things cut that down without changing a match:
 *   1. Needles. Each pattern is read once for the words every match must contain
 *      ("kommentar", one of "fragen"/"stellen", ...); an answer whose lower-cased text lacks
 *      them cannot match, and the pattern is neither run nor compiled for it.
 *   2. Folded text instead of the `i` flag. A copy of the pattern with its letters lower-cased
 *      and without `i` runs over a copy of the answer with its letters lower-cased, character
 *      for character, so that match positions (and thus the evidence, cut from the answer as
 *      written) stay the same. `i` without `u` (English) folds A-Z only, which is exactly what
 *      the flag does to these patterns, for any text. `i` with `u` (German) folds by Unicode
 *      case folding; the copy folds the Latin-1 letters and is used only when the answer has
 *      no letter, digit or cased character beyond Latin-1 (`FoldedText.latin`).
 *   3. Narrow letter classes. In such an answer `\p{L}` can only meet a Latin-1 letter and
 *      `\p{N}` a Latin-1 digit, so the copy spells them as those few ranges.
 * An answer outside that (a name in another script, say) is scanned with the pattern as
 * written, as is a pattern this module cannot read (see `regexp-tree.ts`).
 * The equivalence rests on per-character facts that the tests check for every character
 * (tests/unit/core/lang/nonanswers/folded-pattern.test.ts).
 */

/** How a pattern's copy folds case: `ascii` for `i` without `u`, `latin` for `i` with `u`. */
export type Fold = 'ascii' | 'latin';

/** A set of needles: a match contains at least one of them (lower-cased). */
export type NeedleSet = readonly string[];

/** An exact set of strings grows to at most this many before it is given up. */
const MAX_EXACT = 32;
/** A class is read as its characters up to this many. */
const MAX_CLASS_CHARS = 8;
/** Needle sets whose shortest needle is shorter than this filter too little to be worth checking. */
const MIN_NEEDLE_CHARS = 3;
/** At most this many needle sets per pattern, the most selective first. */
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
/** A character beyond Latin-1 that Unicode case folding or `\p{L}`/`\p{N}` could treat differently. */
const BEYOND_LATIN1 = /[^\x00-\xff]/;
const UNSAFE_BEYOND_LATIN1 = /(?![\x00-\xff])[\p{L}\p{N}\p{Cased}\p{Changes_When_Casemapped}]/u;
const UPPER_ASCII = /[A-Z]+/g;
const UPPER_LATIN1 = /[A-ZÀ-ÖØ-Þ]+/g;
const LONG_S = /ſ/g;

/**
 * One answer, in the forms the patterns scan: as written, lower-cased for the needles, and
 * folded character for character for the patterns' folded copies.
 */
export class FoldedText {
  /** Lower-cased (any length), with the long s as s: what the needles are looked up in. */
  readonly lower: string;
  private asciiText: string | null = null;
  private latinText: string | null | undefined;

  constructor(readonly text: string) {
    this.lower = text.toLowerCase().replace(LONG_S, 's');
  }

  /** A-Z lower-cased, nothing else changed. */
  get ascii(): string {
    return (this.asciiText ??= this.text.replace(UPPER_ASCII, toLower));
  }

  /** A-Z and À-Þ lower-cased; null when a character beyond Latin-1 could fold or be a letter or digit. */
  get latin(): string | null {
    if (this.latinText === undefined) {
      const safe = !BEYOND_LATIN1.test(this.text) || !UNSAFE_BEYOND_LATIN1.test(this.text);
      this.latinText = safe ? this.text.replace(UPPER_LATIN1, toLower) : null;
    }
    return this.latinText;
  }

  /** The folded form of this text for `fold`, or null when it has none. */
  folded(fold: Fold): string | null {
    return fold === 'ascii' ? this.ascii : this.latin;
  }
}

function toLower(text: string): string {
  return text.toLowerCase();
}

/** A regular expression and the string to run it over, both global-ready. */
export interface Scan {
  regex: RegExp;
  subject: string;
}

/**
 * A pattern with its needles and its folded copy, each compiled on first need. `scan` gives
 * what to run over an answer, or null when the answer lacks the needles. The regexes are
 * global: the caller resets `lastIndex`.
 */
export class FoldedPattern {
  /** Every set must have a needle in the answer's lower-cased text for the pattern to match. */
  readonly needles: readonly NeedleSet[];
  /** The folding of the copy, or null when the pattern is scanned as written. */
  readonly fold: Fold | null;
  /** The copy's source, for a text folded by `fold`. */
  readonly foldedSource: string | null;
  private original: RegExp | null = null;
  private copy: RegExp | null = null;

  constructor(readonly pattern: RegExp) {
    let tree: RegExpNode[][] | null = null;
    try {
      tree = parseRegExp(pattern.source, pattern.flags);
    } catch {
      tree = null;
    }
    this.needles = tree ? needleSets(tree) : [];
    const fold = foldOf(pattern.flags);
    this.foldedSource = tree && fold ? foldedSource(tree, fold) : null;
    this.fold = this.foldedSource === null ? null : fold;
  }

  /** Whether the lower-cased text has a needle of every set. */
  mayMatch(text: FoldedText): boolean {
    return this.needles.every((set) => set.some((needle) => text.lower.includes(needle)));
  }

  /** What to scan `text` with: the folded copy over the folded text where it can, else the pattern itself. */
  scan(text: FoldedText): Scan | null {
    if (!this.mayMatch(text)) return null;
    const folded = this.fold ? text.folded(this.fold) : null;
    if (folded !== null) {
      this.copy ??= new RegExp(this.foldedSource!, `${this.pattern.flags.replace(/[igy]/g, '')}g`);
      return { regex: this.copy, subject: folded };
    }
    this.original ??= new RegExp(this.pattern.source, `${this.pattern.flags.replace(/[gy]/g, '')}g`);
    return { regex: this.original, subject: text.text };
  }
}

function foldOf(flags: string): Fold | null {
  if (!flags.includes('i')) return null;
  return flags.includes('u') ? 'latin' : 'ascii';
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

/** The needle sets of a pattern, the cheapest to check first. */
export function needleSets(tree: RegExpNode[][]): string[][] {
  const facts = disjunctionFacts(tree);
  const sets = (facts.exact ? [...facts.sets, facts.exact] : facts.sets)
    .filter((set) => set.length > 0 && score(set) >= MIN_NEEDLE_CHARS)
    .map((set) => shortSet(set, Number(process.env.NEEDLE_K ?? 8)));
  const unique = [...new Map(sets.map((set) => [[...set].sort().join('\u0000'), set])).values()];
  return unique.sort((a, b) => a.length - b.length || score(b) - score(a)).slice(0, Number(process.env.NEEDLE_MAX ?? MAX_NEEDLE_SETS));
}

/**
 * A set of at most `max` needles that every text meeting `set` also meets, as selective as can
 * be: needles that contain another needle of the set go, and if too many are left, they are
 * covered by fewer, shorter substrings (the longest that bring the set down to `max`).
 */
function shortSet(set: string[], max: number): string[] {
  const needles = set.filter((needle) => !set.some((other) => other !== needle && needle.includes(other)));
  if (needles.length <= max) return needles;
  let best = needles;
  for (let width = Math.max(...needles.map((n) => n.length)) - 1; width >= MIN_NEEDLE_CHARS; width--) {
    const cover = coverSet(needles, width);
    if (cover.length < best.length) best = cover;
    if (best.length <= max) break;
  }
  return best;
}

/** Greedily, substrings of `width` characters (whole needles where shorter) of which every needle contains one. */
function coverSet(needles: string[], width: number): string[] {
  const cover: string[] = [];
  let left = needles;
  while (left.length > 0) {
    const counts = new Map<string, number>();
    for (const needle of left) {
      const w = Math.min(width, needle.length);
      const subs = new Set<string>();
      for (let i = 0; i + w <= needle.length; i++) subs.add(needle.slice(i, i + w));
      for (const sub of subs) counts.set(sub, (counts.get(sub) ?? 0) + 1);
    }
    let pick = '';
    let most = 0;
    for (const [sub, count] of counts) {
      if (count > most || (count === most && sub.length > pick.length)) [pick, most] = [sub, count];
    }
    cover.push(pick);
    left = left.filter((needle) => !needle.includes(pick));
  }
  return cover;
}

/** A set's selectivity: its shortest needle's length. */
function score(set: readonly string[]): number {
  return Math.min(...set.map((s) => s.length));
}

/** The most selective single set that a match of `facts` must meet, or null. */
function bestSet(facts: Facts): string[] | null {
  const candidates = facts.exact && !facts.exact.includes('') ? [...facts.sets, facts.exact] : facts.sets;
  let best: string[] | null = null;
  for (const set of candidates) {
    if (!best || score(set) > score(best) || (score(set) === score(best) && set.length < best.length)) best = set;
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
  const flush = () => {
    if (!run.includes('')) sets.push(run);
  };
  for (const term of terms) {
    const facts = nodeFacts(term);
    sets.push(...facts.sets);
    if (facts.exact && run.length * facts.exact.length <= MAX_EXACT) {
      run = unique(run.flatMap((head) => facts.exact!.map((tail) => head + tail)));
      continue;
    }
    allExact = false;
    flush();
    run = facts.exact ?? [''];
  }
  if (!allExact) {
    flush();
    return { exact: null, sets };
  }
  return { exact: run, sets };
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
  if (needles.some((n) => n === null)) return UNKNOWN;
  const exact = unique(needles as string[]);
  return exact.length <= MAX_CLASS_CHARS ? { exact, sets: [] } : UNKNOWN;
}

/**
 * The character `FoldedText.lower` has wherever the pattern character `char` matches, with or
 * without `i` and `u`; null when there is no single one. ASCII and Latin-1 letters lower-case
 * (the Kelvin sign and the long s, which fold to k and s, are lower-cased to them there);
 * characters without case stand for themselves; other cased characters (µ, Greek, ...) give none.
 */
export function needleChar(char: string): string | null {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return char.toLowerCase();
  if (code >= 0xc0 && code <= 0xff) return char.toLowerCase();
  return isCaseless(char) ? char : null;
}

function isCaseless(char: string): boolean {
  return char.toLowerCase() === char && char.toUpperCase() === char;
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}

// ---------------------------------------------------------------------------------------------
// The folded copy.

/** Thrown when a pattern holds something the copy cannot fold; the pattern is then scanned as written. */
class CannotFold extends Error {}

/** The source of a copy of the pattern for text folded by `fold`, or null when there is none. */
export function foldedSource(tree: RegExpNode[][], fold: Fold): string | null {
  try {
    return printRegExp(tree.map((terms) => terms.map((node) => foldNode(node, fold))));
  } catch (error) {
    if (error instanceof CannotFold) return null;
    throw error;
  }
}

function foldNode(node: RegExpNode, fold: Fold): RegExpNode {
  switch (node.type) {
    case 'char':
      return { type: 'char', value: foldChar(node.value, fold) };
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
  if (item.type === 'char') return [{ type: 'char', value: foldChar(item.value, fold) }];
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
