import type { Block } from './extract';
import { addresses } from './lang/address';
import { ANSWER_LABELS, FIELD_LABELS, INTERVIEWER_LABELS, NAME_PARTICLES, NOT_NAME_WORDS, matchesAny } from './lang/labels';
import { SpeakerRegistry, type SpeakerDraft } from './speakers';
import { endsWithQuestion } from './text';
import type { Lang, Paragraph, Speaker, Turn } from './types';

/**
 * Segmentation: the article's paragraphs become question and answer turns by speaker.
 *
 * Pass 1 reads the labels ("Altman:", "F:", "问：", "[00:07:45] Ana Ruiz:") and resolves them to
 * speakers; roles follow from the labels or, where every speaker is named, from who asks.
 * Pass 2 walks the paragraphs: a label opens a turn; an unlabelled paragraph continues the turn,
 * or after a question opens the answer of the interviewee who answered last; narration ends
 * the turn and hands the floor to the speaker it names.
 */

export interface ParsedLabel {
  /** The label as written, normalised ("Sam Altman", "F", "问"). */
  label: string;
  /** The paragraph's text after the label. */
  rest: string;
  type: 'interviewer' | 'answer' | 'name';
  /** The label is set in bold. */
  bold: boolean;
}

export interface Segmentation {
  speakers: Speaker[];
  turns: Turn[];
  paragraphs: Paragraph[];
  /** The conventions the labels followed, e.g. 'role-labels+name-labels'. */
  convention: string | null;
  /** Answer labels (A:, Antwort:) were used and the interviewee was found in the introduction. */
  answererIntroduced: boolean;
  /** Share of answer turns written in the first person (interviews; FAQs are impersonal). */
  firstPersonShare: number;
}

export interface SegmentOptions {
  lang: Lang;
  /** Title and site name: where full names and publication names are read from. */
  title: string;
  siteName: string | null;
  /** The site sets questions as whole bold paragraphs with no label (The Verge). */
  boldQuestions: boolean;
}

/** `Label:` or `标签：` at the start of a paragraph; an ASCII colon must be followed by a space. */
const LABEL = /^([^:：?!.。，,;？！"“”„«»()]{1,40}?)\s*(?::(?=\s|$)|：)\s*/u;

/** A timestamp before a label: "[00:07:45] ", "(12:03) ". */
const TIMESTAMP_PREFIX = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*/;

/** A word of a personal name, an initial, or an all-capitals publication name (ZEIT). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** A Han-script name: two to four characters, or a transliteration with middle dots. */
const HAN_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,5}(?:[·•・]\p{Script=Han}{1,5})+)$/u;

/** A publication used as the interviewer's label (ZEIT:, DIE ZEIT:, SPIEGEL:). */
const PUBLICATION = /^(?:\p{Lu}{2,} )?\p{Lu}{3,}$/u;

/** Elements that are never part of a turn and do not end one. */
const NON_TURN_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION']);

/** How many unlabelled bold questions make the bold-question convention, per site style. */
const BOLD_QUESTIONS_NEEDED = { houseStyle: 2, generic: 3 };

/** Shortest name word that makes two labels one person ("Seeler" does, "Li" is too short). */
const MIN_NAME_WORD = 2;

/** Share of a named speaker's turns that ask, for that speaker to be the interviewer. */
const ASKER_SHARE = 0.3;

/** Longest paragraph that can be narration introducing a quote ("... rief Altman zurück:"). */
const NARRATION_MAX = 300;

/** First-person words: answers speak for themselves, FAQ entries and narration do not. */
const FIRST_PERSON: Record<Lang, RegExp> = {
  en: /\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we've|our|us)\b/,
  de: /\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*)\b/i,
  zh: /我/,
};

/** "I" in a line ending with a colon is a speaker announcing a list, not narration ("we" may be the reporter's). */
const FIRST_PERSON_SINGULAR: Record<Lang, RegExp> = {
  en: /\b(?:I|I'm|I've|I'd|I'll|me|my)\b/,
  de: /\b(?:ich|mich|mir|mein\w*)\b/i,
  zh: /我(?!们)/,
};

/** What a label names, or null for a field name or no name at all. */
type LabelType = ParsedLabel['type'];

/**
 * Reads a paragraph's speaker label, or null when it opens with none. `types` keeps each label's
 * `labelType` for the paragraphs of one page, where the same few labels open most paragraphs.
 */
export function parseLabel(block: Block, types?: Map<string, LabelType | null>): ParsedLabel | null {
  if (NON_TURN_TAGS.has(block.tag)) return null;
  const text = mayStartWithTimestamp(block.text) ? block.text.replace(TIMESTAMP_PREFIX, '') : block.text;
  // Every label ends in a colon: the many paragraphs without one skip the regex.
  if (!text.includes(':') && !text.includes('：')) return null;
  const match = LABEL.exec(text);
  if (!match) return null;
  const label = match[1].trim();
  let type = types?.get(label);
  if (type === undefined) {
    type = labelType(label);
    types?.set(label, type);
  }
  if (!type) return null;
  const rest = text.slice(match[0].length);
  const bold = block.boldLead.length > 0 && block.boldLead.startsWith(label);
  return { label, rest, type, bold };
}

/** A role label, a name label, or null: what `parseLabel` makes of a label, from its text alone. */
function labelType(label: string): LabelType | null {
  if (matchesAny(INTERVIEWER_LABELS, label)) return 'interviewer';
  if (matchesAny(ANSWER_LABELS, label)) return 'answer';
  if (matchesAny(FIELD_LABELS, label) || !isNameShaped(label)) return null;
  return 'name';
}

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

/** Segments the article's paragraphs into turns. */
export function segment(blocks: Block[], options: SegmentOptions): Segmentation {
  const { registry, labels } = readLabels(blocks, options.title);
  const labelledInterviewer = assignRoles(registry, labels, options.siteName);
  const boldQuestions =
    !labelledInterviewer &&
    countBoldQuestions(blocks, labels) >= (options.boldQuestions ? BOLD_QUESTIONS_NEEDED.houseStyle : BOLD_QUESTIONS_NEEDED.generic);
  const walk = walkTurns(blocks, labels, registry, boldQuestions, options);
  const used = new Set(walk.turns.map((t) => t.speakerId));
  const answers = walk.turns.filter((t) => t.kind === 'answer');
  return {
    // The interviewer first, then the interviewees in order of appearance.
    speakers: registry
      .toSpeakers()
      .filter((s) => used.has(s.id))
      .sort((a, b) => Number(b.role === 'interviewer') - Number(a.role === 'interviewer')),
    turns: walk.turns,
    paragraphs: walk.paragraphs,
    convention: conventionOf(registry, boldQuestions),
    answererIntroduced: registry.hasIntroducedAnswerer(),
    firstPersonShare: answers.length ? answers.filter((t) => FIRST_PERSON[options.lang].test(t.text)).length / answers.length : 0,
  };
}

/** The title and the paragraphs before the first speaker's label: where speakers are introduced. */
function introText(blocks: Block[], parsed: (ParsedLabel | null)[], repeated: boolean[], title: string): string {
  const intro = [title];
  for (let i = 0; i < blocks.length; i++) {
    const p = parsed[i];
    if (p && (p.type !== 'name' || repeated[i])) break;
    intro.push(blocks[i].text);
  }
  return intro.join(' \n ');
}

/** The words of a name label. */
function nameWords(label: string): string[] {
  return label.toLowerCase().split(/[\s·•・]+/);
}

/** A word of the label names a speaker of two or more labels ("Katrin Seeler" once, "Seeler" later). */
function isRepeated(words: string[], counts: Map<string, number>): boolean {
  return words.some((word) => word.length >= MIN_NAME_WORD && (counts.get(word) ?? 0) >= 2);
}

interface LabelledBlock {
  parsed: ParsedLabel;
  speaker: SpeakerDraft;
}

/**
 * Pass 1: which labels are speakers. Role labels always are; a name label is when it is set in
 * bold before the text, repeats, or is a known speaker's form (a misspelling included).
 */
function readLabels(blocks: Block[], title: string) {
  const types = new Map<string, LabelType | null>();
  const parsed = blocks.map((block) => parseLabel(block, types));
  // Each name label's words, split once per label: they are counted, then looked up for every label.
  const split = new Map<string, string[]>();
  const words = parsed.map((p) => {
    if (p?.type !== 'name') return null;
    let w = split.get(p.label);
    if (!w) split.set(p.label, (w = nameWords(p.label)));
    return w;
  });
  const counts = new Map<string, number>();
  for (const w of words) {
    if (w) for (const word of new Set(w)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const repeated = words.map((w) => w !== null && isRepeated(w, counts));
  const registry = new SpeakerRegistry(introText(blocks, parsed, repeated, title));
  const labels = parsed.map((p, i): LabelledBlock | null => {
    if (!p) return null;
    if (p.type === 'interviewer') return { parsed: p, speaker: registry.interviewer(p.label) };
    if (p.type === 'answer') return { parsed: p, speaker: registry.answerer(p.label) };
    if (!repeated[i] && !isBoldName(p, blocks[i], registry) && !registry.find(p.label)) return null;
    return { parsed: p, speaker: registry.resolveName(p.label) };
  });
  return { registry, labels };
}

/** A bold label seen once is a speaker if it is a full name, or a surname the intro writes out. */
function isBoldName(p: ParsedLabel, block: Block, registry: SpeakerRegistry): boolean {
  return p.bold && !block.allBold && (/[\s·]/.test(p.label) || HAN_NAME.test(p.label) || registry.knowsFullName(p.label));
}

/** Whole bold paragraphs without a label that ask something (The Verge's questions). */
function countBoldQuestions(blocks: Block[], labels: (LabelledBlock | null)[]): number {
  return blocks.filter((b, i) => !labels[i] && isBoldQuestion(b) && hasQuestionMark(b.text)).length;
}

function isBoldQuestion(block: Block): boolean {
  return block.allBold && !NON_TURN_TAGS.has(block.tag) && block.text.length >= 10;
}

/**
 * Who asks, from the labels alone. Role labels (F:, Q:, 问：) and a publication label (ZEIT:)
 * name the interviewer; where every speaker is named, the interviewer is the one whose turns
 * ask. Returns whether the labels named an interviewer; if not, unlabelled bold questions may.
 */
function assignRoles(registry: SpeakerRegistry, labels: (LabelledBlock | null)[], siteName: string | null): boolean {
  const named = registry.drafts.filter((d) => d.origin === 'name');
  for (const d of named) {
    const publication = d.labels.some((l) => PUBLICATION.test(l) || (siteName && l.toLowerCase() === siteName.toLowerCase()));
    d.role = publication ? 'interviewer' : 'interviewee';
  }
  if (registry.drafts.some((d) => d.role === 'interviewer')) return true;
  if (named.length < 2) return false;
  const asks = named.map((d) => {
    const own = labels.filter((l) => l?.speaker === d);
    return { d, share: own.filter((l) => hasQuestionMark(l!.parsed.rest)).length / Math.max(own.length, 1) };
  });
  asks.sort((a, b) => b.share - a.share);
  if (asks[0].share <= asks[1].share || asks[0].share < ASKER_SHARE) return false;
  asks[0].d.role = 'interviewer';
  return true;
}

interface TurnDraft {
  turn: Turn;
  texts: string[];
}

/** Pass 2: paragraphs to turns. */
function walkTurns(
  blocks: Block[],
  labels: (LabelledBlock | null)[],
  registry: SpeakerRegistry,
  boldQuestions: boolean,
  options: SegmentOptions,
) {
  const turns: TurnDraft[] = [];
  const paragraphs: Paragraph[] = blocks.map((b, i) => ({
    text: b.text,
    label: labels[i]?.parsed.label ?? null,
    role: 'other',
    turnId: null,
  }));
  const firstInterviewee = labels.find((l) => l?.speaker.role === 'interviewee')?.speaker ?? null;
  let current: TurnDraft | null = null;
  let lastQuestion: TurnDraft | null = null;
  let lastInterviewee: SpeakerDraft | null = null;
  let pending: SpeakerDraft | null = null;
  let started = false;
  /** The speaker of a turn, or null. */
  const speakerOf = (draft: TurnDraft | null) => (draft ? (registry.drafts.find((d) => d.id === draft.turn.speakerId) ?? null) : null);
  /** An unlabelled paragraph that addresses the interviewee by name is said to them (lang/address.ts). */
  const saidTo = (speaker: SpeakerDraft | null, text: string) =>
    speaker !== null && speaker.role === 'interviewee' && addresses(text, addressNames(speaker), options.lang);

  const open = (speaker: SpeakerDraft | null, kind: Turn['kind'], text: string, i: number) => {
    const id = `t${turns.length + 1}`;
    if (kind === 'answer' && speaker) lastInterviewee = speaker;
    const draft: TurnDraft = {
      turn: { id, speakerId: speaker?.id ?? null, kind, text: '', nonAnswer: null, questionId: kind === 'question' ? id : (lastQuestion?.turn.id ?? null), paragraphs: [] },
      texts: [],
    };
    turns.push(draft);
    if (kind === 'question') lastQuestion = draft;
    current = draft;
    add(draft, text, i);
  };
  const add = (draft: TurnDraft, text: string, i: number) => {
    if (text) draft.texts.push(text);
    draft.turn.paragraphs.push(i);
    paragraphs[i].role = draft.turn.kind;
    paragraphs[i].turnId = draft.turn.id;
  };

  blocks.forEach((block, i) => {
    const labelled = labels[i];
    if (labelled) {
      started = true;
      pending = null;
      const kind = labelled.speaker.role === 'interviewer' ? 'question' : 'answer';
      open(labelled.speaker, kind, labelled.parsed.rest, i);
      return;
    }
    if (NON_TURN_TAGS.has(block.tag)) return;
    if (boldQuestions && isBoldQuestion(block) && (started || hasQuestionMark(block.text))) {
      started = true;
      const cur = current as TurnDraft | null;
      if (cur && cur.turn.kind === 'question' && cur.turn.speakerId === 'interviewer' && !endsWithQuestion(cur.texts.at(-1) ?? '')) {
        add(cur, block.text, i);
      } else {
        open(registry.interviewer(null), 'question', block.text, i);
      }
      return;
    }
    if (!started) return;
    // Narration; the speaker it names is searched for only where it can matter.
    const note = isEditorsNote(block);
    const mentioned = note || introducesQuote(block, options.lang) ? registry.mentionedIn(block.text) : null;
    if (note || mentioned !== null) {
      paragraphs[i].role = 'narration';
      const speaking = speakerOf(current as TurnDraft | null);
      pending = mentioned ?? (speaking?.role === 'interviewee' ? speaking : lastInterviewee);
      current = null;
      return;
    }
    const cur = current as TurnDraft | null;
    if (!cur) {
      if (pending) open(pending, 'answer', block.text, i);
      pending = null;
      return;
    }
    if (cur.turn.kind === 'question') {
      const last = cur.texts.at(-1) ?? '';
      const answerer = lastInterviewee ?? firstInterviewee;
      const continues = !last || (!endsWithQuestion(last) && endsWithQuestion(block.text)) || saidTo(answerer, block.text);
      if (continues) add(cur, block.text, i);
      else open(answerer, 'answer', block.text, i);
      return;
    }
    // "Herr Drosten, ich sage für heute vielen Dank.": the one who asked speaks again.
    if (saidTo(speakerOf(cur), block.text)) open(speakerOf(lastQuestion) ?? registry.interviewer(null), 'question', block.text, i);
    else add(cur, block.text, i);
  });

  return {
    turns: turns.map(({ turn, texts }) => ({ ...turn, text: texts.join('\n\n') })),
    paragraphs,
  };
}

/*
 * Narration inside the interview: an editor's note in italics or brackets, or a short line
 * that names a speaker in the third person and introduces a quote ("Nachdem er aufgelegt
 * hatte, rief Altman ein paar Minuten später zurück:"). Two tests, so that `walkTurns` looks
 * for the speaker named only in lines that can introduce a quote.
 */

/** An editor's note: in italics (and not a question), or in brackets. */
function isEditorsNote(block: Block): boolean {
  if (block.allItalic && !endsWithQuestion(block.text)) return true;
  return /^[[(（【].*[\])）】]$/.test(block.text) && block.text.length < NARRATION_MAX;
}

/** A short line that ends in a colon and does not say "I": narration if it names a speaker. */
function introducesQuote(block: Block, lang: Lang): boolean {
  return block.text.length <= NARRATION_MAX && /[:：]$/.test(block.text) && !FIRST_PERSON_SINGULAR[lang].test(block.text);
}

/** The names a speaker may be addressed by: the full name, every label form, first and last name. */
function addressNames(speaker: SpeakerDraft): string[] {
  const parts = speaker.name.split(/[\s·•・]+/).filter(Boolean);
  return [speaker.name, ...speaker.forms, ...(parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [])];
}

/** Asks something: a question mark anywhere (Latin or fullwidth). */
function hasQuestionMark(text: string): boolean {
  return text.includes('?') || text.includes('？');
}

function conventionOf(registry: SpeakerRegistry, boldQuestions: boolean): string | null {
  const parts: string[] = [];
  if (boldQuestions) parts.push('bold-questions');
  if (registry.drafts.some((d) => d.origin === 'interviewer-label')) parts.push('role-labels');
  if (registry.drafts.some((d) => d.origin === 'answer-label')) parts.push('answer-labels');
  if (registry.drafts.some((d) => d.origin === 'name')) parts.push('name-labels');
  return parts.length ? parts.join('+') : null;
}
