/**
 * A trie of strings by UTF-16 code unit, shared by the knowledge base's aliases (link.ts) and
 * the non-answer needles (lang/nonanswers/folded-pattern.ts). It is built with a map per node,
 * then frozen into three typed arrays: the tries are read a few thousand times per page, right
 * after Readability has worked through the page, and a walk through thousands of scattered
 * maps then waits on memory at every step (the needles' trie alone has 6,000 nodes). Frozen,
 * a node's edges sit side by side, and a string's nodes follow each other (numbered depth
 * first), so a walk reads a few neighbouring cache lines.
 */

/** No node: where `step` finds no edge. */
export const NO_NODE = -1;

/** The root of every frozen trie. */
export const ROOT = 0;

/** A node being built: the node after each code unit, and what the strings ending here carry. */
interface BuildNode<T> {
  next: Map<number, BuildNode<T>>;
  value: T | null;
}

/** Files strings with a value each, then freezes them into a `CharTrie`. */
export class CharTrieBuilder<T> {
  private readonly root: BuildNode<T> = { next: new Map(), value: null };

  /** The value filed under `key`, made by `make` if the key is new (callers add to it). */
  valueFor(key: string, make: () => T): T {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) node.next.set(code, (child = { next: new Map(), value: null }));
      node = child;
    }
    return (node.value ??= make());
  }

  /** The trie as it stands, frozen (later filings do not reach it). */
  freeze(): CharTrie<T> {
    // Depth first, edges in ascending order (a stack, not recursion: a page's own name can be long).
    const order: BuildNode<T>[] = [];
    const stack = [this.root];
    while (stack.length) {
      const node = stack.pop()!;
      order.push(node);
      for (const code of [...node.next.keys()].sort((a, b) => b - a)) stack.push(node.next.get(code)!);
    }
    const ids = new Map(order.map((node, id) => [node, id]));
    const firstEdge = new Int32Array(order.length + 1);
    const codes = new Uint16Array(order.length - 1);
    const targets = new Int32Array(order.length - 1);
    const values: (T | null)[] = [];
    let edge = 0;
    order.forEach((node, id) => {
      firstEdge[id] = edge;
      values.push(node.value);
      for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
        codes[edge] = code;
        targets[edge++] = ids.get(node.next.get(code)!)!;
      }
    });
    firstEdge[order.length] = edge;
    return new CharTrie(firstEdge, codes, targets, values);
  }
}

/** Above this many edges a node's edges are searched by halving, below it one by one. */
const SCAN_EDGES = 8;

/** A frozen trie: nodes are numbers, `ROOT` first. */
export class CharTrie<T> {
  constructor(
    /** Where each node's edges start in `codes` and `targets` (one more entry: the end). */
    private readonly firstEdge: Int32Array,
    /** Each edge's code unit, in ascending order per node. */
    private readonly codes: Uint16Array,
    /** The node each edge leads to. */
    private readonly targets: Int32Array,
    /** What the strings ending at each node carry, or null. */
    private readonly values: readonly (T | null)[],
  ) {}

  /** The node after `code` from `node`, or `NO_NODE`. */
  step(node: number, code: number): number {
    const codes = this.codes;
    let lo = this.firstEdge[node];
    let hi = this.firstEdge[node + 1];
    if (hi - lo > SCAN_EDGES) {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (codes[mid] < code) lo = mid + 1;
        else hi = mid;
      }
      return lo < this.firstEdge[node + 1] && codes[lo] === code ? this.targets[lo] : NO_NODE;
    }
    for (; lo < hi; lo++) {
      const at = codes[lo];
      if (at === code) return this.targets[lo];
      if (at > code) break;
    }
    return NO_NODE;
  }

  /** What the strings ending at `node` carry, or null where none ends. */
  valueAt(node: number): T | null {
    return this.values[node];
  }

  /** The node `key` leads to from the root, or `NO_NODE`. */
  find(key: string): number {
    let node = ROOT;
    for (let i = 0; i < key.length && node !== NO_NODE; i++) node = this.step(node, key.charCodeAt(i));
    return node;
  }
}
