import { siteFor } from '../sites';
import { classifyTurns } from './classify';
import { decide, precheck } from './detect';
import { documentTitle } from './document-title';
import { extract } from './extract';
import type { KnowledgeEntry } from './knowledge/schema';
import { knownLang, primaryTag } from './language';
import { linkEntities } from './link';
import { segment } from './segment';
import { normalizeText } from './text';
import type { Analysis, Entity, Lang, Turn } from './types';

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
  if (!signals.promising && !options.force) {
    return {
      analysis: emptyAnalysis(
        doc,
        site.id,
        options.url,
        signals.faqTitle
          ? 'the title says FAQ or help page'
          : `no sign of an interview (${signals.labelLike} paragraphs with recurring labels, ${signals.boldQuestions} bold questions)`,
      ),
      elements: [],
    };
  }

  // 2. Extract: Readability finds the article; its live paragraphs are collected.
  const article = extract(doc, site, signals.paragraphs);
  const lang = knownLang(article.language) ?? 'en';

  // 3. Segment the paragraphs into turns by speaker, then judge whether it is an interview.
  const seg = segment(article.blocks, {
    lang,
    title: article.title,
    siteName: article.siteName ?? (site.name || null),
    boldQuestions: site.houseStyle.boldQuestions,
  });
  const detection = decide(seg, article.title);
  const isInterview = detection.kind === 'interview';
  const base = {
    site: site.id,
    language: article.language,
    title: article.title,
    byline: article.byline,
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
  return { analysis, elements: article.elements };
}

/**
 * Step 5 on its own, for callers that load the knowledge base only once an interview is
 * found (the content script imports it lazily).
 */
export function linkAnalysis(analysis: Analysis, knowledge: KnowledgeEntry[]): Entity[] {
  return linkEntities(
    analysis.paragraphs.map((p) => p.text),
    { lang: knownLang(analysis.language) ?? 'en', pageLang: analysis.language, speakers: analysis.speakers, knowledge },
  );
}

function emptyAnalysis(doc: Document, site: Analysis['site'], url: string | null | undefined, reason: string): Analysis {
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
    detection: { kind: 'none', convention: null, turns: 0, questions: 0, speakers: 0, alternations: 0, coverage: 0, reason },
  };
}
