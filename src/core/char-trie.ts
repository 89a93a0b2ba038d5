/**
 * A trie of strings by UTF-16 code unit, for the knowledge base's aliases (link.ts), held in
 * three typed arrays: the trie is read a few thousand times per page, right after Readability
 * has worked through the page, and a walk through a map per node then waited on memory at every
 * step. Here a node's edges sit side by side, and a string's nodes follow each other (numbered
 * depth first), so a walk reads a few neighbouring cache lines. Beside it, the bitmaps used to
 * skip the walk where no key can start.
 */

/** No node: where `step` finds no edge. */
export const NO_NODE = -1;

/** The root of every trie. */
export const ROOT = 0;

/** Files strings with a value each, then freezes them into a `CharTrie`. */
export class CharTrieBuilder<T> {
  private readonly values = new Map<string, T>();

  /** The value filed under `key`, made by `make` if the key is new (callers add to it). */
  valueFor(key: string, make: () => T): T {
    let value = this.values.get(key);
    if (value === undefined) this.values.set(key, (value = make()));
    return value;
  }

  /**
   * The trie of the keys filed so far. Sorted, the keys give the nodes depth first in one pass
   * (a key adds a node for each character past what it shares with the key before it), and each
   * node's children in ascending order: no map per node, no sort per node (the trie is built on
   * the first analysis of each page load, where it counts).
   */
  freeze(): CharTrie<T> {
    const keys = [...this.values.keys()].sort();
    let nodes = 1;
    for (let k = 0; k < keys.length; k++) nodes += keys[k].length - sharedLength(keys[k - 1] ?? '', keys[k]);
    const parents = new Int32Array(nodes);
    const codes = new Uint16Array(nodes);
    const values: (T | null)[] = new Array<T | null>(nodes).fill(null);
    /** The nodes along the key before, by depth. */
    const path = [ROOT];
    let made = 1;
    let previous = '';
    for (const key of keys) {
      path.length = sharedLength(previous, key) + 1;
      for (let depth = path.length - 1; depth < key.length; depth++) {
        parents[made] = path[depth];
        codes[made] = key.charCodeAt(depth);
        path.push(made++);
      }
      values[path[key.length]] = this.values.get(key)!;
      previous = key;
    }
    // Edges grouped by the node they leave, each group in the order its nodes were made.
    const firstEdge = new Int32Array(nodes + 1);
    for (let node = 1; node < nodes; node++) firstEdge[parents[node] + 1]++;
    for (let node = 0; node < nodes; node++) firstEdge[node + 1] += firstEdge[node];
    const free = firstEdge.slice(0, nodes);
    const edgeCodes = new Uint16Array(nodes - 1);
    const targets = new Int32Array(nodes - 1);
    for (let node = 1; node < nodes; node++) {
      const edge = free[parents[node]]++;
      edgeCodes[edge] = codes[node];
      targets[edge] = node;
    }
    return new CharTrie(firstEdge, edgeCodes, targets, values);
  }
}

/** How many code units `a` and `b` start with in common. */
function sharedLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Above this many edges a node's edges are searched by halving, below it one by one. */
const SCAN_EDGES = 8;

/** A trie, made by `CharTrieBuilder.freeze`: nodes are numbers, `ROOT` first. */
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
}

/**
 * A bitmap of `size` bits: the cheap test in front of a walk (can a key start here?), a bit
 * per slot so that it stays in the nearest cache while a text is read.
 */
export function newBitmap(size: number): Uint32Array {
  return new Uint32Array((size + 31) >> 5);
}

export function setBit(bits: Uint32Array, i: number): void {
  bits[i >> 5] |= 1 << (i & 31);
}

export function hasBit(bits: Uint32Array, i: number): boolean {
  return (bits[i >> 5] & (1 << (i & 31))) !== 0;
}
