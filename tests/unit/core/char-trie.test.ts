import { describe, expect, it } from 'vitest';
import { nodeFor, type CharTrieNode } from '../../../src/core/char-trie';

interface Node extends CharTrieNode<Node> {
  ends: string[];
}
const newNode = (): Node => ({ next: new Map(), ends: [] });

describe('nodeFor', () => {
  it('leads the same string to the same node, and strings with a common start through common nodes', () => {
    const root = newNode();
    nodeFor(root, 'not', newNode).ends.push('not');
    nodeFor(root, 'note', newNode).ends.push('note');
    expect(nodeFor(root, 'not', newNode).ends).toEqual(['not']);
    const n = root.next.get('n'.charCodeAt(0))!;
    expect(n.next.size).toBe(1);
    expect(nodeFor(n, 'ote', newNode).ends).toEqual(['note']);
  });

  it('makes a node only where the trie lacked one, and gives the root for the empty string', () => {
    const root = newNode();
    let made = 0;
    const counted = () => (made++, newNode());
    nodeFor(root, 'abc', counted);
    nodeFor(root, 'abd', counted);
    expect(made).toBe(4);
    expect(nodeFor(root, '', counted)).toBe(root);
  });
});
