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

/** What a compiled pattern does at token `i`: calls `next` with where it ends, returns `next`'s result or -1. */
type Matcher = (words: readonly string[], i: number, next: (end: number) => number) => number;

/** A parsed pattern. Fragments are parsed once and shared by the patterns that use them. */
type Node =
  | { type: 'word'; word: string }
  | { type: 'words'; words: Set<string> }
  | { type: 'prefix' | 'suffix'; text: string }
  | { type: 'any' | 'clause-start' | 'clause-end' }
  | { type: 'not'; node: Node }
  | { type: 'sequence'; items: Node[] }
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
}

const SPECIALS = new Set(['(', ')', '|', '?', '{', '!', '@', '^', '$', '[', '_']);
/** A literal the tokenizer would leave as it is: lower-case ASCII letters and digits. */
const PLAIN_WORD = /^[a-z0-9]+$/;
const ACCEPT = (end: number) => end;

/**
 * Compiles the patterns of one language, sharing the work: each fragment is parsed and
 * compiled once, each literal tokenized once.
 */
export class WordPatternCompiler {
  private readonly fragmentNodes = new Map<string, Node>();
  private readonly literals = new Map<string, string[]>();
  private readonly matchers = new WeakMap<Node, Matcher>();
  private readonly firsts = new WeakMap<Node, First>();
  private readonly requirements = new WeakMap<Node, Array<Set<string>>>();

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
    const node = this.parse(source, []);
    const first = this.first(node);
    if (!anyStart && (first.open || first.empty)) throw new Error(`word pattern must start with a word: ${source}`);
    // Built on the first try: most patterns of a table never meet their first word in a page.
    let match: Matcher | null = null;
    return {
      source,
      matchAt: (words, start) => (match ??= this.matcher(node))(words, start, ACCEPT),
      matchesBetween: (words, start, end) => (match ??= this.matcher(node))(words, start, (j) => (j === end ? j : -1)) >= 0,
      firstWords: first.words,
      required: this.required(node),
    };
  }

  /**
   * Words a text must hold for `node` to match in it, as sets of which one word each must
   * occur: a cheap test that spares a scan the patterns whose words are not in the text.
   */
  private required(node: Node): Array<Set<string>> {
    let required = this.requirements.get(node);
    if (!required) {
      required = this.requiredOf(node);
      this.requirements.set(node, required);
    }
    return required;
  }

  private requiredOf(node: Node): Array<Set<string>> {
    switch (node.type) {
      case 'word':
        return [new Set([node.word])];
      case 'words':
        return [node.words];
      case 'repeat':
        return node.min > 0 ? this.required(node.node) : [];
      case 'sequence':
        return node.items.flatMap((item) => this.required(item));
      case 'choice': {
        // Whichever option matches, one word of its first set occurs.
        const union = new Set<string>();
        for (const option of node.options) {
          const first = this.required(option)[0];
          if (first === undefined) return [];
          for (const word of first) union.add(word);
        }
        return [union];
      }
      default:
        return [];
    }
  }

  /** The tokens a literal of the source stands for ("don't" is `do not`). */
  tokensOf(word: string): string[] {
    let tokens = this.literals.get(word);
    if (!tokens) {
      tokens = PLAIN_WORD.test(word) ? [word] : tokenize(word, this.lang).words;
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
        first = { words: new Set(), open: false, empty: true };
        for (const item of node.items) {
          const next = this.first(item);
          for (const word of next.words) first.words.add(word);
          first.open ||= next.open;
          if (!next.empty) {
            first.empty = false;
            break;
          }
        }
        break;
      }
      case 'choice': {
        first = { words: new Set(), open: false, empty: false };
        for (const option of node.options) {
          const next = this.first(option);
          for (const word of next.words) first.words.add(word);
          first.open ||= next.open;
          first.empty ||= next.empty;
        }
        break;
      }
    }
    this.firsts.set(node, first);
    return first;
  }

  private matcher(node: Node): Matcher {
    let match = this.matchers.get(node);
    if (!match) {
      match = this.build(node);
      this.matchers.set(node, match);
    }
    return match;
  }

  private build(node: Node): Matcher {
    switch (node.type) {
      case 'word': {
        const { word } = node;
        return (words, i, next) => (words[i] === word ? next(i + 1) : -1);
      }
      case 'words': {
        const set = node.words;
        return (words, i, next) => (i < words.length && set.has(words[i]) ? next(i + 1) : -1);
      }
      case 'prefix': {
        const { text } = node;
        return (words, i, next) => (i < words.length && words[i].startsWith(text) && !isMark(words[i]) ? next(i + 1) : -1);
      }
      case 'suffix': {
        const { text } = node;
        return (words, i, next) => (i < words.length && words[i].endsWith(text) && !isMark(words[i]) ? next(i + 1) : -1);
      }
      case 'any':
        return (words, i, next) => (i < words.length && !isMark(words[i]) ? next(i + 1) : -1);
      case 'clause-start':
        return (words, i, next) => (i === 0 || isMark(words[i - 1]) ? next(i) : -1);
      case 'clause-end':
        return (words, i, next) => (i >= words.length || isMark(words[i]) ? next(i) : -1);
      case 'not': {
        const inner = this.matcher(node.node);
        return (words, i, next) => (inner(words, i, ACCEPT) < 0 ? next(i) : -1);
      }
      case 'sequence':
        return node.items.reduceRight<Matcher>(
          (rest, item) => {
            const match = this.matcher(item);
            return (words, i, next) => match(words, i, (j) => rest(words, j, next));
          },
          (_words, i, next) => next(i),
        );
      case 'choice': {
        const options = node.options.map((option) => this.matcher(option));
        return (words, i, next) => {
          for (const option of options) {
            const end = option(words, i, next);
            if (end >= 0) return end;
          }
          return -1;
        };
      }
      case 'repeat': {
        const inner = this.matcher(node.node);
        const { min, max } = node;
        // As many as possible first, then fewer.
        const from = (count: number, words: readonly string[], i: number, next: (end: number) => number): number => {
          if (count < max) {
            const end = inner(words, i, (j) => from(count + 1, words, j, next));
            if (end >= 0) return end;
          }
          return count >= min ? next(i) : -1;
        };
        return (words, i, next) => from(0, words, i, next);
      }
    }
  }
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

class Parser {
  private pos = 0;

  constructor(
    private readonly source: string,
    private readonly compiler: WordPatternCompiler,
    private readonly using: string[],
  ) {}

  parseAll(): Node {
    const node = this.parseChoice();
    this.skipSpace();
    if (this.pos < this.source.length) this.fail(`unexpected "${this.source[this.pos]}"`);
    return node;
  }

  private parseChoice(): Node {
    const options = [this.parseSequence()];
    while (this.peek() === '|') {
      this.pos++;
      options.push(this.parseSequence());
    }
    if (options.length === 1) return options[0];
    // A choice of single words is one set lookup.
    if (options.every((option) => option.type === 'word')) {
      return { type: 'words', words: new Set(options.map((option) => (option as { word: string }).word)) };
    }
    return { type: 'choice', options };
  }

  private parseSequence(): Node {
    const items: Node[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.source[this.pos];
      if (ch === undefined || ch === '|' || ch === ')') break;
      items.push(...this.parseItem());
    }
    return items.length === 1 ? items[0] : { type: 'sequence', items };
  }

  /** An atom with its quantifier; a word literal may stand for several tokens. */
  private parseItem(): Node[] {
    if (this.source[this.pos] === '!') {
      this.pos++;
      return [{ type: 'not', node: sequenceOf(this.parseAtom()) }];
    }
    const atoms = this.parseAtom();
    const quantifier = this.parseQuantifier();
    if (!quantifier) return atoms;
    const [min, max] = quantifier;
    const node = sequenceOf(atoms);
    if (node.type === 'not' || node.type === 'clause-start' || node.type === 'clause-end') this.fail('a quantifier needs something that takes a token');
    return [{ type: 'repeat', node, min, max }];
  }

  private parseAtom(): Node[] {
    const ch = this.source[this.pos];
    if (ch === '(') {
      this.pos++;
      const inner = this.parseChoice();
      if (this.source[this.pos] !== ')') this.fail('missing ")"');
      this.pos++;
      return [inner];
    }
    if (ch === '[') {
      const end = this.source.indexOf(']', this.pos);
      const mark = this.source.slice(this.pos + 1, end);
      if (mark !== SENTENCE_END && mark !== QUESTION_MARK && mark !== CLAUSE_MARK) this.fail(`unknown mark [${mark}]`);
      this.pos = end + 1;
      return [{ type: 'word', word: mark }];
    }
    if (ch === '_') {
      this.pos++;
      return [{ type: 'any' }];
    }
    if (ch === '^') {
      this.pos++;
      return [{ type: 'clause-start' }];
    }
    if (ch === '$') {
      this.pos++;
      return [{ type: 'clause-end' }];
    }
    if (ch === '@') {
      this.pos++;
      return [this.compiler.fragment(this.readName(), this.using)];
    }
    if (ch === '*') {
      this.pos++;
      return [{ type: 'suffix', text: this.compiler.tokensOf(this.readName()).join('') }];
    }
    const word = this.readName();
    if (word === '') this.fail(`unexpected "${ch}"`);
    if (this.source[this.pos] === '*') {
      this.pos++;
      return [{ type: 'prefix', text: this.compiler.tokensOf(word).join('') }];
    }
    const tokens = this.compiler.tokensOf(word);
    if (tokens.length === 0) this.fail(`"${word}" has no word in it`);
    return tokens.map((token) => ({ type: 'word', word: token }));
  }

  private parseQuantifier(): [number, number] | null {
    const ch = this.source[this.pos];
    if (ch === '?') {
      this.pos++;
      return [0, 1];
    }
    if (ch !== '{') return null;
    const end = this.source.indexOf('}', this.pos);
    const body = this.source.slice(this.pos + 1, end);
    const match = /^(\d+)(?:,(\d+))?$/.exec(body);
    if (end < 0 || !match) this.fail('bad {m,n}');
    this.pos = end + 1;
    const min = Number(match![1]);
    return [min, match![2] === undefined ? min : Number(match![2])];
  }

  /** A word of the source: anything up to a space or a special character (apostrophes included). */
  private readName(): string {
    const from = this.pos;
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos];
      if (ch === ' ' || ch === '*' || ch === '}' || ch === ']' || (SPECIALS.has(ch) && ch !== '_')) break;
      this.pos++;
    }
    return this.source.slice(from, this.pos);
  }

  private peek(): string | undefined {
    this.skipSpace();
    return this.source[this.pos];
  }

  private skipSpace(): void {
    while (this.source[this.pos] === ' ' || this.source[this.pos] === '\n') this.pos++;
  }

  private fail(message: string): never {
    throw new Error(`word pattern: ${message} at ${this.pos} in "${this.source}"`);
  }
}

function sequenceOf(nodes: Node[]): Node {
  return nodes.length === 1 ? nodes[0] : { type: 'sequence', items: nodes };
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
  private readonly byFirstWord = new Map<string, number[]>();

  constructor(sources: readonly string[], compiler: WordPatternCompiler) {
    sources.forEach((source, owner) => {
      for (const part of splitAlternatives(source)) {
        const index = this.alternatives.length;
        const pattern = compiler.compile(part);
        this.alternatives.push(pattern);
        this.owners.push(owner);
        for (const word of pattern.firstWords) {
          const list = this.byFirstWord.get(word);
          if (list) list.push(index);
          else this.byFirstWord.set(word, [index]);
        }
      }
    });
  }

  /**
   * Calls `take` with each match, in text order (at one token, in pattern order); a pattern is
   * looked for no more once `take` returned true for one of its matches.
   */
  scan(tokens: Tokens, take: (match: WordMatch) => boolean): void {
    const { words } = tokens;
    const present = new Set(words);
    const done = new Uint8Array(this.alternatives.length);
    const taken = new Set<number>();
    this.alternatives.forEach((pattern, index) => {
      if (!pattern.required.every((options) => someIn(options, present))) done[index] = 1;
    });
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i]);
      if (candidates === undefined) continue;
      for (const index of candidates) {
        if (done[index] === 1) continue;
        const owner = this.owners[index];
        if (taken.has(owner)) {
          done[index] = 1;
          continue;
        }
        const to = this.alternatives[index].matchAt(words, i);
        if (to >= 0 && take({ pattern: owner, from: i, to })) {
          done[index] = 1;
          taken.add(owner);
        }
      }
    }
  }
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
