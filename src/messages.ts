/** Messages between the background script and the content script. */

/** Sent by the toolbar button: open or close the sidebar in this tab. */
export const TOGGLE_MESSAGE = 'interview-lens:toggle';

/** Sent by the content script once it found an interview: inject the knowledge base. */
export const LOAD_KNOWLEDGE_MESSAGE = 'interview-lens:load-knowledge';

/** Where the knowledge script leaves the base in the content script's world. */
export const KNOWLEDGE_GLOBAL = Symbol.for('interview-lens.knowledge');

export interface Message {
  type: typeof TOGGLE_MESSAGE | typeof LOAD_KNOWLEDGE_MESSAGE;
}

/** True for a message of the given type. */
export function isMessage(message: unknown, type: Message['type']): message is Message {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
