import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { decode, encodingDeclaredByMeta, encodingForLabel, sniffEncoding, type EncodingSource } from './html-encoding';
import { addImpliedTags } from './implied-tags';

/** A one-line, user-facing error of the CLI (exit code 2). */
export class InputError extends Error {}

/** How the CLI reads a page. */
export interface LoadOptions {
  /** An Encoding Standard label (`--encoding`): read the page in it unless it has a byte-order mark. */
  encoding?: string;
  /** Told when some of the page's text did not decode (a wrong or missing charset, most likely). */
  warn?: (message: string) => void;
}

/**
 * How much of a file the binary test reads, and the bytes that make it binary: the MIME Sniffing
 * Standard's "resource header" and "binary data bytes" (control characters no text holds).
 */
const RESOURCE_HEADER = 1445;
const BINARY_DATA = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

/**
 * Above this share of U+FFFD in its text, a page is refused as undecodable. Chinese and Japanese
 * pages read in the wrong encoding lose 60-75% of their text; a German page read as UTF-8 instead
 * of windows-1252 loses its umlauts, 4%, and is read with a warning.
 */
const UNDECODABLE_LIMIT = 0.25;

/**
 * Reads a saved page into a DOM `Document` (linkedom) as a browser would: decoded in the encoding
 * its byte-order mark, `options.encoding` or its own declaration names (html-encoding.ts), with
 * the html, head and body elements a browser implies (implied-tags.ts). Anything a browser would
 * render is read; an empty, binary, undecodable, unreadable or missing file is an `InputError`.
 */
export async function loadHtml(path: string, options: LoadOptions = {}): Promise<Document> {
  const override = options.encoding === undefined ? null : encodingOrError(options.encoding);
  const bytes = await readBytes(path);
  let { encoding, source } = sniffEncoding(bytes, override);
  let text = decodeOrError(bytes, encoding, path);
  if (BINARY_DATA.test(text.slice(0, RESOURCE_HEADER))) throw new InputError(`binary file, not a page: ${path}`);
  if (!/\S/.test(text)) throw new InputError(`empty file: ${path}`);
  let document = parse(text);
  if (source === 'default') {
    const late = encodingDeclaredByMeta(document);
    if (late && late !== encoding) {
      encoding = late;
      text = decodeOrError(bytes, encoding, path);
      document = parse(text);
    }
  }
  if (text.includes('\uFFFD')) {
    const { share, count } = undecodable(document);
    const why = `as ${encoding} (${REASONS[source]}; try --encoding)`;
    if (share > UNDECODABLE_LIMIT) throw new InputError(`mostly undecodable ${why}: ${path}`);
    if (count) options.warn?.(`${count} characters undecodable ${why}: ${path}`);
  }
  return document;
}

/** Why a page was read in its encoding, for the messages. */
const REASONS: Record<EncodingSource, string> = {
  bom: 'its byte-order mark says',
  override: '--encoding says',
  declared: 'the page declares',
  default: 'the page declares no charset',
};

/** The encoding `--encoding` names; an unknown label or one this Node cannot decode is an error. */
function encodingOrError(label: string): string {
  const encoding = encodingForLabel(label);
  if (!encoding) throw new InputError(`unknown encoding: ${label}`);
  if (decode(new Uint8Array(0), encoding) === null) throw new InputError(`cannot decode ${encoding} here: ${label}`);
  return encoding;
}

async function readBytes(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new InputError(`is a directory, not an HTML file: ${path}`);
    throw new InputError(`cannot read ${path}: ${code ?? (error as Error).message}`);
  }
  if (bytes.length === 0) throw new InputError(`empty file: ${path}`);
  return bytes;
}

function decodeOrError(bytes: Uint8Array, encoding: string, path: string): string {
  const text = decode(bytes, encoding);
  if (text === null) throw new InputError(`cannot decode ${encoding} (try --encoding): ${path}`);
  return text;
}

function parse(text: string): Document {
  const document = parseHTML(text).document as unknown as Document;
  addImpliedTags(document);
  return document;
}

/** How many characters of the page's body text are U+FFFD, and their share (whitespace aside). */
function undecodable(document: Document): { share: number; count: number } {
  const text = (document.body?.textContent ?? '').replace(/\s+/g, '');
  const count = text.match(/\uFFFD/g)?.length ?? 0;
  return { share: text ? count / text.length : 0, count };
}
