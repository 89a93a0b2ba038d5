import type { MessageKey } from './strings';

/**
 * The sidebar's keyboard shortcuts as data, and the pure decision which command a key press
 * means where. Single keys (j, k, n, /, ?, l) can be switched off in the options (WCAG 2.1.4);
 * Esc cannot, and only acts inside the sidebar.
 *
 * Where keys are heard: inside the sidebar every shortcut works (the shadow host stops the
 * events there, so the page never sees them). In the page, only the jump keys work, only
 * while the sidebar is open, never while the reader types in a field of the page, never with
 * a modifier, and never when the page already handled the key (`defaultPrevented`): the page's
 * own shortcuts come first.
 */

export type Command =
  | 'next-answer'
  | 'prev-answer'
  | 'next-same-speaker'
  | 'prev-same-speaker'
  | 'next-non-answer'
  | 'prev-non-answer'
  | 'search'
  | 'help'
  | 'copy-link'
  | 'escape';

/** Where a key press was heard. */
export type KeyScope = 'sidebar' | 'page';

/** The parts of a KeyboardEvent the key map reads. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** A key of the shortcut sheet and the command it runs. */
export interface Shortcut {
  key: string;
  command: Command;
  /** What the shortcut sheet says it does. */
  label: MessageKey;
  /** Also heard while the focus is in the page. */
  inPage: boolean;
}

/** Every shortcut, in the order the shortcut sheet lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'j', command: 'next-answer', label: 'key_nextAnswer', inPage: true },
  { key: 'k', command: 'prev-answer', label: 'key_prevAnswer', inPage: true },
  { key: 'J', command: 'next-same-speaker', label: 'key_nextSameSpeaker', inPage: true },
  { key: 'K', command: 'prev-same-speaker', label: 'key_prevSameSpeaker', inPage: true },
  { key: 'n', command: 'next-non-answer', label: 'key_nextNonAnswer', inPage: true },
  { key: 'N', command: 'prev-non-answer', label: 'key_prevNonAnswer', inPage: true },
  { key: '/', command: 'search', label: 'key_search', inPage: false },
  { key: '?', command: 'help', label: 'key_help', inPage: false },
  { key: 'l', command: 'copy-link', label: 'key_copyLink', inPage: false },
  { key: 'Escape', command: 'escape', label: 'key_close', inPage: false },
];

/** The command a key press means in this scope, or null to leave the key alone. */
export function commandForKey(event: KeyLike, scope: KeyScope, singleKeys: boolean): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Escape') return scope === 'sidebar' ? 'escape' : null;
  if (!singleKeys) return null;
  const shortcut = SHORTCUTS.find((s) => s.key === event.key);
  if (!shortcut || (scope === 'page' && !shortcut.inPage)) return null;
  return shortcut.command;
}

/** The parts of an element that say whether the reader types into it. */
export interface EditableLike {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

/** Input types that take no typing: a jump key there is not a typed character. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when keys pressed with this element focused are the reader's typing. */
export function isEditable(target: EditableLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.getAttribute?.('type') ?? 'text').toLowerCase());
  const role = target.getAttribute?.('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox';
}
