import { Readability } from '@mozilla/readability';
import type { SiteAdapter } from '../sites/types';
import { documentTitle } from './document-title';
import { guessLanguage, primaryTag } from './language';
import { INVISIBLE_CHARS, normalizeText, SPACE_CHARS } from './text';

/**
 * Extraction: Readability (on a copy, since parse() mutates) finds the article; the turns are
 * then grounded in the live page's own paragraphs inside the container Readability chose, so
 * short paragraphs Readability drops ("Ja.") are kept, pull quotes are not doubled, and every
 * paragraph can be scrolled to. The live document is only read, never written.
 */

/** One paragraph of the article on the live page, with what segmentation needs to know. */
export interface Block {
  /** Normalised text (invisible characters removed, spaces folded). */
  text: string;
  tag: string;
  /** Text of the bold run the paragraph opens with (after a timestamp), normalised. */
  boldLead: string;
  /** The whole paragraph is bold (The Verge's questions). */
  allBold: boolean;
  /** The whole paragraph is italic (editor's notes, narration). */
  allItalic: boolean;
}

export interface Extraction {
  title: string;
  byline: string | null;
  siteName: string | null;
  language: string;
  blocks: Block[];
  /** The live element of each block, same order. */
  elements: Element[];
}

/** Attribute that ties the copy's elements to the live ones (set on the copy only). */
const ID_ATTR = 'data-interview-lens-id';

/** Paragraph-level elements: a turn is made of these. Tag sets hold local names, which need no upper-casing per read. */
const LEAF_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'figcaption', 'dt', 'dd', 'blockquote', 'div', 'td', 'caption']);

/** Elements that may hold paragraphs: descended into. */
const BLOCK_TAGS = new Set([...LEAF_TAGS, 'section', 'article', 'main', 'ul', 'ol', 'dl', 'figure', 'table', 'tbody', 'thead', 'tr', 'hgroup', 'details', 'center']);

/** Never article text. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'form', 'button', 'iframe', 'select', 'textarea', 'input', 'header', 'footer', 'object', 'video', 'audio', 'canvas', 'math']);

/**
 * Words in a class or id that mark a box inside the article as a widget, not article text
 * (in the spirit of Readability's unlikelyCandidates, applied to the live paragraphs).
 */
const WIDGET_WORDS = [
  'teaser', 'teasers', 'related', 'promo', 'share', 'sharing', 'social', 'newsletter', 'download',
  'downloads', 'infobox', 'breadcrumb', 'breadcrumbs', 'tags', 'print', 'advert', 'advertisement',
  'ad', 'ads', 'sponsor', 'sponsored', 'recirc', 'popular', 'comments', 'subscribe', 'signup',
  'paywall', 'toolbar', 'rating', 'sidebar', 'widget', 'outbrain', 'taboola', 'nav', 'navbar',
  'navigation', 'menu', 'menubar',
];

/** A widget word as a whole word of a class or id (words split at spaces, `-` and `_`). */
const WIDGET_NAME = new RegExp(`(?:^|[\\s_-])(?:${WIDGET_WORDS.join('|')})(?=$|[\\s_-])`, 'i');

/** Elements Readability removes from the article it chose, whatever they hold. */
const NEVER_KEPT_TAGS = new Set(['aside', 'fieldset', 'embed']);

const BOLD_TAGS = new Set(['b', 'strong']);
/** Where pull quotes sit. */
const QUOTE_TAGS = new Set(['blockquote', 'figure', 'aside']);
const ITALIC_TAGS = new Set(['i', 'em']);

/** A timestamp before a label: "[00:07:45]", "(12:03)", "00:07:45". */
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$/;

/** Longest text node, spaces included, that is read as a timestamp. */
const TIMESTAMP_RAW_MAX = 64;

/** A character `normalizeText` keeps: neither a space nor invisible. */
const VISIBLE = new RegExp(`[^${SPACE_CHARS}${INVISIBLE_CHARS}]`);

/** The paragraphs of Readability's article that tell which live paragraphs it kept. */
const KEPT_TAGS = ['p', 'li', 'pre'];

/** Readability's minimum article length; interviews can be short. */
const READABILITY_CHAR_THRESHOLD = 300;

/** Paragraphs shorter than this may legitimately repeat ("Yes.", "Ja."). */
const MIN_REPEAT_CHARS = 40;

/** Longest text a pull quote may have to be compared against the paragraphs. */
const PULL_QUOTE_MAX = 400;

/**
 * Runs Readability and collects the article's live paragraphs. `signs` are the paragraphs the
 * precheck took for signs of an interview: Readability's copy of the page leaves out the chrome
 * beside them (see `readabilityCopy`). Where the site adapter finds the article body itself,
 * Readability's choice of paragraphs would go unused: only its metadata step runs (no copy, no
 * scoring), which makes the analysis on The Verge and ifanr, where it runs by itself, cheaper
 * than one Readability pass (see scripts/bench.ts).
 */
export function extract(doc: Document, site: SiteAdapter, signs: readonly Element[] = []): Extraction {
  const body = site.bodySelector ? doc.querySelector(site.bodySelector) : null;
  const { article, container: chosen, near } = body ? { article: readMetadata(doc), container: body, near: null } : runReadability(doc, signs);
  const container = chosen ?? (doc.documentElement ? doc.body : null);
  const { blocks, elements } = container ? collectBlocks(container, site, near) : { blocks: [], elements: [] };
  const declared = primaryTag(doc.documentElement?.getAttribute('lang')) ?? primaryTag(article?.lang);
  const title = normalizeText(article?.title || documentTitle(doc));
  return {
    title,
    byline: article?.byline ? normalizeText(article.byline) : null,
    siteName: article?.siteName ? normalizeText(article.siteName) : null,
    language: declared ?? guessLanguage(title + ' ' + blocks.slice(0, 40).map((b) => b.text).join(' ')),
    blocks,
    elements,
  };
}

/** What the extraction reads from Readability besides the paragraphs. */
type ArticleMetadata = Pick<NonNullable<ReturnType<Readability<Element>['parse']>>, 'title' | 'byline' | 'siteName' | 'lang'>;

/**
 * The steps of Readability's parse() (0.6.0) the extraction runs itself. Not public API: checked
 * at run time (a full parse() is the fallback), and tests/unit/core/extract.test.ts checks they
 * give what parse() gives on every golden fixture and corpus page.
 */
interface ReadabilitySteps {
  _unwrapNoscriptImages(doc: Document): void;
  _getJSONLD(doc: Document): Record<string, string | undefined>;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonld: Record<string, string | undefined>): { title?: string; byline?: string; siteName?: string };
  _grabArticle(): Element | null;
  _isProbablyVisible(node: Element): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
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

const STEP_NAMES = ['_unwrapNoscriptImages', '_getJSONLD', '_removeScripts', '_prepDocument', '_getArticleMetadata', '_grabArticle', '_isProbablyVisible', '_isValidByline'] as const;

/** Readability's steps on `doc`, or null when this Readability does not have them. */
function readabilitySteps(doc: Document): ReadabilitySteps | null {
  const reader = new Readability(doc, { charThreshold: READABILITY_CHAR_THRESHOLD }) as unknown as Partial<ReadabilitySteps>;
  return STEP_NAMES.every((name) => typeof reader[name] === 'function') ? (reader as ReadabilitySteps) : null;
}

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
    return { title: metadata.title ?? '', byline: metadata.byline ?? null, siteName: metadata.siteName ?? null, lang: doc.documentElement?.getAttribute('lang') ?? null };
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
export function chooseArticle(copy: Document, known?: KnownMetadata): { article: ArticleMetadata; content: Element; retried: boolean } | null {
  const steps = readabilitySteps(copy);
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
    },
    content,
    // Too little text at first: Readability then reads again without dropping unlikely boxes.
    retried: (steps._attempts?.length ?? 0) > 0,
  };
}

/** Where Readability's choice puts the article on the live page. */
interface ArticlePlace {
  article: ArticleMetadata | null;
  /** The lowest common ancestor of the paragraphs Readability kept, or null for none. */
  container: Element | null;
  /** Around the paragraphs it kept: the container's paragraphs are read only there (null: all). */
  near: KeptPlaces | null;
}

/**
 * Readability on a tagged copy of the page: the live place of the paragraphs it kept. Where a
 * copy without the chrome beside the signs leads elsewhere, the whole page's is read.
 */
function runReadability(doc: Document, signs: readonly Element[]): ArticlePlace {
  let chosen: ReturnType<typeof chooseArticle> = null;
  let copy: ReadabilityCopy | null = null;
  try {
    copy = readabilityCopy(doc, signs);
    chosen = chooseArticle(copy.doc, copy.known);
  } catch {
    chosen = null; // Readability throws on some malformed documents: fall back to the body.
  }
  const kept: Element[] = [];
  if (chosen && copy) {
    for (const tag of KEPT_TAGS) {
      const found = chosen.content.getElementsByTagName(tag);
      for (let i = 0; i < found.length; i++) {
        const original = copy.live[Number(found[i].getAttribute(ID_ATTR) ?? NaN)];
        if (original) kept.push(original);
      }
    }
  }
  const container = commonAncestor(kept);
  const near = kept.length ? nearKept(kept) : null;
  // Without the chrome, Readability may weigh the boxes beside the interview differently: where
  // its choice then leaves out a sign of the interview, or it had to read again (too little text
  // at first: the second pass keeps the unlikely boxes the copy lacks), the whole page is read.
  const readsSigns = container !== null && near !== null && signs.every((sign) => container.contains(sign) && isAmongKept(sign, near));
  if (copy?.known && (chosen?.retried || !readsSigns)) return runReadability(doc, []);
  return { article: chosen?.article ?? null, container, near };
}

/** The copy of the page Readability runs on (it mutates it), and the live originals of its paragraphs. */
export interface ReadabilityCopy {
  doc: Document;
  /** The live element of each tagged element of the copy, by its `ID_ATTR`. */
  live: Element[];
  /** Where chrome was left out: what was read from the live page instead (the copy has no head). */
  known?: KnownMetadata;
}

/**
 * A copy of the page for Readability, its paragraph-level elements tagged with their live
 * originals. Given the interview's `signs`, the copy leaves out what beside the paths down to
 * them is the page's chrome: elements that are never article text for the extraction (header,
 * nav, footer, forms, scripts, widgets...), hidden ones, and those Readability itself strips
 * before reading them (an unlikely class or role). Readability then scores less of the page;
 * the paths and the signs are copied, so no paragraph of the interview can go missing, and
 * whatever is not chrome is copied whole. Without signs, the whole page is copied.
 */
export function readabilityCopy(doc: Document, signs: readonly Element[]): ReadabilityCopy {
  const live: Element[] = [];
  const tag = (copy: Element, original: Element) => {
    if (LEAF_TAGS.has(original.localName)) {
      copy.setAttribute(ID_ATTR, String(live.length));
      live.push(original);
    }
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
  const body = doc.documentElement ? doc.body : null;
  const reader = body && signs.length && signs.every((sign) => sign !== body && body.contains(sign)) ? readabilitySteps(doc) : null;
  if (!reader) {
    const copy = doc.cloneNode(true) as Document;
    if (doc.documentElement && copy.documentElement) pair(doc.documentElement, copy.documentElement);
    return { doc: copy, live };
  }

  const known: KnownMetadata = { metadata: reader._getArticleMetadata(reader._getJSONLD(doc)), byline: null };
  const { isChrome, bylineIn } = chromeRules(reader);
  /** Every element above a sign, up to the body. */
  const path = new Set<Element>();
  for (const sign of signs) {
    for (let el = sign.parentElement; el && el !== body && !path.has(el); el = el.parentElement) path.add(el);
  }
  const signSet = new Set(signs);
  const along = (original: Element, inTable: boolean): Element => {
    const copy = original.cloneNode(false) as Element;
    tag(copy, original);
    // Readability keeps unlikely classes inside tables and code.
    const table = inTable || original.localName === 'table' || original.localName === 'code';
    for (let child = original.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) copy.appendChild(child.cloneNode(false));
      else if (signSet.has(child as Element)) copy.appendChild(whole(child as Element));
      else if (path.has(child as Element)) copy.appendChild(along(child as Element, table));
      else if (!isChrome(child as Element, table)) copy.appendChild(whole(child as Element));
      else if (!known.metadata.byline && !known.byline) known.byline = bylineIn(child as Element, table);
    }
    return copy;
  };
  const shell = doc.cloneNode(false) as Document;
  const html = doc.documentElement.cloneNode(false);
  shell.appendChild(html);
  if (doc.head) html.appendChild(doc.head.cloneNode(false));
  const copiedBody = html.appendChild(along(body!, false));
  // Readability serialises the body first, to start again from it when its first pass finds too
  // little text; a second pass on this copy is never used (the whole page is read instead).
  Object.defineProperty(copiedBody, 'innerHTML', { configurable: true, get: () => '', set: () => undefined });
  return { doc: shell, live, known };
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
    isHidden(el) || SKIP_TAGS.has(el.localName) || NEVER_KEPT_TAGS.has(el.localName) || isWidget(el) || unlikely(el, inTable);
  // Readability's own tests, behind cheap ones that decide most elements: its visibility test
  // reads the style (costly in linkedom), its byline test the whole text below the element.
  const visible = (el: Element) =>
    el.hasAttribute('style') || el.hasAttribute('hidden') || el.hasAttribute('aria-hidden') ? reader._isProbablyVisible(el) : true;
  const byline = reader.REGEXPS?.byline;
  const mayBeByline = (el: Element) =>
    !(byline instanceof RegExp) ||
    el.getAttribute('rel') === 'author' ||
    (el.getAttribute('itemprop') ?? '').includes('author') ||
    byline.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
  const bylineIn = (el: Element, inTable: boolean): string | null => {
    if (!visible(el) || (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog')) return null;
    if (mayBeByline(el) && reader._isValidByline(el, `${el.className} ${el.id}`)) {
      const name = Array.from(el.querySelectorAll('[itemprop]')).find((node) => node.getAttribute('itemprop')!.includes('name'));
      return (name ?? el).textContent!.trim();
    }
    if (unlikely(el, inTable)) return null;
    const table = inTable || el.localName === 'table' || el.localName === 'code';
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const found = bylineIn(child, table);
      if (found !== null) return found;
    }
    return null;
  };
  return { isChrome, bylineIn };
}

/** The lowest common ancestor of Readability's paragraphs on the live page. */
function commonAncestor(kept: readonly Element[]): Element | null {
  if (kept.length === 0) return null;
  let ancestor: Element | null = kept[0].parentElement;
  for (const el of kept) {
    while (ancestor && !ancestor.contains(el)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/** Parents and grandparents of the paragraphs Readability kept. */
interface KeptPlaces {
  parents: Set<Element>;
  grandparents: Set<Element>;
}

function nearKept(kept: Element[]): KeptPlaces {
  const places: KeptPlaces = { parents: new Set(), grandparents: new Set() };
  for (const el of kept) {
    const parent = el.parentElement;
    if (parent) places.parents.add(parent);
    if (parent?.parentElement) places.grandparents.add(parent.parentElement);
  }
  return places;
}

/**
 * A paragraph Readability dropped for being short ("Ja.") stands among the ones it kept, or
 * alone in a wrapper beside theirs; a widget in a box of its own (a download link, a teaser)
 * does not.
 */
function isAmongKept(el: Element, places: KeptPlaces): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  if (places.parents.has(parent)) return true;
  return parent.firstElementChild === el && el.nextElementSibling === null && parent.parentElement !== null && places.grandparents.has(parent.parentElement);
}

/** The leaf paragraphs of the container in reading order, boilerplate and duplicates left out. */
function collectBlocks(container: Element, site: SiteAdapter, near: KeptPlaces | null) {
  const excluded = new Set<Element>();
  for (const selector of site.boilerplateSelectors) {
    for (const el of Array.from(container.querySelectorAll(selector))) excluded.add(el);
  }
  const blocks: Block[] = [];
  const elements: Element[] = [];
  const seen = new Set<string>();

  const visit = (el: Element): boolean => {
    if (SKIP_TAGS.has(el.localName) || excluded.has(el) || isHidden(el) || (el !== container && isWidget(el))) return false;
    let hasBlockChild = false;
    // Siblings, not `children`: a live collection per element is what made this walk slow.
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (BLOCK_TAGS.has(child.localName)) hasBlockChild = true;
      if (visit(child)) hasBlockChild = true;
    }
    const isBlock = BLOCK_TAGS.has(el.localName);
    const inArticle = !near || isAmongKept(el, near);
    if (isBlock && !hasBlockChild && LEAF_TAGS.has(el.localName) && inArticle) {
      const block = describe(el, excluded);
      if (block.text && !site.boilerplateText.some((re) => re.test(block.text)) && !isRepeat(block.text, seen)) {
        blocks.push(block);
        elements.push(el);
      }
    }
    return isBlock;
  };
  visit(container);
  return dropPullQuotes(blocks, elements);
}

/** A long paragraph seen before (a widget or quote rendered twice); short ones ("Ja.") may repeat. */
function isRepeat(text: string, seen: Set<string>): boolean {
  if (text.length < MIN_REPEAT_CHARS) return false;
  if (seen.has(text)) return true;
  seen.add(text);
  return false;
}

/** Pull quotes repeat a sentence of the text: a short quote contained in another paragraph goes. */
function dropPullQuotes(blocks: Block[], elements: Element[]) {
  let all: JoinedTexts | null = null;
  const keep = blocks.map((block, i) => {
    if (block.text.length > PULL_QUOTE_MAX || !isQuoteLike(elements[i])) return true;
    const quote = block.text.replace(/^["“”„«»]+|["“”„«»]+$/g, '');
    all ??= joinTexts(blocks);
    return !inLongerBlock(all, blocks, i, quote);
  });
  return {
    blocks: blocks.filter((_, i) => keep[i]),
    elements: elements.filter((_, i) => keep[i]),
  };
}

/** Every block's text in one string, searched once per quote instead of block by block. */
interface JoinedTexts {
  text: string;
  /** Where each block's text starts in `text`. */
  starts: number[];
}

function joinTexts(blocks: Block[]): JoinedTexts {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), starts };
}

/** True when a block other than `self`, longer than the quote, contains it. */
function inLongerBlock(all: JoinedTexts, blocks: Block[], self: number, quote: string): boolean {
  if (!quote) return blocks.some((other, j) => j !== self && other.text.length > 0);
  for (let at = all.text.indexOf(quote); at >= 0; at = all.text.indexOf(quote, at + 1)) {
    // The block the match starts in: the last one starting at or before it.
    let lo = 0;
    let hi = all.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (all.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const other = blocks[lo].text;
    if (lo !== self && other.length > quote.length && at + quote.length <= all.starts[lo] + other.length) return true;
  }
  return false;
}

/** Inside a blockquote, figure or aside (a parent walk: `closest()` parses its selector per call). */
function isQuoteLike(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (QUOTE_TAGS.has(node.localName)) return true;
  }
  return false;
}

/** The element's text without what is never shown as article text (popovers, buttons, scripts). */
function visibleText(el: Element, excluded: Set<Element>): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const element = child as Element;
      if (!SKIP_TAGS.has(element.localName) && !excluded.has(element) && !isHidden(element)) text += visibleText(element, excluded);
    }
  }
  return text;
}

function isWidget(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length > 1 && WIDGET_NAME.test(names);
}

/** True for an element whose text is never article text (scripts, buttons, hidden popovers). */
export function isOutsideText(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || isHidden(el);
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Text and emphasis of one paragraph. */
function describe(el: Element, excluded: Set<Element>): Block {
  const text = normalizeText(visibleText(el, excluded));
  const boldLead = leadingRun(el, BOLD_TAGS);
  const italicLead = leadingRun(el, ITALIC_TAGS);
  const allBold = boldLead.length > 0 && boldLead.length >= text.length - 1;
  const allItalic = italicLead.length > 0 && italicLead.length >= text.length - 1;
  return { text, tag: el.tagName, boldLead, allBold, allItalic };
}

/**
 * The normalised text of the run of `tags`-formatted text the paragraph opens with, read across
 * tag boundaries (`<b>Mu</b><b>rati:</b>`) and after a leading timestamp.
 */
function leadingRun(block: Element, tags: Set<string>): string {
  let run = '';
  let started = false;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Tested on the raw text: normalising every text node (twice per paragraph, for bold
        // and italic) cost more than the rest of the paragraph's reading.
        const raw = child.nodeValue ?? '';
        if (!VISIBLE.test(raw)) {
          if (started) run += ' ';
          continue;
        }
        if (hasFormatting(child, block, tags)) {
          run += raw;
          started = true;
        } else if (!started && raw.length <= TIMESTAMP_RAW_MAX && TIMESTAMP.test(normalizeText(raw))) {
          continue;
        } else {
          return false;
        }
      } else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).localName)) {
        if (!walk(child)) return false;
      }
    }
    return true;
  };
  walk(block);
  return normalizeText(run);
}

function hasFormatting(node: Node, block: Element, tags: Set<string>): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (tags.has(el.localName)) return true;
  }
  return tags.has(block.localName);
}
