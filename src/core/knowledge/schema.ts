/**
 * The shape of one knowledge-base entry and its validation.
 * Entries are data (people.json, organisations.json, terms.json, events.json); this module
 * says what a valid entry looks like so the tests can check every entry, and so the linker
 * can rely on the shape without defensive code.
 */
import type { Lang } from '../types';

/** What an entry is about. */
export type KnowledgeKind = 'person' | 'organisation' | 'term' | 'event';

/** One text per language the analysis knows. */
export type Localized<T> = Record<Lang, T>;

/** A date as precise as it is known: day, month or year. */
export type IsoDate = string;

/** A dated fact: what happened on that day, month or year. */
export interface DatedFact {
  date: IsoDate;
  label: Localized<string>;
}

/**
 * When an ambiguous short form (see `KnowledgeEntry.short`) counts as a mention of the entry.
 * The linker takes the first rule whose `forms` contain the short form, else the first rule
 * without `forms`, else the default: the entry itself must be named in full (or be a speaker).
 */
export interface ShortFormRule {
  /** The short forms the rule is for; every short form of the entry when absent. */
  forms?: string[];
  /**
   * Entry ids of which at least one must be named by a full (non-short) name in the same text,
   * or be among the interview's speakers, or itself be linked by an accepted short form.
   * An empty list means no such requirement. Default: the entry itself.
   */
  requires?: string[];
  /**
   * The short form counts only inside one of these frames; `{}` marks the short form,
   * e.g. `auf {}`, `zu {} gesagt`, `posted on {}`, `在{}上`. Matched case-insensitively,
   * any whitespace matching a space.
   */
  frames?: string[];
}

/** Says that an entry has no Wikipedia article of its own, and which article covers it. */
export interface WikipediaNote {
  note: Localized<string>;
  /** Titles of the article that covers the entry, per Wikipedia language. */
  covering: Partial<Localized<string>>;
}

/** One thing a reader of the interview may need context for. */
export interface KnowledgeEntry {
  /** Stable kebab-case id, e.g. `sam-altman`. */
  id: string;
  kind: KnowledgeKind;
  /**
   * Unambiguous names per language; the first is the display label, the rest are aliases
   * (spellings, transliterations, surname-only forms where unambiguous). Every name in any
   * language is matched on pages of every language.
   */
  names: Localized<string[]>;
  /** Ambiguous short forms ("Sam", "X", "Vorstand", "board"), matched only in context. */
  short?: string[];
  /** The contexts in which `short` forms count; see `ShortFormRule`. */
  context?: ShortFormRule[];
  /** One or two sentences of our own. */
  description: Localized<string>;
  /** Key dates, oldest first. */
  dates?: DatedFact[];
  /** Article titles where an article exists, per Wikipedia language. */
  wikipedia: Partial<Localized<string>>;
  /** For entries without an article of their own. */
  wikipediaNote?: WikipediaNote;
  /** The day the description and dates reflect; the interview's day unless said otherwise. */
  asOf?: IsoDate;
  /** What changed after `asOf` that a reader should know. */
  laterChanges?: DatedFact[];
}

/** The languages every localized field must carry. */
export const KNOWLEDGE_LANGS: readonly Lang[] = ['en', 'de', 'zh'];

/** The kinds an entry may have. */
export const KNOWLEDGE_KINDS: readonly KnowledgeKind[] = ['person', 'organisation', 'term', 'event'];

/** The day of the founding interview; the default `asOf` of every entry. */
export const KNOWLEDGE_AS_OF = '2023-11-29';

/** Patterns the validation checks against. */
const PATTERNS = {
  id: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  date: /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/,
  /** A Wikipedia title, not a URL or a URL path: no underscores, no wiki syntax, no `%` escapes. */
  wikipediaTitle: /^[^_#<>[\]{}|%/][^_#<>[\]{}|%]*$/,
  placeholder: /\{\}/g,
} as const;

/** The fields an entry may have; anything else is a typo. */
const ENTRY_FIELDS = new Set([
  'id',
  'kind',
  'names',
  'short',
  'context',
  'description',
  'dates',
  'wikipedia',
  'wikipediaNote',
  'asOf',
  'laterChanges',
]);

type Problems = string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value === value.trim();
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = PATTERNS.date.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** True for a string shaped like a Wikipedia article title (not a URL, no underscores). */
export function isWikipediaTitle(value: unknown): value is string {
  return isNonEmptyString(value) && !/^https?:/i.test(value) && PATTERNS.wikipediaTitle.test(value);
}

function checkLocalizedText(value: unknown, where: string, problems: Problems): void {
  if (!isObject(value)) {
    problems.push(`${where}: expected an object with en, de, zh`);
    return;
  }
  for (const lang of KNOWLEDGE_LANGS) {
    if (!isNonEmptyString(value[lang])) problems.push(`${where}.${lang}: expected a non-empty trimmed string`);
  }
}

function checkStringList(value: unknown, where: string, problems: Problems, minLength: number): void {
  if (!Array.isArray(value)) {
    problems.push(`${where}: expected an array of strings`);
    return;
  }
  if (value.length < minLength) problems.push(`${where}: expected at least ${minLength} item(s)`);
  value.forEach((item, i) => {
    if (!isNonEmptyString(item)) problems.push(`${where}[${i}]: expected a non-empty trimmed string`);
  });
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') continue;
    if (seen.has(item)) problems.push(`${where}: "${item}" is listed twice`);
    seen.add(item);
  }
}

function checkWikipediaTitles(value: unknown, where: string, problems: Problems): void {
  if (!isObject(value)) {
    problems.push(`${where}: expected an object of titles per language`);
    return;
  }
  for (const [lang, title] of Object.entries(value)) {
    if (!KNOWLEDGE_LANGS.includes(lang as Lang)) problems.push(`${where}.${lang}: unknown language`);
    else if (!isWikipediaTitle(title)) problems.push(`${where}.${lang}: "${String(title)}" does not look like an article title`);
  }
}

function checkDatedFacts(value: unknown, where: string, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.push(`${where}: expected an array`);
    return;
  }
  let previous = '';
  value.forEach((fact, i) => {
    if (!isObject(fact)) {
      problems.push(`${where}[${i}]: expected { date, label }`);
      return;
    }
    if (!isIsoDate(fact.date)) problems.push(`${where}[${i}].date: "${String(fact.date)}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    else if (fact.date < previous) problems.push(`${where}[${i}].date: not in chronological order`);
    else previous = fact.date;
    checkLocalizedText(fact.label, `${where}[${i}].label`, problems);
  });
}

function checkContext(value: unknown, short: unknown, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.push('context: expected an array of rules');
    return;
  }
  const shortForms = new Set(Array.isArray(short) ? short : []);
  if (shortForms.size === 0) problems.push('context: rules without short forms');
  value.forEach((rule, i) => {
    const where = `context[${i}]`;
    if (!isObject(rule)) {
      problems.push(`${where}: expected { forms?, requires?, frames? }`);
      return;
    }
    for (const key of Object.keys(rule)) {
      if (key !== 'forms' && key !== 'requires' && key !== 'frames') problems.push(`${where}.${key}: unknown field`);
    }
    if (rule.forms !== undefined) {
      checkStringList(rule.forms, `${where}.forms`, problems, 1);
      for (const form of Array.isArray(rule.forms) ? rule.forms : []) {
        if (!shortForms.has(form)) problems.push(`${where}.forms: "${String(form)}" is not one of the short forms`);
      }
    }
    if (rule.requires !== undefined) {
      checkStringList(rule.requires, `${where}.requires`, problems, 0);
      for (const id of Array.isArray(rule.requires) ? rule.requires : []) {
        if (typeof id !== 'string' || !PATTERNS.id.test(id)) problems.push(`${where}.requires: "${String(id)}" is not an entry id`);
      }
    }
    if (rule.frames !== undefined) {
      checkStringList(rule.frames, `${where}.frames`, problems, 1);
      for (const frame of Array.isArray(rule.frames) ? rule.frames : []) {
        if (typeof frame === 'string' && (frame.match(PATTERNS.placeholder) ?? []).length !== 1) {
          problems.push(`${where}.frames: "${frame}" must contain {} exactly once`);
        }
      }
    }
  });
}

/**
 * Lists what is wrong with one entry (empty when it is valid). Takes `unknown` so that the
 * JSON files can be checked as they are, before anything trusts their shape.
 */
export function validateEntry(e: unknown): string[] {
  const problems: Problems = [];
  if (!isObject(e)) return ['entry: expected an object'];
  for (const key of Object.keys(e)) {
    if (!ENTRY_FIELDS.has(key)) problems.push(`${key}: unknown field`);
  }
  if (typeof e.id !== 'string' || !PATTERNS.id.test(e.id)) problems.push(`id: "${String(e.id)}" is not kebab-case`);
  if (!KNOWLEDGE_KINDS.includes(e.kind as KnowledgeKind)) problems.push(`kind: "${String(e.kind)}" is not one of ${KNOWLEDGE_KINDS.join(', ')}`);

  if (!isObject(e.names)) problems.push('names: expected an object with en, de, zh');
  else for (const lang of KNOWLEDGE_LANGS) checkStringList(e.names[lang], `names.${lang}`, problems, 1);

  if (e.short !== undefined) checkStringList(e.short, 'short', problems, 1);
  if (e.context !== undefined) checkContext(e.context, e.short, problems);
  checkLocalizedText(e.description, 'description', problems);
  if (e.dates !== undefined) checkDatedFacts(e.dates, 'dates', problems);
  checkWikipediaTitles(e.wikipedia, 'wikipedia', problems);

  if (e.wikipediaNote !== undefined) {
    const note = e.wikipediaNote;
    if (!isObject(note)) problems.push('wikipediaNote: expected { note, covering }');
    else {
      checkLocalizedText(note.note, 'wikipediaNote.note', problems);
      checkWikipediaTitles(note.covering, 'wikipediaNote.covering', problems);
      if (isObject(note.covering) && Object.keys(note.covering).length === 0) problems.push('wikipediaNote.covering: name at least one article');
    }
    if (isObject(e.wikipedia) && Object.keys(e.wikipedia).length > 0) problems.push('wikipediaNote: only for entries without an article of their own');
  }
  if (e.asOf !== undefined && !isIsoDate(e.asOf)) problems.push(`asOf: "${String(e.asOf)}" is not an ISO date`);
  if (e.laterChanges !== undefined) checkDatedFacts(e.laterChanges, 'laterChanges', problems);
  return problems;
}

/**
 * Lists what is wrong across entries: duplicate ids and `requires` naming no entry.
 * Per-entry problems are prefixed with the entry's id.
 */
export function validateKnowledge(entries: readonly unknown[]): string[] {
  const problems: Problems = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : '?';
    for (const problem of validateEntry(entry)) problems.push(`${id}: ${problem}`);
    if (ids.has(id)) problems.push(`${id}: duplicate id`);
    ids.add(id);
  }
  for (const entry of entries) {
    if (!isObject(entry) || !Array.isArray(entry.context)) continue;
    for (const rule of entry.context) {
      const requires = isObject(rule) && Array.isArray(rule.requires) ? rule.requires : [];
      for (const id of requires) {
        if (!ids.has(id)) problems.push(`${String(entry.id)}: context requires unknown entry "${String(id)}"`);
      }
    }
  }
  return problems;
}
