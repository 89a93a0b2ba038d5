import { linkAnalysis } from '../../src/core/analyze';
import { classifyAnswer } from '../../src/core/classify';
import { decide, precheck, type PageSignals } from '../../src/core/detect';
import { extract, type Extraction } from '../../src/core/extract';
import { knowledgeBase } from '../../src/core/knowledge';
import { knownLang } from '../../src/core/language';
import { segment, type Segmentation } from '../../src/core/segment';
import type { Analysis } from '../../src/core/types';
import { siteFor } from '../../src/sites';

/** The stages of `analyzeDocument`, in the order it runs them. */
export const STAGES = ['precheck', 'extract', 'segment', 'decide', 'classify', 'link'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The stages of `analyzeDocument` (src/core/analyze.ts) one by one, to see where its time goes.
 * Each stage reads what the stage before it made the last time it ran: run them once in order,
 * then any of them again.
 */
export function analysisStages(doc: Document, url: string): Record<Stage, () => unknown> {
  const site = siteFor(url);
  let signals: PageSignals | null = null;
  let article: Extraction | null = null;
  let seg: Segmentation | null = null;
  const lang = () => knownLang(article!.language) ?? 'en';
  return {
    precheck: () => (signals = precheck(doc, { all: true })),
    extract: () => (article = extract(doc, site, signals!.paragraphs)),
    segment: () =>
      (seg = segment(article!.blocks, {
        lang: lang(),
        title: article!.title,
        siteName: article!.siteName ?? (site.name || null),
        boldQuestions: site.houseStyle.boldQuestions,
      })),
    decide: () => decide(seg!, article!.title),
    classify: () => {
      const questions = new Map(seg!.turns.filter((t) => t.kind === 'question').map((t) => [t.id, t.text]));
      for (const turn of seg!.turns) {
        if (turn.kind === 'answer') classifyAnswer(turn.text, turn.questionId ? (questions.get(turn.questionId) ?? null) : null, lang());
      }
    },
    link: () => linkAnalysis({ language: article!.language, speakers: seg!.speakers, paragraphs: seg!.paragraphs } as Analysis, knowledgeBase),
  };
}
