import { ADDRESS } from '../lang/address';
import { CUES, PAIR_JOINER, captureName, isCompoundRole, isRoleNoun, withoutRoleNoun } from '../lang/cues';
import { NAME_PARTICLES, NOT_NAME_WORDS } from '../lang/labels';
import type { SegmentLang } from '../types';
import { HAN, isLetter, LETTER, LOWER, UPPER } from '../lang/letters';
import { isAllCaps, isGivenName, titleCase, trimWord } from './names';
import { escapeRegExp } from '../text';

/**
 * Who the page says takes part, where no label names them: most interviews on the web set the
 * questions apart (bold, headings) and name the interviewee only in the title ("Interview mit
 * Rainer Teuber"), the introduction ("we spoke with Austin"), the questions' address ("Frau
 * Wendland, ...", "Rhys, didn't ..."), and the interviewer in a credit ("Interview: Julia
 * Lauter") or the byline. Each name says where it was read, so the detection can say why.
 */
export interface Cast {
  interviewee: { name: string; source: 'address' | 'cue' | 'introduction' | 'title' } | null;
  interviewer: { name: string; source: 'credit' | 'byline' } | null;
  /** The title or the introduction says the text is an interview. */
  cue: boolean;
  /** The title itself says so ("… ｜对谈孟远", "Interview mit …"). */
  titled: boolean;
}

export interface CastInput {
  lang: SegmentLang | null;
  title: string;
  /** The page's authors, most reliable first (some name a site or a desk, not a person). */
  bylines: string[];
  /** The page's own description, read with the introduction. */
  description: string | null;
  siteName: string | null;
  /** The paragraphs before the first question. */
  intro: string[];
  /** The questions' texts, in order. */
  questions: string[];
  /** Every paragraph: credits stand anywhere, most often at the end. */
  all: string[];
  /** The page's credit and source lines that are not among its paragraphs (`SegmentOptions.creditLines`). */
  creditLines: string[];
}

/** How many of the first questions are read for an address: the first one usually has it. */
const ADDRESS_QUESTIONS = 6;

/** Longest paragraph read as a credit line ("Interview: Julia Lauter"). */
const CREDIT_MAX_CHARS = 160;

/** Words an address can open with that are not names: "Also, ...", "Okay, ...". */
const NOT_ADDRESS = new Set([
  'also', 'nun', 'okay', 'ok', 'gut', 'ja', 'nein', 'na', 'so', 'well', 'yes', 'no', 'now', 'right', 'sure',
  'alright', 'oh', 'und', 'aber', 'and', 'but', 'then', 'dann', 'danke', 'thanks', 'bitte', 'please', 'hallo',
  'hello', 'hi', 'hey', 'finally', 'lastly', 'first', 'zuletzt', 'abschließend', 'schließlich', 'übrigens',
  'insbesondere', 'interessant', 'interesting', 'klar', 'stimmt', 'genau', 'exactly', 'indeed', 'natürlich',
]);

/** Bylines that name no person: an editorial desk, a site. */
const NOT_A_PERSON = /^(?:redaktion|editorial|staff|team|admin|administrator|editor|editors|gastautor|guest|anonymous|unknown|presse|press)$/i;

/** A byline or a credit's name of two to four Han characters: a Chinese name. */
const HAN_BYLINE = new RegExp(`^[${HAN}]{2,4}$`);

/** An initial: "M.". */
const INITIAL = new RegExp(`^[${UPPER}]\\.$`);

/** A word that starts in lower case (a verb after a name: "Marisol Vega-Torres started"). */
const STARTS_LOWER = new RegExp(`^[${LOWER}]`);

/** A question that opens by addressing someone in Chinese: a name, a title, a comma ("李先生，"). */
const HAN_ADDRESS = new RegExp(`^([${HAN}]{1,4}?)(?:先生|女士|小姐|老师|博士|教授|总)[，,]`);

/** A familiar name and a comma: 老/小/阿 and a surname, or a name and a kinship word ("泰叔", "芳姐"). */
const HAN_FAMILIAR_ADDRESS = new RegExp(`^((?:[老小阿][${HAN}])|(?:[${HAN}][叔姐哥伯姨嫂爷爺婆]))[，,]`);

/** A question that opens with a name and a comma ("Rhys, didn't ...", "Borasio, Sie ..."). */
const ADDRESSED = new RegExp(`^([${UPPER}][${LETTER}'’-]+(?:\\s+[${UPPER}][${LETTER}'’-]+)?)\\s*,\\s*([\\s\\S]*)$`);

/** Titles before a name in a byline or a candidate ("Dr.", "Prof."), dropped from the name. */
const NAME_TITLES = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|Frater|Schwester|Pater)\.?\s+)+/;

/** Reads who the page names as interviewee and interviewer. */
export function readCast(input: CastInput): Cast {
  const lang = input.lang ?? 'en';
  const cues = CUES[lang];
  const intro = [...(input.description ? [input.description] : []), ...input.intro].join('\n');
  const creditLine = creditedInterviewer(input, lang);
  const credited = creditLine ?? signedInterviewer(input);
  const not = (name: string) => credited !== null && sameName(name, credited.name);
  const titled = cues.interview.test(input.title);
  // A credit for the questions ("Propos recueillis par …", "Das Interview führte …") calls the
  // text an interview as plainly as its title would.
  const cue = titled || cues.interview.test(intro) || creditLine !== null;

  const addressed = addressedName(input, lang);
  const candidates = nameCandidates(`${input.title}\n${intro}`, input.questions);
  let interviewee: Cast['interviewee'] = null;
  if (addressed) {
    // The name the questions use, written out as the title or introduction writes it; a short
    // form of the given name ("Kathi" for Katharina Wendt) where no candidate has it whole.
    const full =
      // A double name is addressed by its first part ("Frau Gerber" for Ursula Gerber-Imhof).
      candidates.find((c) => c.words.some((w) => w === addressed || w.startsWith(`${addressed}-`)) && !not(c.name) && !isRoleNoun(c.words[0]) && !isCompoundRole(c.words[0])) ??
      candidates.find((c) => c.score > 0 && isShortFormOf(addressed, c.words[0]) && !not(c.name));
    if (full || candidates.length === 0 || addressed.length > 2) interviewee = { name: full?.name ?? writtenOut(addressed, input.all) ?? addressed, source: 'address' };
  }
  if (!interviewee) {
    for (const text of [input.title, ...(input.description ? [input.description] : []), ...input.intro]) {
      const name = captureName(cues.interviewee, text);
      if (name && !not(name)) {
        interviewee = { name: stripTitles(fullerForm(name, candidates)), source: 'cue' };
        break;
      }
    }
  }
  if (!interviewee) {
    // A page that calls itself an interview presents its interviewee more surely.
    const least = cue ? MIN_CANDIDATE_SCORE_CUE : MIN_CANDIDATE_SCORE;
    const best = candidates.find((c) => !not(c.name) && c.score >= least && !isCompoundRole(c.words[0]));
    if (best) interviewee = { name: best.name, source: best.inTitle ? 'title' : 'introduction' };
  }
  if (interviewee) interviewee = { ...interviewee, name: realName(interviewee.name, intro) };
  const interviewer = credited ?? pairedInterviewer(input, lang, interviewee?.name ?? null) ?? bylineInterviewer(input);
  if (interviewee && interviewer && sameName(interviewee.name, interviewer.name)) interviewee = null;
  return { interviewee, interviewer, cue, titled };
}

/**
 * The name behind a nickname where the introduction gives it: "阿渡本名杜明轩", "杜明轩（网名阿渡）",
 * "吴青青，大家都叫她阿青", and a line that opens with one in brackets after the other ("周以宁（宁宁）",
 * "Kevin（陈凯文）"); a full name with the one it goes by after a comma ("Maria José Albuquerque, a
 * Mestra Zezé").
 */
export function realName(name: string, intro: string): string {
  if (!intro.includes(name)) return name;
  const escaped = escapeRegExp(name);
  // Each pattern is made only where the introduction holds its fixed part: a pattern of Han
  // characters is costly to compile, and most introductions name nobody twice.
  // The nickname, then the name in brackets; or the name (where a line or clause starts), then the nickname.
  const paired =
    (intro.includes(`${name}(`) || intro.includes(`${name}（`) ? new RegExp(`${escaped}[（(](\\p{Script=Han}{2,4})[)）]`, 'u').exec(intro) : null) ??
    (intro.includes(`(${name}`) || intro.includes(`（${name}`) ? new RegExp(`(?:^|[\\s，,。；;：:])(\\p{Script=Han}{2,4})[（(]${escaped}[)）]`, 'u').exec(intro) : null);
  if (paired) return paired[1];
  if (!HAN_ONLY.test(name)) return appositiveOf(name, escaped, intro) ?? name;
  const after = REAL_NAME_WORD.test(intro) ? new RegExp(`${name}[，,]?(?:本名|真名|原名|真实姓名[是为]?)(\\p{Script=Han}{2,4}?)(?=[，,。；;（(、\\s]|$)`, 'u').exec(intro) : null;
  if (after) return after[1];
  // Two or three characters: a role word may stand before the name ("店长吴青青").
  const before = NICKNAME_WORD.test(intro) ? new RegExp(`(\\p{Script=Han}{2,3})(?:[（(](?:网名|笔名|花名|昵称|人称|圈内人称)|[，,](?:大家|同事[们們]?|朋友[们們]?|街坊[们們]?)?都?(?:叫|称|稱)[她他])[“"「]?${name}`, 'u').exec(intro) : null;
  return before ? before[1] : name;
}

/** The full name before ", a NAME" in the introduction ("Maria José Albuquerque, a Mestra Zezé"), or null. */
function appositiveOf(name: string, escaped: string, intro: string): string | null {
  for (let at = intro.indexOf(name); at >= 0; at = intro.indexOf(name, at + 1)) {
    if (APPOSITIVE_BEFORE.test(intro.slice(Math.max(0, at - APPOSITIVE_REACH), at))) {
      return new RegExp(`${LATIN_FULL_NAME},\\s+${APPOSITIVE}\\s+${escaped}(?=[\\s,.;:!?)]|$)`, 'u').exec(intro)?.[1] ?? null;
    }
  }
  return null;
}

/** The words before a real name ("本名杜明轩") ... */
const REAL_NAME_WORD = /本名|真名|原名|真实姓名/;
/** ... and those before or after a nickname ("（网名阿渡）", "都叫她阿青"). */
const NICKNAME_WORD = /网名|笔名|花名|昵称|人称|[叫称稱][她他]/;

const HAN_ONLY = /^\p{Script=Han}{1,6}$/u;

/** Two to four capitalised words: a person's full name in Latin letters. */
const LATIN_FULL_NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})";

/** What joins a full name to the name a person goes by: "Maria José Albuquerque, a Mestra Zezé", "…, known as Lefty". */
const APPOSITIVE = '(?:a|o|the|la|le|el|il|die|der|alias|known as|dit|dite|genannt)';
/** The same before the name, as a cheap test (no Unicode classes to compile) of whether to build the pattern. */
const APPOSITIVE_BEFORE = new RegExp(`,\\s+${APPOSITIVE}\\s+$`);
/** How far before the name the test looks. */
const APPOSITIVE_REACH = 20;

/** "Anna Wendland im Gespräch mit Clemens Traub": the one of the two who is not the interviewee asks. */
function pairedInterviewer(input: CastInput, lang: SegmentLang, interviewee: string | null): Cast['interviewer'] {
  const pair = CUES[lang].pair;
  if (!pair || !interviewee) return null;
  for (const text of [input.title, ...input.intro]) {
    const groups = pair.when.test(text) ? pair.pattern.exec(text)?.groups : undefined;
    if (!groups?.name || !groups.other) continue;
    const [one, other] = [withoutRoleNoun(groups.name), withoutRoleNoun(groups.other)];
    if (sameName(one, interviewee)) return { name: other, source: 'credit' };
    if (sameName(other, interviewee)) return { name: one, source: 'credit' };
  }
  return null;
}

/** The interviewer a credit line names: "Interview: Julia Lauter", "Ein Interview von Eugen Zentner mit ...". */
function creditedInterviewer(input: CastInput, lang: SegmentLang): Cast['interviewer'] {
  const patterns = CUES[lang].interviewer;
  // Credit lines anywhere; the introduction whatever its length ("Darüber hat Moderatorin Ulrike
  // Stahl mit Karoline Aßmann gesprochen. …").
  const intro = new Set(input.intro);
  for (const text of [...input.intro, ...input.all, ...input.creditLines]) {
    if (text.length > CREDIT_MAX_CHARS && !intro.has(text)) continue;
    const name = captureName(patterns, text);
    const people = name?.split(PAIR_JOINER) ?? [];
    if (name && people.every((person) => isPersonName(person) || HAN_BYLINE.test(person))) return { name: people.map(stripTitles).join(PAIR_JOINER), source: 'credit' };
  }
  return null;
}

/**
 * A signature under the text ("—Nell Adebayo"): the one who wrote the interview down. Only the
 * last paragraph: a dash and a name higher up attribute a quotation (an epigraph).
 */
function signedInterviewer(input: CastInput): Cast['interviewer'] {
  const signed = SIGNATURE.exec(input.all.at(-1) ?? '')?.[1];
  return signed && isPersonName(signed) ? { name: signed, source: 'credit' } : null;
}

/** A dash and a name, alone: "—Nell Adebayo", "– Anna Berg". */
const SIGNATURE = /^[—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u;

/**
 * The byline's person, who asks in a Q&A: the first of the page's authors who is a person
 * ("VON MORITZ GATHMANN am 21. April 2020" is Moritz Gathmann; "CSDN.NET" and "Redaktion" are not).
 */
function bylineInterviewer(input: CastInput): Cast['interviewer'] {
  for (const byline of input.bylines) {
    const first = byline
      .replace(/^(?:(?:written|words|text|interview|story|reporting|interviewed)\s+by|by|von|from|text|tekst|texto|testo|texte|door|por|par|interview|gespräch|propos recueillis par|作者|文|采访|记者)\s*[:：/]?\s*/i, '')
      .split(/\s*(?:,|;|\||\bund\b|\band\b|&|·| am | on |\d)\s*/i)[0]
      .trim();
    // An all-capitals byline of several words is a name in capitals; one such word is an acronym.
    const name = /\s/.test(first) && isAllCaps(first.replace(/\s+/g, '')) ? titleCase(first) : first;
    if (!name || NOT_A_PERSON.test(name) || (input.siteName && sameName(name, input.siteName))) continue;
    if (isPersonName(name) || HAN_BYLINE.test(name)) return { name, source: 'byline' };
  }
  return null;
}

/** One to four capitalised words, none of them a function word or an acronym; a particle between them ("Ruud van Bemmel"). */
export function isPersonName(name: string): boolean {
  const words = stripTitles(name).split(/\s+/);
  const particle = (w: string, i: number) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w);
  return words.length <= 4 && words.every((w, i) => isGivenName(w.replace(/\.$/, '')) || INITIAL.test(w) || particle(w, i)) && !NOT_A_PERSON.test(name);
}

/** "MORITZ GATHMANN" -> "Moritz Gathmann". */
function stripTitles(name: string): string {
  return name.replace(NAME_TITLES, '') || name;
}

/**
 * The name the first questions address: "Frau Wendland, ..." is Wendland, "Rhys, didn't ..." is
 * Rhys, "奥特曼先生，..." is 奥特曼. Read from the questions' openings: a title (Herr, Mr., 先生)
 * or a name that the title or introduction also writes; said to someone (you, Sie, a question).
 */
function addressedName(input: CastInput, lang: SegmentLang): string | null {
  const forms = ADDRESS[lang as keyof typeof ADDRESS];
  for (const question of input.questions.slice(0, ADDRESS_QUESTIONS)) {
    if (lang === 'zh') {
      const m = HAN_ADDRESS.exec(question);
      if (m) return m[1];
      // A familiar name the introduction gives ("泰叔，你寫咗五十年字…", "老郑，…").
      const nick = HAN_FAMILIAR_ADDRESS.exec(question);
      if (nick && `${input.title}\n${input.description ?? ''}\n${input.intro.join('\n')}`.includes(nick[1])) return nick[1];
      continue;
    }
    const titled = forms?.titlesBefore ? forms.titlesBefore.exec(question) : null;
    const rest = titled ? question.slice(titled[0].length) : question;
    const m = ADDRESSED.exec(rest);
    if (!m) continue;
    const words = m[1].split(/\s+/);
    const last = words[words.length - 1];
    if (words.some((w) => NOT_ADDRESS.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase()) || isAllCaps(w))) continue;
    // Without a title, the name must also stand in the title or introduction, where a reader met it.
    const text = `${input.title}\n${input.description ?? ''}\n${input.intro.join('\n')}`;
    if (!titled && countWord(text, m[1]) === 0) continue;
    return titled ? last : m[1];
  }
  return null;
}

/** A name candidate of the title and introduction, with how strongly the page presents it. */
interface Candidate {
  name: string;
  words: string[];
  score: number;
  inTitle: boolean;
  /** How much the words look like a name among the run of capitalised words they stand in. */
  shape: number;
  /** Somewhere the words stand where a place does ("in Pine Portage"). */
  place?: boolean;
  /** Somewhere the words stand in brackets, as an affiliation does. */
  bracketed?: boolean;
  /** The words open a paragraph of the introduction. */
  opensIntro?: boolean;
}

/** A question's opening address ("Frau Demirci, ", "Rhys, "): up to four words before a comma. */
const ADDRESS_OPENING = /^(?:[^\s,]+\s+){0,3}[^\s,]+,\s*/u;

/** Least score for a candidate to be taken for the interviewee without a cue or an address ... */
const MIN_CANDIDATE_SCORE = 4;

/** ... and on a page that says it is an interview. */
const MIN_CANDIDATE_SCORE_CUE = 2;

/**
 * Person names of two or three words in the title and introduction, best first. A name scores
 * for standing in the title, for its surname recurring, and loses for being talked about in the
 * questions (a third person the interviewee is asked about: "Was würden Sie Luisa Neubauer raten?").
 */
function nameCandidates(text: string, questions: string[]): Candidate[] {
  const lines = text.split('\n');
  const title = lines[0] ?? '';
  const found = new Map<string, Candidate>();
  for (const [index, line] of lines.entries()) {
    const raw = line.split(/\s+/);
    // Each word trimmed and tested once: the word that ends a run is where the next run starts.
    const trimmed: (string | undefined)[] = new Array(raw.length);
    const named: (boolean | undefined)[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const run: string[] = [];
      for (let j = i; j < raw.length; j++) {
        // An initial keeps its period ("Katrin M. Kämpf").
        if (run.length > 0 && INITIAL.test(raw[j])) {
          run.push(raw[j]);
          continue;
        }
        // An opening quote or bracket starts another run ("Hélène Vasseur-Marchand (Coutellerie Vasseur)").
        if (run.length > 0 && OPENING.test(raw[j])) break;
        // A possessive ends the name ("Pine Portage’s rink keeper").
        const word = (trimmed[j] ??= trimWord(raw[j]).replace(POSSESSIVE, ''));
        if (!(named[j] ??= isGivenName(word) && !isAllCaps(word))) break;
        run.push(word);
        // A name ends where punctuation ends the word ("Austin," or "Austin:").
        if (word !== raw[j] && !OPENING.test(raw[j])) break;
      }
      // Capitalised nouns may stand before a name ("Historikerin Anna Wendland") and title-case
      // words after it ("Greg Berlanti Knows the Secret"): every two words of the run are a
      // candidate (three where the middle one is an initial); scoring picks among them.
      const context = run.length < 2 ? 0 : personContext(raw[i - 1] ?? '', raw[i + run.length - 1] ?? '', raw[i + run.length] ?? '');
      for (let k = 0; k + 1 < run.length; k++) {
        if (/\.$/.test(run[k])) continue;
        const words = /\.$/.test(run[k + 1]) && k + 2 < run.length ? run.slice(k, k + 3) : run.slice(k, k + 2);
        const name = words.join(' ');
        const candidate = found.get(name) ?? { name, words, score: 0, inTitle: false, shape: 0 };
        if (index === 0) candidate.inTitle = true;
        // A name that opens the introduction is its subject ("Aisha Mahmood has been a home-care worker …").
        if (index > 0 && i === 0 && k === 0) candidate.opensIntro = true;
        // Among the windows of one run, a name ends it ("Neue Professorin Aylin Demirci") and
        // does not open with a role noun.
        const endsRun = k + words.length === run.length;
        candidate.shape = Math.max(candidate.shape, (endsRun ? 1 + context : 0) - (isRoleNoun(words[0]) ? 1 : 0));
        if ((k === 0 && PLACE_ONLY_BEFORE.test(raw[i - 1] ?? '')) || words.some((w) => PLACE_NOUN.test(w))) candidate.place = true;
        // In brackets after a name, an affiliation: "Hélène Vasseur-Marchand (Coutellerie Vasseur)".
        if (k === 0 && raw[i].startsWith('(')) candidate.bracketed = true;
        found.set(name, candidate);
      }
      i += Math.max(run.length - 1, 0);
    }
  }
  const all = text + '\n' + questions.join('\n');
  // A name in a question other than its address is someone the interviewee is asked about.
  const talkedAbout = questions.map((q) => q.replace(ADDRESS_OPENING, '')).join('\n');
  for (const c of found.values()) {
    const surname = c.words[c.words.length - 1];
    const mentions = countWord(text, surname);
    c.score = (c.inTitle ? 3 : 0) + Math.min(mentions, 4) - 3 * countWord(talkedAbout, surname) + c.shape - (c.place ? PLACE_PENALTY : 0) - (c.bracketed ? BRACKETED_PENALTY : 0) + (c.opensIntro ? 1 : 0);
    if (title && c.inTitle && countWord(all, surname) <= 1) c.score -= 2;
  }
  return [...found.values()].sort((a, b) => b.score - a.score);
}

/** Role words around a person's name in an introduction ("Its founder, Marisol Vega-Torres, started"). */
const ROLE_WORDS = /^(?:founder|co-founder|CEO|CTO|author|director|president|chair|head|professor|analyst|expert|designer|editor|writer|artist|chef|Gründerin|Gründer|Autorin|Autor|Chefin|Chef|Leiterin|Leiter|Professorin|Professor|Expertin|Experte|Direktorin|Direktor|Präsidentin|Präsident)[,:]?$/i;

const POSSESSIVE = /['’]s$/;
const OPENING = /^[„"“‚'(«]/;

/** Prepositions that stand before a place and hardly ever before a person ("in Pine Portage"): anywhere they do, the words are a place's. */
const PLACE_ONLY_BEFORE = /^(?:in|near|im|nahe)$/i;
/** A word that names a kind of place, never a person's ("Harlan Ridge County", "Pike Street", "County Line"); not Park, Hill or Lane, which are surnames too. */
const PLACE_NOUN = /^(?:County|City|Township|Parish|District|Province|Region|Street|Road|Avenue|Square|Valley|Creek|Coast|Mountains|Airport|Harbor|Harbour|Kreis|Landkreis|Platz|Straße|Strasse)$/;
const PLACE_PENALTY = 6;
const BRACKETED_PENALTY = 3;

/** Prepositions before a place ("on Pike Street", "in der Goethestraße"). */
const PLACE_PREPOSITIONS = /^(?:on|in|at|near|from|into|im|am|an|auf|aus|nach|zur|zum|rue|sur)$/i;

/**
 * How much the words around a run say it is a person: after a role word ("founder,"), set off by
 * commas, followed by a verb (a lower-case word: "Marisol Vega-Torres started"); not after a
 * preposition of place ("on Pike Street").
 */
function personContext(before: string, last: string, after: string): number {
  let score = 0;
  if (ROLE_WORDS.test(before)) score += 2;
  if (/,$/.test(last)) score += 1;
  if (STARTS_LOWER.test(after) && !/[.;:!?]$/.test(last)) score += 1;
  if (PLACE_PREPOSITIONS.test(before)) score -= 2;
  return score;
}

/**
 * The addressed name as the page writes it out elsewhere, where the title and introduction do not
 * (a bio after the interview: "Ursula Gerber-Imhof (58, SVP) ist seit 2014 …"): a given name
 * before it, maybe a second part after a hyphen.
 */
function writtenOut(addressed: string, texts: readonly string[]): string | null {
  const escaped = escapeRegExp(addressed);
  const pattern = new RegExp(`(?<![${LETTER}])([${UPPER}][${LOWER}]+)\\s+(${escaped}(?:-[${UPPER}][${LOWER}]+)?)(?![${LETTER}])`, 'u');
  for (const text of texts) {
    if (!text.includes(addressed)) continue;
    const match = pattern.exec(text);
    if (match && isGivenName(match[1]) && !isRoleNoun(match[1]) && !NAME_TITLES.test(`${match[1]} `)) return `${match[1]} ${match[2]}`;
  }
  return null;
}

/** "Kathi" for Katharina, "Alex" for Alexander: the first letters of the given name, at least three. */
function isShortFormOf(short: string, given: string): boolean {
  const stem = short.replace(/[iy]$/, '');
  return stem.length >= 3 && given.length > short.length && given.startsWith(stem);
}

/** The fuller form of `name` among the candidates ("Austin" -> "Dianne Austin"). */
function fullerForm(name: string, candidates: Candidate[]): string {
  const words = name.split(/\s+/);
  const fuller = candidates.find((c) => c.words.length > words.length && words.every((w) => c.words.includes(w)));
  return fuller?.name ?? name;
}

/** How often `word` stands in `text` as a word of its own (no letter on either side). */
function countWord(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // Part of a double name is not the word ("Vasseur" in "Vasseur-Marchand").
    const joined = (text[at - 1] === '-' && isLetter(text[at - 2])) || (text[end] === '-' && isLetter(text[end + 1]));
    if (!isLetter(text[at - 1]) && !isLetter(text[end]) && !joined) n++;
  }
  return n;
}


/** Every word of the shorter name is a word of the longer one ("Austin", "Dianne Austin"). */
export function sameName(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().split(/[\s·•・]+/).filter(Boolean);
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.length > 0 && short.every((w) => long.includes(w));
}
