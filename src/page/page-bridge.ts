/**
 * What the sidebar may do to the live page, and nothing more: scroll to a paragraph and
 * highlight it. The page's DOM is never rewritten: the highlight is a CSS Custom Highlight
 * (https://drafts.csswg.org/css-highlight-api-1/) styled by an adopted stylesheet, with a
 * temporary outline as the fallback where the API is missing.
 */

export interface PageBridge {
  /** Scrolls the paragraphs into view and highlights them. */
  showParagraphs(indices: number[]): void;
  /** Removes the highlight and the stylesheet. */
  destroy(): void;
}

/** The highlight's name in `CSS.highlights` and in the `::highlight()` rule. */
export const HIGHLIGHT_NAME = 'interview-lens-focus';

const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 214, 10, 0.45); }`;

/** How long the fallback outline stays. */
const OUTLINE_MS = 2500;

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/** A bridge over the live paragraphs of one analysis (`elements[i]` is paragraph i). */
export function createPageBridge(doc: Document, elements: Element[]): PageBridge {
  const win = doc.defaultView;
  const registry = (win?.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown } | null)?.Highlight;
  const sheet = registry && HighlightCtor ? adoptSheet(doc, HIGHLIGHT_CSS) : null;
  let outlined: { el: HTMLElement; outline: string; timer: ReturnType<typeof setTimeout> }[] = [];

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
      if (targets.length === 0) return;
      const reduced = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      targets[0].scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
      if (sheet && registry && HighlightCtor) {
        const ranges = targets.map((el) => {
          const range = doc.createRange();
          range.selectNodeContents(el);
          return range;
        });
        registry.set(HIGHLIGHT_NAME, new HighlightCtor(...ranges));
        return;
      }
      clearOutlines();
      for (const el of targets) {
        if (!(el instanceof HTMLElement)) continue;
        const entry = { el, outline: el.style.outline, timer: setTimeout(clearOutlines, OUTLINE_MS) };
        el.style.outline = '3px solid rgba(255, 196, 0, 0.9)';
        outlined.push(entry);
      }
    },
    destroy() {
      registry?.delete(HIGHLIGHT_NAME);
      clearOutlines();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Adds the `::highlight()` rule to the document without touching its DOM; null if refused. */
export function adoptSheet(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null; // Some engines refuse sheets constructed in a content script's world.
  }
}
