import { GENERIC_SPEAKER, isPublicationLabel } from './labels';
import { NAME_PARTICLES } from '../lang/labels';
import { endsWithPunctuation, isAllCaps, isGivenName, startsLowercase, titleCase, trimEnd, trimStart, trimWord } from './names';
import { editDistance } from '../text';
import type { Role, Speaker } from '../types';

/**
 * The speakers of one interview as segmentation meets them: the same person under several
 * labels ("Lena Vogt-Hartmann" then "Vogt-Hartmann", "Altman" then the misspelt "Altmann")
 * becomes one speaker, named by the fullest form seen on the page or in its introduction.
 */

/**
 * Where a speaker came from: a name label, a role label (Q:, A:), unlabelled questions set apart
 * (`implicit`), or unlabelled answers to them (`introduced`: the person the page presents).
 */
export type SpeakerOrigin = 'name' | 'interviewer-label' | 'answer-label' | 'implicit' | 'introduced';

export interface SpeakerDraft {
  id: string;
  name: string;
  /** Every label form used, lower-cased, for matching. */
  forms: Set<string>;
  /** Every label form as written, in order of appearance. */
  labels: string[];
  origin: SpeakerOrigin;
  role: Role;
  /** The page never names this speaker: `name` is the role's word ("Interviewer", "Interviewee"). */
  unnamed: boolean;
}

/** The names given to speakers the page never names (the UI shows them in its own language). */
export const UNNAMED = { interviewer: 'Interviewer', interviewee: 'Interviewee' } as const;

/** Titles a label may put before a name ("Mr Malone:", "Herr Drosten:", "Dr. Mensah:"). */
const LABEL_TITLES = /^(?:(?:mr|mrs|ms|miss|dr|prof|professor|herr|frau|monsieur|madame|mme|m)\.?\s+)+/;

/** Two to four capitals, then a surname: an office's abbreviation ("BM", "LH", "OB") as the label's title. */
const OFFICE_BEFORE_SURNAME = /^\p{Lu}{2,4}\.?\s+(\p{Lu}\p{Ll}[\p{L}'’-]+)$/u;

/** Offices written before a surname as a title is ("Bundesminister Haidlmair", "Mayor Reyes"). */
const OFFICES =
  /^(?:Bundesminister|Bundesministerin|Minister|Ministerin|Landeshauptmann|Landeshauptfrau|Bürgermeister|Bürgermeisterin|Oberbürgermeister|Oberbürgermeisterin|Staatssekretär|Staatssekretärin|Präsident|Präsidentin|Kanzler|Kanzlerin|Senator|Senatorin|Landrat|Landrätin|President|Governor|Mayor|Chancellor|Secretary|Ministre|Maire|Président|Présidente)$/;

/** Words around a name in an introduction that say the name is a person with a role. */
const PERSON_ROLE_WORDS =
  /^(?:CEO|CTO|CFO|COO|Chef|Chefin|Vorstandschef|Vorstandschefin|Gründer|Gründerin|Präsident|Präsidentin|Direktor|Direktorin|Professor|Professorin|Dr\.?|Minister|Ministerin|chief|founder|president|director|professor|minister|executive|head|author|Autor|Autorin)$/i;

const HAN = /\p{Script=Han}/u;

/** The middle dots between the parts of a transliterated name (山姆·奥特曼). */
const MIDDLE_DOT = /[·•・]/;

/** What opens a word before its first letter, and the punctuation after a name ("Altman,"). */
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
const TRAILING_PUNCTUATION = /[^\p{L}'’-]+$/u;

/** Shortest name form looked for in narration ("Ruiz" counts, "Al" does not). */
const MIN_MENTION_CHARS = 3;

/** Largest edit distance for a misspelt label of a known speaker, by label length. */
function maxTypos(length: number): number {
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}

/** What separates the words of a name: spaces, and the middle dots of a transliteration. */
const NAME_SEPARATORS = /[\s·•・]+/;

/** A Chinese surname and a title or form of address: 王校长, 李老师, 张总, 陈医生. */
const SURNAME_TITLE = /^(\p{Script=Han})(?:校长|老师|院长|主任|经理|总|董|博士|教授|医生|书记|局长|所长|厂长|先生|女士|律师|导演|队长|教练)$/u;

/** A Chinese name written out: two to four characters. */
const HAN_FULL_NAME = /^\p{Script=Han}{2,4}$/u;

/** Two or three capitals: a speaker's initials ("JD", "MK"). */
const INITIALS = /^\p{Lu}{2,3}$/u;

/** "JD" for Julia Dorsey. */
function initialsOf(name: string): string {
  return tokens(name)
    .map((word) => word[0].toUpperCase())
    .join('');
}

/** "GA" for Gazeta do Agreste: the initials of a name's words, its particles left out. */
export function acronymOf(name: string): string {
  return initialsOf(
    tokens(name)
      .filter((w) => !NAME_PARTICLES.has(w.toLowerCase()))
      .join(' '),
  );
}

/** The words of a name form. */
function tokens(form: string): string[] {
  return form.split(NAME_SEPARATORS).filter(Boolean);
}

/** Speakers of one page; resolves labels to speakers. */
export class SpeakerRegistry {
  readonly drafts: SpeakerDraft[] = [];
  private readonly intro: string;
  /** The introduction split at white space, once (see `introWords`). */
  private words: string[] | null = null;
  /** `fullName` of each label asked about: the same labels are asked about paragraph after paragraph. */
  private readonly fullNames = new Map<string, string>();
  /** Each speaker's name forms for `mentionedIn`, with the count of forms they were made from. */
  private readonly mentions = new Map<SpeakerDraft, { size: number; forms: string[] }>();
  /** The words of each speaker's name forms for `find`, with the count of forms they were made from. */
  private readonly formWords = new Map<SpeakerDraft, { size: number; words: Set<string> }>();

  /**
   * @param intro the page's title and introduction, where full names are written out.
   * @param cast who the page names as interviewee and interviewer, where no label does.
   */
  constructor(intro: string, private readonly cast: { interviewee: string | null; interviewer: string | null } = { interviewee: null, interviewer: null }) {
    this.intro = intro;
  }

  /** The speaker a name label stands for, or null when it is a new name. */
  find(label: string): SpeakerDraft | null {
    const lower = label.toLowerCase();
    // Most labels are a form already seen: found without building the lists below.
    for (const d of this.drafts) if (d.origin === 'name' && d.forms.has(lower)) return d;
    // "Speaker 2" is not "Speaker 1" misspelt: numbered speakers are told apart by their number.
    if (GENERIC_SPEAKER.test(label)) return null;
    const named = this.drafts.filter((d) => d.origin === 'name');
    // "Mr Malone" after "Thomas Malone", "Herr Drosten" after "Christian Drosten".
    const key = lower.replace(LABEL_TITLES, '') || lower;
    const labelTokens = tokens(key);
    // Initials: "TM" or "T.M." for Thomas Malone, "A.-S. B." for Anne-Sophie Bréhat.
    const initials = key.replace(/[.\s-]/g, '');
    if (/^\p{L}{2,4}$/u.test(initials) && label === label.toUpperCase()) {
      // Either way of writing a double name's: "AB" or "ASB" for Anne-Sophie Bréhat.
      // A publication's too, its particles left out: "GA" for Gazeta do Agreste.
      const byInitials = named.find(
        (d) =>
          initialsOf(d.name).toLowerCase() === initials ||
          initialsOf(d.name.replace(/-/g, ' ')).toLowerCase() === initials ||
          [...d.forms].some((form) => form.includes(' ') && acronymOf(form).toLowerCase() === initials),
      );
      if (byInitials) return byInitials;
    }
    const byTokens = named.find((d) => {
      const known = this.formTokens(d);
      const nameTokens = tokens(d.name.toLowerCase());
      return labelTokens.every((t) => known.has(t)) || nameTokens.every((t) => labelTokens.includes(t));
    });
    if (byTokens) return byTokens;
    const typos = maxTypos(key.length);
    if (typos === 0) return null;
    return (
      named.find((d) => [...d.forms].some((form) => editDistance(key, form, typos) <= typos)) ?? null
    );
  }

  /** True when the introduction writes the one-word label out as a full name. */
  knowsFullName(label: string): boolean {
    return this.fullName(label) !== label;
  }

  /** The speaker of a name label, created on first sight. */
  resolveName(label: string): SpeakerDraft {
    const found = this.find(label);
    if (found) {
      // A label seen before has already made the name at least as long as itself.
      if (!found.labels.includes(label) && tokens(label).length > tokens(found.name).length) found.name = label;
      this.addForm(found, label);
      return found;
    }
    return this.create(this.fullName(label), label, 'name', 'interviewee');
  }

  /**
   * The one interviewer of role labels (Q:, F:, 问：) and unlabelled questions, named where the
   * page credits them (the byline, "Interview: ..."). Unlabelled questions after a name label on
   * the first question ("Nikolai Huke: ...") are that speaker's.
   */
  interviewer(label: string | null): SpeakerDraft {
    if (!label) {
      const asking = this.drafts.filter((d) => d.role === 'interviewer');
      if (asking.length === 1) return asking[0];
    }
    const existing = this.drafts.find((d) => d.origin === 'interviewer-label' || d.origin === 'implicit');
    const speaker = existing ?? this.create(this.cast.interviewer ?? UNNAMED.interviewer, null, label ? 'interviewer-label' : 'implicit', 'interviewer');
    speaker.id = 'interviewer';
    if (label) this.addForm(speaker, label);
    return speaker;
  }

  /** The interviewee of answer labels (A:, Antwort:, 答：), named from the introduction. */
  answerer(label: string): SpeakerDraft {
    // "A：" on one answer among "吴振昊：" ones: the one named interviewee's.
    const named = this.drafts.filter((d) => d.origin === 'name' && d.role === 'interviewee' && !d.labels.every((l) => isPublicationLabel(l, null)));
    if (named.length === 1) {
      this.addForm(named[0], label);
      return named[0];
    }
    const existing = this.drafts.find((d) => d.origin === 'answer-label');
    const speaker = existing ?? this.create(this.cast.interviewee ?? this.introducedPerson() ?? UNNAMED.interviewee, null, 'answer-label', 'interviewee');
    this.addForm(speaker, label);
    return speaker;
  }

  /**
   * The interviewee of unlabelled answers where no label names one: the person the page
   * presents (title, introduction, the questions' address), or "Interviewee".
   */
  introduced(): SpeakerDraft {
    const existing = this.drafts.find((d) => d.origin === 'introduced');
    if (existing) return existing;
    // A label form of the same person seen later ("Rainer Teuber:" once) is the same speaker.
    const name = this.cast.interviewee;
    const labelled = name ? this.find(name) : null;
    return labelled ?? this.create(name ?? UNNAMED.interviewee, null, 'introduced', 'interviewee');
  }

  /** True when the answer labels' interviewee was found in the introduction. */
  hasIntroducedAnswerer(): boolean {
    return this.drafts.some((d) => d.origin === 'answer-label' && !d.unnamed);
  }

  /** The first speaker whose name form the text mentions (narration: "rief Altman zurück"). */
  mentionedIn(text: string): SpeakerDraft | null {
    const lower = text.toLowerCase();
    for (const d of this.drafts) {
      if (d.origin !== 'name') continue;
      for (const form of this.mentionForms(d)) {
        const at = lower.indexOf(form);
        // Latin names need a word boundary before them; Han script has none.
        if (at >= 0 && (HAN.test(form) || !/\p{L}/u.test(lower[at - 1] ?? ''))) return d;
      }
    }
    return null;
  }

  /** The words of a speaker's name forms, kept until the speaker gets a new form (forms only grow). */
  private formTokens(d: SpeakerDraft): Set<string> {
    const cached = this.formWords.get(d);
    if (cached && cached.size === d.forms.size) return cached.words;
    const words = new Set([...d.forms].flatMap(tokens));
    this.formWords.set(d, { size: d.forms.size, words });
    return words;
  }

  /**
   * The forms of a speaker's name looked for in narration: every label form and its words,
   * long enough to count. Kept until the speaker gets a new form, since narration is searched
   * paragraph by paragraph.
   */
  private mentionForms(d: SpeakerDraft): string[] {
    const cached = this.mentions.get(d);
    if (cached && cached.size === d.forms.size) return cached.forms;
    const forms = [...new Set([...d.forms, ...[...d.forms].flatMap(tokens)])].filter((form) => form.length >= (HAN.test(form) ? 2 : MIN_MENTION_CHARS));
    this.mentions.set(d, { size: d.forms.size, forms });
    return forms;
  }

  /** Final speakers with ids, in order of creation. */
  toSpeakers(): Speaker[] {
    return this.drafts.map((d) => ({
      id: d.id,
      name: d.name,
      aliases: d.labels.filter((l) => l !== d.name),
      role: d.role,
      ...(d.unnamed ? { unnamed: true } : {}),
    }));
  }

  private create(name: string, label: string | null, origin: SpeakerOrigin, role: Role): SpeakerDraft {
    const unnamed = name === UNNAMED.interviewer || name === UNNAMED.interviewee;
    const draft: SpeakerDraft = { id: unnamed ? role : this.uniqueId(name), name, forms: new Set(), labels: [], origin, role, unnamed };
    this.addForm(draft, name);
    if (label) this.addForm(draft, label);
    this.drafts.push(draft);
    return draft;
  }

  private addForm(draft: SpeakerDraft, form: string) {
    // A label seen before is in both lists already (the same label opens paragraph after paragraph).
    if (draft.labels.includes(form)) return;
    draft.forms.add(form.toLowerCase());
    draft.labels.push(form);
  }

  private uniqueId(name: string): string {
    const base =
      name
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'speaker';
    let id = base;
    for (let n = 2; this.drafts.some((d) => d.id === id); n++) id = `${base}-${n}`;
    return id;
  }

  /**
   * The full name the introduction gives a one-word label: "Altman" in "OpenAI-CEO Sam Altman"
   * is Sam Altman, "Jonas" in "Jonas Albrecht Meier" is Jonas Albrecht Meier, 奥特曼 in 山姆·奥特曼.
   */
  private fullName(label: string): string {
    let name = this.fullNames.get(label);
    if (name === undefined) {
      name = this.readFullName(label);
      this.fullNames.set(label, name);
    }
    return name;
  }

  /** `fullName` without the memo. */
  private readFullName(label: string): string {
    // Initials of a person the page names elsewhere ("JD:" for the byline's Julia Dorsey).
    const initials = label.replace(/\./g, '');
    if (INITIALS.test(initials)) {
      const named = [this.cast.interviewee, this.cast.interviewer].find((name) => name !== null && initialsOf(name) === initials);
      if (named) return named;
    }
    // An office abbreviated before the surname ("BM Haidlmair:" for Bundesminister Florian Haidlmair).
    const office = OFFICE_BEFORE_SURNAME.exec(label);
    const officeHolder = office ? this.readFullName(office[1]) : null;
    if (officeHolder !== null && officeHolder !== office?.[1]) return officeHolder;
    // A full name in capitals is written as a name ("PRIYA RAMAN:" is Priya Raman).
    if (tokens(label).length > 1) return isAllCaps(label.replace(/[\s.'’-]/g, '')) ? titleCase(label) : label;
    if (isAllCaps(label)) {
      // The surname in capitals of a person the page names ("GRABOWSKI:" for Henning Grabowski); else a publication ("ZEIT:").
      const named = [this.cast.interviewee, this.cast.interviewer].find((name) => name !== null && tokens(name).at(-1)?.toLowerCase() === label.toLowerCase());
      return named ?? label;
    }
    if (HAN.test(label)) return this.hanFullName(label);
    const raw = this.introWords();
    // A word without its punctuation, and whether punctuation ends it, read only around the label.
    const word = (i: number) => trimWord(raw[i] ?? '');
    const endsClause = (i: number) => i >= 0 && i < raw.length && endsWithPunctuation(raw[i]);
    for (let i = 0; i < raw.length; i++) {
      // The label stands in a word with its punctuation ("(Altman,"): the cheap substring test first.
      if (!raw[i].includes(label) || word(i) !== label) continue;
      const before = word(i - 1);
      // Not an office before it ("Bundesminister Haidlmair"): a given name.
      const name = isGivenName(before) && !OFFICES.test(before) && !endsClause(i - 1) ? [before, label] : [label];
      for (let j = i + 1; j <= i + 2 && !endsClause(j - 1) && isGivenName(word(j)); j++) name.push(word(j));
      if (name.length > 1) return name.join(' ');
    }
    return label;
  }

  /**
   * The introduction's words with what follows them (a name does not run across punctuation:
   * "ZEIT: Frau ..."), split once per page: `fullName` runs for every new label, and a long
   * introduction (ifanr's runs to ten paragraphs) split again each time made it quadratic. The
   * words are trimmed only where a label stands, not all of them for the few labels looked up.
   */
  private introWords(): string[] {
    return (this.words ??= this.intro.split(/\s+/));
  }

  /**
   * A transliterated name written with a middle dot (萨姆·奥特曼 for the label 奥特曼). Han text has
   * no spaces, so the given name's start is where a non-Han character precedes it, or else what
   * all its occurrences share.
   */
  private hanFullName(label: string): string {
    // A surname and a title ("王校长：") for the person of that surname the page names (王慧敏).
    const titled = SURNAME_TITLE.exec(label);
    if (titled) {
      const named = [this.cast.interviewee, this.cast.interviewer].find((name) => name !== null && HAN_FULL_NAME.test(name) && name.startsWith(titled[1]));
      if (named) return named;
    }
    // Without a middle dot the pattern below cannot match, and it is slow over Han text.
    if (!MIDDLE_DOT.test(this.intro)) return label;
    const given: { name: string; bounded: boolean }[] = [];
    for (const m of this.intro.matchAll(new RegExp(`(^|[^\\p{Script=Han}])?(\\p{Script=Han}{1,4})[·•・]${label}`, 'gu'))) {
      given.push({ name: m[2], bounded: m[1] !== undefined });
    }
    if (given.length === 0) return label;
    const bounded = given.filter((g) => g.bounded).map((g) => g.name);
    let name = bounded.sort((a, b) => a.length - b.length)[0];
    if (!name) {
      name = given[0].name;
      for (const g of given) while (!g.name.endsWith(name)) name = name.slice(1);
      if (name.length < 2) name = given[0].name.slice(-2);
    }
    return `${name}·${label}`;
  }

  /** The person an introduction presents ("Tomás Ortega, chief executive of Brightline Rail"). */
  private introducedPerson(): string | null {
    const words = this.intro.split(/\s+/);
    const candidates: { name: string; score: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      const first = trimStart(words[i], LEADING_NON_LETTERS);
      if (!isGivenName(first)) continue;
      const second = words[i + 1] ?? '';
      const secondClean = trimEnd(second, TRAILING_PUNCTUATION);
      if (!isGivenName(secondClean)) continue;
      const before = trimEnd(words[i - 1] ?? '', /[^\p{L}.]+$/u);
      const after = trimEnd(words[i + 2] ?? '', /[^\p{L}]+$/u);
      let score = 0;
      if (second.endsWith(',') || second.endsWith('(')) score += 2;
      if (PERSON_ROLE_WORDS.test(before)) score += 2;
      if (startsLowercase(after) || PERSON_ROLE_WORDS.test(after)) score += 1;
      candidates.push({ name: `${first} ${secondClean}`, score });
    }
    candidates.sort((a, b) => b.score - a.score);
    return candidates[0]?.name ?? null;
  }
}
