/**
 * Word patterns: the small language the non-answer phrases are written in. A pattern is a
 * sequence of words over a text's tokens (`word-tokens.ts`), not of characters, so it needs no
 * regular expression, compiles in microseconds and matches in time linear in the text:
 *
 *   word        a token equal to the word; written as the text would be ("don't" is `do not`,
 *               "weiß" is `weiss`, "知道" is the two tokens 知 道)
 *   word*       a token starting with `word` ("comment*": comment, comments, commenting)
 *   *word       a token ending with `word` ("*prozess": Prozess, Überprüfungsprozess)
 *   _           any one word (not a punctuation token)
 *   [.] [?] [,] a sentence end, a question mark, a clause mark (see `word-tokens.ts`)
 *   ^           here a clause starts: the first token, or one after a punctuation token
 *   $           here a clause ends: the last token is behind, or a punctuation token is next
 *   (a b|c)     one of the sequences
 *   x? x{m,n} x{n}   optional, repeated (greedy, bounded)
 *   !x          not followed by x (consumes nothing)
 *   @name       a named fragment (`fragments` of `compileWordPattern`), as if written in brackets
 *
 * A pattern must start with a word (or a choice of words), so that a scan looks at each token
 * only for the patterns that can start there (`WordPatternSet`).
 */
import { CLAUSE_MARK, QUESTION_MARK, SENTENCE_END, isMark, tokenize, type Tokens } from './word-tokens';
import type { Lang } from './types';

/**
 * A compiled pattern together with what must follow it: from token `i`, the end of the whole
 * match, or -1. Each node is compiled with its continuation fixed, so matching allocates
 * nothing (a continuation made at every step kept the garbage collector busy).
 */
type Matcher = (words: readonly string[], i: number) => number;

/** A parsed pattern. Fragments are parsed once and shared by the patterns that use them. */
type Node =
  | { type: 'word'; word: string }
  | { type: 'words'; words: Set<string> }
  | { type: 'prefix' | 'suffix'; text: string }
  | { type: 'any' | 'clause-start' | 'clause-end' }
  | { type: 'not'; node: Node }
  | { type: 'sequence'; items: Node[]; literal?: true }
  | { type: 'choice'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number };

/** The words a pattern can start with, and whether it can start with something else. */
interface First {
  words: Set<string>;
  /** It can start with a wildcard or a word prefix: it cannot be indexed by its first word. */
  open: boolean;
  /** It can match no token at all. */
  empty: boolean;
}

/** A choice's options by the token they can start with (`WordPatternCompiler.dispatch`). */
interface Dispatch {
  byWord: Map<string, number[]>;
  others: number[];
}

/** A compiled pattern. */
export interface WordPattern {
  readonly source: string;
  /** The token after the end of a match at `start`, or -1 when it does not match there. */
  matchAt(words: readonly string[], start: number): number;
  /** Whether it matches from `start` up to exactly `end`. */
  matchesBetween(words: readonly string[], start: number, end: number): boolean;
  /** The words a match can start with. */
  readonly firstWords: ReadonlySet<string>;
  /** Sets of words of which a text must hold one each for the pattern to match in it. */
  readonly required: ReadonlyArray<ReadonlySet<string>>;
  /** The words a match's second token can be, where its first item takes one token and what follows starts with a word; else null. */
  readonly secondWords: ReadonlySet<string> | null;
}

/** A literal the tokenizer would leave as it is: lower-case ASCII letters and digits. */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) return false;
  }
  return true;
}

const ACCEPT: Matcher = (_words, i) => i;
const FAIL: Matcher = () => -1;

/**
 * Compiles the patterns of one language, sharing the work: each fragment is parsed and
 * compiled once, each literal tokenized once.
 */
export class WordPatternCompiler {
  private readonly fragmentNodes = new Map<string, Node>();
  private readonly literals = new Map<string, string[]>();
  private readonly firsts = new WeakMap<Node, First>();
  private readonly dispatches = new WeakMap<Node, Dispatch>();

  constructor(
    private readonly lang: Lang,
    private readonly fragments: Readonly<Record<string, string>> = {},
  ) {}

  /**
   * Compiles `source`. Throws on a syntax error, an unknown fragment, or (unless `anyStart`,
   * for patterns only ever tried at given places) a pattern that does not start with a word:
   * patterns are data, checked by the tests.
   */
  compile(source: string, anyStart = false): WordPattern {
    return this.patternOf(this.parse(source, []), source, anyStart);
  }

  /** Compiles `source` as its top-level alternatives, each a pattern of its own. */
  compileAlternatives(source: string): WordPattern[] {
    const node = this.parse(source, []);
    return node.type === 'choice' ? node.options.map((option) => this.patternOf(option, source, false)) : [this.patternOf(node, source, false)];
  }

  private patternOf(node: Node, source: string, anyStart: boolean): WordPattern {
    const first = this.first(node);
    if (!anyStart && (first.open || first.empty)) throw new Error(`word pattern must start with a word: ${source}`);
    // Built on the first try: most patterns of a table never meet their first word in a page.
    let match: Matcher | null = null;
    let between: ((words: readonly string[], start: number, end: number) => boolean) | null = null;
    return {
      source,
      matchAt: (words, start) => (match ??= this.build(node, ACCEPT))(words, start),
      matchesBetween: (words, start, end) => (between ??= this.betweenMatcher(node))(words, start, end),
      firstWords: first.words,
      required: this.required(node),
      secondWords: this.second(node),
    };
  }

  /** See `WordPattern.secondWords`: a cheap test that spares a scan most tries of a pattern at a common first word ("I", "we"). */
  private second(node: Node): Set<string> | null {
    if (node.type !== 'sequence') return null;
    let at = 0;
    while (at < node.items.length && node.items[at].type === 'clause-start') at++;
    const head = node.items[at];
    if (!head || (head.type !== 'word' && head.type !== 'words') || at + 1 >= node.items.length) return null;
    const rest = this.first({ type: 'sequence', items: node.items.slice(at + 1) });
    return rest.open || rest.empty ? null : rest.words;
  }

  /**
   * Words a text must hold for `node` to match in it, as sets of which one word each must
   * occur: the single words and choices of single words that a match must pass through at the
   * top of the pattern. A cheap test that spares a scan the patterns whose words are not in the
   * text.
   */
  private required(node: Node): Array<Set<string>> {
    const required: Array<Set<string>> = [];
    for (const item of node.type === 'sequence' ? node.items : [node]) {
      if (item.type === 'word') required.push(new Set([item.word]));
      else if (item.type === 'words') required.push(item.words);
    }
    return required;
  }

  /** The tokens a literal of the source stands for ("don't" is `do not`). */
  tokensOf(word: string): string[] {
    let tokens = this.literals.get(word);
    if (!tokens) {
      tokens = isPlainWord(word) ? [word] : tokenize(word, this.lang).words;
      this.literals.set(word, tokens);
    }
    return tokens;
  }

  parse(source: string, using: string[]): Node {
    return new Parser(source, this, using).parseAll();
  }

  fragment(name: string, using: string[]): Node {
    let node = this.fragmentNodes.get(name);
    if (!node) {
      const source = this.fragments[name];
      if (source === undefined) throw new Error(`word pattern: unknown fragment @${name}`);
      if (using.includes(name)) throw new Error(`word pattern: fragment @${name} uses itself`);
      node = this.parse(source, [...using, name]);
      this.fragmentNodes.set(name, node);
    }
    return node;
  }

  private first(node: Node): First {
    let first = this.firsts.get(node);
    if (first) return first;
    switch (node.type) {
      case 'word':
        first = { words: new Set([node.word]), open: false, empty: false };
        break;
      case 'words':
        first = { words: node.words, open: false, empty: false };
        break;
      case 'prefix':
      case 'suffix':
      case 'any':
        first = { words: new Set(), open: true, empty: false };
        break;
      case 'clause-start':
      case 'clause-end':
      case 'not':
        first = { words: new Set(), open: false, empty: true };
        break;
      case 'repeat': {
        const inner = this.first(node.node);
        first = { words: inner.words, open: inner.open, empty: node.min === 0 || inner.empty };
        break;
      }
      case 'sequence': {
        // The first items up to one that cannot be skipped.
        first = { words: new Set(), open: false, empty: true };
        for (const item of node.items) {
          if (!addFirst(first, this.first(item)).empty) {
            first.empty = false;
            break;
          }
        }
        break;
      }
      case 'choice':
        first = { words: new Set(), open: false, empty: false };
        for (const option of node.options) {
          if (addFirst(first, this.first(option)).empty) first.empty = true;
        }
        break;
    }
    this.firsts.set(node, first);
    return first;
  }

  /** A matcher that accepts only a match ending at a given token (the frames before a phrase). */
  private betweenMatcher(node: Node): (words: readonly string[], start: number, end: number) => boolean {
    let end = -1;
    const match = this.build(node, (_words, i) => (i === end ? i : -1));
    return (words, start, at) => {
      end = at;
      return match(words, start) >= 0;
    };
  }

  /**
   * Which options of a choice can match at a token, by the token: those that can start with it
   * and those that can start with anything (a wildcard, a prefix, or nothing: what follows the
   * choice decides), in the choice's order; `others` for every other token. Made once per
   * choice and shared by its copies with different continuations (the unrolled repeats).
   */
  private dispatch(node: Node & { type: 'choice' }): Dispatch {
    let dispatch = this.dispatches.get(node);
    if (dispatch) return dispatch;
    const firsts = node.options.map((option) => this.first(option));
    const anyStart = (first: First) => first.open || first.empty;
    const others: number[] = [];
    const byWord = new Map<string, number[]>();
    firsts.forEach((first, index) => {
      if (anyStart(first)) others.push(index);
      else for (const word of first.words) byWord.set(word, []);
    });
    for (const [word, list] of byWord) {
      firsts.forEach((first, index) => {
        if (anyStart(first) || first.words.has(word)) list.push(index);
      });
    }
    dispatch = { byWord, others };
    this.dispatches.set(node, dispatch);
    return dispatch;
  }

  /** Compiles `node` followed by `next`. */
  private build(node: Node, next: Matcher): Matcher {
    switch (node.type) {
      case 'word': {
        const { word } = node;
        return (words, i) => (words[i] === word ? next(words, i + 1) : -1);
      }
      case 'words': {
        const set = node.words;
        return (words, i) => (i < words.length && set.has(words[i]) ? next(words, i + 1) : -1);
      }
      case 'prefix': {
        const { text } = node;
        return (words, i) => (i < words.length && words[i].startsWith(text) && !isMark(words[i]) ? next(words, i + 1) : -1);
      }
      case 'suffix': {
        const { text } = node;
        return (words, i) => (i < words.length && words[i].endsWith(text) && !isMark(words[i]) ? next(words, i + 1) : -1);
      }
      case 'any':
        return (words, i) => (i < words.length && !isMark(words[i]) ? next(words, i + 1) : -1);
      case 'clause-start':
        return (words, i) => (i === 0 || isMark(words[i - 1]) ? next(words, i) : -1);
      case 'clause-end':
        return (words, i) => (i >= words.length || isMark(words[i]) ? next(words, i) : -1);
      case 'not': {
        const inner = this.build(node.node, ACCEPT);
        return (words, i) => (inner(words, i) < 0 ? next(words, i) : -1);
      }
      case 'sequence':
        return node.items.reduceRight((rest, item) => this.build(item, rest), next);
      case 'choice': {
        const options = node.options.map((option) => this.build(option, next));
        // Only the options that can start with the token are tried, in their order: a choice of
        // dozens of verbs ("@REFUSE") costs one lookup where none of them is there.
        const { byWord, others } = this.dispatch(node);
        return (words, i) => {
          const tried = (i < words.length ? byWord.get(words[i]) : undefined) ?? others;
          for (let k = 0; k < tried.length; k++) {
            const end = options[tried[k]](words, i);
            if (end >= 0) return end;
          }
          return -1;
        };
      }
      case 'repeat': {
        // Unrolled: after `count` repetitions, one more if allowed (as many as possible first),
        // else what follows once there are enough.
        const { min, max } = node;
        let after: Matcher = min <= max ? next : FAIL;
        for (let count = max - 1; count >= 0; count--) {
          const more = this.build(node.node, after);
          if (count < min) {
            after = more;
          } else {
            after = (words, i) => {
              const end = more(words, i);
              return end >= 0 ? end : next(words, i);
            };
          }
        }
        return after;
      }
    }
  }
}

/** Adds what `from` can start with to `into`; returns `from`. */
function addFirst(into: First, from: First): First {
  for (const word of from.words) into.words.add(word);
  into.open ||= from.open;
  return from;
}

/** Splits a pattern's source at its top-level `|`: each part is a pattern of its own. */
export function splitAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(source.slice(from, i).trim());
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from).trim());
  return alternatives;
}

/** Compiles one pattern on its own (see `WordPatternCompiler.compile`). */
export function compileWordPattern(
  source: string,
  lang: Lang,
  fragments: Readonly<Record<string, string>> = {},
  anyStart = false,
): WordPattern {
  return new WordPatternCompiler(lang, fragments).compile(source, anyStart);
}

/**
 * The source's lexemes in one call of the regular expression engine: punctuation of the
 * language, a bracketed mark, a quantifier, or a word (letters, digits, apostrophes, hyphens,
 * underscores, as `I_WE` or `don't`). Lexing character by character in JavaScript cost more than
 * all the rest of compiling a table on a page's first analysis.
 */
const LEXEME = /[()|!@^$*?]|\[[^\]]*\]|\{[^}]*\}|[^\s()|!@^$*?{}[\]]+/g;

class Parser {
  private readonly lexemes: string[];
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly compiler: WordPatternCompiler,
    private readonly using: string[],
  ) {
    this.lexemes = source.match(LEXEME) ?? [];
  }

  parseAll(): Node {
    const node = this.parseChoice();
    if (this.at < this.lexemes.length) this.fail(`unexpected "${this.lexemes[this.at]}"`);
    return node;
  }

  private parseChoice(): Node {
    const options = [this.parseSequence()];
    let words = options[0].type === 'word';
    while (this.lexemes[this.at] === '|') {
      this.at++;
      const option = this.parseSequence();
      words &&= option.type === 'word';
      options.push(option);
    }
    if (options.length === 1) return options[0];
    // A choice of single words is one set lookup.
    if (words) return { type: 'words', words: new Set(options.map((option) => (option as { word: string }).word)) };
    return { type: 'choice', options };
  }

  /** Items up to the end, a `|` or a `)`; leaves the position there. */
  private parseSequence(): Node {
    const items: Node[] = [];
    for (let lexeme = this.lexemes[this.at]; lexeme !== undefined && lexeme !== '|' && lexeme !== ')'; lexeme = this.lexemes[this.at]) {
      this.parseItem(items);
    }
    return items.length === 1 ? items[0] : { type: 'sequence', items };
  }

  /** An atom with its quantifier, onto `items`; a word literal may stand for several tokens. */
  private parseItem(items: Node[]): void {
    if (this.lexemes[this.at] === '!') {
      this.at++;
      items.push({ type: 'not', node: this.parseAtom() });
      return;
    }
    const atom = this.parseAtom();
    const next = this.lexemes[this.at];
    if (next !== '?' && next?.[0] !== '{') {
      if (atom.type === 'sequence' && atom.literal) items.push(...atom.items);
      else items.push(atom);
      return;
    }
    this.at++;
    let min = 0;
    let max = 1;
    if (next !== '?') {
      const [low, high = low] = next.slice(1, -1).split(',');
      min = Number(low);
      max = Number(high);
      if (low === '' || !Number.isInteger(min) || !Number.isInteger(max) || max < min) this.fail(`bad quantifier ${next}`);
    }
    if (atom.type === 'not' || atom.type === 'clause-start' || atom.type === 'clause-end') this.fail('a quantifier needs something that takes a token');
    items.push({ type: 'repeat', node: atom, min, max });
  }

  private parseAtom(): Node {
    const lexeme = this.lexemes[this.at++];
    switch (lexeme) {
      case '(': {
        const inner = this.parseChoice();
        if (this.lexemes[this.at++] !== ')') this.fail('missing ")"');
        return inner;
      }
      case '_':
        return { type: 'any' };
      case '^':
        return { type: 'clause-start' };
      case '$':
        return { type: 'clause-end' };
      case '@':
        return this.compiler.fragment(this.name(), this.using);
      case '*':
        return { type: 'suffix', text: this.compiler.tokensOf(this.name()).join('') };
      case undefined:
      case ')':
      case '|':
      case '!':
      case '?':
        this.fail(`unexpected ${lexeme ?? 'end'}`);
    }
    if (lexeme[0] === '[') {
      const mark = lexeme.slice(1, -1);
      if (mark !== SENTENCE_END && mark !== QUESTION_MARK && mark !== CLAUSE_MARK) this.fail(`unknown mark ${lexeme}`);
      return { type: 'word', word: mark };
    }
    if (lexeme[0] === '{') this.fail(`a quantifier ${lexeme} without anything before it`);
    if (this.lexemes[this.at] === '*') {
      this.at++;
      return { type: 'prefix', text: this.compiler.tokensOf(lexeme).join('') };
    }
    const tokens = this.compiler.tokensOf(lexeme);
    if (tokens.length === 0) this.fail(`"${lexeme}" has no word in it`);
    if (tokens.length === 1) return { type: 'word', word: tokens[0] };
    // "don't" is two tokens: a sequence a quantifier applies to as a whole.
    return { type: 'sequence', items: tokens.map((token) => ({ type: 'word', word: token })), literal: true };
  }

  /** The word after `@` or `*`. */
  private name(): string {
    const name = this.lexemes[this.at++];
    if (name === undefined || !/^[^()|!@^$*?[{]/.test(name)) this.fail('a name must follow @ and *');
    return name;
  }

  private fail(message: string): never {
    throw new Error(`word pattern: ${message} at lexeme ${this.at} in "${this.source}"`);
  }
}


/** One match of a pattern of a set: which pattern, from which token to which (exclusive). */
export interface WordMatch {
  pattern: number;
  from: number;
  to: number;
}

/**
 * Patterns indexed by the words they start with: a scan of a text tries, at each token, only
 * the patterns that can start with it, and only those whose required words the text holds.
 * Each pattern is compiled as its top-level alternatives, each with its own index entries and
 * required words.
 */
export class WordPatternSet {
  private readonly alternatives: WordPattern[] = [];
  /** The pattern each alternative belongs to. */
  private readonly owners: number[] = [];
  private readonly byFirstWord = new Map<string, FirstWordEntry>();
  private readonly patternCount: number;

  constructor(sources: readonly string[], compiler: WordPatternCompiler) {
    this.patternCount = sources.length;
    sources.forEach((source, owner) => {
      for (const pattern of compiler.compileAlternatives(source)) {
        const index = this.alternatives.length;
        this.alternatives.push(pattern);
        this.owners.push(owner);
        for (const word of pattern.firstWords) {
          const entry = this.byFirstWord.get(word);
          if (entry) entry.all.push(index);
          else this.byFirstWord.set(word, { all: [index], bySecond: null, anySecond: [] });
        }
      }
    });
  }

  /**
   * The alternatives that can match at a token `first` followed by `second` (undefined at the
   * end), in order: those whose second word is `second` and those that take any second word.
   * Most tries of a pattern at a common first word ("I", "we") end at the second word: this
   * index spares the scan those tries. Made on the first meeting of the first word, since most
   * first words of a table never occur in a page.
   */
  private candidates(entry: FirstWordEntry, second: string | undefined): readonly number[] {
    let bySecond = entry.bySecond;
    if (bySecond === null) {
      bySecond = entry.bySecond = new Map();
      for (const index of entry.all) {
        const seconds = this.alternatives[index].secondWords;
        if (seconds === null) entry.anySecond.push(index);
        else for (const word of seconds) bySecond.set(word, []);
      }
      for (const [word, list] of bySecond) {
        for (const index of entry.all) {
          const seconds = this.alternatives[index].secondWords;
          if (seconds === null || seconds.has(word)) list.push(index);
        }
      }
    }
    return (second === undefined ? undefined : bySecond.get(second)) ?? entry.anySecond;
  }

  /**
   * Calls `take` with each match, in text order (at one token, in pattern order); a pattern is
   * looked for no more once `take` returned true for one of its matches.
   */
  scan(tokens: Tokens, take: (match: WordMatch) => boolean): void {
    const { words } = tokens;
    let present: Set<string> | null = null;
    // Per alternative: not looked at yet, done with (matched, or a required word is missing), or possible.
    const state = new Uint8Array(this.alternatives.length);
    // Per pattern: whether `take` took one of its matches.
    const taken = new Uint8Array(this.patternCount);
    for (let i = 0; i < words.length; i++) {
      const entry = this.byFirstWord.get(words[i]);
      if (entry === undefined) continue;
      const candidates = this.candidates(entry, i + 1 < words.length ? words[i + 1] : undefined);
      for (let k = 0; k < candidates.length; k++) {
        const index = candidates[k];
        if (state[index] === DONE) continue;
        const owner = this.owners[index];
        if (taken[owner] === 1) {
          state[index] = DONE;
          continue;
        }
        const pattern = this.alternatives[index];
        if (state[index] === UNSEEN) {
          // The required words are checked once, for the alternatives whose first word occurs.
          present ??= new Set(words);
          state[index] = holdsAll(pattern.required, present) ? POSSIBLE : DONE;
          if (state[index] === DONE) continue;
        }
        const to = pattern.matchAt(words, i);
        if (to >= 0 && take({ pattern: owner, from: i, to })) {
          state[index] = DONE;
          taken[owner] = 1;
        }
      }
    }
  }
}

/** The alternatives of a set that start with one word (`WordPatternSet.candidates`). */
interface FirstWordEntry {
  /** All of them, in order. */
  all: number[];
  /** By the word after the first: those that can go on with it. Null until first needed. */
  bySecond: Map<string, number[]> | null;
  /** Those that can go on with any word. */
  anySecond: number[];
}

const UNSEEN = 0;
const DONE = 1;
const POSSIBLE = 2;

/** Whether `present` holds one word of each of `required` (a loop: no closure made per pattern). */
function holdsAll(required: ReadonlyArray<ReadonlySet<string>>, present: ReadonlySet<string>): boolean {
  for (let k = 0; k < required.length; k++) if (!someIn(required[k], present)) return false;
  return true;
}

/** Whether one of `options` is in `present`. */
function someIn(options: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  if (options.size > present.size) {
    for (const word of present) if (options.has(word)) return true;
    return false;
  }
  for (const word of options) if (present.has(word)) return true;
  return false;
}
