/**
 * The page's <title>, or '' when it has none. A document without a root element (an empty or
 * comment-only page) has no title either: linkedom's `title` getter throws there, where
 * browsers return ''. Its own module, so the precheck can read it without Readability.
 */
export function documentTitle(doc: Document): string {
  return doc.documentElement ? (doc.title ?? '') : '';
}
