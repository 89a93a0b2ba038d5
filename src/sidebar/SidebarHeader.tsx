import type { ComponentChildren } from 'preact';
import type { Side } from '../settings/settings';
import type { Strings } from './strings';

/** Props of {@link SidebarHeader}. */
export interface SidebarHeaderProps {
  t: Strings;
  side: Side;
  onSwitchSide(): void;
  onHelp(): void;
  onClose(): void;
  /** A line under the header's bar (who is interviewed). */
  children?: ComponentChildren;
}

/** The name, then: move to the other side, the shortcut sheet, close; under them, who is interviewed. */
export function SidebarHeader({ t, side, onSwitchSide, onHelp, onClose, children }: SidebarHeaderProps) {
  const moveLabel = side === 'right' ? t('moveLeft') : t('moveRight');
  return (
    <header class="il-header">
      <div class="il-brand">{t('appName')}</div>
      <div class="il-header-actions">
        <button type="button" class="il-icon-button" aria-label={moveLabel} title={moveLabel} data-testid="switch-side" onClick={onSwitchSide}>
          {side === 'right' ? '⇤' : '⇥'}
        </button>
        <button type="button" class="il-icon-button" aria-label={t('shortcuts')} title={t('shortcuts')} data-testid="help" onClick={onHelp}>
          ?
        </button>
        <button type="button" class="il-icon-button il-icon-button--close il-close" aria-label={t('close')} title={t('close')} data-testid="close" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </header>
  );
}
