import { documentTitle } from './document-title';
import { FIELD_LABELS, matchesAny } from './lang/labels';
import type { Segmentation } from './segment';
import { endsWithQuestion, INVISIBLE_CHARS, normalizeText, SPACE_CHARS } from './text';
import type { DetectionCode, DetectionEvidence } from './types';

/**
 * Detection, in two steps. `precheck` looks at the live page for a few cheap signs of an
 * interview (speaker labels that recur, bold questions) so that pages with none cost
 * almost nothing: Readability does not run. `decide` then judges the segmented turns and
 * says why, so detection can be debugged.
 */

export interface PageSignals {
  promising: boolean;
  /**
   * Paragraphs opening with a `Label:` that recurs (`F:` ... `F:`, `Lena Vogt-Hartmann:` ...
   * `Vogt-Hartmann:`). Labels seen once (a glossary's terms, a recipe's ingredients) and
   * field names (`Adresse:`, `价格：`) are no sign: the pages built of them are not interviews.
   */
  labelLike: number;
  /** Paragraphs opening in bold that ask a question. */
  boldQuestions: number;
  /** The title says FAQ or help page, which `decide` turns down whatever the labels say. */
  faqTitle: boolean;
  /** The paragraphs that are signs (those counted above): where the interview is on the page. */
  paragraphs: Element[];
}

/** Signs needed before the full analysis runs. */
const MIN_SIGNALS = 4;

/** How much of a paragraph's start the precheck reads. */
const HEAD_CHARS = 60;

/** A `Label:` opening, maybe after a timestamp; cheap and permissive (segmentation is strict). */
const LABEL_START = new RegExp(
  `^[${SPACE_CHARS}${INVISIBLE_CHARS}]*(?:[[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s*)?([^\\s:：?!.。]{1,24}(?:\\s[^\\s:：?!.。]{1,24}){0,3})\\s*(?::(?:\\s|$)|：)`,
  'u',
);

/**
 * Counts the page's signs of an interview, stopping as soon as there are enough; with `all`, reads
 * every paragraph, so `paragraphs` holds all the signs (the extraction looks for the article there).
 */
export function precheck(doc: Document, options: { all?: boolean } = {}): PageSignals {
  const signals: PageSignals = { promising: false, labelLike: 0, boldQuestions: 0, faqTitle: FAQ_TITLE.test(pageTitle(doc)), paragraphs: [] };
  if (signals.faqTitle) return signals;
  /** Each label's first paragraph, counted once the label recurs. */
  const first = new Map<string, Element | null>();
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const label = LABEL_START.exec(leadingText(p, HEAD_CHARS));
    const key = label ? labelKey(label[1]) : null;
    if (key !== null) {
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, p);
      else {
        // The second sight of a label counts both paragraphs.
        if (earlier) signals.paragraphs.push(earlier);
        signals.paragraphs.push(p);
        first.set(key, null);
      }
    } else if (!label && opensBold(p) && hasQuestionMark(p.textContent ?? '')) {
      signals.paragraphs.push(p);
      signals.boldQuestions++;
    }
    signals.labelLike = signals.paragraphs.length - signals.boldQuestions;
    if (enough(signals) && !options.all) return signals;
  }
  return signals;
}

/** Fewest question headings that tell where a page's questions are. */
const MIN_QUESTION_HEADINGS = 3;

/**
 * The headings (h2-h6) that ask a question, where there are a few: where the interview of a page
 * that sets its questions as headings stands. No sign for the precheck (FAQs and how-tos set
 * theirs so too), but where the analysis runs all the same (a toolbar click), they tell the copy
 * Readability reads which chrome it may leave out, as the label and bold signs do
 * (src/core/extract/readability.ts: its choice is checked to read them all, else the whole page
 * is read).
 */
export function questionHeadings(doc: Document): Element[] {
  const body = doc.documentElement ? doc.body : null;
  if (!body) return [];
  const found = Array.from(body.querySelectorAll('h2, h3, h4, h5, h6')).filter((h) => endsWithQuestion(h.textContent ?? ''));
  return found.length >= MIN_QUESTION_HEADINGS ? found : [];
}

/** Marks the signals promising once there are enough of them. */
function enough(signals: PageSignals): boolean {
  if (signals.labelLike + signals.boldQuestions >= MIN_SIGNALS) signals.promising = true;
  return signals.promising;
}

function hasQuestionMark(text: string): boolean {
  return text.includes('?') || text.includes('？');
}

/**
 * What makes two labels the same speaker's: the label's last word, lower-cased, without
 * numbers ("Frage 3" is "frage", "DIE ZEIT" and "ZEIT" are "zeit", "Lena Vogt-Hartmann" and
 * "Vogt-Hartmann" are "vogt-hartmann"). Null for field names, which are never speakers.
 */
function labelKey(raw: string): string | null {
  const label = normalizeText(raw.replace(/\d+/g, ' '));
  if (!label || matchesAny(FIELD_LABELS, label)) return null;
  return label.slice(label.search(/[^\s·•・]*$/)).toLowerCase();
}

/**
 * The title `decide` will see: the page's og:title when it has one (no site name), else its
 * <title>. Read from the head's own children, where meta tags stand: a search of the whole
 * page cost as much as the rest of the precheck.
 */
function pageTitle(doc: Document): string {
  // linkedom's `head` throws where there is no root element (an empty page).
  const head = doc.documentElement ? doc.head : null;
  for (let el = head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.localName === 'meta' && el.getAttribute('property') === 'og:title') return el.getAttribute('content') ?? '';
  }
  return documentTitle(doc);
}

/** The first characters of an element's text, read without building its whole text. */
function leadingText(el: Node, max: number): string {
  const read = { text: '' };
  readLeading(el, max, read);
  return read.text.slice(0, max);
}

/** Appends the text below `node` to `read.text` until it holds `max` characters; true once it does. */
function readLeading(node: Node, max: number, read: { text: string }): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) read.text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && readLeading(child, max, read)) return true;
    if (read.text.length >= max) return true;
  }
  return false;
}

/**
 * The paragraph opens in bold (The Verge's bold questions, `<b>Frage?</b> Antwort`). Questions
 * in headings or italics are no sign here: FAQs, how-tos and listicles set theirs so too, and
 * the precheck is what keeps such pages from costing a Readability pass; the toolbar button
 * reads them all the same.
 */
function opensBold(p: Element): boolean {
  const first = p.firstElementChild;
  return first !== null && (first.localName === 'b' || first.localName === 'strong') && !(p.firstChild?.nodeType === 3 && (p.firstChild.nodeValue ?? '').trim());
}

/** Thresholds of `decide`, named so the evidence can quote them. */
const NEEDED = {
  questions: 2,
  answers: 2,
  alternations: 3,
  /** Below this share of the article in turns, a short Q&A is an excerpt of another text. */
  coverage: 0.4,
  /** An excerpt has fewer turns than this. */
  excerptTurns: 10,
  /** Answer labels (A:, Antwort:) need this share of first-person answers (FAQs are impersonal). */
  firstPerson: 0.3,
  /**
   * Where the questions carry no label (bold, headings) and none addresses the interviewee by
   * name, they speak to someone (you, Sie) this often ...
   */
  structureSecondPerson: 0.25,
  /** ... and the answers speak as I or we this often, unless the page calls itself an interview. */
  structureFirstPerson: 0.3,
  /** At most this share of the questions may speak as I and to no one, for a named interviewee to need no "you". */
  askingForSelf: 0.3,
  /** Both, on a page that does not call itself an interview anywhere (title, introduction). */
  uncalled: { structureSecondPerson: 0.4, structureFirstPerson: 0.5 },
  /** Share of the interviewer's turns that end in a question mark, where only a label in capitals marks them. */
  askingShare: 0.6,
  /** This many answers under masked user names ("j***8：") make a page its users' Q&A. */
  maskedAnswers: 2,
};

/** FAQ and help pages, whose Frage:/Antwort: pairs are not an interview. */
const FAQ_TITLE = /\bFAQs?\b|häufig(?:e|\s+gestellte)\s+fragen|frequently asked|常见问题|帮助中心|help cent(?:er|re)|hilfe/i;

/**
 * Judges the segmented turns: an interview, an excerpt of one, or none. `knowsSpeech`: the
 * page's language is one whose pronouns segmentation reads (without, structure alone judges).
 */
export function decide(seg: Segmentation, title: string, knowsSpeech = true): DetectionEvidence {
  const questions = seg.turns.filter((t) => t.kind === 'question' && !t.remark).length;
  const answers = seg.turns.filter((t) => t.kind === 'answer').length;
  let alternations = 0;
  for (let i = 1; i < seg.turns.length; i++) if (seg.turns[i].kind !== seg.turns[i - 1].kind) alternations++;
  const inTurns = seg.paragraphs.filter((p) => p.turnId !== null).length;
  const coverage = seg.paragraphs.length ? inTurns / seg.paragraphs.length : 0;
  const evidence = {
    convention: seg.convention,
    turns: seg.turns.length,
    questions,
    speakers: seg.speakers.length,
    alternations,
    coverage: Math.round(coverage * 100) / 100,
  };
  const none = (code: DetectionCode, reason: string, params?: Record<string, number>): DetectionEvidence => ({
    kind: 'none',
    code,
    ...(params ? { params } : {}),
    ...evidence,
    reason,
  });
  const firstPerson = Math.round(seg.firstPersonShare * 100);
  const secondPerson = Math.round(seg.secondPersonShare * 100);

  if (seg.turns.length === 0) return none('no-turns', 'no speaker labels and no questions set apart (bold, headings, italics)');
  if (questions < NEEDED.questions) return none('few-questions', `${questions} question(s), need ${NEEDED.questions}`, { questions, needed: NEEDED.questions });
  if (answers < NEEDED.answers) return none('few-answers', `${answers} answer(s), need ${NEEDED.answers}`, { answers, needed: NEEDED.answers });
  if (FAQ_TITLE.test(title)) return none('faq-title', 'the title says FAQ or help page');
  if (seg.answerLabelled && (!seg.answererIntroduced || seg.firstPersonShare < NEEDED.firstPerson)) {
    return none('faq-labels', 'question/answer labels without an introduced interviewee answering in the first person (an FAQ)', { firstPerson });
  }
  // Questions set apart without labels: an interview speaks to a person ("Frau Wendland, ...",
  // you, Sie) who answers as I or we, or says it is one; an FAQ or how-to asks for the reader.
  // Without a word that it is an interview, the evidence must be plainer: a blog post or review
  // whose subheads ask the reader ("Should you buy it?") is answered in its author's first person.
  // Answers under a name label ("Adeyemi: …") are a person's, whatever the questions say, unless
  // the questions ask for the reader ("Can I use dried chickpeas?").
  const namedAnswers = seg.namedAnswers && seg.askingForSelfShare < NEEDED.askingForSelf;
  if (seg.unlabelledQuestions && knowsSpeech && seg.cast.interviewee?.source !== 'address' && !namedAnswers) {
    const least = seg.cast.cue ? NEEDED : NEEDED.uncalled;
    const personal = seg.cast.cue || seg.firstPersonShare >= least.structureFirstPerson;
    // A page that calls itself an interview with someone it names, answered as I or we, needs
    // no "you" in the questions: many ask without one ("Warum schließt der Kreißsaal?"), and
    // Chinese drops the pronoun where it is clear (为什么选择回到家乡？).
    // Not where the questions speak for the reader ("Will my contract change?"): a company's
    // Q&A for its customers calls itself one too, and answers as we.
    const named = seg.cast.cue && seg.cast.interviewee !== null && seg.firstPersonShare >= NEEDED.structureFirstPerson && seg.askingForSelfShare < NEEDED.askingForSelf;
    // Where the language leaves "you" out (Chinese), questions that do not ask for the reader do.
    const unsaid = seg.dropsYou && seg.askingForSelfShare < NEEDED.askingForSelf;
    const spokenTo = named || unsaid || seg.secondPersonShare >= least.structureSecondPerson;
    if (!spokenTo || !personal) {
      return none(
        'impersonal',
        `questions set apart, but ${firstPerson}% of the answers speak as I or we and ${secondPerson}% of the questions speak to someone (an FAQ, a how-to, an explainer, or a writer asking themselves)`,
        { firstPerson, secondPerson },
      );
    }
  }
  if (seg.templatedAnswers) return none('templated', 'most answers open with the same lead-in that names no speaker (a guide with sample answers)');
  if (seg.maskedAnswers >= NEEDED.maskedAnswers) return none('masked-users', 'answers by users whose names are masked ("j***8:"): a shop\'s or forum\'s questions from its users');
  const asked = seg.turns.filter((t) => t.kind === 'question');
  const endInQuestion = asked.filter((t) => endsWithQuestion(t.text)).length;
  if (seg.unknownPublication && knowsSpeech && (seg.firstPersonShare < NEEDED.firstPerson || endInQuestion < asked.length * NEEDED.askingShare)) {
    return none('impersonal', `questions under a label in capitals and ${firstPerson}% of the answers speak as I or we (a document's sections, not a publication asking)`, { firstPerson, secondPerson });
  }
  if (alternations < NEEDED.alternations) {
    return none('few-alternations', `${alternations} question/answer alternations, need ${NEEDED.alternations}`, { alternations, needed: NEEDED.alternations });
  }
  // A page whose title calls it an interview is one, however much else it holds (show notes, a chapter list).
  if (coverage < NEEDED.coverage && seg.turns.length < NEEDED.excerptTurns && !seg.cast.titled) {
    const percent = Math.round(coverage * 100);
    return { kind: 'excerpt', code: 'excerpt', params: { coverage: percent }, ...evidence, reason: `a short Q&A covering ${percent}% of the text` };
  }
  return {
    kind: 'interview',
    code: 'interview',
    ...evidence,
    reason: `${questions} questions and ${answers} answers by ${seg.speakers.length} speakers (${seg.convention})`,
  };
}
