/**
 * How a browser finds the character encoding of a saved page, and the decoding itself: the
 * HTML Standard's encoding sniffing (§13.2.3.2: a byte-order mark, then the user's choice, then
 * a `<meta>` or XML declaration in the first 1024 bytes, else the default; and a `<meta>` the
 * parser meets later, §13.2.3.4) over the Encoding Standard's labels and decoders, which Node's
 * TextDecoder (full ICU) provides.
 */

/** How many bytes the prescan reads, as the HTML Standard advises. */
const PRESCAN_BYTES = 1024;

/** Where an encoding came from, in the order the sniffing ranks them. */
export type EncodingSource = 'bom' | 'override' | 'declared' | 'default';

/** The encoding a page is read in, and why. */
export interface SniffedEncoding {
  /** An Encoding Standard name, as `encodingForLabel` gives it ("utf-8", "gbk", "big5"...). */
  encoding: string;
  source: EncodingSource;
}

/**
 * Labels of encodings this Node's TextDecoder refuses: the replacement encoding (browsers render
 * such a page as one U+FFFD), x-user-defined and ISO-8859-16 (not in Node's ICU).
 */
const UNDECODABLE = new Map([
  ...['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'].map((l) => [l, 'replacement'] as const),
  ['x-user-defined', 'x-user-defined'],
  ...['iso-8859-16', 'l10', 'latin10'].map((l) => [l, 'iso-8859-16'] as const),
]);

/**
 * windows-1252's bytes 0x80-0x9F (the Encoding Standard's index-windows-1252): Node 20 decodes
 * them as Latin-1's C1 controls, so "€" and "„…“" come out wrong (nodejs/node#56542).
 */
const WINDOWS_1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The encoding a label names (the Encoding Standard's "get an encoding"), or null if none. */
export function encodingForLabel(label: string): string | null {
  const known = UNDECODABLE.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase()));
  if (known) return known;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes a page's bytes in an encoding `encodingForLabel` named, as a browser does: a BOM of
 * that encoding is dropped, bytes that decode to nothing become U+FFFD. Null for an encoding
 * this Node cannot decode.
 */
export function decode(bytes: Uint8Array, encoding: string): string | null {
  if (UNDECODABLE.has(encoding)) return null;
  if (encoding === 'windows-1252') {
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]);
  }
  // The Encoding Standard's GBK decoder is its gb18030 decoder; Node's 'gbk' skips the
  // four-byte sequences that pages labelled gb2312 or gbk carry for characters beyond GBK.
  return new TextDecoder(encoding === 'gbk' ? 'gb18030' : encoding).decode(bytes);
}

/**
 * The encoding to read a page in: its byte-order mark, else `override` (the user's choice, an
 * encoding name), else what it declares in its first 1024 bytes, else UTF-8.
 */
export function sniffEncoding(bytes: Uint8Array, override: string | null = null): SniffedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  if (override) return { encoding: override, source: 'override' };
  const declared = prescan(bytes.subarray(0, PRESCAN_BYTES));
  if (declared) return { encoding: declared, source: 'declared' };
  return { encoding: 'utf-8', source: 'default' };
}

/**
 * The encoding the first `<meta>` of a parsed page declares (charset, or http-equiv
 * Content-Type), as the parser changes to it when the prescan found nothing; null if none.
 */
export function encodingDeclaredByMeta(document: Document): string | null {
  for (const meta of Array.from(document.querySelectorAll('meta[charset], meta[http-equiv]'))) {
    const charset = meta.getAttribute('charset');
    const content = meta.getAttribute('content');
    let encoding = charset === null ? null : encodingForLabel(charset);
    if (!encoding && content !== null && /^content-type$/i.test(meta.getAttribute('http-equiv') ?? '')) {
      encoding = encodingFromContent(content);
    }
    if (encoding) return asDeclared(encoding);
  }
  return null;
}

/**
 * The encoding named by `charset=` in a `<meta content>` value ("text/html; charset=gb2312"),
 * as the HTML Standard's "algorithm for extracting a character encoding from a meta element".
 */
export function encodingFromContent(content: string): string | null {
  const lower = content.replace(/[A-Z]/g, (c) => c.toLowerCase());
  let from = 0;
  for (;;) {
    const at = lower.indexOf('charset', from);
    if (at < 0) return null;
    let i = skipSpaces(content, at + 7);
    if (content[i] !== '=') {
      from = i;
      continue;
    }
    i = skipSpaces(content, i + 1);
    const quote = content[i];
    if (quote === '"' || quote === "'") {
      const end = content.indexOf(quote, i + 1);
      return end < 0 ? null : encodingForLabel(content.slice(i + 1, end));
    }
    let end = i;
    while (end < content.length && !isSpace(content.charCodeAt(end)) && content[end] !== ';') end++;
    return end === i ? null : encodingForLabel(content.slice(i, end));
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A declared UTF-16 cannot be (the declaration itself was read as ASCII): UTF-8 is meant. */
function asDeclared(encoding: string): string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding === 'x-user-defined' ? 'windows-1252' : encoding;
}

/** The HTML Standard's "prescan a byte stream to determine its encoding", over `bytes`. */
function prescan(bytes: Uint8Array): string | null {
  return scanForMeta(bytes) ?? xmlEncoding(bytes);
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;

function isSpace(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
}

function isLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The byte as an attribute's character: A-Z lower-cased, the rest as its code point. */
function lowerChar(b: number): string {
  return String.fromCharCode(b >= 0x41 && b <= 0x5a ? b + 0x20 : b);
}

function startsWith(b: Uint8Array, at: number, ascii: string, ignoreCase = false): boolean {
  if (at + ascii.length > b.length) return false;
  for (let i = 0; i < ascii.length; i++) {
    const c = ignoreCase && isLetter(b[at + i]) ? b[at + i] | 0x20 : b[at + i];
    if (c !== ascii.charCodeAt(i)) return false;
  }
  return true;
}

/** The prescan's loop: the first `<meta>` that declares an encoding; null when the bytes run out. */
function scanForMeta(b: Uint8Array): string | null {
  if (startsWith(b, 0, '<\0?\0x\0')) return 'utf-16le';
  if (startsWith(b, 0, '\0<\0?\0x')) return 'utf-16be';
  const n = b.length;
  let pos = 0;

  /** One attribute from `pos` ("get an attribute"): null at the tag's end, undefined when out of bytes. */
  const attribute = (): { name: string; value: string } | null | undefined => {
    while (pos < n && (isSpace(b[pos]) || b[pos] === SLASH)) pos++;
    if (pos >= n) return undefined;
    if (b[pos] === GT) return null;
    let name = '';
    for (;; pos++) {
      if (pos >= n) return undefined;
      const c = b[pos];
      if (c === EQUALS && name) break;
      if (isSpace(c)) {
        while (pos < n && isSpace(b[pos])) pos++;
        if (pos >= n) return undefined;
        if (b[pos] !== EQUALS) return { name, value: '' };
        break;
      }
      if (c === SLASH || c === GT) return { name, value: '' };
      name += lowerChar(c);
    }
    pos++; // past '='
    while (pos < n && isSpace(b[pos])) pos++;
    if (pos >= n) return undefined;
    const quote = b[pos];
    let value = '';
    if (quote === 0x22 || quote === 0x27) {
      for (pos++; pos < n; pos++) {
        if (b[pos] === quote) {
          pos++;
          return { name, value };
        }
        value += lowerChar(b[pos]);
      }
      return undefined;
    }
    if (quote === GT) return { name, value: '' };
    for (; pos < n; pos++) {
      if (isSpace(b[pos]) || b[pos] === GT) return { name, value };
      value += lowerChar(b[pos]);
    }
    return undefined;
  };

  /** The `<meta>` whose attributes start at `pos`: its encoding, null if it declares none, undefined when out of bytes. */
  const meta = (): string | null | undefined => {
    const seen = new Set<string>();
    let gotPragma = false;
    let needPragma: boolean | null = null;
    let charset: string | null | undefined; // undefined: none yet; null: an unknown label
    for (let attr = attribute(); attr !== null; attr = attribute()) {
      if (attr === undefined) return undefined;
      if (seen.has(attr.name)) continue;
      seen.add(attr.name);
      if (attr.name === 'http-equiv') gotPragma ||= attr.value === 'content-type';
      else if (attr.name === 'content') {
        const found = encodingFromContent(attr.value);
        if (found && charset === undefined) {
          charset = found;
          needPragma = true;
        }
      } else if (attr.name === 'charset') {
        charset = encodingForLabel(attr.value);
        needPragma = false;
      }
    }
    if (needPragma === null || (needPragma && !gotPragma) || !charset) return null;
    return asDeclared(charset);
  };

  for (; pos < n; pos++) {
    if (b[pos] !== LT) continue;
    if (startsWith(b, pos, '<!--')) {
      const end = Buffer.from(b.buffer, b.byteOffset, n).indexOf('-->', pos + 2);
      if (end < 0) return null;
      pos = end + 2;
    } else if (startsWith(b, pos, '<meta', true) && (isSpace(b[pos + 5]) || b[pos + 5] === SLASH)) {
      pos += 5;
      const found = meta();
      if (found === undefined) return null;
      if (found) return found;
    } else if (isLetter(b[pos + 1]) || (b[pos + 1] === SLASH && isLetter(b[pos + 2]))) {
      while (pos < n && !isSpace(b[pos]) && b[pos] !== GT) pos++;
      for (let attr = attribute(); attr !== null; attr = attribute()) {
        if (attr === undefined) return null;
      }
    } else if (b[pos + 1] === 0x21 || b[pos + 1] === SLASH || b[pos + 1] === 0x3f) {
      const end = b.indexOf(GT, pos + 1);
      if (end < 0) return null;
      pos = end;
    }
  }
  return null;
}

/** The HTML Standard's "get an XML encoding": `<?xml ... encoding="...">` at the very start. */
function xmlEncoding(b: Uint8Array): string | null {
  if (!startsWith(b, 0, '<?xml')) return null;
  const declarationEnd = b.indexOf(GT);
  if (declarationEnd < 0) return null;
  // Read within the declaration, as browsers do (the standard finds its end, then searches on).
  const text = Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1', 0, declarationEnd);
  const at = text.indexOf('encoding');
  if (at < 0) return null;
  let i = at + 8;
  while (text.charCodeAt(i) <= 0x20) i++;
  if (text[i] !== '=') return null;
  do i++;
  while (text.charCodeAt(i) <= 0x20);
  const quote = text[i];
  const end = quote === '"' || quote === "'" ? text.indexOf(quote, i + 1) : -1;
  const label = text.slice(i + 1, end);
  if (end < 0 || /[\x00-\x20]/.test(label)) return null;
  const encoding = encodingForLabel(label);
  return encoding && asDeclared(encoding);
}
