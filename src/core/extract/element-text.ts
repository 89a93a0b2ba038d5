import { INVISIBLE_CHARS, SPACE_CHARS } from '../text';
import { isOutsideText } from './elements';

/**
 * An element's text as the analysis reads it, character by character: its text nodes in order,
 * what is never article text left out, invisible characters removed, runs of spaces (and line
 * breaks) read as one space, no space at the start (`normalizeText` of what the reader sees).
 * One walk for both sides: the extraction finds where a paragraph starts inside its element
 * (blog text parted by `<br><br>` beside other blocks), the page maps those offsets back to a
 * Range.
 */

/** Characters normalizeText removes. */
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);

/** Characters normalizeText folds into one space. */
const SPACE = new RegExp(`[${SPACE_CHARS}]`);

/**
 * Calls `emit` for each character of the element's normalised text, in order, with the text node
 * and index it stands at (a folded space stands at the character after it); stops when `emit`
 * returns true. `enter` is called as the walk reaches each node, before its characters.
 */
export function walkText(el: Element, emit: (node: Text, index: number) => boolean, enter?: (node: Node) => void): void {
  let emitted = 0;
  let pendingSpace = false;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      enter?.(child);
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (INVISIBLE.test(c)) continue;
          if (SPACE.test(c)) {
            pendingSpace = emitted > 0;
            continue;
          }
          if (pendingSpace) {
            pendingSpace = false;
            emitted++;
            if (emit(child as Text, i)) return true;
          }
          emitted++;
          if (emit(child as Text, i)) return true;
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        // A line break reads as a space.
        if (element.localName === 'br') pendingSpace = emitted > 0;
        else if (!isOutsideText(element) && walk(element)) return true;
      }
    }
    return false;
  };
  walk(el);
}

/** Where the first character at or after `node` stands in the element's normalised text, or -1. */
export function offsetOf(el: Element, node: Node): number {
  let reached = false;
  let at = 0;
  let found = -1;
  walkText(
    el,
    (text) => {
      if (reached && (text === node || node.contains(text) || followsOrIs(node, text))) {
        found = at;
        return true;
      }
      at++;
      return false;
    },
    (entered) => {
      if (entered === node) reached = true;
    },
  );
  return found;
}

/** `text` is `node` or comes after it in document order. */
function followsOrIs(node: Node, text: Node): boolean {
  return node === text || (node.compareDocumentPosition(text) & 4) !== 0;
}
