import { COMMON_BOILERPLATE } from './boilerplate';
import type { SiteAdapter } from './types';

/**
 * The Verge (Vox Media "duet" front end, 2023-2026 markup). Interviews set questions as whole
 * bold paragraphs with no label; the answer's speaker is named only when it changes.
 */
export const theverge: SiteAdapter = {
  id: 'theverge',
  name: 'The Verge',
  hosts: ['theverge.com'],
  matches: ['*://theverge.com/*', '*://*.theverge.com/*'],
  bodySelector: '.duet--layout--entry-body, .duet--article--article-body-component-container',
  boilerplateSelectors: [
    'aside',
    '[id^="follow-author"]',
    '[id^="follow-topic"]',
    '[id^="follow-category"]',
    '[class*="newsletter"]',
    '[class*="pullquote"]',
    '[class*="pull-quote"]',
    '.duet--article--article-byline',
    '.duet--ledes--standard-lede-bottom',
  ],
  boilerplateText: [
    ...COMMON_BOILERPLATE,
    /^Follow topics and authors from this story/i,
    /^(?:Sign up|Subscribe) (?:for|to) .*newsletter/i,
    /^See all(?: stories)? by /i,
  ],
  houseStyle: { boldQuestions: true },
  checkedOn: [
    'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions (2023 markup, saved copy)',
    'https://www.theverge.com/tech/895879/samsung-galaxy-z-trifold-discontinued-stock-sold-out (2026 markup, saved copy)',
  ],
};
