import type { Block } from '../extract';
import { SELF_INTERVIEWER } from '../lang/labels';
import { isHanSurname } from '../lang/cues';
import { speechOf } from '../lang/speech';
import type { Paragraph, SegmentLang, Speaker, Turn } from '../types';
import { isPersonName, readCast, realName, type Cast } from './cast';
import { GENERIC_SPEAKER, HAN_NAME, isPublicationLabel, parseLabel, PUBLICATION, type LabelType, type ParsedLabel } from './labels';
import { hasMark, isQuestionLike, questionStyle, questionText, type QuestionStyle } from './question-style';
import { acronymOf, SpeakerRegistry, type SpeakerDraft } from './speakers';
import { addressNames, walkTurns, type LabelledBlock } from './walk';

export { isNameShaped, parseLabel, type ParsedLabel } from './labels';

/**
 * Segmentation: the article's paragraphs become question and answer turns by speaker.
 *
 * 1. Labels ("Altman:", "F:", "问：", "[00:07:45] Ana Ruiz:") are read from each paragraph.
 * 2. Where the questions carry no label, the page's question style is read: the mark (bold,
 *    heading, italics, a class) whose paragraphs ask and are answered by plain ones.
 * 3. Which labels are speakers: role labels always, name labels that recur, stand in bold, or
 *    open a question or the first answer once ("Nikolai Huke: ...", "fluter.de: ...").
 * 4. Who takes part where no label says: the cast the title, introduction, credits, byline and
 *    the questions' address name (cast.ts).
 * 5. Roles follow from the labels or, where every speaker is named, from who asks.
 * 6. The paragraphs are walked into turns (walk.ts).
 */

export interface Segmentation {
  speakers: Speaker[];
  turns: Turn[];
  /** The article's paragraphs as the reader meets them: a block, or part of one (a question and its answer in one paragraph). */
  paragraphs: Paragraph[];
  /** The block each paragraph came from. */
  sources: number[];
  /** The conventions the page followed, e.g. 'role-labels+name-labels', 'bold-questions'. */
  convention: string | null;
  /** Answer labels (A:, Antwort:) open most answers: the convention of FAQs as well as of Q&As. */
  answerLabelled: boolean;
  /** Answer labels (A:, Antwort:) were used and the interviewee was found in the introduction. */
  answererIntroduced: boolean;
  /** Share of answer turns written in the first person (interviews; FAQs are impersonal). */
  firstPersonShare: number;
  /** Share of question turns that speak to someone (you, Sie, du, an address by name). */
  secondPersonShare: number;
  /** Share of question turns that speak as I or we and to no one ("Will my contract change?": a reader asks). */
  askingForSelfShare: number;
  /** The language's questions leave out "you" where it is clear (Chinese): `secondPersonShare` says little. */
  dropsYou: boolean;
  /** Half the answers or more carry their speaker's name as a label ("Adeyemi:"): a person answers, not a page. */
  namedAnswers: boolean;
  /** Who the page names beside the labels, and whether it calls itself an interview. */
  cast: Cast;
  /** The questions carry no label: the page's style (bold, headings ...) made them questions. */
  unlabelledQuestions: boolean;
  /** The questions' only label is a word in capitals the page does not name itself by (HELP:, NOTE:). */
  unknownPublication: boolean;
  /**
   * Most answers open with the same bold lead-in that names no speaker ("Why they ask it:",
   * "Sample answer:"): an advice page's template, not a person answering.
   */
  templatedAnswers: boolean;
  /** Answer paragraphs that open with a user's masked name ("j***8：", "小***鱼："): a shop's or forum's users answering. */
  maskedAnswers: number;
}

export interface SegmentOptions {
  /** The page's language where segmentation knows its speech, else null (structure alone). */
  lang: SegmentLang | null;
  /** Title, bylines and site name: where full names and publication names are read from. */
  title: string;
  /** The page's authors as its metadata and byline name them, most reliable first. */
  bylines?: string[];
  /** The page's own description (meta description): it often names who speaks. */
  description?: string | null;
  /** Lines the extraction left out as boilerplate (credits, sources): read for the interviewer's credit only. */
  creditLines?: string[];
  siteName: string | null;
  /** The site sets questions as whole bold paragraphs with no label (The Verge). */
  boldQuestions: boolean;
}

/** Shortest name word that makes two labels one person ("Seeler" does, "Li" is too short). */
const MIN_NAME_WORD = 2;

/** Share of a named speaker's turns that ask, for that speaker to be the interviewer. */
const ASKER_SHARE = 0.3;

/** ... where the page also sets questions apart without a label. */
const STYLED_ASKER_SHARE = 0.5;

/** Segments the article's paragraphs into turns. */
export function segment(blocks: Block[], options: SegmentOptions): Segmentation {
  const types = new Map<string, LabelType | null>();
  if (options.lang === 'zh' && SELF_INTERVIEWER.title.test(options.title)) types.set(SELF_INTERVIEWER.label, 'interviewer');
  // Each paragraph's label, then what only the page as a whole tells: a surname that is also a
  // field's name, role letters with a period, Chinese surnames alone, labels closed by a dash.
  let parsed = blocks.map((block) => parseLabel(block, types, options.siteName));
  parsed = pairedDots(surnameLabels(blocks, parsed, types, options.siteName));
  parsed = dashLabels(blocks, hanSurnameLabels(blocks, parsed, options), types, options.siteName);
  const lines = attachSpeakerLines(blocks, parsed);
  const strong = strongLabels(blocks, parsed);
  const style = questionStyle(blocks, options.lang, options.boldQuestions, (i) => strong[i]);
  const input = castInput(blocks, parsed, strong, style, options);
  const cast = readCast(input);
  const registry = new SpeakerRegistry(introText(blocks, parsed, strong, options.title), {
    interviewee: cast.interviewee?.name ?? null,
    interviewer: cast.interviewer?.name ?? null,
  });
  const labels = resolveLabels(blocks, parsed, strong, style, registry, options);
  const labelledInterviewer = assignRoles(registry, labels, options.siteName, style !== null, cast.interviewee?.name ?? null);
  if (labelledInterviewer && cast.interviewee) addHosts(registry, labels, cast.interviewee.name);
  nameGenericSpeakers(registry, cast);
  // Labels by nickname ("宁宁：", "Kevin：") for the names the introduction gives ("周以宁（宁宁）").
  const intro = input.intro.join('\n');
  for (const d of registry.drafts) if (d.origin === 'name') d.name = realName(d.name, intro);
  // A publication's label (CSDN：, ZEIT:) stands for the person the page credits with the questions;
  // so does a programme's ("SWW Aktuell:") where a credit names that person.
  if (cast.interviewer) {
    const credited = cast.interviewer.source === 'credit';
    // A Han label is a person's where it opens with a common surname ("林晓"), not "硬壳".
    const standsIn = (l: string) => isPublicationLabel(l, options.siteName) || (credited && !isPersonName(l) && !(HAN_NAME.test(l) && isHanSurname(l[0])));
    for (const d of registry.drafts) {
      // Its short form too: "GA" after "Gazeta do Agreste".
      const short = (l: string) => d.labels.some((other) => other !== l && standsIn(other) && acronymOf(other) === l);
      if (d.role === 'interviewer' && d.origin === 'name' && d.labels.every((l) => standsIn(l) || short(l))) d.name = cast.interviewer.name;
    }
  }
  // Unlabelled questions count where the labels do not already ask most questions themselves.
  const labelledQuestions = labels.filter((l) => l?.speaker.role === 'interviewer').length;
  const questions = style && (!labelledInterviewer || labelledQuestions < style.asking) ? style : null;
  const walk = walkTurns(blocks, labels, registry, questions, options, lines);
  const used = new Set(walk.turns.map((t) => t.speakerId));
  const speech = speechOf(options.lang);
  const answers = walk.turns.filter((t) => t.kind === 'answer');
  const asked = walk.turns.filter((t) => t.kind === 'question');
  const share = (turns: Turn[], test: (t: Turn) => boolean) => (turns.length ? turns.filter(test).length / turns.length : 0);
  const names = registry.drafts.filter((d) => d.role === 'interviewee' && !d.unnamed).flatMap((d) => [...d.forms]);
  return {
    // The interviewer first, then the interviewees in order of appearance.
    speakers: registry
      .toSpeakers()
      .filter((s) => used.has(s.id))
      .sort((a, b) => Number(b.role === 'interviewer') - Number(a.role === 'interviewer')),
    turns: walk.turns,
    paragraphs: walk.paragraphs,
    sources: walk.sources,
    convention: conventionOf(registry, questions),
    answerLabelled: labels.filter((l) => l?.parsed.type === 'answer').length * 2 > answers.length,
    answererIntroduced: registry.hasIntroducedAnswerer() || (cast.interviewee !== null && registry.drafts.some((d) => d.origin === 'answer-label')),
    firstPersonShare: speech ? share(answers, (t) => speech.firstPerson.test(t.text)) : 0,
    secondPersonShare: speech ? share(asked, (t) => speech.secondPerson.test(t.text) || opensWithName(t.text, names)) : 0,
    askingForSelfShare: speech ? share(asked, (t) => speech.firstPerson.test(t.text) && !speech.secondPerson.test(t.text)) : 0,
    dropsYou: speech?.dropsYou === true,
    namedAnswers: answers.length > 0 && labels.filter((l) => l?.speaker.role === 'interviewee' && l.speaker.origin === 'name').length * 2 >= answers.length,
    cast,
    unlabelledQuestions: questions !== null,
    unknownPublication: registry.drafts.some((d) => d.role === 'interviewer' && d.labels.length > 0 && d.labels.every((l) => PUBLICATION.test(l) && !namesItself(l, options))),
    templatedAnswers: templated(answers, blocks, walk.sources, labels),
    maskedAnswers: answers.flatMap((t) => t.paragraphs).filter((p) => MASKED_NAME.test(walk.paragraphs[p].text)).length,
  };
}

/** A user's name as shops and forums show it, its middle hidden, before a colon: "j***8：", "小***鱼：". */
const MASKED_NAME = /^[\p{L}\p{N}_]{0,12}\*{2,}[\p{L}\p{N}_]{0,12}\s*[:：]/u;

/**
 * Numbered speakers ("Speaker 1:", "Speaker 2:") are the people the page names: the one who asks
 * is the interviewer it names, the one who answers (where one does) the interviewee.
 */
function nameGenericSpeakers(registry: SpeakerRegistry, cast: Cast): void {
  const generic = registry.drafts.filter((d) => d.origin === 'name' && d.labels.length > 0 && d.labels.every((l) => GENERIC_SPEAKER.test(l)));
  const answering = generic.filter((d) => d.role === 'interviewee');
  for (const d of generic) {
    const name = d.role === 'interviewer' ? cast.interviewer?.name : answering.length === 1 ? cast.interviewee?.name : undefined;
    if (name) d.name = name;
  }
}

/** Fewest answers, and share of them, that open with one lead-in for a page to be a template. */
const TEMPLATE_ANSWERS = 3;
const TEMPLATE_SHARE = 0.5;

/** Two words or more, or three Han characters, before the colon. */
const LEAD_IN_PHRASE = /^(?:\S+\s+\S.*|\p{Script=Han}{3,})[:：]$/u;

/** Most answers open with the same bold words ending in a colon, read as no speaker's label. */
function templated(answers: Turn[], blocks: readonly Block[], sources: readonly number[], labels: readonly (LabelledBlock | null)[]): boolean {
  const counts = new Map<string, number>();
  for (const turn of answers) {
    const source = sources[turn.paragraphs[0]];
    const lead = blocks[source]?.boldLead.trim() ?? '';
    // A phrase ("Sample answer:", "参考回答："), not a letter or initials a label might be ("R :").
    if (!labels[source] && LEAD_IN_PHRASE.test(lead)) counts.set(lead, (counts.get(lead) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  return most >= TEMPLATE_ANSWERS && most >= answers.length * TEMPLATE_SHARE;
}

/**
 * The page names itself with the capitals label: ZEIT: on ZEIT ONLINE, CSDN： on CSDN.NET. Elsewhere
 * such a label may head a section of a document (HELP:, BUGS FIXED:) as well as name a publication.
 */
function namesItself(label: string, options: SegmentOptions): boolean {
  const own = `${options.title} ${options.siteName ?? ''} ${(options.bylines ?? []).join(' ')}`.toLowerCase();
  return label.split(' ').some((w) => w.length >= 3 && own.includes(w.toLowerCase()));
}

/**
 * Labels on a line of their own (`ParsedLabel.line`). A block that holds only a label hands it
 * to the block under it, which that speaker says; the label's own block is in no turn (the
 * indices returned). Labels in capitals without a colon count only where one of them names a
 * role ("INTERVIEWER" above "QUIST"): else they are a page's shouting ("ADVERTISEMENT").
 */
function attachSpeakerLines(blocks: Block[], parsed: (ParsedLabel | null)[]): Set<number> {
  const lines = new Set<number>();
  const capitalsRole = parsed.some((p) => p?.line === 'capitals' && p.type !== 'name');
  parsed.forEach((p, i) => {
    if (!p?.line) return;
    if (p.line === 'capitals' && !capitalsRole) parsed[i] = null;
    else if (!p.rest) {
      parsed[i] = null;
      const next = blocks[i + 1];
      if (!next || parsed[i + 1] || HEADING_TAG.test(next.tag)) return;
      parsed[i + 1] = { ...p, rest: next.text, bold: false, above: true };
      lines.add(i);
    }
  });
  return lines;
}

const HEADING_TAG = /^H[1-6]$/;

/**
 * A surname that is also a field's name ("PRICE:" after "DARNELL PRICE:", "Koch:" after "Anna
 * Koch:") is the speaker's short label where the page gives the full name as a label: the
 * paragraphs it was turned down on are read again.
 */
function surnameLabels(blocks: Block[], parsed: (ParsedLabel | null)[], types: Map<string, LabelType | null>, siteName: string | null): (ParsedLabel | null)[] {
  let changed = false;
  for (const p of parsed) {
    const last = p?.type === 'name' ? p.label.split(' ') : [];
    const surname = last.length >= 2 ? last[last.length - 1] : '';
    if (surname && types.get(surname) === null) {
      types.set(surname, 'name');
      changed = true;
    }
  }
  return changed ? parsed.map((p, i) => p ?? parseLabel(blocks[i], types, siteName)) : parsed;
}

/** A bold run that is a label closed by a dash instead of a colon: "Mestra Zezé –", "GA -". */
const BOLD_DASH_LABEL = /^(\S.{0,39}?)\s*[–—-]$/u;

/** Fewest different bold dash labels, and fewest paragraphs they open, that make a convention (a dateline "Berlin –" opens one). */
const DASH_LABELS_MIN = 2;
const DASH_LABELLED_MIN = 4;

/**
 * Labels set in bold and closed by a dash ("**Gazeta do Agreste –** Como a senhora …", "**Zezé –**
 * Escondida."), as Brazilian and Spanish papers write them: read as the same labels with a
 * colon, where two or more of them open four paragraphs or more.
 */
function dashLabels(blocks: Block[], parsed: (ParsedLabel | null)[], types: Map<string, LabelType | null>, siteName: string | null): (ParsedLabel | null)[] {
  const dashed = new Map<number, string>();
  blocks.forEach((block, i) => {
    const label = parsed[i] || !block.boldLead ? null : BOLD_DASH_LABEL.exec(block.boldLead)?.[1];
    if (label && block.text.length > block.boldLead.length) dashed.set(i, label);
  });
  if (dashed.size < DASH_LABELLED_MIN || new Set(dashed.values()).size < DASH_LABELS_MIN) return parsed;
  return parsed.map((p, i) => {
    const label = dashed.get(i);
    if (!label) return p;
    const rest = blocks[i].text.slice(blocks[i].boldLead.length).trim();
    const read = parseLabel({ ...blocks[i], text: `${label}: ${rest}`, boldLead: `${label}:` }, types, siteName);
    return read && { ...read, written: blocks[i].boldLead };
  });
}

/** A paragraph that opens with one Han character and a colon: "林：", "**陳：**". */
const ONE_HAN_LABEL = /^(\p{Script=Han})\s*[：:]\s*/u;

/** Fewest paragraphs each surname label opens, and fewest speakers so labelled. */
const SURNAME_LABEL_MIN = 2;

/**
 * A dialogue labelled by surnames alone ("林：", "陳：", "吳：", a Taiwanese magazine's 對談): a
 * one-character label that is a common surname and opens two paragraphs or more stands for the
 * full name the title or introduction writes with it ("林靜宜"), the most often written one; two
 * such speakers at least, else a lone character and a colon is no convention.
 */
function hanSurnameLabels(blocks: Block[], parsed: (ParsedLabel | null)[], options: SegmentOptions): (ParsedLabel | null)[] {
  if (options.lang !== 'zh') return parsed;
  const at = new Map<string, number[]>();
  blocks.forEach((block, i) => {
    const surname = parsed[i] ? null : ONE_HAN_LABEL.exec(block.text)?.[1];
    if (surname && isHanSurname(surname)) at.set(surname, [...(at.get(surname) ?? []), i]);
  });
  const labelled = [...at].filter(([, where]) => where.length >= SURNAME_LABEL_MIN);
  if (labelled.length < SURNAME_LABEL_MIN) return parsed;
  const first = Math.min(...labelled.map(([, where]) => where[0]));
  const intro = [options.title, options.description ?? '', ...blocks.slice(0, first).map((b) => b.text)].join('\n');
  const names = new Map<string, string>();
  for (const [surname] of labelled) {
    const counts = new Map<string, number>();
    for (const m of intro.matchAll(new RegExp(`${surname}\\p{Script=Han}{2}`, 'gu'))) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) names.set(surname, best[0]);
  }
  if (names.size < SURNAME_LABEL_MIN) return parsed;
  return parsed.map((p, i) => {
    const m = p ? null : ONE_HAN_LABEL.exec(blocks[i].text);
    const name = m ? names.get(m[1]) : undefined;
    if (!m || !name) return p;
    return { label: name, written: m[1], rest: blocks[i].text.slice(m[0].length), type: 'name', bold: blocks[i].boldLead.startsWith(m[1]) };
  });
}

/** Role letters with a period ("Q. …", "R. …") count only where both kinds recur: else they are initials. */
function pairedDots(parsed: (ParsedLabel | null)[]): (ParsedLabel | null)[] {
  const asked = parsed.filter((p) => p?.dotted && p.type === 'interviewer').length;
  const answered = parsed.filter((p) => p?.dotted && p.type === 'answer').length;
  if (asked >= 2 && answered >= 2) return parsed;
  return parsed.map((p) => (p?.dotted ? null : p));
}

/** The text opens by naming one of the interviewee's forms ("Rhys, didn't ...", "Frau Wendland, ..."). */
function opensWithName(text: string, names: string[]): boolean {
  const opening = text.slice(0, 40).toLowerCase();
  return names.some((name) => name.length >= 2 && opening.includes(name + ','));
}

/**
 * Labels that are speakers whatever else the page does: role labels (F:, Q:, 问：), name labels
 * that recur ("Katrin Seeler" once, "Seeler" later), and names set in bold before the text.
 */
function strongLabels(blocks: Block[], parsed: (ParsedLabel | null)[]): boolean[] {
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
  return parsed.map((p, i) => p !== null && (p.type !== 'name' || isRepeated(words[i] ?? [], counts)));
}

/** The words of a name label. */
function nameWords(label: string): string[] {
  return label.toLowerCase().split(/[\s·•・]+/);
}

/** A word of the label names a speaker of two or more labels ("Katrin Seeler" once, "Seeler" later). */
function isRepeated(words: string[], counts: Map<string, number>): boolean {
  return words.some((word) => word.length >= MIN_NAME_WORD && (counts.get(word) ?? 0) >= 2);
}

/** The title and the paragraphs before the first speaker's label: where speakers are introduced. */
function introText(blocks: Block[], parsed: (ParsedLabel | null)[], strong: boolean[], title: string): string {
  const intro = [title];
  for (let i = 0; i < blocks.length; i++) {
    if (parsed[i] && strong[i]) break;
    intro.push(blocks[i].text);
  }
  return intro.join(' \n ');
}

/** What the cast is read from: the introduction up to the first question, the questions, every paragraph. */
function castInput(blocks: Block[], parsed: (ParsedLabel | null)[], strong: boolean[], style: QuestionStyle | null, options: SegmentOptions) {
  const isQuestion = (i: number) =>
    (parsed[i] !== null && strong[i] && parsed[i]!.type === 'interviewer') ||
    (style !== null && hasMark(blocks[i], style.mark) && isQuestionLike(questionText(blocks[i], style.mark), options.lang));
  const first = blocks.findIndex((_, i) => isQuestion(i) || (parsed[i] !== null && strong[i]));
  const questions: string[] = [];
  blocks.forEach((block, i) => {
    if (!isQuestion(i)) return;
    const p = parsed[i];
    questions.push(p ? p.rest : style ? questionText(block, style.mark) : block.text);
  });
  return {
    lang: options.lang,
    title: options.title,
    bylines: options.bylines ?? [],
    description: options.description ?? null,
    siteName: options.siteName,
    intro: blocks.slice(0, first < 0 ? Math.min(blocks.length, 5) : first).map((b) => b.text),
    questions,
    all: blocks.map((b) => b.text),
    creditLines: options.creditLines ?? [],
  };
}

/**
 * Pass 1: which labels are speakers. Strong labels always are; a name label seen once is when it
 * is set in bold before the text, names a known speaker (a misspelling included), opens a
 * question ("Nikolai Huke: Wo ...?", "fluter.de: ...": the interviewer), or opens the first
 * answer after a question with a full name ("Tareq Salem: Ich ...": the interviewee).
 */
function resolveLabels(
  blocks: Block[],
  parsed: (ParsedLabel | null)[],
  strong: boolean[],
  style: QuestionStyle | null,
  registry: SpeakerRegistry,
  options: SegmentOptions,
): (LabelledBlock | null)[] {
  const styledQuestion = (i: number) => style !== null && hasMark(blocks[i], style.mark) && isQuestionLike(blocks[i].text, options.lang);
  const labels: (LabelledBlock | null)[] = [];
  /** The block before is a question: set apart, or under a label that was read as the interviewer's. */
  let afterQuestion = false;
  parsed.forEach((p, i) => {
    const label = p ? resolveLabel(p, i) : null;
    labels.push(label);
    afterQuestion = label ? label.speaker.role === 'interviewer' : styledQuestion(i);
  });
  return labels;

  function resolveLabel(p: ParsedLabel, i: number): LabelledBlock | null {
    if (p.type === 'interviewer') return { parsed: p, speaker: registry.interviewer(p.label) };
    if (p.type === 'answer') return { parsed: p, speaker: registry.answerer(p.label) };
    // A name with the role of one who asks: "RENEE HOLLOWAY, HOST:".
    if (p.asks) {
      const speaker = registry.resolveName(p.label);
      speaker.role = 'interviewer';
      return { parsed: p, speaker };
    }
    if (strong[i] || isBoldName(p, blocks[i], registry) || registry.find(p.label)) return { parsed: p, speaker: registry.resolveName(p.label) };
    // Once, on a question: the interviewer's name or the publication's ("Nikolai Huke:", "SPIEGEL:").
    if (styledQuestion(i) || (isPublicationLabel(p.label, options.siteName) && hasQuestionMark(p.rest))) {
      const speaker = registry.resolveName(p.label);
      speaker.role = 'interviewer';
      return { parsed: p, speaker };
    }
    // Once, on the answer to it: the interviewee's full name ("Tareq Salem:").
    if (afterQuestion && (/\s/.test(p.label) || HAN_NAME.test(p.label)) && !isPublicationLabel(p.label, options.siteName)) {
      return { parsed: p, speaker: registry.resolveName(p.label) };
    }
    return null;
  }
}

/** A bold label seen once is a speaker if it is a full name, or a surname the intro writes out. */
function isBoldName(p: ParsedLabel, block: Block, registry: SpeakerRegistry): boolean {
  return p.bold && !block.allBold && (/[\s·]/.test(p.label) || HAN_NAME.test(p.label) || registry.knowsFullName(p.label));
}

/**
 * Who asks, from the labels alone. Role labels (F:, Q:, 问：), a publication label (ZEIT:) and a
 * name on a question name the interviewer; where every speaker is named, the interviewer is the
 * one whose turns ask. Returns whether the labels named an interviewer.
 */
function assignRoles(registry: SpeakerRegistry, labels: (LabelledBlock | null)[], siteName: string | null, styledQuestions: boolean, interviewee: string | null): boolean {
  // A word of the interviewee's name in capitals ("GRABOWSKI:") is theirs, not a publication's ("ZEIT:").
  const names = new Set(interviewee?.toLowerCase().split(/\s+/) ?? []);
  const named = registry.drafts.filter((d) => d.origin === 'name');
  // Where a role label asks ("INTERVIEWER"), a name in capitals is the one who answers ("QUIST").
  const roleAsks = registry.drafts.some((d) => d.origin === 'interviewer-label');
  for (const d of named) {
    if (d.role === 'interviewer') continue;
    // Every label a publication's: "PRIYA:" after "PRIYA RAMAN:" is a person's first name.
    const publication = !roleAsks && d.labels.every((l) => isPublicationLabel(l, siteName) && !names.has(l.toLowerCase()));
    d.role = publication ? 'interviewer' : 'interviewee';
  }
  if (registry.drafts.some((d) => d.role === 'interviewer')) return true;
  if (named.length < 2) return false;
  const asks = named.map((d) => ({ d, share: askingShare(d, labels) }));
  asks.sort((a, b) => b.share - a.share);
  // Where the page sets its questions apart (bold, headings), they are the questions: a named
  // speaker who asks back now and then ("Ehrlich? Über sechzigmal.") is one who answers.
  const least = styledQuestions ? STYLED_ASKER_SHARE : ASKER_SHARE;
  if (asks[0].share <= asks[1].share || asks[0].share < least) return false;
  asks[0].d.role = 'interviewer';
  return true;
}

/** Share of a speaker's labelled turns that ask. */
function askingShare(d: SpeakerDraft, labels: (LabelledBlock | null)[]): number {
  const own = labels.filter((l) => l?.speaker === d);
  return own.filter((l) => hasQuestionMark(l!.parsed.rest)).length / Math.max(own.length, 1);
}

/**
 * A show with two hosts: where the page names who is interviewed and the labels name that guest,
 * every other named speaker who acts as a host as often as an interviewer asks is a host too:
 * they ask, or turn to the guest by name ("Tapping with what?", "Odile Marchetti, thank you so
 * much."). Thanks alone say nothing: the guest thanks the hosts as well.
 */
function addHosts(registry: SpeakerRegistry, labels: (LabelledBlock | null)[], interviewee: string): void {
  const guest = registry.find(interviewee);
  if (!guest || guest.role !== 'interviewee') return;
  const names = addressNames(guest).map((name) => name.toLowerCase());
  const hosting = (text: string) => hasQuestionMark(text) || names.some((name) => text.toLowerCase().startsWith(`${name},`));
  for (const d of registry.drafts) {
    if (d === guest || d.origin !== 'name' || d.role !== 'interviewee') continue;
    const own = labels.filter((l) => l?.speaker === d);
    if (own.filter((l) => hosting(l!.parsed.rest)).length >= own.length * ASKER_SHARE) d.role = 'interviewer';
  }
}

/** Asks something: a question mark anywhere (Latin or fullwidth). */
function hasQuestionMark(text: string): boolean {
  return text.includes('?') || text.includes('？');
}

function conventionOf(registry: SpeakerRegistry, questions: QuestionStyle | null): string | null {
  const parts: string[] = [];
  if (questions) parts.push(`${questions.mark.split(':')[0]}-questions`);
  if (registry.drafts.some((d) => d.origin === 'interviewer-label')) parts.push('role-labels');
  if (registry.drafts.some((d) => d.origin === 'answer-label')) parts.push('answer-labels');
  if (registry.drafts.some((d) => d.origin === 'name')) parts.push('name-labels');
  return parts.length ? parts.join('+') : null;
}
