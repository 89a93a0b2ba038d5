/**
 * The html, head and body elements a browser's parser implies where a page leaves out their
 * tags: a page that begins with `<style>`, a fragment of markup, text with a few tags (the HTML
 * Standard's insertion modes "before html" to "after body", §13.2.6.4). linkedom keeps such
 * nodes at the top of the document, where `document.body` does not reach them.
 */

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const DOCTYPE = 10;

/** Elements the parser keeps in the head when they come before the page's content. */
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'noscript', 'script', 'style', 'template', 'title']);

/** Gives `document` the html > head, body shape a browser would; a complete page is left as it is. */
export function addImpliedTags(document: Document): void {
  const top = Array.from(document.childNodes);
  let html = top.find((node) => isElement(node, 'html')) as Element | undefined;
  const strays = content(top.filter((node) => node !== html && node.nodeType !== DOCTYPE && node.nodeType !== COMMENT));
  if (html && strays.length === 0 && hasHeadThenBody(html)) return;

  if (!html) {
    html = document.createElement('html');
    document.insertBefore(html, strays[0] ?? null);
  }
  const at = top.indexOf(html); // -1 for a new html, which every stray follows
  html.prepend(...strays.filter((node) => top.indexOf(node) < at));
  html.append(...strays.filter((node) => top.indexOf(node) > at));

  let head = html.firstElementChild?.localName === 'head' ? html.firstElementChild : null;
  if (!head) {
    head = document.createElement('head');
    const nodes = Array.from(html.childNodes);
    const contentAt = nodes.findIndex((node) => !isHeadContent(node));
    head.append(...nodes.slice(0, contentAt < 0 ? nodes.length : contentAt));
    // A <head> tag after head content starts no second head: its content joins the first.
    for (const late of Array.from(head.children).filter((el) => el.localName === 'head')) late.replaceWith(...Array.from(late.childNodes));
    html.prepend(head);
  }
  let body = Array.from(html.children).find((el) => el.localName === 'body');
  if (!body) {
    body = document.createElement('body');
    html.append(body);
  }
  const inHtml = content(Array.from(html.childNodes).filter((node) => node !== head));
  const bodyAt = inHtml.indexOf(body);
  body.prepend(...inHtml.slice(0, bodyAt));
  body.append(...inHtml.slice(bodyAt + 1));

  // A browser's document.title is the first HTML title anywhere (HTML Standard, "the title
  // element"); linkedom's looks in the head only.
  const title = head.querySelector('title') ? null : Array.from(document.querySelectorAll('title')).find((el) => !el.closest('svg'));
  if (title) head.append(title);
}

/** The nodes from the first that is not blank on: blanks between content are content too. */
function content<T extends Node>(nodes: T[]): T[] {
  const start = nodes.findIndex((node) => !isBlank(node));
  return start < 0 ? [] : nodes.slice(start);
}

function isElement(node: Node, name: string): boolean {
  return node.nodeType === ELEMENT && (node as Element).localName === name;
}

function isBlank(node: Node): boolean {
  return node.nodeType === TEXT && !/\S/.test(node.textContent ?? '');
}

function isHeadContent(node: Node): boolean {
  if (node.nodeType === ELEMENT) return HEAD_CONTENT.has((node as Element).localName) || (node as Element).localName === 'head';
  return node.nodeType === COMMENT || isBlank(node);
}

/** True when html's children are a head, then a body, with only blanks and comments around them. */
function hasHeadThenBody(html: Element): boolean {
  const children = Array.from(html.childNodes).filter((node) => node.nodeType !== COMMENT && !isBlank(node));
  return children.length === 2 && isElement(children[0], 'head') && isElement(children[1], 'body');
}
