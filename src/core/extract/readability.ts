import { Readability } from '@mozilla/readability';
import { commonAncestor, isAmongKept, isOutsideText, isWidget, nearKept, LEAF_TAGS, NEVER_KEPT_TAGS, type KeptPlaces } from './elements';

/**
 * Readability's choice of article, made on a copy of the page (parse() mutates its document)
 * whose paragraph-level elements are tagged with their live originals. Where the precheck found
 * signs of an interview, the copy leaves out the page's chrome beside them, so Readability reads
 * less; its choice is then checked to read every sign, or the whole page is read.
 */

/**
 * Attribute that ties the copy's elements to the live ones (set on the copy only), where
 * Readability may read the copy again from its HTML (see `Ties`).
 */
const ID_ATTR = 'data-interview-lens-id';

/** The paragraphs of Readability's article that tell which live paragraphs it kept. */
const KEPT_TAGS = ['p', 'li', 'pre', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Readability's minimum article length; interviews can be short. */
const READABILITY_CHAR_THRESHOLD = 300;

/** What the extraction reads from Readability besides the paragraphs. */
export type ArticleMetadata = Pick<NonNullable<ReturnType<Readability<Element>['parse']>>, 'title' | 'byline' | 'siteName' | 'lang' | 'excerpt'>;

/**
 * The steps of Readability's parse() (0.6.0) the extraction runs itself. Not public API: checked
 * at run time (a full parse() is the fallback), and tests/unit/core/extract/readability.test.ts checks they
 * give what parse() gives on every golden fixture and corpus page.
 */
interface ReadabilitySteps {
  _unwrapNoscriptImages(doc: Document): void;
  _getJSONLD(doc: Document): Record<string, string | undefined>;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonld: Record<string, string | undefined>): { title?: string; byline?: string; siteName?: string; excerpt?: string };
  _grabArticle(): Element | null;
  _isProbablyVisible(node: Element): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _setNodeTag(node: Element, tag: string): Element;
  _getAllNodesWithTag(node: ParentNode, tagNames: string[]): ArrayLike<Element>;
  REGEXPS?: { unlikelyCandidates?: RegExp; okMaybeItsACandidate?: RegExp; byline?: RegExp };
  UNLIKELY_ROLES?: string[];
  /** The passes that found too little text and were retried with fewer filters. */
  _attempts?: unknown[];
  _metadata: unknown;
  _articleTitle: string | undefined;
  _articleByline: string | null;
  _articleLang: string | undefined;
  _articleSiteName: string | undefined;
}

const STEP_NAMES = ['_unwrapNoscriptImages', '_getJSONLD', '_removeScripts', '_prepDocument', '_getArticleMetadata', '_grabArticle', '_isProbablyVisible', '_isValidByline', '_isElementWithoutContent', '_setNodeTag', '_getAllNodesWithTag'] as const;

/** Readability's steps on `doc`, or null when this Readability does not have them. */
function readabilitySteps(doc: Document): ReadabilitySteps | null {
  const reader = new Readability(doc, { charThreshold: READABILITY_CHAR_THRESHOLD }) as unknown as Partial<ReadabilitySteps>;
  if (!STEP_NAMES.every((name) => typeof reader[name] === 'function')) return null;
  cheapTestsFirst(reader as ReadabilitySteps);
  tagLookupsByWalk(reader as ReadabilitySteps);
  return reader as ReadabilitySteps;
}

/**
 * Three of Readability's tests, which its walk asks of every element (or every box), do their
 * costly part first: the byline test and the empty-box test read the element's whole text
 * (with all below it: once per level above each text; a fifth of what an analysis allocated),
 * before the attribute and class tests that turn nearly every element away, or where its first
 * words already show it is not empty; the visibility test reads the inline style (a style
 * object per read) of elements that have none. On this reader the cheap tests come first and
 * decide where they can; the answers are the same: the tests are pure and joined by `&&`, an
 * element without a `style`, `hidden` or `aria-hidden` attribute is visible to that test, and
 * one with a text that is not all white space is not empty.
 */
export function cheapTestsFirst(reader: Pick<ReadabilitySteps, '_isProbablyVisible' | '_isValidByline' | '_isElementWithoutContent' | 'REGEXPS'>): void {
  const isElementWithoutContent = reader._isElementWithoutContent;
  reader._isElementWithoutContent = function (node) {
    return !hasText(node) && isElementWithoutContent.call(this, node);
  };
  const isProbablyVisible = reader._isProbablyVisible;
  reader._isProbablyVisible = function (node) {
    return (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) || isProbablyVisible.call(this, node);
  };
  const byline = reader.REGEXPS?.byline;
  if (!(byline instanceof RegExp) || byline.global || byline.sticky) return;
  const isValidByline = reader._isValidByline;
  reader._isValidByline = function (node, matchString) {
    const itemprop = node.getAttribute('itemprop');
    const named = node.getAttribute('rel') === 'author' || (itemprop !== null && itemprop.includes('author')) || byline.test(matchString);
    return named && isValidByline.call(this, node, matchString);
  };
}

/**
 * Readability finds elements by tag with `querySelectorAll('img,embed,object,iframe')`: linkedom
 * parses and compiles the selector on every call, and Readability makes some twenty such calls
 * per page and one more per paragraph of its article (whether it holds media), which cost more
 * than the matching itself (a tenth of the extraction). On this reader the same elements are
 * found by a walk, in the same (document) order, with querySelectorAll's tests under linkedom:
 * tag names compared lower-cased (Readability asks for 'SPAN' as well as 'p', and its
 * `createElement('P')` keeps the upper case there) and nothing below a `<template>` (in a browser, its content is no child of it).
 */
export function tagLookupsByWalk(reader: Pick<ReadabilitySteps, '_getAllNodesWithTag'>): void {
  reader._getAllNodesWithTag = (node, tagNames) => elementsByTag(node, tagNames);
}

/** The elements below `root` of one of the tag names (in any case), in document order. */
export function elementsByTag(root: ParentNode, tagNames: readonly string[]): Element[] {
  const names = tagNames.map((name) => name.toLowerCase());
  const found: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    const name = el.localName;
    if (names.includes(name) || names.includes(name.toLowerCase())) found.push(el);
    let next = name === 'template' ? null : el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentNode as Element | null) next = up.nextElementSibling;
    el = next;
  }
  return found;
}

/** Whether a text below `root` holds more than white space (what `trim()` removes); a walk, not recursion (pages nest deep). */
function hasText(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      if (NOT_SPACE.test(node.nodeValue ?? '')) return true;
    } else if (node.nodeType === 1 && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && node.nextSibling === null) node = node.parentNode!;
    if (node === root) return false;
    node = node.nextSibling;
  }
  return false;
}

const NOT_SPACE = /\S/;

/** What Readability's metadata step finds (its title also steers its choice of article). */
type RawMetadata = ReturnType<ReadabilitySteps['_getArticleMetadata']>;

/** What a copy without the page's head and chrome lacks: the metadata, and a byline in the chrome. */
interface KnownMetadata {
  metadata: RawMetadata;
  /** The byline Readability's walk would have taken from the chrome left out, if any. */
  byline: string | null;
}

/** Readability's metadata of the page without its content pass: these steps only read the page. */
export function readMetadata(doc: Document): ArticleMetadata | null {
  try {
    const steps = readabilitySteps(doc);
    if (!steps) return runReadability(doc, []).article;
    const metadata = steps._getArticleMetadata(steps._getJSONLD(doc));
    return {
      title: metadata.title ?? '',
      byline: metadata.byline ?? null,
      siteName: metadata.siteName ?? null,
      lang: doc.documentElement?.getAttribute('lang') ?? null,
      excerpt: metadata.excerpt ?? null,
    };
  } catch {
    return null;
  }
}

/**
 * Readability's choice of article on `copy` (which it mutates), as parse() makes it but without
 * what parse() does after the choice: post-processing the content (links, nesting, classes),
 * serialising it twice (a debug log and the result) and reading its text. Only which paragraphs
 * it kept, and the metadata, are used.
 */
export function chooseArticle(copy: Document, known?: KnownMetadata, ties?: Ties): { article: ArticleMetadata; content: Element; retried: boolean } | null {
  const steps = readabilitySteps(copy);
  if (steps && ties) ties.follow(steps);
  if (!steps) {
    const parsed = new Readability<Element>(copy, { charThreshold: READABILITY_CHAR_THRESHOLD, serializer: (node) => node as Element, keepClasses: true }).parse();
    return parsed?.content ? { article: parsed, content: parsed.content, retried: false } : null;
  }
  // The order of parse(): images out of <noscript>, JSON-LD before the scripts go, metadata
  // (the title and byline steer the choice) before the article is grabbed. `known` is what was
  // read from the live page, when the copy lacks what it is read from.
  steps._unwrapNoscriptImages(copy);
  const jsonld = known ? null : steps._getJSONLD(copy);
  steps._removeScripts(copy);
  steps._prepDocument();
  const metadata = known?.metadata ?? steps._getArticleMetadata(jsonld!);
  steps._metadata = metadata;
  steps._articleTitle = metadata.title;
  if (known?.byline) steps._articleByline = known.byline;
  const content = steps._grabArticle();
  if (!content) return null;
  return {
    article: {
      title: steps._articleTitle ?? '',
      byline: metadata.byline || steps._articleByline,
      siteName: metadata.siteName || steps._articleSiteName || null,
      lang: steps._articleLang ?? null,
      excerpt: metadata.excerpt ?? null,
    },
    content,
    // Too little text at first: Readability then reads again without dropping unlikely boxes.
    retried: (steps._attempts?.length ?? 0) > 0,
  };
}

/**
 * How the copy's paragraph-level elements are tied to their live originals. In a map where
 * Readability never reads the copy again from its HTML: under linkedom an attribute is a node of
 * its own, and making a node is costly (each is entered in a WeakMap); ties written as attributes
 * were 12-17% of the nodes a copy of an interview fixture makes. The only
 * step of Readability that makes a new element in the place of a tied one, `_setNodeTag`
 * (a `div` of text made a `p`, a sibling made a `div`), copies its attributes: on the reader,
 * it hands the tie on. Where Readability's second pass may read the body again from the HTML
 * it serialised first, the ties are written as attributes, which that HTML keeps.
 */
export class Ties {
  readonly live: Element[] = [];
  private readonly byCopy: Map<Element, number> | null;

  constructor(asAttributes: boolean) {
    this.byCopy = asAttributes ? null : new Map();
  }

  tie(copy: Element, original: Element): void {
    if (this.byCopy) this.byCopy.set(copy, this.live.length);
    else copy.setAttribute(ID_ATTR, String(this.live.length));
    this.live.push(original);
  }

  /** The live original of the element, else of its nearest tied ancestor (Readability makes new paragraphs of text parted by `<br><br>` inside the element that held them). */
  originalOf(el: Element): Element | undefined {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const index = this.byCopy ? this.byCopy.get(node) : node.hasAttribute(ID_ATTR) ? Number(node.getAttribute(ID_ATTR)) : undefined;
      if (index !== undefined) return this.live[index];
    }
    return undefined;
  }

  /** Makes Readability's `_setNodeTag` on this reader hand a tie on to the element it makes. */
  follow(reader: Pick<ReadabilitySteps, '_setNodeTag'>): void {
    const byCopy = this.byCopy;
    if (!byCopy) return;
    const setNodeTag = reader._setNodeTag;
    reader._setNodeTag = function (node, tag) {
      const replacement = setNodeTag.call(this, node, tag);
      const index = byCopy.get(node);
      if (index !== undefined && replacement !== node) byCopy.set(replacement, index);
      return replacement;
    };
  }
}

/** Where Readability's choice puts the article on the live page. */
export interface ArticlePlace {
  article: ArticleMetadata | null;
  /** The lowest common ancestor of the paragraphs Readability kept, or null for none. */
  container: Element | null;
  /** Around the paragraphs it kept: the container's paragraphs are read only there (null: all). */
  near: KeptPlaces | null;
}

/**
 * Readability on a tagged copy of the page: the live place of the paragraphs it kept. Where a
 * copy without the chrome beside the signs leads elsewhere, the whole page's is read; where
 * Readability had to read again, the whole page's with its second pass.
 */
export function runReadability(doc: Document, signs: readonly Element[], secondPass = false): ArticlePlace {
  let chosen: ReturnType<typeof chooseArticle> = null;
  let copy: ReadabilityCopy | null = null;
  try {
    copy = readabilityCopy(doc, signs, { secondPass });
    chosen = chooseArticle(copy.doc, copy.known, copy.ties);
  } catch (error) {
    // Too little text at first: Readability reads again from the body as it was, which only a
    // copy made for its second pass gives it (that pass also keeps the unlikely boxes a copy
    // without chrome lacks).
    if (error instanceof SecondPassNeeded) return runReadability(doc, [], true);
    chosen = null; // Readability throws on some malformed documents: fall back to the body.
  }
  const kept: Element[] = [];
  if (chosen && copy) {
    for (const tag of KEPT_TAGS) {
      const found = chosen.content.getElementsByTagName(tag);
      for (let i = 0; i < found.length; i++) {
        const original = copy.ties.originalOf(found[i]);
        if (original && kept.at(-1) !== original) kept.push(original);
      }
    }
  }
  const container = commonAncestor(kept);
  const near = kept.length ? nearKept(kept) : null;
  // Without the chrome, Readability may weigh the boxes beside the interview differently: where
  // its choice leaves out a sign of the interview, the whole page is read.
  const readsSigns = container !== null && near !== null && signs.every((sign) => container.contains(sign) && isAmongKept(sign, near));
  if (copy?.chromeLeftOut && !readsSigns) return runReadability(doc, []);
  return { article: chosen?.article ?? null, container, near };
}

/** The copy of the page Readability runs on (it mutates it), and the live originals of its paragraphs. */
export interface ReadabilityCopy {
  doc: Document;
  /** The live originals of the copy's paragraph-level elements. */
  ties: Ties;
  /** What was read from the live page instead of the copy, which has no head. */
  known?: KnownMetadata;
  /** The chrome beside the signs was left out: Readability's choice is checked to read them. */
  chromeLeftOut: boolean;
}

/**
 * A copy of the page for Readability, its paragraph-level elements tagged with their live
 * originals. Given the interview's `signs`, the copy leaves out what beside the paths down to
 * them is the page's chrome: elements that are never article text for the extraction (header,
 * nav, footer, forms, scripts, widgets...), hidden ones, and those Readability itself strips
 * before reading them (an unlikely class or role). Readability then scores less of the page;
 * the paths and the signs are copied, so no paragraph of the interview can go missing, and
 * whatever is not chrome is copied whole. Without signs, the whole page is copied but for what
 * its head holds: Readability reads only metadata there (its walk passes the head's elements by,
 * never scoring them nor taking a byline from elements without text), read from the live page as
 * when chrome is left out. Copying a node is costly under linkedom (each new node is entered in a
 * WeakMap), and a page's head is a sixth of the nodes of a small page, more of a large one.
 */
export function readabilityCopy(doc: Document, signs: readonly Element[], options: { secondPass?: boolean } = {}): ReadabilityCopy {
  const root = doc.documentElement;
  const body = root ? doc.body : null;
  const reader = body ? readabilitySteps(doc) : null;
  const rules = reader ? chromeRules(reader) : null;
  // Without Readability's steps, parse() runs, and its second pass too. Where the first pass
  // strips a wrapper of the interview, it may well find too little text on the whole page too.
  const secondPass = options.secondPass === true || !root || !rules || signs.some((sign) => firstPassDrops(sign, body!, rules.unlikely));
  const ties = new Ties(secondPass);
  const tag = (copy: Element, original: Element) => {
    if (LEAF_TAGS.has(original.localName)) ties.tie(copy, original);
  };
  // A fresh copy has its original's shape: both trees are walked side by side.
  const pair = (original: Element, copy: Element) => {
    tag(copy, original);
    for (let o = original.firstElementChild, c = copy.firstElementChild; o && c; o = o.nextElementSibling, c = c.nextElementSibling) pair(o, c);
  };
  const whole = (original: Element): Element => {
    const copy = original.cloneNode(true) as Element;
    pair(original, copy);
    return copy;
  };
  if (!root || !reader) {
    const copy = doc.cloneNode(true) as Document;
    if (root && copy.documentElement) pair(root, copy.documentElement);
    return { doc: copy, ties, chromeLeftOut: false };
  }

  const known: KnownMetadata = { metadata: reader._getArticleMetadata(reader._getJSONLD(doc)), byline: null };
  const shell = doc.cloneNode(false) as Document;
  if (secondPass || !signs.length || !signs.every((sign) => sign !== body && body!.contains(sign))) {
    // The whole page but the head's content: everything else, in its order (what stands beside
    // the head and body is walked by Readability too).
    // From `childNodes`: under linkedom a doctype's `nextSibling` is null.
    for (const node of Array.from(doc.childNodes)) {
      if (node === root) {
        const html = root.cloneNode(false) as Element;
        for (let child = root.firstChild; child; child = child.nextSibling) {
          html.appendChild(child === doc.head ? child.cloneNode(false) : child.nodeType === 1 ? whole(child as Element) : child.cloneNode(true));
        }
        shell.appendChild(html);
      } else if (node.nodeType !== 10) shell.appendChild(node.nodeType === 1 ? whole(node as Element) : node.cloneNode(true));
    }
    // The body Readability reads (linkedom's getter makes one where the page has none, as it would for Readability).
    if (!secondPass) noSecondPass(shell.body);
    return { doc: shell, ties, known, chromeLeftOut: false };
  }

  const { isChrome, bylineIn } = rules;
  /** Every element above a sign, up to the body. */
  const path = new Set<Element>();
  for (const sign of signs) {
    for (let el = sign.parentElement; el && el !== body && !path.has(el); el = el.parentElement) path.add(el);
  }
  const signSet = new Set(signs);
  const along = (original: Element, inTable: boolean): Element => {
    const copy = original.cloneNode(false) as Element;
    tag(copy, original);
    const table = inTableOrCode(original, inTable);
    for (let child = original.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) copy.appendChild(child.cloneNode(false));
      else if (signSet.has(child as Element)) copy.appendChild(whole(child as Element));
      else if (path.has(child as Element)) copy.appendChild(along(child as Element, table));
      else if (!isChrome(child as Element, table)) copy.appendChild(whole(child as Element));
      else if (!known.metadata.byline && !known.byline) known.byline = bylineIn(child as Element, table);
    }
    return copy;
  };
  const html = root.cloneNode(false);
  shell.appendChild(html);
  if (doc.head) html.appendChild(doc.head.cloneNode(false));
  noSecondPass(html.appendChild(along(body!, false)));
  return { doc: shell, ties, known, chromeLeftOut: true };
}

/** Thrown where Readability would start its second pass on a copy made without it. */
class SecondPassNeeded extends Error {}

/**
 * Readability serialises the body first, to start again from it when its first pass finds too
 * little text. On a copy made without that second pass (see `Ties`) the body is not serialised,
 * and Readability stops where it would start again: the choice is made on a copy for it.
 */
function noSecondPass(copiedBody: Element): void {
  Object.defineProperty(copiedBody, 'innerHTML', {
    configurable: true,
    get: () => '',
    set: () => {
      throw new SecondPassNeeded();
    },
  });
}

/**
 * Chrome: what the extraction never reads as article text (header, nav, footer, forms, scripts,
 * widgets, hidden boxes), what Readability removes from any article it chooses (asides), and what
 * its first pass strips unread (an unlikely class, id or role, outside tables and code).
 * `bylineIn` is the byline Readability's walk would take from a box of chrome: the first element
 * it reaches (not inside a hidden or unlikely box) that its byline test accepts, or the
 * `itemprop="name"` inside it.
 */
function chromeRules(reader: ReadabilitySteps) {
  const candidates = reader.REGEXPS?.unlikelyCandidates;
  const maybe = reader.REGEXPS?.okMaybeItsACandidate;
  const roles = reader.UNLIKELY_ROLES;
  const checksUnlikely = candidates instanceof RegExp && maybe instanceof RegExp && Array.isArray(roles);
  /** Readability's first pass drops the element unread (`inTable`: under a table or code). */
  const unlikely = (el: Element, inTable: boolean) => {
    if (!checksUnlikely || inTable || el.localName === 'a') return false;
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    return (candidates.test(names) && !maybe.test(names)) || roles.includes(el.getAttribute('role') ?? '');
  };
  const isChrome = (el: Element, inTable: boolean) =>
    isOutsideText(el) || NEVER_KEPT_TAGS.has(el.localName) || isWidget(el) || unlikely(el, inTable);
  const bylineIn = (el: Element, inTable: boolean): string | null => {
    if (!reader._isProbablyVisible(el) || (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog')) return null;
    if (reader._isValidByline(el, `${el.className} ${el.id}`)) {
      const name = Array.from(el.querySelectorAll('[itemprop]')).find((node) => node.getAttribute('itemprop')!.includes('name'));
      return (name ?? el).textContent!.trim();
    }
    if (unlikely(el, inTable)) return null;
    const table = inTableOrCode(el, inTable);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const found = bylineIn(child, table);
      if (found !== null) return found;
    }
    return null;
  };
  return { isChrome, bylineIn, unlikely };
}

/**
 * Whether Readability's first pass strips a box two levels or more above the sign (an unlikely
 * class, id or role on a wrapper of the interview), so that no paragraph beside the sign nor in
 * a wrapper beside its own can be kept: a copy without the chrome would then fail, its first
 * pass finding too little text or a choice that leaves the sign out, and the whole page be read
 * after it. The whole page is read at once instead, with the same result, on a copy made for
 * Readability's second pass: its first pass, without the same wrapper, often finds too little
 * text on the whole page too (a copy made without the second pass would then be made again,
 * and the first pass run twice). `unlikely` is told
 * of a table or code above the box anywhere, where Readability looks only a few levels up: it
 * answers yes only where Readability strips the box.
 */
function firstPassDrops(sign: Element, body: Element, unlikely: (el: Element, inTable: boolean) => boolean): boolean {
  const above: Element[] = [];
  for (let el = sign.parentElement?.parentElement ?? null; el && el !== body; el = el.parentElement) above.push(el);
  let inTable = false;
  for (let i = above.length - 1; i >= 0; i--) {
    if (unlikely(above[i], inTable)) return true;
    inTable = inTableOrCode(above[i], inTable);
  }
  return false;
}

/** Whether an element's children stand inside a table or code, where Readability keeps unlikely classes. */
function inTableOrCode(el: Element, inTable: boolean): boolean {
  return inTable || el.localName === 'table' || el.localName === 'code';
}
