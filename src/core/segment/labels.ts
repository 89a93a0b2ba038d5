import type { Block } from '../extract';
import { ANSWER_LABELS, FIELD_LABELS, INTERVIEWER_LABELS, NAME_PARTICLES, NOT_NAME_WORDS, matchesAny } from '../lang/labels';

/**
 * Speaker labels: "Altman:", "F:", "问：", "[00:07:45] Ana Ruiz:", "fluter.de:". What a label
 * is (a role, a name, a field of a list) is read from its text alone; which labels are a page's
 * speakers is decided in `segment` (index.ts), from how often and where they stand.
 */

export interface ParsedLabel {
  /** The label as written, normalised ("Sam Altman", "F", "问"). */
  label: string;
  /** A role letter with a period, not a colon ("Q. …", "P. …", "R. …"): a role only where the page pairs them. */
  dotted?: boolean;
  /** The paragraph's text after the label. */
  rest: string;
  type: LabelType;
  /** The label is set in bold. */
  bold: boolean;
  /**
   * The label stands on a line of its own, the speech under it: with a colon ("Marcus Bell:"),
   * a timestamp ("Marcus Bell  00:00:04", a transcript's export) or in capitals ("INTERVIEWER",
   * The Paris Review). On the block's first line, `rest` is the lines under it.
   */
  line?: 'colon' | 'timestamp' | 'capitals' | 'element';
  /**
   * The label is not in the paragraph's text: it stood alone in the block before this one (see
   * `attachSpeakerLines`), or in a cell of its own (a transcript's table row).
   */
  above?: boolean;
  /** The label as the page writes it, where `label` closes it up ("王 芳" for 王芳). */
  written?: string;
  /** The label gives its speaker a role that asks ("RENEE HOLLOWAY, HOST:"). */
  asks?: boolean;
}

/** What a label names: the interviewer's role, the answerer's role, or a name (person or publication). */
export type LabelType = 'interviewer' | 'answer' | 'name';

/**
 * `Label:` or `标签：` at the start of a paragraph; an ASCII colon must be followed by a space. A
 * period may stand inside a word ("fluter.de:"), after a title ("Mr. Malone:") or an initial
 * ("T. L. :", "A.-S. B. :"), not end a
 * sentence; a transcript's timestamp may stand before the colon ("Sam Altman (00:01:02):"), and
 * so may a panel's affiliation ("Dana Whitfield (Northwind Labs):", "王小明（星河科技副总裁）：")
 * and a radio transcript's role ("RENEE HOLLOWAY, HOST:"): the label is the name before them, as
 * the later labels write it.
 */
const LABEL = /^((?:[^:：?!.。，,;？！"“”„«»()（）]|\.(?=\p{L})|(?<=(?:Mr|Mrs|Ms|Dr|Prof))\.|(?<=(?:^|[\s-])\p{Lu})\.){1,40}?)\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\)\s*|[(（][^()（）:：]{1,40}[)）]\s*|,\s*(?<role>HOST|CO-HOST|BYLINE|ANCHOR|GUEST|MODERATOR|REPORTER|[Hh]ost|[Cc]o-host|[Aa]nchor|[Gg]uest|[Mm]oderator|[Rr]eporter)\s*)?(?::(?=\s|$)|：)\s*/u;

/**
 * A role letter with a period: "Q. …" / "A. …", El País's "P. …" / "R. …", "D. …" / "R. …"
 * (domanda, risposta), "F. …", and the words written out the first time ("Pregunta. …" /
 * "Respuesta. …"). An initial looks the same ("A. Merkel"): `segment` takes them for
 * roles only where both kinds recur.
 */
const DOTTED_ROLE = /^([QFPDAR]|Pregunta|Respuesta|Pergunta|Resposta|Domanda|Risposta|Question|Réponse|Frage|Antwort)\.(?:\s*[–—]\s*|\s+)(?=\S)/;
const DOTTED_QUESTION = /^(?:[QFPD]|Pregunta|Pergunta|Domanda|Question|Frage)$/;

/** A timestamp before a label: "[00:07:45] ", "(12:03) ". */
const TIMESTAMP_PREFIX = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*/;

/** A word of a personal name, an initial, or an all-capitals publication name (ZEIT). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** A Han-script name: two to four characters, or a transliteration with middle dots. */
export const HAN_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,5}(?:[·•・]\p{Script=Han}{1,5})+)$/u;

/**
 * A publication used as the interviewer's label (ZEIT:, DIE ZEIT:, SPIEGEL:): one word in
 * capitals, maybe after its article. Two other words in capitals are a person ("SAM ALTMAN:").
 */
export const PUBLICATION = /^(?:(?:DIE|DER|DAS|THE|LE|LA|EL|IL) )?\p{Lu}{3,}$/u;

/** A web address used as the interviewer's label (fluter.de:, t3n.de:). */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:de|com|org|net|at|ch|fr|it|es|nl|uk|io|info|eu|cn)$/iu;

/** A heading that opens with a role label: "Frage 1:", "Question 3:", "Q:". */
const HEADING_LABEL = /^(?:Frage|Question|Q|F|问|提问)\s*\d{0,3}\s*[:：]/;

/** Elements whose text opens with no speaker's label (a heading, a caption). */
const NOT_LABELLED_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION']);

/**
 * Reads a paragraph's speaker label, or null when it opens with none. `types` keeps each label's
 * `labelType` for the paragraphs of one page, where the same few labels open most paragraphs.
 * `siteName`: the page's own publication, a label in whatever case it writes itself ("taz:").
 */
export function parseLabel(block: Block, types?: Map<string, LabelType | null>, siteName: string | null = null): ParsedLabel | null {
  // A heading may be a numbered question ("Frage 1: ..."), never a speaker's name.
  const heading = NOT_LABELLED_TAGS.has(block.tag);
  if (heading && !HEADING_LABEL.test(block.text)) return null;
  const text = mayStartWithTimestamp(block.text) ? block.text.replace(TIMESTAMP_PREFIX, '') : block.text;
  const dotted = DOTTED_ROLE.exec(text);
  if (dotted && !heading) {
    const type = DOTTED_QUESTION.test(dotted[1]) ? 'interviewer' : 'answer';
    return { label: dotted[1], rest: text.slice(dotted[0].length), type, bold: block.boldLead.startsWith(dotted[1]), dotted: true };
  }
  const typeOf = (label: string): LabelType | null => {
    let type = types?.get(label);
    if (type === undefined) {
      type = namesSite(label, siteName) ? 'name' : labelType(label);
      types?.set(label, type);
    }
    return type;
  };
  const bolded = (label: string) => block.boldLead.length > 0 && block.boldLead.startsWith(label);
  if (block.labelElement) {
    const label = block.labelElement;
    const type = typeOf(label);
    if (type) {
      const own = block.text.startsWith(label);
      return { label, rest: own ? block.text.slice(label.length).trim() : block.text, type, bold: bolded(label), line: 'element', ...(own ? {} : { above: true }) };
    }
  }
  if (!heading) {
    const line = block.firstLine ?? block.text;
    const own = line.length <= LINE_MAX ? lineLabel(line) : null;
    const type = own ? typeOf(own.label) : null;
    // A time after one word is as often a sentence's start ("At 10:30"): a full name it must be.
    const stamped = own?.kind === 'timestamp' && type === 'name' && !own.label.includes(' ');
    if (own && type && !stamped) return { label: own.label, rest: block.text.slice(line.length).trim(), type, bold: bolded(own.label), line: own.kind };
  }
  // Every other label ends in a colon: the many paragraphs without one skip the regex.
  if (!text.includes(':') && !text.includes('：')) return null;
  const match = LABEL.exec(text);
  if (!match) return null;
  const written = match[1].trim();
  // Chinese typesetting spaces a two-character name out to the width of three ("王　芳：", "记 者：").
  const label = SPACED_HAN.test(written) ? written.replace(/\s+/g, '') : written;
  const type = typeOf(label);
  if (!type || (heading && type !== 'interviewer')) return null;
  const rest = text.slice(match[0].length);
  const parsed: ParsedLabel = { label, rest, type, bold: bolded(written) };
  if (label !== written) parsed.written = written;
  if (match.groups?.role && !/^guest$/i.test(match.groups.role)) parsed.asks = true;
  return parsed;
}

/** Han characters with spaces between them, and nothing else. */
const SPACED_HAN = /^\p{Script=Han}(?:\s+\p{Script=Han}){1,3}$/u;

/** Longest line read as a speaker's label on a line of its own. */
const LINE_MAX = 64;

/** A label and a transcript's timestamp after it, alone on the line: "Marcus Bell  00:00:04", "Marcus Bell (0:04)". */
const LINE_TIMESTAMP = /^([^:：?!。，,;？！"“”„«»()（）[\]]{1,40}?)\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$/u;

/** A label in capitals alone on the line: "INTERVIEWER", "QUIST", "HALVARD QUIST". */
const LINE_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}$/u;

/** The label of a line that holds nothing else (see `ParsedLabel.line`), or null. */
function lineLabel(line: string): { label: string; kind: NonNullable<ParsedLabel['line']> } | null {
  if (line.endsWith(':') || line.endsWith('：')) {
    const match = LABEL.exec(line);
    return match && match[0].length === line.length ? { label: match[1].trim(), kind: 'colon' } : null;
  }
  const last = line.charCodeAt(line.length - 1);
  if ((last >= 48 && last <= 57) || last === 41 || last === 93) {
    const match = LINE_TIMESTAMP.exec(line);
    return match ? { label: match[1].trim(), kind: 'timestamp' } : null;
  }
  return LINE_CAPITALS.test(line) ? { label: line, kind: 'capitals' } : null;
}

/** A role label, a name label, or null: what `parseLabel` makes of a label, from its text alone. */
function labelType(label: string): LabelType | null {
  if (matchesAny(INTERVIEWER_LABELS, label)) return 'interviewer';
  if (matchesAny(ANSWER_LABELS, label)) return 'answer';
  if (GENERIC_SPEAKER.test(label)) return 'name';
  if (matchesAny(FIELD_LABELS, label) || !(isNameShaped(label) || DOMAIN.test(label) || TITLED_PUBLICATION.test(label) || HAN_PUBLICATION.test(label))) return null;
  return 'name';
}

/**
 * A transcription service's numbered speaker ("Speaker 1", "Sprecher 2", "发言人1"): a person the
 * page names elsewhere, if at all; who asks is read from the turns.
 */
export const GENERIC_SPEAKER = /^(?:Speaker|Sprecher|Sprecherin|Intervenant|Intervenante|Locuteur|Hablante|说话人|发言人|講者)\s*\d{1,2}$/i;

/**
 * A publication's name with its article, as a label: "The Economist", "Le Monde". Not German,
 * whose nouns are capitalised too ("Die Antwort:"); German publications write "ZEIT:", "SPIEGEL:".
 */
const TITLED_PUBLICATION = /^(?:The|Le|La|Les|El|Il)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u;

/** A timestamp opens with a digit, "[" or "(": other paragraphs skip the regex. */
function mayStartWithTimestamp(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 91 || first === 40;
}

/** Could the label be a person's or publication's name? */
export function isNameShaped(label: string): boolean {
  if (HAN_NAME.test(label) || PUBLICATION.test(label)) return true;
  const words = label.split(' ');
  if (words.length > 4 || NOT_NAME_WORDS.has(words[0].toLowerCase())) return false;
  let named = 0;
  for (const word of words) {
    if (NAME_PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word)) return false;
    named++;
  }
  return named > 0;
}

/** A label that names a publication, not a person: ZEIT, SPIEGEL, fluter.de, the site's own name. */
export function isPublicationLabel(label: string, siteName: string | null): boolean {
  return PUBLICATION.test(label) || DOMAIN.test(label) || TITLED_PUBLICATION.test(label) || HAN_PUBLICATION.test(label) || namesSite(label, siteName);
}

/** A Chinese publication by the word its name ends in: "华东证券报", "第一财经", "界面新闻", "南方周末". */
const HAN_PUBLICATION = /^\p{Script=Han}{1,8}(?:报|日报|晚报|时报|周刊|周末|杂志|新闻|财经|传媒|电视台|广播)$/u;

/**
 * The label is the site's name, or the name the site's fuller name starts with: "taz" on
 * "taz.de", "鲸跃" on 鲸跃科技 (Han text runs on without a space).
 */
function namesSite(label: string, siteName: string | null): boolean {
  if (siteName === null || label.length < 2) return false;
  const site = siteName.toLowerCase();
  const own = label.toLowerCase();
  if (!site.startsWith(own)) return false;
  return site.length === own.length || /^[\s.\-·|:–—]/.test(site.slice(own.length)) || HAN_NAME.test(label);
}
