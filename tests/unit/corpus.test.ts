import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { loadHtml } from '../../src/cli/load-html';
import { evaluateCorpus } from '../../src/cli/eval-fixtures';

/**
 * Real pages from public test corpora, read from ../shared/corpus (not copied into the
 * project). A fresh clone without ../shared skips these, saying so.
 */
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`corpus tests skipped: ${CORPUS} is absent`);

const notInterviews: [string, string][] = [
  ['theverge-2023-visionpro.html', 'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions'],
  ['theverge-2026-trifold.html', 'https://www.theverge.com/tech/895879/samsung-galaxy-z-trifold-discontinued-stock-sold-out'],
  ['elavegan-recipe.en.html', 'https://elavegan.com/peanut-butter-truffles/'],
];

describe.skipIf(!present)('real pages', () => {
  it.each(notInterviews)('%s is not an interview, even when analysed on request', async (file, url) => {
    const doc = await loadHtml(join(CORPUS, file));
    expect(analyzeDocument(doc, { url }).analysis.isInterview).toBe(false);
    const forced = analyzeDocument(doc, { url, force: true }).analysis;
    expect(forced.isInterview).toBe(false);
    expect(forced.turns).toEqual([]);
  });

  it('reads the NDR podcast transcript: Korinna Hennig asks, Christian Drosten answers', async () => {
    const doc = await loadHtml(join(CORPUS, 'ndr-coronavirus-update-140.de.html'));
    const { analysis } = analyzeDocument(doc, { url: 'https://www.ndr.de/nachrichten/info/podcastcoronavirus140.html' });
    expect(analysis.isInterview).toBe(true);
    expect(analysis.language).toBe('de');
    expect(analysis.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Korinna Hennig', 'interviewer'],
      ['Christian Drosten', 'interviewee'],
    ]);
    const texts = analysis.turns.map((t) => t.text).join('\n');
    for (const widget of ['Dieses Skript als PDF herunterladen', 'Weitere Informationen', 'Rundfunkbeitrag']) {
      expect(texts).not.toContain(widget);
    }
    expect(analysis.turns.filter((t) => t.kind === 'question').length).toBeGreaterThanOrEqual(15);
    // Her closing words have no label but address him: they are hers, not his answer.
    const closing = analysis.turns.find((t) => t.text.includes('Herr Drosten, ich sage für heute vielen Dank'));
    expect([closing?.kind, closing?.speakerId]).toEqual(['question', analysis.speakers[0].id]);
  });
});

/**
 * The truth of tests/corpus/ on the real pages tuned on (the development part; the held-aside
 * pages are scored only by `npm run eval -- --held-aside`, which logs it): every page detected
 * rightly, and no page's paragraphs worse than today. A page's errors are listed on failure.
 */
const WRONG_TODAY: Record<string, number> = {
  // The writer's closing paragraph after the last answer reads as its continuation.
  'csdn-changjietong-chenggang.zh': 1,
};

describe.skipIf(!present)('real pages of the development part, against their truth', async () => {
  const reports = (await evaluateCorpus('development')) ?? [];
  it('holds every development page', () => {
    expect(reports.length).toBeGreaterThanOrEqual(25);
  });
  it.each(reports.map((r) => [r.slug, r] as const))('%s', (slug, report) => {
    expect(report.detectionRight, report.errors.join('\n')).toBe(true);
    expect(report.total - report.correct, report.errors.join('\n')).toBeLessThanOrEqual(WRONG_TODAY[slug] ?? 0);
  });
});
