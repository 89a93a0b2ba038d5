import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { autoMatches } from './src/sites';

/**
 * Interview Lens build configuration.
 * Host access is limited to the two sites we detect automatically; everywhere else the
 * toolbar button injects the content script through activeTab + scripting.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Name and description from public/_locales (the UI's catalogs: en, de, zh_CN).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    host_permissions: autoMatches,
    action: { default_title: 'Interview Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (desktop) and 142 (Android) are the first to read data_collection_permissions.
            gecko: {
              id: 'interview-lens@interview-lens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
