/**
 * A small parser and printer for the regular expressions of the phrase tables, so that
 * `folded-pattern.ts` can read which words a pattern needs and write a case-folded copy of it.
 * It knows the ECMAScript syntax the tables use (groups, look-arounds, classes, quantifiers,
 * `\b`, `\s`, `\w`, `\d`, `\p{...}`); anything else (backreferences, `\c`, a class escape in a
 * range) makes `parseRegExp` throw, and the caller then keeps the pattern as it is.
 */

/**
 * One class member: a character, a range of characters, or a class escape (`\s`, `\p{L}`).
 * A character keeps the text it was written as (`raw`), so that printing gives the source back.
 */
export type ClassItem =
  | { type: 'char'; value: string; raw?: string }
  | { type: 'range'; from: string; to: string; raw?: string }
  | { type: 'escape'; raw: string };

/** A node of the tree. `char` holds one code point (`u` flag) or one code unit, and how it was written. */
export type RegExpNode =
  | { type: 'char'; value: string; raw?: string }
  | { type: 'class'; negated: boolean; items: ClassItem[] }
  | { type: 'escape'; raw: string }
  | { type: 'dot' }
  | { type: 'assertion'; raw: '^' | '$' | '\\b' | '\\B' }
  | { type: 'group'; open: GroupOpen; alternatives: RegExpNode[][] }
  | { type: 'quantifier'; node: RegExpNode; min: number; max: number; raw: string };

/** How a group opens; named groups keep their name in `open`. */
export type GroupOpen = '(' | '(?:' | '(?=' | '(?!' | '(?<=' | '(?<!' | `(?<${string}>`;

/** Parses `source` as written with `flags`; the top level is a list of alternatives. */
export function parseRegExp(source: string, flags: string): RegExpNode[][] {
  const parser = new Parser(source, flags.includes('u'));
  const alternatives = parser.disjunction();
  if (parser.pos !== source.length) throw new SyntaxError(`unexpected ")" at ${parser.pos} in /${source}/`);
  return alternatives;
}

/** Prints a tree back to source that means the same under the same flags. */
export function printRegExp(alternatives: RegExpNode[][]): string {
  return alternatives.map((terms) => terms.map(printNode).join('')).join('|');
}

function printNode(node: RegExpNode): string {
  switch (node.type) {
    case 'char':
      return node.raw ?? printChar(node.value, false);
    case 'class':
      return `[${node.negated ? '^' : ''}${node.items.map(printClassItem).join('')}]`;
    case 'escape':
      return node.raw;
    case 'dot':
      return '.';
    case 'assertion':
      return node.raw;
    case 'group':
      return `${node.open}${printRegExp(node.alternatives)})`;
    case 'quantifier':
      return printNode(node.node) + node.raw;
  }
}

function printClassItem(item: ClassItem): string {
  if (item.type === 'char') return item.raw ?? printChar(item.value, true);
  if (item.type === 'range') return item.raw ?? `${printChar(item.from, true)}-${printChar(item.to, true)}`;
  return item.raw;
}

/** Characters that must be escaped to stand for themselves, outside and inside a class. */
const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');
const CLASS_SYNTAX_CHARS = new Set('\\]^-[');

function printChar(value: string, inClass: boolean): string {
  const code = value.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return (inClass ? CLASS_SYNTAX_CHARS : SYNTAX_CHARS).has(value) ? `\\${value}` : value;
}

/** Single-letter escapes that stand for one character. */
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/;

class Parser {
  pos = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  disjunction(): RegExpNode[][] {
    const alternatives = [this.alternative()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.alternative());
    }
    return alternatives;
  }

  private alternative(): RegExpNode[] {
    const terms: RegExpNode[] = [];
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')') {
      terms.push(this.term());
    }
    return terms;
  }

  private term(): RegExpNode {
    const atom = this.atom();
    const quantifier = QUANTIFIER.exec(this.source.slice(this.pos));
    if (!quantifier) return atom;
    if (atom.type === 'assertion') throw new SyntaxError(`quantified assertion at ${this.pos}`);
    this.pos += quantifier[0].length;
    const [raw, from, comma, to] = quantifier;
    const bounds: Record<string, [number, number]> = { '*': [0, Infinity], '+': [1, Infinity], '?': [0, 1] };
    const [min, max] =
      bounds[raw[0]] ?? [Number(from), comma === undefined ? Number(from) : to === '' ? Infinity : Number(to)];
    return { type: 'quantifier', node: atom, min, max, raw };
  }

  private atom(): RegExpNode {
    const ch = this.source[this.pos];
    if (ch === '^' || ch === '$') {
      this.pos++;
      return { type: 'assertion', raw: ch };
    }
    if (ch === '.') {
      this.pos++;
      return { type: 'dot' };
    }
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '*' || ch === '+' || ch === '?') throw new SyntaxError(`nothing to repeat at ${this.pos}`);
    if (ch === '\\') {
      const next = this.source[this.pos + 1];
      if (next === 'b' || next === 'B') {
        this.pos += 2;
        return { type: 'assertion', raw: `\\${next}` };
      }
      if (next !== undefined && /[1-9k]/.test(next)) throw new SyntaxError(`backreference at ${this.pos}`);
      const escape = this.classEscape();
      if (escape) return { type: 'escape', raw: escape };
      const start = this.pos;
      return { type: 'char', value: this.charEscape(false), raw: this.source.slice(start, this.pos) };
    }
    const start = this.pos;
    return { type: 'char', value: this.literal(), raw: this.source.slice(start, this.pos) };
  }

  private group(): RegExpNode {
    const open = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.pos))![0] as GroupOpen;
    if (this.source.startsWith('(?', this.pos) && open === '(') throw new SyntaxError(`unknown group at ${this.pos}`);
    this.pos += open.length;
    const alternatives = this.disjunction();
    if (this.source[this.pos] !== ')') throw new SyntaxError(`unclosed group in /${this.source}/`);
    this.pos++;
    return { type: 'group', open, alternatives };
  }

  private characterClass(): RegExpNode {
    this.pos++;
    const negated = this.source[this.pos] === '^';
    if (negated) this.pos++;
    const items: ClassItem[] = [];
    while (this.source[this.pos] !== ']') {
      if (this.pos >= this.source.length) throw new SyntaxError(`unclosed class in /${this.source}/`);
      const from = this.classAtom();
      if (this.source[this.pos] === '-' && this.source[this.pos + 1] !== ']' && this.pos + 1 < this.source.length) {
        this.pos++;
        const to = this.classAtom();
        if (from.type !== 'char' || to.type !== 'char') throw new SyntaxError(`class escape in a range in /${this.source}/`);
        items.push({ type: 'range', from: from.value, to: to.value, raw: `${from.raw}-${to.raw}` });
      } else {
        items.push(from);
      }
    }
    this.pos++;
    return { type: 'class', negated, items };
  }

  private classAtom(): ClassItem {
    const start = this.pos;
    if (this.source[this.pos] !== '\\') return { type: 'char', value: this.literal(), raw: this.source.slice(start, this.pos) };
    const escape = this.classEscape();
    if (escape) return { type: 'escape', raw: escape };
    return { type: 'char', value: this.charEscape(true), raw: this.source.slice(start, this.pos) };
  }

  /** `\d \D \s \S \w \W`, and `\p{...} \P{...}` with the `u` flag; null for anything else. */
  private classEscape(): string | null {
    const next = this.source[this.pos + 1];
    if (next !== undefined && 'dDsSwW'.includes(next)) {
      this.pos += 2;
      return `\\${next}`;
    }
    if (this.unicode && (next === 'p' || next === 'P')) {
      const end = this.source.indexOf('}', this.pos);
      if (this.source[this.pos + 2] !== '{' || end < 0) throw new SyntaxError(`bad property escape at ${this.pos}`);
      const raw = this.source.slice(this.pos, end + 1);
      this.pos = end + 1;
      return raw;
    }
    return null;
  }

  /** The character an escape stands for; `\b` in a class is a backspace. */
  private charEscape(inClass: boolean): string {
    const next = this.source[this.pos + 1];
    if (next === undefined) throw new SyntaxError(`trailing backslash in /${this.source}/`);
    if (inClass && next === 'b') {
      this.pos += 2;
      return '\b';
    }
    if (next in CONTROL_ESCAPES && !(next === '0' && /\d/.test(this.source[this.pos + 2] ?? ''))) {
      this.pos += 2;
      return CONTROL_ESCAPES[next];
    }
    const hex = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\})/.exec(this.source.slice(this.pos));
    if (hex && (hex[3] === undefined || this.unicode)) {
      this.pos += hex[0].length;
      return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16));
    }
    if (/[A-Za-z0-9]/.test(next)) throw new SyntaxError(`unsupported escape \\${next} in /${this.source}/`);
    this.pos++;
    return this.literal();
  }

  /** One literal character: a code point with the `u` flag, else a code unit. */
  private literal(): string {
    const value = this.unicode ? String.fromCodePoint(this.source.codePointAt(this.pos)!) : this.source[this.pos];
    this.pos += value.length;
    return value;
  }
}
