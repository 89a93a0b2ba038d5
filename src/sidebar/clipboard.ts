/**
 * Writing text to the clipboard from the content script, on the reader's click or key press.
 * The async Clipboard API exists only in secure contexts (an https page), so on http pages
 * and where it is refused (a permissions policy, no focus) the copy command carries the text
 * through a one-off `copy` listener instead of a selection: nothing is added to the page.
 */

/** Copies the text; false when the browser refused both ways. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.isSecureContext ? doc.defaultView.navigator.clipboard : undefined;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no focus, permissions policy): the copy command may still be allowed.
    }
  }
  return copyWithCommand(text, doc);
}

/** `document.execCommand('copy')` with the text put on the clipboard by our own listener. */
function copyWithCommand(text: string, doc: Document): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    // Later listeners of the page (say, one appending "Read more at …") must not rewrite it.
    event.stopImmediatePropagation();
    written = true;
  };
  doc.addEventListener('copy', onCopy, { capture: true });
  try {
    return doc.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, { capture: true });
  }
}
