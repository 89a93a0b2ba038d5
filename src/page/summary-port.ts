import type { SummaryResult } from '../core/knowledge/wikipedia-summary';
import type { SummaryConsent } from '../settings/settings';

/**
 * What the context cards and the sidebar's header need to offer Wikipedia summaries, and no
 * more: the reader's choice, a way to make it "always", and the request itself (which the lens
 * passes on to the background). Nothing is asked of Wikipedia except through `load`, and the
 * UI calls `load` only on the reader's click, or at once when the reader chose "always".
 */
export interface SummaryPort {
  /** 'ask': a card offers to load; 'always': it loads when opened. */
  consent(): SummaryConsent;
  /** The reader chose "always" on a card (saved in the options). */
  allowAlways(): Promise<void>;
  /** The summary of a name: from the local cache, or from Wikipedia. Never throws. */
  load(name: string): Promise<SummaryResult>;
  /** The Wikipedia asked first (the page's language), as the card names it: "de.wikipedia.org". */
  readonly host: string;
}

/** A summary as a card shows it: loading, or what came back. */
export type SummaryView = { status: 'loading' } | SummaryResult;
