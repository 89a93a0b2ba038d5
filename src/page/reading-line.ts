/**
 * Follows the reader through the article: the reading line is the middle of the viewport
 * (where a jump centres its paragraph), and the reader is at the last paragraph that begins
 * above it, or before the article (-1). One IntersectionObserver watches a thin band at the
 * line; whenever a paragraph enters or leaves the band, and once a scroll has come to rest
 * (a fast scroll, or a jump to the top, can carry paragraphs past the band between two
 * frames), the position is worked out again from the paragraphs' boxes. While the page scrolls
 * to a jump's target the line holds its reports: the jump says where the reader is, not the
 * paragraphs it passes. `destroy()` lets go of the observer and the listeners.
 */

export interface ReadingLine {
  /** Holds the reports while a jump scrolls the page; from where it comes to rest, the reader's scrolling counts again. */
  hold(): void;
  destroy(): void;
}

/** The band: from the middle of the viewport, 1% high. */
const READING_BAND = '-50% 0px -49% 0px';

/** The reading line, as a share of the viewport's height. */
const LINE = 0.5;

/**
 * How long without a scroll event counts as the scroll having come to rest, where `scrollend`
 * does not say so (an instant scroll in some engines, or a jump that needed no scrolling).
 */
const REST_MS = 300;

/** Calls back with the index (into `elements`) of the paragraph the reader is at, -1 above the first, when it changes. */
export function watchReadingLine(elements: readonly Element[], onParagraph: (index: number) => void): ReadingLine {
  const doc = elements[0]?.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view || typeof IntersectionObserver === 'undefined') return { hold() {}, destroy() {} };
  let last = Number.NaN;
  let held = false;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  const here = () => paragraphAtLine(elements, view.innerHeight * LINE + 1);
  const report = () => {
    if (held) return;
    const index = here();
    if (index !== last) {
      last = index;
      onParagraph(index);
    }
  };
  const rest = () => {
    clearTimeout(restTimer);
    if (!held) return report();
    held = false;
    last = here();
  };
  const onScroll = () => {
    clearTimeout(restTimer);
    restTimer = setTimeout(rest, REST_MS);
  };
  const observer = new IntersectionObserver(report, { rootMargin: READING_BAND, threshold: 0 });
  for (const el of elements) if (el.isConnected) observer.observe(el);
  const abort = new AbortController();
  const options = { capture: true, passive: true, signal: abort.signal };
  doc.addEventListener('scroll', onScroll, options);
  doc.addEventListener('scrollend', rest, options);
  return {
    hold() {
      held = true;
      onScroll();
    },
    destroy() {
      observer.disconnect();
      abort.abort();
      clearTimeout(restTimer);
    },
  };
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
