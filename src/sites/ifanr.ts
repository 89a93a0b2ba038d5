import { COMMON_BOILERPLATE } from './boilerplate';
import type { SiteAdapter } from './types';

/**
 * ifanr / 爱范儿. The body sits in `article.o-single-content__body__content` and ends with the
 * site's slogan, a WeChat promo paragraph and a "原文链接 · 查看评论" line; its feed text carries
 * zero-width and bidi control characters (removed by `normalizeText`).
 */
export const ifanr: SiteAdapter = {
  id: 'ifanr',
  name: 'ifanr',
  hosts: ['ifanr.com'],
  matches: ['*://ifanr.com/*', '*://*.ifanr.com/*'],
  bodySelector: 'article.o-single-content__body__content',
  boilerplateSelectors: ['.c-article-share', '.o-single-content__share', '.c-single-copyright'],
  boilerplateText: [
    ...COMMON_BOILERPLATE,
    // The WeChat promo: it always names the site's own account.
    /(?:微信公众号|WeChat).*(?:ifanr|爱范儿|aifaner)/i,
    // "爱范儿 | 原文链接 · 查看评论 · 新浪微博" (original link · comments · Weibo), also translated.
    /(?:原文链接|Ursprünglicher Link|Original link).*·|查看评论/i,
    // The slogan "爱范儿，让未来触手可及" and its renderings.
    /让未来触手可及|Zukunft zum Greifen nah|future within reach/i,
  ],
  houseStyle: { boldQuestions: false },
  checkedOn: [
    'https://www.ifanr.com/ article pages (body class observed in saved copies, 2023)',
  ],
};
