import type { Block } from '../extract';
import { asks, speechOf } from '../lang/speech';
import type { SegmentLang } from '../types';

/**
 * Which blocks ask, on pages whose questions carry no label: most interviews on the web set
 * their questions apart (bold, a heading, italics, a class of their own) and leave the answers
 * plain. In the spirit of jusText, each block gets a few cheap marks first (how it is set
 * apart: bold, italics, a blockquote, a definition list's term, a heading, a class; whether it asks); then the page's convention is the mark whose blocks mostly ask and
 * are followed by plain ones. A bold question with its answer in the same paragraph
 * (`<b>Frage?</b> Antwort`) is the bold mark too: `leadOf` gives where its question ends.
 */

/** How a block is set apart from the text around it; a heading by its level (H2, H3). */
export type QuestionMark = 'bold' | 'italic' | 'quote' | 'term' | `heading:${string}` | `class:${string}`;

export interface QuestionStyle {
  mark: QuestionMark;
  /** How many blocks of the mark ask: the page's questions. */
  asking: number;
}

/** Thresholds, named so that the detection's reasons can quote them. */
const STYLE = {
  /** Asking blocks a mark needs to be the page's convention ... */
  minAsking: 3,
  /** ... or this many on a site whose house style it is. */
  minAskingHouseStyle: 2,
  /** Share of a mark's blocks that ask (the rest: the interviewer's statements, subheads). */
  askingShare: 0.5,
  /** Share of its asking blocks followed by a plain block (or holding their answer). */
  answeredShare: 0.6,
  /** A class shared by more than this share of the blocks marks nothing. */
  classShare: 0.6,
  /** Shortest bold lead that can be a question of its own in a paragraph. */
  minLead: 4,
};

const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** The marks of one block. */
export function marksOf(block: Block): QuestionMark[] {
  const marks: QuestionMark[] = [];
  if (HEADINGS.has(block.tag)) marks.push(`heading:${block.tag}`);
  else {
    if (block.allBold || leadOf(block) > 0) marks.push('bold');
    if (block.allItalic) marks.push('italic');
    if (block.quoted) marks.push('quote');
    // A definition list's terms: the questions, the answers their descriptions (`<dt>`, `<dd>`).
    if (block.tag === 'DT') marks.push('term');
  }
  if (block.className) marks.push(`class:${block.className}`);
  return marks;
}

/**
 * Where the bold question a paragraph opens with ends, when its answer follows in the same
 * paragraph: `<b>Frage?</b> Antwort` gives the length of "Frage?"; 0 for a paragraph without
 * such a lead (all bold, no bold, or a bold label "Name:").
 */
export function leadOf(block: Block): number {
  const lead = block.boldLead;
  if (block.allBold || lead.length < STYLE.minLead || !block.text.startsWith(lead)) return 0;
  if (/[:：]$/.test(lead)) return 0;
  return lead.length;
}

/** The question part of a block under `mark`: a bold lead, or the whole block. */
export function questionText(block: Block, mark: QuestionMark): string {
  if (mark === 'bold' && !block.allBold) return block.text.slice(0, leadOf(block));
  return block.text;
}

/** True when the block carries the mark. */
export function hasMark(block: Block, mark: QuestionMark): boolean {
  if (mark.startsWith('heading:')) return block.tag === mark.slice('heading:'.length);
  if (mark === 'bold') return !HEADINGS.has(block.tag) && (block.allBold || leadOf(block) > 0);
  if (mark === 'italic') return !HEADINGS.has(block.tag) && block.allItalic;
  if (mark === 'quote') return !HEADINGS.has(block.tag) && block.quoted === true;
  if (mark === 'term') return block.tag === 'DT';
  return block.className === mark.slice('class:'.length);
}

/**
 * A block under the mark that speaks to the interviewee: it asks, invites them to go on ("Das
 * müssen Sie erklären …") or says "you". Other blocks under the mark (a bold teaser, a subhead
 * set like the questions) are not the interviewer's.
 */
export function isQuestionLike(text: string, lang: SegmentLang | null): boolean {
  if (asks(text, lang)) return true;
  if (/(?:…|\.\.\.)["“”»]?$/.test(text)) return true;
  const speech = speechOf(lang);
  return speech !== null && speech.secondPerson.test(text);
}

/**
 * The page's question convention: the mark whose blocks mostly ask and are answered by plain
 * blocks, the one with the most questions; null when no mark has enough. `skip` leaves out
 * blocks that are read otherwise (labelled ones).
 */
export function questionStyle(blocks: Block[], lang: SegmentLang | null, houseStyle: boolean, skip: (i: number) => boolean): QuestionStyle | null {
  const classCounts = new Map<string, number>();
  for (const block of blocks) if (block.className) classCounts.set(block.className, (classCounts.get(block.className) ?? 0) + 1);
  const stats = new Map<QuestionMark, { blocks: number; asking: number; answered: number }>();
  blocks.forEach((block, i) => {
    if (skip(i)) return;
    for (const mark of marksOf(block)) {
      if (mark.startsWith('class:') && (classCounts.get(block.className) ?? 0) > blocks.length * STYLE.classShare) continue;
      const stat = stats.get(mark) ?? { blocks: 0, asking: 0, answered: 0 };
      stat.blocks++;
      if (asks(questionText(block, mark), lang)) {
        stat.asking++;
        const next = blocks[i + 1];
        const holdsAnswer = mark === 'bold' && !block.allBold;
        if (holdsAnswer || (next !== undefined && !hasMark(next, mark) && !HEADINGS.has(next.tag))) stat.answered++;
      }
      stats.set(mark, stat);
    }
  });
  const minAsking = houseStyle ? STYLE.minAskingHouseStyle : STYLE.minAsking;
  let best: QuestionStyle | null = null;
  for (const [mark, stat] of stats) {
    if (stat.asking < minAsking || stat.asking < stat.blocks * STYLE.askingShare || stat.answered < stat.asking * STYLE.answeredShare) continue;
    if (!best || stat.asking > best.asking) best = { mark, asking: stat.asking };
  }
  return best;
}
