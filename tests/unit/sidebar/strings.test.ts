import { describe, expect, it } from 'vitest';
import { createStrings, languageName, reasonKey, uiLang, verdictKey } from '../../../src/sidebar/strings';
import { catalogs, getMessageOf } from './catalogs';

const placeholdersIn = (message: string) => [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1].toLowerCase()).sort();

describe('the message catalogs', () => {
  it('cover English, German and Simplified Chinese', () => {
    expect(Object.keys(catalogs).sort()).toEqual(['de', 'en', 'zh_CN']);
  });

  it.each(['de', 'zh_CN'])('%s has exactly the English keys and placeholders', (locale) => {
    const en = catalogs.en;
    const other = catalogs[locale];
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(Object.keys(other[key].placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
      // A singular may leave its count unsaid ("the remembered site"); every other form says all.
      if (!key.endsWith('_one')) expect(placeholdersIn(other[key].message), key).toEqual(placeholdersIn(en[key].message));
    }
  });

  it.each(['en', 'de', 'zh_CN'])('%s defines every placeholder it uses, numbered $1…$n', (locale) => {
    for (const [key, entry] of Object.entries(catalogs[locale])) {
      expect(key, 'message names are [A-Za-z0-9_@]').toMatch(/^[A-Za-z0-9_@]+$/);
      const defined = Object.keys(entry.placeholders ?? {});
      for (const name of placeholdersIn(entry.message)) expect(defined, `${locale}/${key}`).toContain(name);
      const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content).sort();
      expect(contents, `${locale}/${key}`).toEqual(defined.map((_, i) => `$${i + 1}`));
    }
  });
});

describe('createStrings', () => {
  const en = createStrings(getMessageOf(catalogs.en));
  const de = createStrings(getMessageOf(catalogs.de));
  const zh = createStrings(getMessageOf(catalogs.zh_CN));

  it('fills placeholders in order', () => {
    expect(en('answeredOf', 3, 5)).toBe('answered 3 of 5 questions');
    expect(de('answeredOf', 3, 5)).toBe('hat 3 von 5 Fragen beantwortet');
    expect(zh('answeredOf', 3, 5)).toBe('回答了 5 个问题中的 3 个');
  });

  it('picks the plural form by the catalog language', () => {
    expect([en.plural('turns', 1), en.plural('turns', 2), en.plural('turns', 0)]).toEqual(['1 turn', '2 turns', '0 turns']);
    expect([de.plural('mentions', 1), de.plural('mentions', 4)]).toEqual(['1 Erwähnung', '4 Erwähnungen']);
    expect(zh.plural('matches', 1)).toBe('1 处匹配');
  });

  it('knows its language', () => {
    expect([en.locale, de.locale, zh.locale]).toEqual(['en', 'de', 'zh']);
  });

  it('reads a missing message as its key', () => {
    expect(createStrings(() => '')('close')).toBe('close');
    expect(createStrings(() => '').locale).toBe('en');
  });

  it('names verdicts and reasons', () => {
    expect(en(verdictKey('non-answer'))).toBe('non-answer');
    expect(de(verdictKey('partial'))).toBe('teilweise');
    expect(zh(reasonKey('clarification'))).toBe('反问');
  });
});

it('uiLang maps language tags to the UI languages', () => {
  expect(['de-AT', 'zh-CN', 'zh_TW', 'en-GB', 'fr', undefined].map(uiLang)).toEqual(['de', 'zh', 'zh', 'en', 'en', 'en']);
});

it('languageName names a language in the UI language, or gives back a tag it cannot name', () => {
  expect([languageName('fr', 'de'), languageName('fr', 'en'), languageName('fr', 'zh')]).toEqual(['Französisch', 'French', '法语']);
  expect(languageName('not a tag', 'en')).toBe('not a tag');
});
