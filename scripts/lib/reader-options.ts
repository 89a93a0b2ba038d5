import type { AnalyzeOptions } from '../../src/core/analyze';
import { knowledgeBase } from '../../src/core/knowledge';
import { siteFor } from '../../src/sites';

/**
 * The analysis as the reader gets it: by itself on the sites with an adapter (the probe runs
 * there unasked), after a click on the toolbar button (`force`) anywhere else.
 */
export function asTheReaderGetsIt(url: string): AnalyzeOptions {
  return { url, knowledge: knowledgeBase, force: siteFor(url).id === 'generic' };
}
