/**
 * What the extraction knows of a page's elements: which hold paragraphs, which are never article
 * text (the page's chrome, widgets, hidden boxes), and where Readability's paragraphs stand on
 * the live page. Shared by the copy Readability reads (readability.ts) and the reading of the
 * live paragraphs (index.ts). Tag sets hold local names, which need no upper-casing per read.
 */

/** Paragraph-level elements: a turn is made of these. */
export const LEAF_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'figcaption', 'dt', 'dd', 'blockquote', 'div', 'td', 'caption']);

/** Elements that may hold paragraphs: descended into. */
export const BLOCK_TAGS = new Set([...LEAF_TAGS, 'section', 'article', 'main', 'ul', 'ol', 'dl', 'figure', 'table', 'tbody', 'thead', 'tr', 'hgroup', 'details', 'center']);

/** Never article text. */
export const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'form', 'button', 'iframe', 'select', 'textarea', 'input', 'header', 'footer', 'object', 'video', 'audio', 'canvas', 'math']);

/**
 * Words in a class or id that mark a box inside the article as a widget, not article text
 * (in the spirit of Readability's unlikelyCandidates, applied to the live paragraphs).
 */
const WIDGET_WORDS = [
  'teaser', 'teasers', 'related', 'promo', 'share', 'sharing', 'social', 'newsletter', 'download',
  'downloads', 'infobox', 'callout', 'factbox', 'infokasten', 'encadre', 'consent', 'cookie', 'cookies', 'gdpr', 'feedback', 'reactions', 'breadcrumb', 'breadcrumbs', 'tags', 'print', 'advert', 'advertisement',
  'ad', 'ads', 'sponsor', 'sponsored', 'recirc', 'popular', 'comments', 'subscribe', 'signup',
  'paywall', 'toolbar', 'rating', 'sidebar', 'widget', 'outbrain', 'taboola', 'nav', 'navbar',
  'navigation', 'menu', 'menubar',
];

/** A widget word as a whole word of a class or id (words split at spaces, `-` and `_`). */
const WIDGET_NAME = new RegExp(`(?:^|[\\s_-])(?:${WIDGET_WORDS.join('|')})(?=$|[\\s_-])`, 'i');

/** Elements Readability removes from the article it chose, whatever they hold. */
export const NEVER_KEPT_TAGS = new Set(['aside', 'fieldset', 'embed']);

export function isWidget(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const names = `${classAttribute(el)} ${el.id}`;
  return names.length > 1 && WIDGET_NAME.test(names);
}

/**
 * The class attribute as written, or ''. Not `className` nor `getAttribute('class')`: linkedom
 * builds those from a set of the class's words on every read (an array and a string each time;
 * the set too, on an element's first read), for every element the walks over the page test.
 * Tests that take a class word between white space (or the start and end) answer the same on the
 * value as written; a browser gives that value anyway.
 */
export function classAttribute(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** True for an element whose text is never article text (scripts, buttons, hidden popovers). */
export function isOutsideText(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || isHidden(el);
}

export function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** The lowest common ancestor of Readability's paragraphs on the live page. */
export function commonAncestor(kept: readonly Element[]): Element | null {
  if (kept.length === 0) return null;
  let ancestor: Element | null = kept[0].parentElement;
  for (const el of kept) {
    while (ancestor && !ancestor.contains(el)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/** Parents and grandparents of the paragraphs Readability kept. */
export interface KeptPlaces {
  parents: Set<Element>;
  grandparents: Set<Element>;
}

export function nearKept(kept: Element[]): KeptPlaces {
  const places: KeptPlaces = { parents: new Set(), grandparents: new Set() };
  for (const el of kept) {
    const parent = el.parentElement;
    if (parent) places.parents.add(parent);
    if (parent?.parentElement) places.grandparents.add(parent.parentElement);
  }
  return places;
}

/** An icon beside a text: an empty span or `i`, or an element hidden from screen readers. */
function isIcon(el: Element): boolean {
  return el.getAttribute('aria-hidden') === 'true' || ((el.localName === 'span' || el.localName === 'i') && !el.hasChildNodes());
}

/** Longest text read as the lead of a box of kept paragraphs. */
const BOX_LEAD_MAX = 300;

/**
 * A paragraph Readability dropped for being short ("Ja.") stands among the ones it kept, or
 * alone in a wrapper beside theirs (an accordion's question in its `summary`, beside an empty
 * icon); a widget in a box of its own (a download link, a teaser) does not.
 */
export function isAmongKept(el: Element, places: KeptPlaces): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  if (places.parents.has(parent)) return true;
  // A short text paired with a box of kept paragraphs, the two alone in theirs: its question
  // ("div.qa > div.qa__question + div.qa__answer").
  const next = el.nextElementSibling;
  if (next !== null && parent.childElementCount === 2 && places.parents.has(next) && !isWidget(next) && places.grandparents.has(parent) && (el.textContent ?? '').length <= BOX_LEAD_MAX) return true;
  if (parent.parentElement === null || !places.grandparents.has(parent.parentElement)) return false;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling !== el && !isIcon(sibling)) return false;
  }
  return true;
}
