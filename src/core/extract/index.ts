import type { SiteAdapter } from '../../sites/types';
import { documentTitle } from '../document-title';
import { guessPageLanguage, primaryTag } from '../language';
import { INVISIBLE_CHARS, normalizeText, SPACE_CHARS } from '../text';
import { BLOCK_TAGS, classAttribute, isAmongKept, isOutsideText, isWidget, LEAF_TAGS, type KeptPlaces } from './elements';
import { pageAuthors } from './author';
import { offsetOf } from './element-text';
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
  /** The element's class attribute: question blocks may share a class of their own. */
  className: string;
  /** The block stands in a blockquote (a newsletter's questions are often set so). */
  quoted?: boolean;
  /** A horizontal rule stands between the block and the one before it. */
  afterRule?: boolean;
  /** The block's element is centred by an inline style (WeChat's captions and pull quotes). */
  centred?: boolean;
  /**
   * The text before the block's first line break, where text follows it ("INTERVIEWER<br>Why
   * an island?": a speaker's label on a line of its own); absent without one.
   */
  firstLine?: string;
  /**
   * A speaker's name set in an element of its own at the block's start, with no colon: a
   * transcript's speaker cell in a table row, or its speaker span ("<span class="speaker">Marisa
   * Chen</span>Welcome …"). The span's block opens with it; the row's block is the speech alone.
   */
  labelElement?: string;
  /**
   * Where the block's text starts in its element's normalised text (a `<br>` read as a space):
   * 0, unless blank lines part the element into several paragraphs.
   */
  offset: number;
}

export interface Extraction {
  title: string;
  byline: string | null;
  /** The authors the page's metadata names (in an interview, the one who asks), most reliable first. */
  authors: string[];
  /** The page's own description (meta description, og:description), or null: it often names who speaks. */
  description: string | null;
  siteName: string | null;
  language: string;
  blocks: Block[];
  /** The live element of each block, same order. */
  elements: Element[];
  /**
   * The lines left out as the site's boilerplate (credits, editor and source lines): not the
   * interview's, but one may name the reporter who asked ("（来源：华东证券报 记者 唐晓琳）").
   */
  creditLines: string[];
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

/** A picture's credit that Readability took for the byline ("Фото: Дмитрий Руденко"): it names no author. */
const PHOTO_CREDIT_BYLINE = /^\s*(?:Fotos?|Bild(?:er)?|Photos?|Photograph|Image|Credits?|Фото|图片|摄影)\s*[:：]/iu;

/** Boxes whose class a paragraph inside them takes when it has none of its own ... */
const BOX_TAGS = new Set(['div', 'section', 'aside']);
/** ... and how many elements such a box holds at most. */
const BOX_MAX_CHILDREN = 3;

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
  const { blocks, elements, creditLines } = container ? collectBlocks(container, site, near) : { blocks: [], elements: [], creditLines: [] };
  const declared = primaryTag(doc.documentElement?.getAttribute('lang')) ?? primaryTag(article?.lang);
  const title = normalizeText(article?.title || documentTitle(doc));
  const language = declared ?? guessPageLanguage(title + ' ' + blocks.slice(0, 40).map((b) => b.text).join(' '));
  return {
    title,
    byline: article?.byline && !PHOTO_CREDIT_BYLINE.test(article.byline) && !attributesQuote(doc, article.byline) ? normalizeText(article.byline) : null,
    authors: pageAuthors(doc, language).map(normalizeText),
    description: article?.excerpt ? normalizeText(article.excerpt) : null,
    siteName: article?.siteName ? normalizeText(article.siteName) : null,
    language,
    blocks,
    elements,
    creditLines,
  };
}

/**
 * Readability took a quotation's attribution for the byline ("<blockquote>…<p
 * class="quote__author">Derya Kaplan</p>"): the one quoted, not the author.
 */
function attributesQuote(doc: Document, byline: string): boolean {
  const name = normalizeText(byline);
  const quotes = doc.getElementsByTagName('blockquote');
  for (let i = 0; i < quotes.length; i++) {
    for (let el = quotes[i].firstElementChild; el; el = el.nextElementSibling) if (normalizeText(el.textContent ?? '') === name) return true;
  }
  return false;
}

/** The leaf paragraphs of the container in reading order, boilerplate and duplicates left out. */
function collectBlocks(container: Element, site: SiteAdapter, near: KeptPlaces | null) {
  // One query for all the selectors: each query compiles its selector and walks the container.
  const selectors = site.boilerplateSelectors.join(', ');
  const excluded = new Set<Element>(selectors ? Array.from(container.querySelectorAll(selectors)) : []);
  const blocks: Block[] = [];
  const elements: Element[] = [];
  const creditLines: string[] = [];
  const seen = new Set<string>();

  /** The container's text length, read for the first box with a widget's name. */
  let containerChars = -1;
  /**
   * A box named like a widget that holds most of the container's text is the article's wrapper
   * named by a modifier (JNews's "entry-content no-share", a layout's "has-sidebar").
   */
  const holdsTheArticle = (el: Element) => {
    if (containerChars < 0) containerChars = (container.textContent ?? '').length;
    return (el.textContent ?? '').length > containerChars * WRAPPER_SHARE;
  };
  /** How many blockquotes the walk is inside. */
  let quotes = 0;
  /** A horizontal rule came after the last block. */
  let rule = false;
  const add = (found: Block[], el: Element) => {
    // A paragraph without a class of its own takes its box's, a box of a few paragraphs: questions
    // set in boxes of a class of their own (TYPO3's `div.frame.interview-frage > p`). Not the
    // article's wrapper, whose class would say nothing (and depend on where the article was found).
    const parent = el.parentElement;
    const boxClass = parent !== null && BOX_TAGS.has(parent.localName) && parent.childElementCount <= BOX_MAX_CHILDREN ? classAttribute(parent) : '';
    for (const block of found) {
      if (site.boilerplateText.some((re) => re.test(block.text))) creditLines.push(block.text);
      else if (!isRepeat(block.text, seen)) {
        if (quotes > 0) block.quoted = true;
        if (rule) block.afterRule = true;
        rule = false;
        if (!block.className && boxClass) block.className = boxClass;
        blocks.push(block);
        elements.push(el);
      }
    }
  };
  const visit = (el: Element): boolean => {
    if (el.localName === 'hr') rule = blocks.length > 0;
    if (el.localName !== 'blockquote') return visitElement(el);
    quotes++;
    const isBlock = visitElement(el);
    quotes--;
    return isBlock;
  };
  const visitElement = (el: Element): boolean => {
    if (isOutsideText(el) || excluded.has(el) || (el !== container && ((isWidget(el) && !holdsTheArticle(el)) || isTitledWidget(el)))) return false;
    if (el.localName === 'table') {
      // A transcript in a table is read whether or not Readability kept its cells.
      const rows = transcriptRows(el, excluded);
      if (rows) {
        for (const row of rows) add([row.block], row.text);
        return true;
      }
    }
    if (BLOCK_TAGS.has(el.localName) && LEAF_TAGS.has(el.localName) && hasOwnText(el) && (!near || isAmongKept(el, near))) {
      visitMixed(el);
      return true;
    }
    let hasBlockChild = false;
    // Siblings, not `children`: a live collection per element is what made this walk slow.
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (BLOCK_TAGS.has(child.localName)) hasBlockChild = true;
      if (visit(child)) hasBlockChild = true;
    }
    const isBlock = BLOCK_TAGS.has(el.localName);
    const inArticle = !near || isAmongKept(el, near);
    if (isBlock && !hasBlockChild && LEAF_TAGS.has(el.localName) && inArticle) add(describe(el, excluded), el);
    return isBlock;
  };
  /**
   * An element with text of its own beside block children (a blog's `div` of text parted by
   * `<br><br>`, with a `div` after it): each run of its own text is read as paragraphs, in order
   * with the blocks between them.
   */
  const visitMixed = (el: Element) => {
    let run: Node[] = [];
    const flush = () => {
      if (run.length) add(describe(el, excluded, run), el);
      run = [];
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && BLOCK_TAGS.has((child as Element).localName)) {
        flush();
        visit(child as Element);
      } else run.push(child);
    }
    flush();
  };
  visit(container);
  return { ...dropPullQuotes(blocks, elements), creditLines };
}

/**
 * The title a box of chrome opens with where its class says nothing ("w-nl", "a_aut"): a
 * newsletter's, an advertisement's, an author box's.
 */
const WIDGET_TITLE =
  /^(?:Newsletter|Anzeige|Werbung|Advertisement|Publicidad|Publicidade|Pubblicità|Publicité|Sponsored|Gesponsert|Sobre la firma|Sobre el autor|Sobre o autor|About the author|Über den Autor|Über die Autorin|Zur Person des Autors|À propos de l['’]auteur|广告|推广|作者简介)$/i;

/** Longest first line read as a box's title. */
const WIDGET_TITLE_MAX = 30;

/** A box whose first child is a short title of chrome (`WIDGET_TITLE`). */
function isTitledWidget(el: Element): boolean {
  if (!BOX_TAGS.has(el.localName)) return false;
  const first = el.firstElementChild;
  if (!first || first.childElementCount > 1 || !first.nextElementSibling) return false;
  const title = first.textContent ?? '';
  return title.length <= WIDGET_TITLE_MAX && WIDGET_TITLE.test(title.trim());
}

/** Share of the container's text a box named like a widget holds when it is the article's wrapper. */
const WRAPPER_SHARE = 0.5;

/** A long paragraph seen before (a widget or quote rendered twice); short ones ("Ja.") may repeat. */
function isRepeat(text: string, seen: Set<string>): boolean {
  if (text.length < MIN_REPEAT_CHARS) return false;
  if (seen.has(text)) return true;
  seen.add(text);
  return false;
}

/**
 * Pull quotes repeat a sentence of the text: a short quote (in a blockquote, figure or aside,
 * or a heading in quotation marks) that another paragraph contains goes, word for word or
 * shortened ("„Rechte Strömungen haben sich Strategien ... abgeschaut“" beside the answer
 * that says it). A quote set apart that says something new stays.
 */
function dropPullQuotes(blocks: Block[], elements: Element[]) {
  let all: JoinedTexts | null = null;
  const keep = blocks.map((block, i) => {
    if (block.text.length > PULL_QUOTE_MAX || !(isQuoteLike(elements[i]) || (HEADING_TAGS.has(elements[i].localName) && QUOTED.test(block.text)))) return true;
    const quote = block.text.replace(/^["“”„«»]+|["“”„«»]+$/g, '');
    all ??= joinTexts(blocks);
    return !inLongerBlock(all, blocks, i, quote) && !paraphrased(all.lower, blocks, i, quote);
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
  /** Each block's text in lower case. */
  lower: string[];
}

function joinTexts(blocks: Block[]): JoinedTexts {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), starts, lower: blocks.map((b) => b.text.toLowerCase()) };
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

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A text wrapped in quotation marks. */
const QUOTED = /^["“„«»‚‘「『].*["“”«»‘’」』]$/su;

/** Share of a quote's words that one paragraph must hold for the quote to repeat it. */
const PARAPHRASE_SHARE = 0.7;

/** A Latin-script word long enough to tell texts apart. */
const CONTENT_WORD = /\p{L}{4,}/gu;

/** Most of the quote's words stand in one longer paragraph: a shortened repeat of it. */
function paraphrased(lower: readonly string[], blocks: Block[], self: number, quote: string): boolean {
  const words = new Set((quote.toLowerCase().match(CONTENT_WORD) ?? []));
  if (words.size < 4) return false;
  return blocks.some((other, j) => {
    if (j === self || other.text.length <= quote.length) return false;
    const text = lower[j];
    let found = 0;
    for (const word of words) if (text.includes(word)) found++;
    return found >= words.size * PARAPHRASE_SHARE;
  });
}

/** Inside a blockquote, figure or aside (a parent walk: `closest()` parses its selector per call). */
function isQuoteLike(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (QUOTE_TAGS.has(node.localName)) return true;
  }
  return false;
}

/**
 * A paragraph element read once: its text in runs of the same emphasis, with the line breaks
 * (`<br>`) between them. A blank line (two breaks with only spaces between) ends a paragraph,
 * as Readability's own `_replaceBrs` reads it, so blog platforms that write paragraphs as
 * `text<br><br>text` in one element give one block per paragraph.
 */
interface Run {
  /** Raw text of one text node, or null for a line break. */
  text: string | null;
  bold: boolean;
  italic: boolean;
}

/** The text runs below `node`, what is never article text left out. */
function readRuns(node: Node, excluded: Set<Element>, bold: boolean, italic: boolean, runs: Run[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) readNode(child, excluded, bold, italic, runs);
}

/** The text runs of one node: its text, a line break, or the runs below an element. */
function readNode(node: Node, excluded: Set<Element>, bold: boolean, italic: boolean, runs: Run[]): void {
  if (node.nodeType === 3) runs.push({ text: node.nodeValue ?? '', bold, italic });
  else if (node.nodeType === 1) {
    const element = node as Element;
    const name = element.localName;
    if (name === 'br') runs.push({ text: null, bold, italic });
    else if (!isOutsideText(element) && !excluded.has(element)) {
      const style = element.getAttribute('style');
      readRuns(element, excluded, styledBold(style, bold || BOLD_TAGS.has(name)), styledItalic(style, italic || ITALIC_TAGS.has(name)), runs);
    }
  }
}

/**
 * Emphasis set by an inline style: text pasted from a word processor or an editor's toolbar
 * (`<span style="font-weight:700">`, WeChat's `font-weight: bold`), and the wrapper Google Docs
 * puts around a whole pasted text (`<b style="font-weight:normal">`), which is not bold.
 */
function styledBold(style: string | null, inherited: boolean): boolean {
  if (style === null) return inherited;
  const weight = style.includes('weight') ? FONT_WEIGHT.exec(style) : null;
  if (weight) return /^(?:bold|bolder|[6-9]00)$/i.test(weight[1]);
  // Text in a colour of its own is set apart as bold text is (WeChat's coloured questions); a grey is not.
  return inherited || (style.includes('color') && isColoured(style));
}

/** The inline style gives the text a colour, not a grey: its channels differ by more than `HUE_MIN`. */
function isColoured(style: string): boolean {
  const match = TEXT_COLOUR.exec(style);
  if (!match) return false;
  const channels = match[1]
    ? match[1].split(',').slice(0, 3).map((c) => Number.parseFloat(c))
    : (match[2].length === 3 ? [...match[2]].map((c) => c + c) : [match[2].slice(0, 2), match[2].slice(2, 4), match[2].slice(4, 6)]).map((c) => Number.parseInt(c, 16));
  return Math.max(...channels) - Math.min(...channels) > HUE_MIN;
}

/** `color: rgb(196, 122, 58)` or `color: #c47a3a` (not `background-color`). */
const TEXT_COLOUR = /(?:^|;)\s*color\s*:\s*(?:rgba?\(([^)]*)\)|#([0-9a-f]{6}|[0-9a-f]{3})\b)/i;
const HUE_MIN = 40;

function styledItalic(style: string | null, inherited: boolean): boolean {
  const slant = style !== null && style.includes('font-style') ? FONT_STYLE.exec(style) : null;
  return slant ? slant[1].toLowerCase() !== 'normal' : inherited;
}

const FONT_WEIGHT = /(?:^|;)\s*font-weight\s*:\s*([a-z]+|\d{3})/i;
const FONT_STYLE = /(?:^|;)\s*font-style\s*:\s*(italic|oblique|normal)/i;

/** The element holds text of its own beside block children (not only spaces between them). */
function hasOwnText(el: Element): boolean {
  let text = false;
  let block = false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && VISIBLE.test(child.nodeValue ?? '')) text = true;
    else if (child.nodeType === 1 && BLOCK_TAGS.has((child as Element).localName)) block = true;
  }
  return text && block;
}

/**
 * The paragraphs of one element (or of the run of its child `nodes` that holds text of its own):
 * usually one; several where blank lines (`<br><br>`) part them.
 */
function describe(el: Element, excluded: Set<Element>, nodes?: Node[]): Block[] {
  const runs: Run[] = [];
  const style = el.getAttribute('style');
  const bold = styledBold(style, BOLD_TAGS.has(el.localName));
  const italic = styledItalic(style, ITALIC_TAGS.has(el.localName));
  const centred = style !== null && CENTRED.test(style);
  if (nodes) for (const node of nodes) readNode(node, excluded, bold, italic, runs);
  else readRuns(el, excluded, bold, italic, runs);
  if (!runs.some((run) => run.text !== null && VISIBLE.test(run.text))) return [];
  const tag = el.tagName;
  const className = el.getAttribute('class') ?? '';
  const blocks: Block[] = [];
  let from = 0;
  // A run of an element's own text starts where the element's text reaches its first node.
  let offset = nodes ? Math.max(offsetOf(el, nodes[0]), 0) : 0;
  const close = (to: number) => {
    const block = describeRuns(runs, from, to, tag, className, offset);
    if (block.text) {
      blocks.push(block);
      // The element's normalised text holds one space where the blank line was.
      offset += block.text.length + 1;
    }
  };
  for (let i = 0; i < runs.length; i++) {
    if (runs[i].text !== null) continue;
    // A break, then only spaces, then another break: a blank line.
    let j = i + 1;
    while (j < runs.length && runs[j].text !== null && !VISIBLE.test(runs[j].text as string)) j++;
    if (j < runs.length && runs[j].text === null) {
      close(i);
      from = j + 1;
      i = j;
    }
  }
  close(runs.length);
  if (centred) for (const block of blocks) block.centred = true;
  const label = nodes ? null : speakerElement(el);
  if (label && blocks.length > 0 && blocks[0].text.startsWith(label) && blocks[0].text.length > label.length) blocks[0].labelElement = label;
  return blocks;
}

/** Longest text read as a speaker's name in an element of its own. */
const LABEL_ELEMENT_MAX = 40;
/** A speaker's name: letters, spaces, initials' periods, hyphens and apostrophes; no sentence. */
const NAME_TEXT = /^\p{L}[\p{L}\p{M} .'’-]*\p{L}\.?$/u;
/** A class that says it holds the speaker: "transcript__speaker", "speaker-name", "sprecher". */
const SPEAKER_CLASS = /speaker|sprecher|interlocut|orateur|locuteur/i;
/** Inline elements a speaker's name is set in. */
const LABEL_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'cite', 'dfn', 'small', 'label']);

/**
 * The speaker's name an element opens with, set apart by an element of its own and no colon
 * (`Block.labelElement`), or null. The element must say so by its class, or be glued to the
 * speech with no space between ("Marisa ChenWelcome …": the page's style puts the two apart).
 */
function speakerElement(el: Element): string | null {
  let first = el.firstChild;
  while (first && first.nodeType === 3 && !VISIBLE.test(first.nodeValue ?? '')) first = first.nextSibling;
  if (!first || first.nodeType !== 1) return null;
  const label = first as Element;
  if (!LABEL_TAGS.has(label.localName) || label.firstElementChild) return null;
  const name = normalizeText(label.textContent ?? '');
  if (!name || name.length > LABEL_ELEMENT_MAX || !NAME_TEXT.test(name)) return null;
  if (SPEAKER_CLASS.test(classAttribute(label))) return name;
  const next = label.nextSibling;
  return next !== null && next.nodeType === 3 && /^[\p{Lu}"“„«]/u.test(next.nodeValue ?? '') ? name : null;
}

/** A cell that holds a transcript's time: "00:02:07", "[12:03]". */
const TIME_CELL = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$/;

/** Fewest rows with a speaker that make a table a transcript. */
const TRANSCRIPT_MIN_ROWS = 3;

/**
 * A transcript set as a table, one row per turn: (a time,) the speaker's name, the speech, each
 * in a cell of its own, the names recurring (a schedule's "Europe | April 4th" rows name a place
 * once each). One block per row, the speech's, with the name as its label element (none where
 * the name's cell is empty: "[Musik]"); its element is the speech's cell. Null for any other table.
 */
function transcriptRows(table: Element, excluded: Set<Element>): { block: Block; text: Element }[] | null {
  const rows: (Element[] | null)[] = [];
  const collect = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'tr') rows.push(cellsOf(child));
      else if (child.localName === 'tbody' || child.localName === 'thead') collect(child);
    }
  };
  collect(table);
  // A header row ("Zeit | Sprecher | Text") is left out; a row that holds a table is a layout's.
  if (rows.includes(null)) return null;
  const body = (rows as Element[][]).filter((cells) => cells.length > 0);
  const width = body[0]?.length ?? 0;
  if (width < 2 || width > 3 || body.some((cells) => cells.length !== width)) return null;
  const texts = body.map((cells) => cells.map((cell) => normalizeText(cell.textContent ?? '')));
  const speech = width - 1;
  const names = texts.map((row) => row[speech - 1]).filter((name) => name !== '');
  const shaped = texts.every(
    (row) => row[speech] !== '' && (width === 2 || TIME_CELL.test(row[0])) && (row[speech - 1] === '' || (row[speech - 1].length <= LABEL_ELEMENT_MAX && NAME_TEXT.test(row[speech - 1]))),
  );
  if (!shaped || names.length < TRANSCRIPT_MIN_ROWS || new Set(names).size * 2 > names.length) return null;
  const read: { block: Block; text: Element }[] = [];
  body.forEach((cells, i) => {
    const [block] = describe(cells[speech], excluded);
    if (!block) return;
    if (texts[i][speech - 1]) block.labelElement = texts[i][speech - 1];
    read.push({ block, text: cells[speech] });
  });
  return read;
}

/** A row's cells (none for a header row, all `th`), or null where a cell holds a table. */
function cellsOf(row: Element): Element[] | null {
  const cells: Element[] = [];
  let data = false;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.localName !== 'td' && cell.localName !== 'th') continue;
    if (cell.getElementsByTagName('table').length > 0) return null;
    data ||= cell.localName === 'td';
    cells.push(cell);
  }
  return data ? cells : [];
}

const CENTRED = /(?:^|;)\s*text-align\s*:\s*center/i;

/** Text and emphasis of the runs [from, to): one paragraph. */
function describeRuns(runs: Run[], from: number, to: number, tag: string, className: string, offset: number): Block {
  let raw = '';
  for (let i = from; i < to; i++) raw += runs[i].text ?? ' ';
  const text = normalizeText(raw);
  const boldLead = leadingRun(runs, from, to, 'bold');
  const italicLead = leadingRun(runs, from, to, 'italic');
  const allBold = boldLead.length > 0 && boldLead.length >= text.length - 1;
  const allItalic = italicLead.length > 0 && italicLead.length >= text.length - 1;
  const block: Block = { text, tag, boldLead, allBold, allItalic, className, offset };
  const firstLine = firstLineOf(runs, from, to);
  if (firstLine) block.firstLine = firstLine;
  return block;
}

/** The normalised text before the first line break of the runs [from, to) that has text after it, or ''. */
function firstLineOf(runs: Run[], from: number, to: number): string {
  // Most blocks hold no line break: their text is not gathered a second time.
  let seen = false;
  for (let i = from; i < to; i++) {
    const text = runs[i].text;
    if (text !== null) {
      seen ||= VISIBLE.test(text);
      continue;
    }
    if (!seen) continue;
    for (let j = i + 1; j < to; j++) {
      const after = runs[j].text;
      if (after !== null && VISIBLE.test(after)) {
        let raw = '';
        for (let k = from; k < i; k++) raw += runs[k].text ?? ' ';
        return normalizeText(raw);
      }
    }
    return '';
  }
  return '';
}

/**
 * The normalised text of the run of bold (or italic) text a paragraph opens with, read across
 * tag boundaries (`<b>Mu</b><b>rati:</b>`) and after a leading timestamp; a line break inside
 * the run is a space.
 */
function leadingRun(runs: Run[], from: number, to: number, emphasis: 'bold' | 'italic'): string {
  let text = '';
  let started = false;
  for (let i = from; i < to; i++) {
    const run = runs[i];
    const raw = run.text;
    // Tested on the raw text: normalising every text node cost more than the rest of the reading.
    if (raw === null || !VISIBLE.test(raw)) {
      if (started) text += ' ';
      continue;
    }
    if (run[emphasis]) {
      text += raw;
      started = true;
    } else if (!started && raw.length <= TIMESTAMP_RAW_MAX && TIMESTAMP.test(normalizeText(raw))) {
      continue;
    } else {
      break;
    }
  }
  return normalizeText(text);
}
