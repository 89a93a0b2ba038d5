import type { SiteAdapter } from '../../sites/types';
import { documentTitle } from '../document-title';
import { guessLanguage, primaryTag } from '../language';
import { INVISIBLE_CHARS, normalizeText, SPACE_CHARS } from '../text';
import { BLOCK_TAGS, isAmongKept, isOutsideText, isWidget, LEAF_TAGS, SKIP_TAGS, type KeptPlaces } from './elements';
import { readMetadata, runReadability } from './readability';

export { isOutsideText } from './elements';

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

/** The leaf paragraphs of the container in reading order, boilerplate and duplicates left out. */
function collectBlocks(container: Element, site: SiteAdapter, near: KeptPlaces | null) {
  // One query for all the selectors: each query compiles its selector and walks the container.
  const selectors = site.boilerplateSelectors.join(', ');
  const excluded = new Set<Element>(selectors ? Array.from(container.querySelectorAll(selectors)) : []);
  const blocks: Block[] = [];
  const elements: Element[] = [];
  const seen = new Set<string>();

  const visit = (el: Element): boolean => {
    if (isOutsideText(el) || excluded.has(el) || (el !== container && isWidget(el))) return false;
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
      if (!isOutsideText(element) && !excluded.has(element)) text += visibleText(element, excluded);
    }
  }
  return text;
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
  const run: LeadingRun = { block, tags, text: '', started: false };
  readRun(block, run);
  return normalizeText(run.text);
}

/** A leading run being read: the paragraph, the formatting tags, the text so far. */
interface LeadingRun {
  block: Element;
  tags: Set<string>;
  text: string;
  /** A formatted text node has been read. */
  started: boolean;
}

/** Reads the run on below `node`; false where it ends (text without the formatting). */
function readRun(node: Node, run: LeadingRun): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      // Tested on the raw text: normalising every text node (twice per paragraph, for bold
      // and italic) cost more than the rest of the paragraph's reading.
      const raw = child.nodeValue ?? '';
      if (!VISIBLE.test(raw)) {
        if (run.started) run.text += ' ';
        continue;
      }
      if (hasFormatting(child, run.block, run.tags)) {
        run.text += raw;
        run.started = true;
      } else if (!run.started && raw.length <= TIMESTAMP_RAW_MAX && TIMESTAMP.test(normalizeText(raw))) {
        continue;
      } else {
        return false;
      }
    } else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).localName)) {
      if (!readRun(child, run)) return false;
    }
  }
  return true;
}

function hasFormatting(node: Node, block: Element, tags: Set<string>): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (tags.has(el.localName)) return true;
  }
  return tags.has(block.localName);
}
