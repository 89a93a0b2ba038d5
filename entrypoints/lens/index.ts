import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LENS_MODE_GLOBAL, type LensMode } from '../../src/messages';
import { startLens } from './lens';

/**
 * The lens: the analysis and the sidebar, injected by the background into the content
 * scripts' world when the probe found signs of an interview, or when the reader clicked the
 * toolbar button on any other page.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [LENS_MODE_GLOBAL]?: LensMode };
  const mode = scope[LENS_MODE_GLOBAL] ?? 'manual';
  delete scope[LENS_MODE_GLOBAL];
  void startLens(new ContentScriptContext('interview-lens', { matches: [], cssInjectionMode: 'manual' }), mode);
});
