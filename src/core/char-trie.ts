/**
 * The one step the character tries share (link.ts's aliases, the non-answer needles in
 * lang/nonanswers/folded-pattern.ts): the node a string ends at, made along the way. Each
 * trie walks its own nodes when it reads text; only building them is common.
 */

/** A trie node: the node after each UTF-16 code unit. */
export interface CharTrieNode<N extends CharTrieNode<N>> {
  next: Map<number, N>;
}

/** The node `key` leads to from `root`, with the nodes it lacked made by `make`. */
export function nodeFor<N extends CharTrieNode<N>>(root: N, key: string, make: () => N): N {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined) node.next.set(code, (child = make()));
    node = child;
  }
  return node;
}
