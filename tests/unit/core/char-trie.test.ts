import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharTrieBuilder, hasBit, newBitmap, NO_NODE, ROOT, setBit, type CharTrie } from '../../../src/core/char-trie';

/** The keys that start `text` at `start`, as a walk of the trie finds them. */
function keysAt(trie: CharTrie<string[]>, text: string, start: number): string[] {
  const found: string[] = [];
  let node = ROOT;
  for (let i = start; i < text.length && (node = trie.step(node, text.charCodeAt(i))) !== NO_NODE; i++) found.push(...(trie.valueAt(node) ?? []));
  return found;
}

/** The node `key` leads to from the root, or NO_NODE. */
function nodeOf(trie: CharTrie<unknown>, key: string): number {
  let node = ROOT;
  for (let i = 0; i < key.length && node !== NO_NODE; i++) node = trie.step(node, key.charCodeAt(i));
  return node;
}

function trieOf(keys: string[]): CharTrie<string[]> {
  const builder = new CharTrieBuilder<string[]>();
  for (const key of keys) builder.valueFor(key, () => []).push(key);
  return builder.freeze();
}

describe('CharTrie', () => {
  it('leads a key to what it was filed with, and a common start through common nodes', () => {
    const trie = trieOf(['not', 'note', 'nothing', 'never']);
    expect(trie.valueAt(nodeOf(trie, 'not'))).toEqual(['not']);
    expect(trie.valueAt(nodeOf(trie, 'note'))).toEqual(['note']);
    expect(trie.valueAt(nodeOf(trie, 'no'))).toBeNull();
    expect(trie.step(nodeOf(trie, 'no'), 't'.charCodeAt(0))).toBe(nodeOf(trie, 'not'));
    expect(nodeOf(trie, 'nope')).toBe(NO_NODE);
    expect(keysAt(trie, 'nothing else', 0)).toEqual(['not', 'nothing']);
  });

  it('gives one value per key, made once, however often the key is filed', () => {
    const builder = new CharTrieBuilder<string[]>();
    let made = 0;
    for (const key of ['Sam', 'Sam', 'Samuel']) {
      builder.valueFor(key, () => (made++, [])).push(key);
    }
    const trie = builder.freeze();
    expect(made).toBe(2);
    expect(trie.valueAt(nodeOf(trie, 'Sam'))).toEqual(['Sam', 'Sam']);
  });

  it('finds the edges of a node with many (searched by halving) and with few', () => {
    const wide = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i * 7) + 'x');
    const trie = trieOf(wide);
    for (const key of wide) expect(trie.valueAt(nodeOf(trie, key))).toEqual([key]);
    expect(nodeOf(trie, String.fromCharCode(0x4e01))).toBe(NO_NODE);
    expect(nodeOf(trie, String.fromCharCode(0xffff))).toBe(NO_NODE);
    expect(nodeOf(trie, '\0')).toBe(NO_NODE);
  });

  it('finds exactly the keys that start a text at each position, for any keys', () => {
    const alphabet = fc.constantFrom('a', 'b', 'n', 'o', 't', ' ', 'ü', '中', '\uffff');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), word, (keys, text) => {
        const trie = trieOf(keys);
        for (let start = 0; start < text.length; start++) {
          const expected = keys.filter((key) => text.startsWith(key, start));
          expect(keysAt(trie, text, start).sort()).toEqual(expected.sort());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is the empty trie when nothing was filed', () => {
    const trie = new CharTrieBuilder<string[]>().freeze();
    expect(trie.step(ROOT, 'a'.charCodeAt(0))).toBe(NO_NODE);
    expect(trie.valueAt(ROOT)).toBeNull();
  });
});

describe('bitmaps', () => {
  it('holds exactly the bits set, across word edges and up to the last code unit', () => {
    const bits = newBitmap(0x10000);
    const set = [0, 31, 32, 33, 0x4e2d, 0xffff];
    for (const i of set) setBit(bits, i);
    for (let i = 0; i <= 0xffff; i++) expect(hasBit(bits, i), String(i)).toBe(set.includes(i));
  });
});
