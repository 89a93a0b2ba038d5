import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isMessage, LOAD_KNOWLEDGE_MESSAGE, TOGGLE_MESSAGE } from '../src/messages';

/** The content script's file in the built extension (WXT names it after the entrypoint folder). */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The knowledge base's script (entrypoints/knowledge.ts). */
const KNOWLEDGE_SCRIPT = '/knowledge.js';

/**
 * The toolbar button toggles the sidebar where the content script already runs (The Verge,
 * ifanr, or a page it was injected into before) and injects it into any other page, with the
 * access activeTab grants for that click. The content script asks here for the knowledge base.
 */
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleInTab(tab.id);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isMessage(message, LOAD_KNOWLEDGE_MESSAGE) || sender.tab?.id === undefined) return undefined;
    return injectKnowledge(sender.tab.id, sender.frameId ?? 0);
  });
});

async function toggleInTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: TOGGLE_MESSAGE });
  } catch {
    // No content script answered: inject it; it opens the sidebar itself.
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    } catch (error) {
      console.warn('Interview Lens cannot run on this page:', (error as Error).message);
    }
  }
}

async function injectKnowledge(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [KNOWLEDGE_SCRIPT] });
    return true;
  } catch {
    return false; // Context cards are optional: the sidebar works without them.
  }
}
