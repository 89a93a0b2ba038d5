import { parseHTML } from 'linkedom';
import { ifanr } from '../../src/sites/ifanr';

/**
 * Long interviews for the benchmark: the founding interview (an ifanr page) with its article
 * body repeated until the page is `times` as long. Each copy's paragraphs get the copy's
 * number before their closing punctuation ("Ja." becomes "Ja 3."), so no paragraph repeats:
 * the extraction drops repeated long paragraphs (pull quotes), and a page of copies it drops
 * would measure nothing but Readability.
 */

/** Paragraph-level elements whose last text gets the copy's number. */
const MARKED = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, dd, dt';

/** A text's closing punctuation, quotes and spaces: the number goes before them. */
const CLOSING = /([\s.?!。？！…:：;；,，"'“”„«»」』)）\]]*)$/u;

/** The page's HTML with the article body repeated `times` times in all (1 returns it as it is). */
export function longInterview(html: string, times: number): string {
  if (times <= 1) return html;
  const { document } = parseHTML(html);
  const body = document.querySelector(ifanr.bodySelector!);
  if (!body) throw new Error(`no article body (${ifanr.bodySelector}) in the founding interview`);
  const original = Array.from(body.childNodes);
  for (let copy = 2; copy <= times; copy++) {
    for (const node of original) {
      const clone = node.cloneNode(true);
      if (clone.nodeType === 1) markCopy(clone as unknown as Element, copy);
      body.appendChild(clone);
    }
  }
  return document.toString();
}

function markCopy(root: Element, copy: number): void {
  const blocks = root.matches(MARKED) ? [root] : [];
  blocks.push(...Array.from(root.querySelectorAll(MARKED)));
  for (const block of blocks) {
    const last = lastText(block);
    if (last) last.nodeValue = (last.nodeValue ?? '').replace(CLOSING, ` ${copy}$1`);
  }
}

/** The block's last text node with something visible in it. */
function lastText(node: Node): Node | null {
  for (let child = node.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return child;
    if (child.nodeType === 1) {
      const found = lastText(child);
      if (found) return found;
    }
  }
  return null;
}
