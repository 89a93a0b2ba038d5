import { adoptSheet, dropSheet, highlightApi } from './highlights';
import { createPageRoom } from './page-room';
import { watchReadingLine, type ReadingLine } from './reading-line';
import { rangeOfNormalized, type TextSpan } from './text-range';

/**
 * What the sidebar may do to the live page, and nothing more: scroll to a paragraph and
 * highlight it. The page's DOM is never rewritten: the highlight is a CSS Custom Highlight
 * (https://drafts.csswg.org/css-highlight-api-1/) styled by an adopted stylesheet, with a
 * temporary outline as the fallback where the API is missing.
 */

export interface PageBridge {
  /** Scrolls the paragraphs into view and highlights them; returns where they stand across the window (viewport px), null if nowhere. */
  showParagraphs(indices: number[]): { left: number; right: number } | null;
  /** Highlights the search's matches; an empty list clears them (and the current one). */
  markMatches(spans: readonly TextSpan[]): void;
  /** Scrolls one match to the middle of the view and highlights it as the current one; null clears. */
  showMatch(span: TextSpan | null): void;
  /**
   * Reports the paragraph at the reader's reading line as they scroll (-1 above the article),
   * not the ones a jump scrolls past; returns the stop function.
   */
  watchReading(onParagraph: (index: number) => void): () => void;
  /** Pushes the page's content aside to make room for the sidebar; width 0 gives the room back. */
  reserveRoom(side: 'left' | 'right', width: number): void;
  /** False takes away a jump's highlight and the current match (the search's marks go with the search). */
  showMarks(shown: boolean): void;
  /** Removes the highlight and the stylesheet. */
  destroy(): void;
}

/** The highlight's name in `CSS.highlights` and in the `::highlight()` rule. */
export const HIGHLIGHT_NAME = 'interview-lens-focus';

/** The search matches' highlight (the sidebar's search box). */
export const MATCH_HIGHLIGHT_NAME = 'interview-lens-match';

/** The match Enter stepped to, over the others. */
export const CURRENT_MATCH_HIGHLIGHT_NAME = 'interview-lens-match-current';

const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 214, 10, 0.45); }
::highlight(${MATCH_HIGHLIGHT_NAME}) { background-color: rgba(255, 140, 0, 0.35); text-decoration: underline rgba(200, 90, 0, 0.9); }
::highlight(${CURRENT_MATCH_HIGHLIGHT_NAME}) { background-color: rgba(255, 120, 0, 0.8); color: #000; text-decoration: underline 2px rgba(160, 60, 0, 1); }`;

/** How long a jump's highlight stays. */
const FOCUS_MS = 4000;

/** How long the fallback outline stays. */
const OUTLINE_MS = 2500;

/**
 * A bridge over the live paragraphs of one analysis (`elements[i]` is paragraph i, which starts
 * at `offsets[i]` in the element's text: a paragraph may be part of one).
 */
export function createPageBridge(doc: Document, elements: Element[], offsets: readonly number[] = []): PageBridge {
  const win = doc.defaultView;
  const api = highlightApi(doc);
  const registry = api?.registry;
  const HighlightCtor = api?.Highlight;
  const sheet = api ? adoptSheet(doc, HIGHLIGHT_CSS) : null;
  let outlined: { el: HTMLElement; outline: string; timer: ReturnType<typeof setTimeout> }[] = [];
  let focusTimer: ReturnType<typeof setTimeout> | undefined;
  const room = createPageRoom(doc);
  const readers = new Set<ReadingLine>();

  const rangesOf = (spans: readonly TextSpan[]) =>
    spans.flatMap((span) => {
      const el = elements[span.paragraph];
      const at = offsets[span.paragraph] ?? 0;
      const range = el?.isConnected ? rangeOfNormalized(el, at + span.start, at + span.end) : null;
      return range ? [range] : [];
    });

  const clearOutlines = () => {
    for (const o of outlined) {
      clearTimeout(o.timer);
      o.el.style.outline = o.outline;
    }
    outlined = [];
  };

  return {
    showParagraphs(indices) {
      const targets = indices.map((i) => elements[i]).filter((el): el is Element => !!el && el.isConnected);
      if (targets.length === 0) return null;
      const reduced = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      for (const reader of readers) reader.hold();
      targets[0].scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
      const boxes = targets.map((el) => el.getBoundingClientRect());
      const extent = { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) };
      if (sheet && registry && HighlightCtor) {
        const ranges = targets.map((el) => {
          const range = doc.createRange();
          range.selectNodeContents(el);
          return range;
        });
        registry.set(HIGHLIGHT_NAME, new HighlightCtor(...ranges));
        clearTimeout(focusTimer);
        focusTimer = setTimeout(() => registry.delete(HIGHLIGHT_NAME), FOCUS_MS);
        return extent;
      }
      clearOutlines();
      for (const el of targets) {
        if (!(el instanceof HTMLElement)) continue;
        const entry = { el, outline: el.style.outline, timer: setTimeout(clearOutlines, OUTLINE_MS) };
        el.style.outline = '3px solid rgba(255, 196, 0, 0.9)';
        outlined.push(entry);
      }
      return extent;
    },
    markMatches(spans) {
      registry?.delete(CURRENT_MATCH_HIGHLIGHT_NAME);
      if (!sheet || !registry || !HighlightCtor) return;
      if (spans.length === 0) registry.delete(MATCH_HIGHLIGHT_NAME);
      else registry.set(MATCH_HIGHLIGHT_NAME, new HighlightCtor(...rangesOf(spans)));
    },
    showMatch(span) {
      const [range] = span ? rangesOf([span]) : [];
      if (!range) {
        registry?.delete(CURRENT_MATCH_HIGHLIGHT_NAME);
        return;
      }
      for (const reader of readers) reader.hold();
      scrollToMiddle(range, win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
      if (!sheet || !registry || !HighlightCtor) return;
      const highlight = new HighlightCtor(range) as { priority: number };
      highlight.priority = 1;
      registry.set(CURRENT_MATCH_HIGHLIGHT_NAME, highlight);
    },
    watchReading(onParagraph) {
      const reader = watchReadingLine(elements, onParagraph);
      readers.add(reader);
      return () => {
        reader.destroy();
        readers.delete(reader);
      };
    },
    reserveRoom(side, width) {
      room.reserve(side, width);
    },
    showMarks(shown) {
      if (shown) return;
      clearTimeout(focusTimer);
      registry?.delete(HIGHLIGHT_NAME);
      registry?.delete(CURRENT_MATCH_HIGHLIGHT_NAME);
      clearOutlines();
    },
    destroy() {
      clearTimeout(focusTimer);
      registry?.delete(MATCH_HIGHLIGHT_NAME);
      registry?.delete(CURRENT_MATCH_HIGHLIGHT_NAME);
      for (const reader of readers) reader.destroy();
      readers.clear();
      room.destroy();
      registry?.delete(HIGHLIGHT_NAME);
      clearOutlines();
      dropSheet(doc, sheet);
    },
  };
}

/**
 * Scrolls the range's nearest scrolling box (the page itself, as a rule) so the range stands in
 * its middle: a paragraph longer than the view would hide a match that `scrollIntoView` on the
 * paragraph left at its far end.
 */
function scrollToMiddle(range: Range, behavior: ScrollBehavior): void {
  const rect = range.getBoundingClientRect();
  const doc = range.startContainer.ownerDocument!;
  const win = doc.defaultView!;
  let box: Element | null = range.commonAncestorContainer.parentElement;
  while (box && box !== doc.body && box !== doc.documentElement) {
    const { overflowY } = win.getComputedStyle(box);
    if (/auto|scroll|overlay/.test(overflowY) && box.scrollHeight > box.clientHeight) break;
    box = box.parentElement;
  }
  if (!box || box === doc.body || box === doc.documentElement) {
    win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior });
    return;
  }
  const frame = box.getBoundingClientRect();
  box.scrollBy({ top: rect.top + rect.height / 2 - (frame.top + frame.height / 2), behavior });
}
