import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStrings, type GetMessage, type Strings } from '../../../src/sidebar/strings';

/** A message of a catalog, as public/_locales/<locale>/messages.json writes it. */
export interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalog = Record<string, Entry>;

const LOCALES = join(__dirname, '..', '..', '..', 'public', '_locales');

/** The extension's message catalogs, by locale directory (en, de, zh_CN). */
export const catalogs: Record<string, Catalog> = Object.fromEntries(
  readdirSync(LOCALES).map((dir) => [dir, JSON.parse(readFileSync(join(LOCALES, dir, 'messages.json'), 'utf8')) as Catalog]),
);

/** `browser.i18n.getMessage` over a catalog, as Chrome and Firefox resolve placeholders. */
export const getMessageOf =
  (catalog: Catalog): GetMessage =>
  (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return '';
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
      })
      .replace(/\$\$/g, '$');
  };

/** The UI's words in a catalog's language, as the sidebar gets them in the browser. */
export const stringsFor = (locale: string): Strings => createStrings(getMessageOf(catalogs[locale]));
