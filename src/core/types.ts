/**
 * The one typed result of the analysis, and the types its stages pass along.
 * `Analysis` is the CLI's JSON contract (see README, "The analyze JSON"): the fields named
 * there stay stable; fields added later must be optional to readers.
 */

/** Languages the analysis knows (label patterns, non-answer phrases, knowledge base). */
export type Lang = 'en' | 'de' | 'zh';

/**
 * Languages whose speech segmentation reads (pronouns, forms of address, interview cues):
 * the three above and other languages whose interviews are read by their structure.
 */
export type SegmentLang = Lang | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'ru';

/** Which site adapter handled the page. */
export type SiteId = 'theverge' | 'ifanr' | 'generic';

export type Role = 'interviewer' | 'interviewee';

export interface Speaker {
  id: string;
  /** The fullest form of the name seen on the page or in its introduction. */
  name: string;
  /** Every other form the page used for this speaker (labels, misspellings, short names). */
  aliases: string[];
  role: Role;
  /** The page never names this speaker: `name` is the role ("Interviewer", "Interviewee"), which the UI shows in its own language. */
  unnamed?: boolean;
}

/** How an answer turn answers its question (clear reply / ambivalent / clear non-reply). */
export type Verdict = 'answer' | 'partial' | 'non-answer';

/** Why an answer is not (fully) an answer. */
export type NonAnswerReason =
  | 'declines'
  | 'redirects'
  | 'postpones'
  | 'ignorance'
  | 'clarification'
  | 'sidestep';

export interface NonAnswer {
  reason: NonAnswerReason;
  /** The exact words in the answer that show it. */
  evidence: string;
}

/** What the classifier says of one answer. */
export interface Classification {
  verdict: Verdict;
  reason: NonAnswerReason | null;
  evidence: string | null;
  /** The fitted model's probability that the verdict is right (0.5 to 1), rounded to 3 places. */
  confidence: number;
}

export interface Turn {
  id: string;
  speakerId: string | null;
  kind: 'question' | 'answer';
  /** The turn's text without its speaker label; paragraphs joined by a blank line. */
  text: string;
  nonAnswer: NonAnswer | null;
  /** Answer turns only, in the languages non-answers are analysed in (see `Analysis.nonAnswersAnalysed`). */
  verdict?: Verdict;
  /** With `verdict`: the fitted model's probability that the verdict is right. */
  confidence?: number;
  /** The question this turn answers (answer turns) or its own id (questions). */
  questionId?: string | null;
  /** Indices into `Analysis.paragraphs`, the live page paragraphs the turn came from. */
  paragraphs: number[];
  /** Question turns only: the interviewer's turn asks nothing ("Aus China.", thanks); not counted as a question. */
  remark?: boolean;
}

export interface EntityMention {
  /** Index into `Analysis.paragraphs`. */
  paragraph: number;
  /** Character offsets into that paragraph's text. */
  start: number;
  end: number;
}

export interface Entity {
  id: string;
  label: string;
  mentions: number;
  url: string | null;
  kind?: string;
  /** True for names not in the knowledge base that get a "look up" link only. */
  lookup?: boolean;
  positions?: EntityMention[];
}

/** Why a page was or was not taken for an interview: a code the UI words in the reader's language. */
export type DetectionCode =
  | 'interview'
  | 'assumed'
  | 'not-promising'
  | 'faq-title'
  | 'no-turns'
  | 'few-questions'
  | 'few-answers'
  | 'faq-labels'
  | 'impersonal'
  | 'templated'
  | 'masked-users'
  | 'few-alternations'
  | 'excerpt'
  | 'failed';

/** Why the page was or was not taken for an interview, for debugging detection. */
export interface DetectionEvidence {
  /**
   * 'interview': a whole-page interview; 'excerpt': a short Q&A inside another text;
   * 'assumed': not one by the page's signs, read as one because the reader asked to.
   */
  kind: 'interview' | 'excerpt' | 'none' | 'assumed';
  /** The reason as a code, with `params` the numbers it quotes. */
  code: DetectionCode;
  params?: Record<string, number>;
  /** Which convention the turns were read with, e.g. 'name-labels', 'role-labels', 'bold-questions'. */
  convention: string | null;
  turns: number;
  questions: number;
  speakers: number;
  /** How many times the turn kind alternates between question and answer. */
  alternations: number;
  /** Share of the article's paragraphs that belong to a turn. */
  coverage: number;
  /** Human-readable reason of the decision (English; the UI words `code` itself). */
  reason: string;
}

/** A paragraph of the article, as the reader sees it on the live page. */
export interface Paragraph {
  /** Normalised text, label included. */
  text: string;
  /** The label text if the paragraph opens with a speaker label (bold or plain). */
  label?: string | null;
  role: 'question' | 'answer' | 'narration' | 'other';
  turnId: string | null;
  /**
   * Where the paragraph starts in its element's normalised text, when it is part of one: a
   * question and its answer in one paragraph (`<b>Frage?</b> Antwort`), text parted by blank lines.
   */
  offset?: number;
}

export interface Analysis {
  isInterview: boolean;
  site: SiteId;
  /** The page's language, BCP 47 primary tag. */
  language: string;
  title: string;
  byline?: string | null;
  url?: string | null;
  speakers: Speaker[];
  turns: Turn[];
  entities: Entity[];
  paragraphs: Paragraph[];
  detection: DetectionEvidence;
  /**
   * Whether the answers were checked for non-answers: false for an interview in a language the
   * classifier has no phrases for (its answers then carry no `verdict`); absent when the page is
   * not an interview.
   */
  nonAnswersAnalysed?: boolean;
}
