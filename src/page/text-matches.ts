/**
 * Where a pattern occurs in an element's text, as DOM ranges for a CSS Custom Highlight.
 * The text is read across the element's text nodes, so a match may span inline markup
 * (a bold label, a link). Nothing is written to the page.
 */

/** A range for every match of the (global) pattern in the element's text. */
export function matchRangesIn(element: Element, pattern: RegExp): Range[] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    let i = nodes.length - 1;
    while (i > 0 && (isEnd ? starts[i] >= offset : starts[i] > offset)) i--;
    return [nodes[i], offset - starts[i]];
  };
  const ranges: Range[] = [];
  // A copy: matchAll would start at the shared pattern's lastIndex.
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (!match[0]) continue;
    const range = doc.createRange();
    range.setStart(...locate(match.index, false));
    range.setEnd(...locate(match.index + match[0].length, true));
    ranges.push(range);
  }
  return ranges;
}
