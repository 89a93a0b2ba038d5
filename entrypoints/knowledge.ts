import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { knowledgeBase } from '../src/core/knowledge';
import { KNOWLEDGE_GLOBAL } from '../src/messages';

/**
 * The knowledge base as a script of its own, injected by the background into the content
 * script's world only once an interview is found: pages without one never load it.
 */
export default defineUnlistedScript(() => {
  (globalThis as { [KNOWLEDGE_GLOBAL]?: unknown })[KNOWLEDGE_GLOBAL] = knowledgeBase;
});
