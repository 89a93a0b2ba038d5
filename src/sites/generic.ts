import { COMMON_BOILERPLATE } from './boilerplate';
import type { SiteAdapter } from './types';

/** Any other page: Readability chooses the body; only universal boilerplate is known. */
export const generic: SiteAdapter = {
  id: 'generic',
  name: '',
  hosts: [],
  matches: [],
  bodySelector: null,
  boilerplateSelectors: ['aside', '[class*="newsletter"]', '[class*="pullquote"]', '[class*="pull-quote"]'],
  boilerplateText: COMMON_BOILERPLATE,
  houseStyle: { boldQuestions: false },
  checkedOn: [],
};
