import type { Side } from '../settings/settings';

/** Props of {@link Launcher}. */
export interface LauncherProps {
  label: string;
  side: Side;
  onOpen(): void;
  /** Keys pressed on it (while the sidebar stands aside, they work as in the sidebar). */
  onKeyDown?(event: KeyboardEvent): void;
}

/** The small button a collapsed sidebar leaves in the corner of its side: a quotation mark as its face, its name says what it does. */
export function Launcher({ label, side, onOpen, onKeyDown }: LauncherProps) {
  return (
    <button type="button" class={`il-launcher il-launcher--${side}`} aria-label={label} title={label} data-testid="launcher" onClick={onOpen} onKeyDown={onKeyDown}>
      <span aria-hidden="true">“</span>
    </button>
  );
}
