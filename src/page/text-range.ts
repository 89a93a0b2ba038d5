import { isOutsideText } from '../core/extract';
import { INVISIBLE_CHARS, SPACE_CHARS } from '../core/text';

/**
 * Offsets in the analysis are offsets into a paragraph's normalised text (see normalizeText:
 * invisible characters removed, runs of spaces folded to one, trimmed, a line break read as a
 * space); a paragraph that is part of its element (a question and its answer in one `<p>`)
 * starts at its `offset` in the element's text. This maps them back to a DOM Range over the
 * live paragraph's text nodes, without touching the DOM.
 */

/** Characters [start, end) of a paragraph of the article, as offsets into its normalised text. */
export interface TextSpan {
  /** Index into `Analysis.paragraphs`. */
  paragraph: number;
  start: number;
  end: number;
}

/** Characters normalizeText removes. */
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);

/** Characters normalizeText folds into one space. */
const SPACE = new RegExp(`[${SPACE_CHARS}]`);

/** The Range of characters [start, end) of the element's normalised text, or null if out of bounds. */
export function rangeOfNormalized(el: Element, start: number, end: number): Range | null {
  const doc = el.ownerDocument;
  let emitted = 0;
  let pendingSpace = false;
  let startAt: [Node, number] | null = null;
  let endAt: [Node, number] | null = null;

  const emit = (node: Node, offset: number) => {
    if (emitted === start) startAt = [node, offset];
    emitted++;
    if (emitted === end) endAt = [node, offset + 1];
  };
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
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
            emit(child, i);
            pendingSpace = false;
          }
          emit(child, i);
          if (endAt) return true;
        }
      } else if (child.nodeType === 1 && (child as Element).localName === 'br') {
        // The extraction reads a line break as a space.
        pendingSpace = emitted > 0;
      } else if (child.nodeType === 1 && !isOutsideText(child as Element) && walk(child)) {
        return true;
      }
    }
    return false;
  };
  walk(el);
  if (!startAt || !endAt) return null;
  const range = doc.createRange();
  range.setStart(...(startAt as [Node, number]));
  range.setEnd(...(endAt as [Node, number]));
  return range;
}
