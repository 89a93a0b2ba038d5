import type { SiteId } from '../core/types';

/**
 * What the analysis knows about one site: where it runs, where the article body is, what is
 * boilerplate, and the house style of its interviews. Selectors are fragile by nature, so
 * each adapter lists the real pages it was checked against.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Display name, also the interviewer's name when questions carry no label. */
  name: string;
  /** Host names (and their subdomains) the adapter handles. */
  hosts: string[];
  /** Manifest match patterns for the content script (empty: toolbar only). */
  matches: string[];
  /** The article body on the live page; null lets Readability decide alone. */
  bodySelector: string | null;
  /** Elements inside the body that are never part of the article (widgets, pull quotes). */
  boilerplateSelectors: string[];
  /** Paragraph texts that are boilerplate (promo lines, footers), tested on normalised text. */
  boilerplateText: RegExp[];
  houseStyle: {
    /** Questions are whole bold paragraphs with no label. */
    boldQuestions: boolean;
  };
  /** Real pages (or saved copies of them) the selectors were checked on. */
  checkedOn: string[];
}
