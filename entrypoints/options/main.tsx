import { render } from 'preact';
import { browser } from 'wxt/browser';
import { countSiteLayouts, forgetSiteLayouts, readSettings, saveSettings } from '../../src/settings/storage';
import { createStrings } from '../../src/sidebar/strings';
import { OptionsPage } from './OptionsPage';
import './options.css';

/**
 * The options page: the sidebar's side, default width, theme and single-key shortcuts, and
 * the sites whose layout is remembered. Reads and writes through src/settings/storage.ts;
 * open sidebars follow the change at once (they watch the settings).
 */
async function main(): Promise<void> {
  // WXT types getMessage with one overload per message name; a name known only as a string fits none.
  const t = createStrings((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
  document.documentElement.lang = t.locale;
  document.title = t('optionsTitle');
  const [settings, sites] = await Promise.all([readSettings(), countSiteLayouts()]);
  render(
    <OptionsPage t={t} initial={settings} sites={sites} onSave={saveSettings} onForgetSites={forgetSiteLayouts} />,
    document.getElementById('app')!,
  );
}

void main();
