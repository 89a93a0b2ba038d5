import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';

/** A one-line, user-facing error of the CLI (exit code 2). */
export class InputError extends Error {}

/** How much of a file is read to decide whether it is HTML. */
const SNIFF_BYTES = 4096;

/** Tags one of which an HTML page or fragment shows near its start. */
const HTML_SIGN = /<(?:!doctype\s+html|html|head|body|article|main|div|p|section|h[1-6])[\s>]/i;

/** Reads an HTML file into a DOM `Document` (linkedom), or throws an `InputError`. */
export async function loadHtml(path: string): Promise<Document> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new InputError(`is a directory, not an HTML file: ${path}`);
    throw new InputError(`cannot read ${path}: ${code ?? (error as Error).message}`);
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0) || !HTML_SIGN.test(head.toString('utf8'))) {
    throw new InputError(`not an HTML file: ${path}`);
  }
  const { document } = parseHTML(bytes.toString('utf8'));
  return document as unknown as Document;
}
