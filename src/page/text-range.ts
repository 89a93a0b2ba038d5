import { walkText } from '../core/extract/element-text';

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

/** The Range of characters [start, end) of the element's normalised text, or null if out of bounds. */
export function rangeOfNormalized(el: Element, start: number, end: number): Range | null {
  let at = 0;
  let startAt: [Node, number] | null = null;
  let endAt: [Node, number] | null = null;
  walkText(el, (node, index) => {
    if (at === start) startAt = [node, index];
    at++;
    if (at === end) endAt = [node, index + 1];
    return endAt !== null;
  });
  if (!startAt || !endAt) return null;
  const range = el.ownerDocument.createRange();
  range.setStart(...(startAt as [Node, number]));
  range.setEnd(...(endAt as [Node, number]));
  return range;
}
