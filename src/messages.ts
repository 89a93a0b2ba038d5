/**
 * Messages and shared names between the extension's scripts. The page gets three scripts, all
 * in the same isolated world: the probe (content script, tiny), the lens (analysis and UI,
 * injected only when wanted) and the knowledge base (injected once an interview is found).
 */

/** Sent by the toolbar button: open or close the sidebar in this tab. */
export const TOGGLE_MESSAGE = 'interview-lens:toggle';

/** Sent by the probe: inject the lens into this frame. */
export const LOAD_LENS_MESSAGE = 'interview-lens:load-lens';

/** Sent by the lens once it found an interview: inject the knowledge base. */
export const LOAD_KNOWLEDGE_MESSAGE = 'interview-lens:load-knowledge';

/**
 * Sent by the lens when the reader asked for a name's Wikipedia summary (a click on "Load", or
 * "always" in the options): the background loads it (entrypoints/background/wikipedia.ts).
 */
export const SUMMARY_MESSAGE = 'interview-lens:summary';

/** A summary request: the name, and the page's language (its Wikipedia is asked first). */
export interface SummaryMessage {
  type: typeof SUMMARY_MESSAGE;
  name: string;
  lang: string;
}

/** Where the knowledge script leaves the base in the content scripts' world. */
export const KNOWLEDGE_GLOBAL = Symbol.for('interview-lens.knowledge');

/** Where the running lens keeps its one instance, so a second injection toggles it. */
export const LENS_GLOBAL = Symbol.for('interview-lens');

/**
 * How the probe asks the lens to start: 'auto' (the page shows signs of an interview; open
 * only on one) or 'manual' (the reader asked). A lens injected without it was asked for by
 * the toolbar button.
 */
export const LENS_MODE_GLOBAL = Symbol.for('interview-lens.mode');

export type LensMode = 'auto' | 'manual';

/** Performance marks the tests and the benchmark read through Playwright. */
export const MARKS = {
  start: 'interview-lens:start',
  /** The lens (analysis and sidebar) is loaded and starts. */
  lens: 'interview-lens:lens',
  /** The analysis is made (without the context's links, made once the knowledge base is loaded). */
  analysed: 'interview-lens:analysed',
  /** The sidebar is in the page (the context underlines are not yet). */
  mounted: 'interview-lens:mounted',
  rendered: 'interview-lens:rendered',
  idle: 'interview-lens:idle',
};

export interface Message {
  type: typeof TOGGLE_MESSAGE | typeof LOAD_LENS_MESSAGE | typeof LOAD_KNOWLEDGE_MESSAGE | typeof SUMMARY_MESSAGE;
}

/** True for a message of the given type. */
export function isMessage(message: unknown, type: Message['type']): message is Message {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
