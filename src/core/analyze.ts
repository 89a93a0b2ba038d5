import { siteFor } from '../sites';
import { classifyTurns } from './classify';
import { decide, precheck, questionHeadings } from './detect';
import { documentTitle } from './document-title';
import { extract } from './extract';
import type { KnowledgeEntry } from './knowledge/schema';
import { knownLang, primaryTag, segmentLang } from './language';
import { linkEntities } from './link';
import { readableStarts } from './names';
import { segment } from './segment';
import { normalizeText } from './text';
import type { Analysis, DetectionCode, Entity, Lang, Turn } from './types';

/**
 * The analysis, read top to bottom like Readability's parse(): detect -> extract -> segment ->
 * classify -> link. Pure over a `Document`: the same code runs in the content script (on the
 * live page, which it only reads) and in Node (linkedom) for the CLI, tests and benchmark.
 */

export interface AnalyzeOptions {
  /** The page's URL: picks the site adapter. */
  url?: string | null;
  /** The knowledge base for context cards; null skips entity linking (it loads lazily). */
  knowledge?: KnowledgeEntry[] | null;
  /** Run the full analysis even when the page shows no cheap sign of an interview (toolbar click). */
  force?: boolean;
  /**
   * The reader says it is an interview: where the page's signs say no, its best segmentation
   * is returned all the same (detection kind 'assumed'), the roles as the structure suggests.
   */
  assume?: boolean;
}

export interface AnalysisResult {
  analysis: Analysis;
  /** The live element of each `analysis.paragraphs` entry, for anchoring (not serialised). */
  elements: Element[];
}

/** Analyses a page. Never throws on page content: bad input yields "no interview found". */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): AnalysisResult {
  const site = siteFor(options.url);

  // 1. Detect cheaply: no label-like paragraphs and no bold questions means no Readability pass.
  const signals = precheck(doc, { all: true });
  if (!signals.promising && !options.force && !options.assume) {
    return {
      analysis: signals.faqTitle
        ? emptyAnalysis(doc, site.id, options.url, 'faq-title', 'the title says FAQ or help page')
        : emptyAnalysis(
            doc,
            site.id,
            options.url,
            'not-promising',
            `no sign of an interview (${signals.labelLike} paragraphs with recurring labels, ${signals.boldQuestions} bold questions)`,
          ),
      elements: [],
    };
  }

  // 2. Extract: Readability finds the article; its live paragraphs are collected. Without label
  // or bold signs, questions set as headings tell where the interview is.
  const article = extract(doc, site, signals.paragraphs.length ? signals.paragraphs : questionHeadings(doc));
  const speechLang = segmentLang(article.language);

  // 3. Segment the paragraphs into turns by speaker, then judge whether it is an interview.
  const seg = segment(article.blocks, {
    lang: speechLang,
    title: article.title,
    bylines: [...article.authors, ...(article.byline ? [article.byline] : [])],
    description: article.description,
    creditLines: article.creditLines,
    siteName: article.siteName ?? (site.name || null),
    boldQuestions: site.houseStyle.boldQuestions,
  });
  let detection = decide(seg, article.title, speechLang !== null);
  if (options.assume && detection.kind !== 'interview' && seg.turns.some((t) => t.kind === 'answer')) {
    detection = { ...detection, kind: 'assumed', code: 'assumed', reason: `read as an interview on request (${detection.reason})` };
  }
  const isInterview = detection.kind === 'interview' || detection.kind === 'assumed';
  const base = {
    site: site.id,
    language: article.language,
    title: article.title,
    byline: article.byline ?? article.authors[0] ?? null,
    url: options.url ?? null,
    detection,
  };
  if (!isInterview) {
    return { analysis: { ...base, isInterview, speakers: [], turns: [], entities: [], paragraphs: [] }, elements: [] };
  }

  // 4. Classify each answer against its question, in the languages the classifier knows.
  const { turns, analysed } = classifyTurns(seg.turns, article.language);

  // 5. Link the people and terms the interview assumes the reader knows.
  const analysis: Analysis = {
    ...base,
    isInterview,
    speakers: seg.speakers,
    turns,
    entities: [],
    paragraphs: seg.paragraphs,
    nonAnswersAnalysed: analysed,
  };
  if (options.knowledge) analysis.entities = linkAnalysis(analysis, options.knowledge);
  return { analysis, elements: seg.sources.map((i) => article.elements[i]) };
}

/**
 * Step 5 on its own, for callers that load the knowledge base only once an interview is
 * found (the content script imports it lazily).
 */
export function linkAnalysis(analysis: Analysis, knowledge: KnowledgeEntry[]): Entity[] {
  return linkEntities(
    analysis.paragraphs.map((p) => p.text),
    {
      lang: knownLang(analysis.language) ?? 'en',
      pageLang: analysis.language,
      speakers: analysis.speakers,
      knowledge,
      starts: readableStarts(analysis.paragraphs),
      url: analysis.url,
    },
  );
}

function emptyAnalysis(doc: Document, site: Analysis['site'], url: string | null | undefined, code: DetectionCode, reason: string): Analysis {
  return {
    isInterview: false,
    site,
    language: primaryTag(doc.documentElement?.getAttribute('lang')) ?? 'und',
    title: normalizeText(documentTitle(doc)),
    url: url ?? null,
    speakers: [],
    turns: [],
    entities: [],
    paragraphs: [],
    detection: { kind: 'none', code, convention: null, turns: 0, questions: 0, speakers: 0, alternations: 0, coverage: 0, reason },
  };
}
