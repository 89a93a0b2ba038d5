import { useEffect, useRef } from 'preact/hooks';
import { SHORTCUTS } from './keymap';
import type { Strings } from './strings';

/** Props of {@link ShortcutSheet}. */
export interface ShortcutSheetProps {
  t: Strings;
  /** Whether single-key shortcuts are on (the options page switches them). */
  enabled: boolean;
  onClose(): void;
}

/** How a key is written on its key cap. */
const KEY_CAPS: Record<string, string> = { Escape: 'Esc' };

/** The list of keyboard shortcuts, over the sidebar's body; it takes the focus while open. */
export function ShortcutSheet({ t, enabled, onClose }: ShortcutSheetProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div class="il-sheet" role="dialog" aria-labelledby="il-keys-h" data-testid="shortcut-sheet">
      <div class="il-sheet-header">
        <h2 id="il-keys-h">{t('shortcuts')}</h2>
        <button type="button" ref={closeRef} class="il-icon-button il-icon-button--close" aria-label={t('closeShortcuts')} title={t('closeShortcuts')} onClick={onClose}>
          ×
        </button>
      </div>
      <ul class="il-keys">
        {SHORTCUTS.map((s) => (
          <li key={s.key}>
            <kbd>{KEY_CAPS[s.key] ?? s.key}</kbd>
            <span>{t(s.label)}</span>
          </li>
        ))}
      </ul>
      <p>{enabled ? t('keysInPage') : t('keysOff')}</p>
    </div>
  );
}
