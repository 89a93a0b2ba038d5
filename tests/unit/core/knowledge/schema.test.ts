import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../../../src/core/knowledge/index';
import {
  KNOWLEDGE_KINDS,
  KNOWLEDGE_LANGS,
  isIsoDate,
  isWikipediaTitle,
  validateEntry,
  validateKnowledge,
} from '../../../../src/core/knowledge/schema';
import people from '../../../../src/core/knowledge/people.json';
import organisations from '../../../../src/core/knowledge/organisations.json';
import terms from '../../../../src/core/knowledge/terms.json';
import events from '../../../../src/core/knowledge/events.json';

/** Aliases deliberately shared by two entries (none so far); each would need a reason here. */
const DELIBERATELY_SHARED_ALIASES: readonly string[] = [];

const SRC = fileURLToPath(new URL('../../../../src', import.meta.url));
/** A static or dynamic import of one of the data files. */
const DATA_IMPORT = /(?:from\s*|import\s*\(\s*)['"][^'"]*\b(?:people|organisations|terms|events)\.json['"]/;

function foldAlias(alias: string): string {
  return alias.normalize('NFKC').replace(/[’‘]/g, "'").toLowerCase();
}

function allAliases(entry: (typeof knowledgeBase)[number]): string[] {
  return [...KNOWLEDGE_LANGS.flatMap((lang) => entry.names[lang]), ...(entry.short ?? [])];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('knowledge base', () => {
  it('has at least 40 entries, every kind among them', () => {
    expect(knowledgeBase.length).toBeGreaterThanOrEqual(40);
    for (const kind of KNOWLEDGE_KINDS) expect(knowledgeBase.some((e) => e.kind === kind), kind).toBe(true);
  });

  it('concatenates the four data files, each holding its own kind', () => {
    expect(knowledgeBase.length).toBe(people.length + organisations.length + terms.length + events.length);
    expect(new Set(people.map((e) => e.kind))).toEqual(new Set(['person']));
    expect(new Set(organisations.map((e) => e.kind))).toEqual(new Set(['organisation']));
    expect(new Set(terms.map((e) => e.kind))).toEqual(new Set(['term']));
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(['event']));
  });

  it.each(knowledgeBase.map((e) => [e.id, e] as const))('%s is a valid entry', (_id, entry) => {
    expect(validateEntry(entry)).toEqual([]);
  });

  it('has no problems across entries (unique ids, known `requires`)', () => {
    expect(validateKnowledge(knowledgeBase)).toEqual([]);
    expect(new Set(knowledgeBase.map((e) => e.id)).size).toBe(knowledgeBase.length);
  });

  it('gives every entry names and a description in every language', () => {
    for (const entry of knowledgeBase) {
      for (const lang of KNOWLEDGE_LANGS) {
        expect(entry.names[lang].length, `${entry.id} names.${lang}`).toBeGreaterThan(0);
        expect(entry.names[lang][0].trim(), `${entry.id} label ${lang}`).not.toBe('');
        expect(entry.description[lang].trim().length, `${entry.id} description.${lang}`).toBeGreaterThan(20);
      }
    }
  });

  it('never gives one alias to two entries, except where deliberate', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of knowledgeBase) {
      for (const alias of new Set(allAliases(entry).map(foldAlias))) {
        const other = owner.get(alias);
        if (other && other !== entry.id && !DELIBERATELY_SHARED_ALIASES.includes(alias)) clashes.push(`"${alias}": ${other}, ${entry.id}`);
        owner.set(alias, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps short forms apart from names, and gives rules only to short forms', () => {
    for (const entry of knowledgeBase) {
      const names = new Set(KNOWLEDGE_LANGS.flatMap((lang) => entry.names[lang]));
      for (const form of entry.short ?? []) expect(names.has(form), `${entry.id}: "${form}" is both`).toBe(false);
      for (const rule of entry.context ?? []) {
        for (const form of rule.forms ?? []) expect(entry.short, entry.id).toContain(form);
      }
    }
  });

  it('uses Wikipedia titles that look like titles, and notes where there is no article', () => {
    for (const entry of knowledgeBase) {
      for (const title of Object.values(entry.wikipedia)) expect(isWikipediaTitle(title), `${entry.id}: ${title}`).toBe(true);
      for (const title of Object.values(entry.wikipediaNote?.covering ?? {})) expect(isWikipediaTitle(title), `${entry.id}: ${title}`).toBe(true);
    }
    const qStar = knowledgeBase.find((e) => e.id === 'q-star');
    expect(qStar?.wikipedia).toEqual({});
    expect(qStar?.wikipediaNote?.covering.en).toBe('Removal of Sam Altman from OpenAI');
  });

  it('uses valid ISO dates, in order', () => {
    for (const entry of knowledgeBase) {
      for (const fact of [...(entry.dates ?? []), ...(entry.laterChanges ?? [])]) {
        expect(isIsoDate(fact.date), `${entry.id}: ${fact.date}`).toBe(true);
      }
      if (entry.asOf !== undefined) expect(isIsoDate(entry.asOf), entry.id).toBe(true);
    }
  });

  it('tells the days of 17-29 November 2023 in the event entry', () => {
    const event = knowledgeBase.find((e) => e.id === 'altman-removal');
    const dates = event?.dates?.map((d) => d.date) ?? [];
    for (const day of ['2023-11-17', '2023-11-19', '2023-11-20', '2023-11-21', '2023-11-29']) expect(dates).toContain(day);
    expect(event?.laterChanges?.map((d) => d.date)).toContain('2024-03-08');
  });

  it('is imported by nothing but its index (the content script loads it lazily)', () => {
    const importers = sourceFiles(SRC)
      .filter((file) => DATA_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file).split('\\').join('/'));
    expect(importers).toEqual(['core/knowledge/index.ts']);
  });
});

describe('validateEntry', () => {
  const valid = {
    id: 'example-entry',
    kind: 'term',
    names: { en: ['Example'], de: ['Beispiel'], zh: ['例子'] },
    description: { en: 'An example entry.', de: 'Ein Beispiel.', zh: '一个例子。' },
    wikipedia: { en: 'Example' },
  };

  it('accepts a minimal entry', () => {
    expect(validateEntry(valid)).toEqual([]);
  });

  it.each([
    ['an id that is not kebab-case', { id: 'Example_Entry' }, 'id'],
    ['an unknown kind', { kind: 'place' }, 'kind'],
    ['a language without names', { names: { en: ['Example'], de: ['Beispiel'], zh: [] } }, 'names.zh'],
    ['an empty description', { description: { en: 'x', de: '', zh: 'y' } }, 'description.de'],
    ['an impossible date', { dates: [{ date: '2023-02-30', label: { en: 'a', de: 'b', zh: 'c' } }] }, 'dates[0].date'],
    ['a URL for a title', { wikipedia: { en: 'https://en.wikipedia.org/wiki/Example' } }, 'wikipedia.en'],
    ['a title with underscores', { wikipedia: { de: 'Sam_Altman' } }, 'wikipedia.de'],
    ['a frame without {}', { short: ['Ex'], context: [{ frames: ['on Ex'] }] }, 'context[0].frames'],
    ['a rule for a form that is no short form', { short: ['Ex'], context: [{ forms: ['Ey'] }] }, 'context[0].forms'],
    ['an unknown field', { wikipediaTitle: 'Example' }, 'wikipediaTitle'],
    ['a note beside an article', { wikipediaNote: { note: { en: 'a', de: 'b', zh: 'c' }, covering: { en: 'OpenAI' } } }, 'wikipediaNote'],
  ])('reports %s', (_what, change, field) => {
    const problems = validateEntry({ ...valid, ...change });
    expect(problems.some((p) => p.startsWith(field)), problems.join('; ')).toBe(true);
  });

  it('knows real calendar dates at every precision', () => {
    expect(['2023', '2023-11', '2023-11-17', '2024-02-29'].every(isIsoDate)).toBe(true);
    expect(['2023-13', '2023-02-29', '23-11-17', '2023-11-17T00:00'].some(isIsoDate)).toBe(false);
  });
});
