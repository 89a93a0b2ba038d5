import type { NonAnswerReason, Verdict } from '../core/types';

/**
 * The UI's words, from the extension's message catalogs (public/_locales/{en,de,zh_CN}). The
 * browser picks the catalog of its own UI language (English where it has none); the analysis
 * follows the page's language. English is the reference catalog: its keys type the accessor,
 * and a unit test checks the other catalogs have the same keys and placeholders.
 */

type Catalog = typeof import('../../public/_locales/en/messages.json');

/** A message name of the catalogs. */
export type MessageKey = keyof Catalog;

/** Message names that come as `<base>_one` and `<base>_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** Looks a message up with its substitutions, like `browser.i18n.getMessage`. */
export type GetMessage = (key: string, substitutions?: string[]) => string;

/** The typed accessor every component receives as `t`. */
export interface Strings {
  /** The message, its `$1`… placeholders filled with the substitutions in order. */
  (key: MessageKey, ...substitutions: Array<string | number>): string;
  /** The singular or plural form for a count, the count being the first substitution. */
  plural(key: PluralKey, count: number, ...substitutions: Array<string | number>): string;
  /** The catalog's language tag (its `locale` message), for plural rules and number formats. */
  readonly locale: string;
}

/** A typed accessor over a message lookup; a missing message reads as its key. */
export function createStrings(getMessage: GetMessage): Strings {
  const text = (key: string, substitutions: Array<string | number>) =>
    getMessage(key, substitutions.map(String)) || key;
  const locale = text('locale', []) === 'locale' ? 'en' : text('locale', []);
  const rules = new Intl.PluralRules(locale);
  return Object.assign((key: MessageKey, ...substitutions: Array<string | number>) => text(key, substitutions), {
    plural: (key: PluralKey, count: number, ...substitutions: Array<string | number>) =>
      text(`${key}_${rules.select(count) === 'one' ? 'one' : 'other'}`, [count, ...substitutions]),
    locale,
  });
}

/** The message name of a verdict (message names allow no hyphen). */
export function verdictKey(verdict: Verdict): MessageKey {
  return verdict === 'non-answer' ? 'verdict_non_answer' : `verdict_${verdict}`;
}

/** The message name of a non-answer reason. */
export function reasonKey(reason: NonAnswerReason): MessageKey {
  return `reason_${reason}`;
}

/** The UI languages the catalogs cover. */
export type UiLang = 'en' | 'de' | 'zh';

/** The UI language for a language tag (`de-AT` -> de, `zh-CN` -> zh, else en). */
export function uiLang(tag: string | undefined): UiLang {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'zh' ? primary : 'en';
}

/**
 * A language's name in the UI's language (`fr` in a German UI: "Französisch"), through
 * Intl.DisplayNames; the tag itself where the runtime knows no name for it.
 */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // Not a well-formed language tag.
  }
}
