import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isMessage, LOAD_KNOWLEDGE_MESSAGE, LOAD_LENS_MESSAGE, SUMMARY_MESSAGE, TOGGLE_MESSAGE, type SummaryMessage } from '../../src/messages';
import { loadSummary } from './wikipedia';

/** The analysis and sidebar (entrypoints/lens/), injected only where wanted. */
const LENS_SCRIPT = '/lens.js' as const;

/** The knowledge base (entrypoints/knowledge.ts), injected only once an interview is found. */
const KNOWLEDGE_SCRIPT = '/knowledge.js' as const;

type Injectable = typeof LENS_SCRIPT | typeof KNOWLEDGE_SCRIPT;

/** What the page's scripts may ask the background to inject into their frame. */
const INJECTABLE: Record<string, Injectable> = {
  [LOAD_LENS_MESSAGE]: LENS_SCRIPT,
  [LOAD_KNOWLEDGE_MESSAGE]: KNOWLEDGE_SCRIPT,
};

/**
 * The toolbar button toggles the sidebar where a script of ours already runs (the probe on
 * The Verge and ifanr, or a lens injected before) and injects the lens into any other page,
 * with the access activeTab grants for that click. The page's scripts ask here for the lens
 * and the knowledge base, which load only when needed, and for a Wikipedia summary once the
 * reader asked for one (wikipedia.ts).
 */
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleInTab(tab.id);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (isMessage(message, SUMMARY_MESSAGE) && sender.tab?.id !== undefined) {
      const { name, lang } = message as SummaryMessage;
      return loadSummary(name, lang);
    }
    const script = isMessage(message, LOAD_LENS_MESSAGE) || isMessage(message, LOAD_KNOWLEDGE_MESSAGE) ? INJECTABLE[message.type] : undefined;
    if (!script || sender.tab?.id === undefined) return undefined;
    return inject(sender.tab.id, sender.frameId ?? 0, script);
  });
});

async function toggleInTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: TOGGLE_MESSAGE });
  } catch {
    // Nothing of ours runs there: inject the lens; it opens the sidebar itself.
    if (!(await inject(tabId, 0, LENS_SCRIPT))) console.warn('Interview Lens cannot run on this page.');
  }
}

async function inject(tabId: number, frameId: number, file: Injectable): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return true;
  } catch {
    return false; // A page the extension may not touch (the store, browser pages).
  }
}
