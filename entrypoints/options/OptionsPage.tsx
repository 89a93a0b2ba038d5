import { useState } from 'preact/hooks';
import { clampWidth, MAX_WIDTH, MIN_WIDTH, type Settings, type Side, type Theme } from '../../src/settings/settings';
import type { MessageKey, Strings } from '../../src/sidebar/strings';

/** Props of {@link OptionsPage}. */
export interface OptionsPageProps {
  t: Strings;
  initial: Settings;
  /** How many sites have a remembered layout. */
  sites: number;
  onSave(patch: Partial<Settings>): Promise<void>;
  onForgetSites(): Promise<void>;
}

const SIDES: Array<[Side, MessageKey]> = [
  ['right', 'optSideRight'],
  ['left', 'optSideLeft'],
];

const THEMES: Array<[Theme, MessageKey]> = [
  ['auto', 'optThemeAuto'],
  ['light', 'optThemeLight'],
  ['dark', 'optThemeDark'],
];

/** The settings form; every change is saved at once and confirmed in a status line. */
export function OptionsPage({ t, initial, sites, onSave, onForgetSites }: OptionsPageProps) {
  const [settings, setSettings] = useState(initial);
  const [remembered, setRemembered] = useState(sites);
  const [status, setStatus] = useState('');
  const save = async (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    await onSave(patch);
    setStatus(`${t('optSaved')} ${new Date().toLocaleTimeString(t.locale)}`);
  };
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optSide')}</legend>
        {SIDES.map(([side, label]) => (
          <label key={side}>
            <input type="radio" name="side" value={side} checked={settings.side === side} onChange={() => void save({ side })} data-testid={`side-${side}`} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="width">{t('optWidth')}</label>
        <input
          id="width"
          type="number"
          min={MIN_WIDTH}
          max={MAX_WIDTH}
          step={10}
          value={settings.width}
          data-testid="width"
          onChange={(event) => void save({ width: clampWidth(Number((event.currentTarget as HTMLInputElement).value)) })}
        />
      </div>
      <fieldset>
        <legend>{t('optTheme')}</legend>
        {THEMES.map(([theme, label]) => (
          <label key={theme}>
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void save({ theme })} data-testid={`theme-${theme}`} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label>
          <input type="checkbox" checked={settings.shortcuts} onChange={(event) => void save({ shortcuts: (event.currentTarget as HTMLInputElement).checked })} data-testid="shortcuts" />
          {t('optShortcuts')}
        </label>
      </div>
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={settings.summaries === 'always'}
            onChange={(event) => void save({ summaries: (event.currentTarget as HTMLInputElement).checked ? 'always' : 'ask' })}
            data-testid="summaries-always"
          />
          {t('optSummaries')}
        </label>
      </div>
      <div class="field">
        <p>{t('optSitesNote')}</p>
        <button
          type="button"
          disabled={remembered === 0}
          data-testid="forget-sites"
          onClick={async () => {
            await onForgetSites();
            setRemembered(0);
            setStatus(t('optSaved'));
          }}
        >
          {t.plural('optForgetSites', remembered)}
        </button>
      </div>
      <p class="status" role="status" data-testid="status">
        {status}
      </p>
    </div>
  );
}
