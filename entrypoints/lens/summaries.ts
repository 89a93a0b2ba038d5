import { browser } from 'wxt/browser';
import { summaryLangs, type SummaryResult } from '../../src/core/knowledge/wikipedia-summary';
import { SUMMARY_MESSAGE, type SummaryMessage } from '../../src/messages';
import type { SummaryPort } from '../../src/page/summary-port';
import { DEFAULT_SETTINGS, type SummaryConsent } from '../../src/settings/settings';
import { readSettings, saveSettings, watchSettings } from '../../src/settings/storage';

/** The statuses a summary reply may have; anything else from the background is read as malformed. */
const STATUSES = new Set(['ok', 'disambiguation', 'missing', 'offline', 'timeout', 'malformed']);

/**
 * The lens's summary port: the reader's choice (read from the settings and kept current) and
 * requests passed on to the background, which makes them (entrypoints/background/wikipedia.ts).
 * `destroy()` stops watching the settings.
 */
export async function createSummaryPort(pageLang: string): Promise<SummaryPort & { destroy(): void }> {
  let consent: SummaryConsent = (await readSettings().catch(() => DEFAULT_SETTINGS)).summaries;
  const unwatch = watchSettings((settings) => {
    consent = settings.summaries;
  });
  return {
    consent: () => consent,
    allowAlways: async () => {
      consent = 'always';
      await saveSettings({ summaries: 'always' });
    },
    load: async (name) => {
      const message: SummaryMessage = { type: SUMMARY_MESSAGE, name, lang: pageLang };
      try {
        const reply = (await browser.runtime.sendMessage(message)) as SummaryResult | undefined;
        return reply && typeof reply === 'object' && STATUSES.has(reply.status) ? reply : { status: 'malformed' };
      } catch {
        return { status: 'offline' };
      }
    },
    host: `${summaryLangs(pageLang)[0]}.wikipedia.org`,
    destroy: () => {
      try {
        unwatch();
      } catch {
        // After an extension update the storage API is gone, and the listener with it.
      }
    },
  };
}
