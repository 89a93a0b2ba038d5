/**
 * The CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/) and adopted
 * stylesheets: how the page side marks text and makes room without rewriting the page's DOM.
 * Shared by the page bridge (jumps, search), the page room and the context cards (underlines).
 */

export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => unknown;
}

/** The document's highlight registry and constructor, or null where the API is missing. */
export function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as unknown as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] } | null;
  return win?.CSS?.highlights && win.Highlight ? { registry: win.CSS.highlights, Highlight: win.Highlight } : null;
}

/** Adopts a constructed stylesheet into the document without touching its DOM; null if refused. */
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

/** Takes a sheet of `adoptSheet` back off the document. */
export function dropSheet(doc: Document, sheet: CSSStyleSheet | null): void {
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
