import { defineContentScript } from 'wxt/utils/define-content-script';
import { autoMatches } from '../../src/sites';
import { startLens } from './lens';

/**
 * Runs by itself on the sites we detect automatically (The Verge, ifanr); anywhere else the
 * toolbar button injects this same script, and the sidebar opens on request.
 */
export default defineContentScript({
  matches: autoMatches,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    return startLens(ctx);
  },
});
