/**
 * Follows the reader through the article: the reading line is the middle of the viewport
 * (where a jump centres its paragraph), and the reader is at the last paragraph that begins
 * above it. One IntersectionObserver watches a thin band at the line; whenever a paragraph
 * enters or leaves the band (or the page jumps past it), the position is worked out again
 * from the paragraphs' boxes. `destroy()` disconnects it.
 */

export interface ReadingLine {
  destroy(): void;
}

/** The band: from the middle of the viewport, 1% high. */
const READING_BAND = '-50% 0px -49% 0px';

/** The reading line, as a share of the viewport's height. */
const LINE = 0.5;

/** Calls back with the index (into `elements`) of the paragraph the reader is at, when it changes. */
export function watchReadingLine(elements: readonly Element[], onParagraph: (index: number) => void): ReadingLine {
  const view = elements[0]?.ownerDocument.defaultView;
  if (!view || typeof IntersectionObserver === 'undefined') return { destroy() {} };
  let last = -1;
  const observer = new IntersectionObserver(
    () => {
      const index = paragraphAtLine(elements, view.innerHeight * LINE + 1);
      if (index >= 0 && index !== last) {
        last = index;
        onParagraph(index);
      }
    },
    { rootMargin: READING_BAND, threshold: 0 },
  );
  for (const el of elements) if (el.isConnected) observer.observe(el);
  return { destroy: () => observer.disconnect() };
}

/** The last shown paragraph that begins at or above `lineY` (viewport px); -1 before the first. */
export function paragraphAtLine(elements: readonly Element[], lineY: number): number {
  let found = -1;
  elements.forEach((el, i) => {
    if (!el.isConnected) return;
    const rect = el.getBoundingClientRect();
    if ((rect.width > 0 || rect.height > 0) && rect.top <= lineY) found = i;
  });
  return found;
}
