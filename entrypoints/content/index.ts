import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { precheck } from '../../src/core/detect';
import { isMessage, LENS_GLOBAL, LENS_MODE_GLOBAL, LOAD_LENS_MESSAGE, MARKS, TOGGLE_MESSAGE, type LensMode } from '../../src/messages';
import { autoMatches } from '../../src/sites';

/**
 * The probe: runs by itself on the sites we detect automatically (The Verge, ifanr) and
 * looks for cheap signs of an interview. Only where it finds them, or when the reader clicks
 * the toolbar button, does the background inject the lens (analysis and sidebar), so a page
 * without an interview pays for a few kilobytes of script and one pass over its paragraphs.
 */
export default defineContentScript({
  matches: autoMatches,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    performance.mark(MARKS.start);
    const onMessage = (message: unknown) => {
      // Once the lens runs, it answers the toolbar itself.
      if (!isMessage(message, TOGGLE_MESSAGE) || LENS_GLOBAL in globalThis) return undefined;
      return loadLens('manual');
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    if (precheck(document).promising) void loadLens('auto');
    else performance.mark(MARKS.idle);
  },
});

async function loadLens(mode: LensMode): Promise<boolean> {
  (globalThis as { [LENS_MODE_GLOBAL]?: LensMode })[LENS_MODE_GLOBAL] = mode;
  return browser.runtime.sendMessage({ type: LOAD_LENS_MESSAGE }).catch(() => false);
}
