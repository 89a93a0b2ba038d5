import { describe, expect, it } from 'vitest';
import type { DetectionCode } from '../../../src/core/types';
import { canReadAnyway, detectionText, type DetectionCause } from '../../../src/sidebar/detection';
import { stringsFor } from './catalogs';

/** A detection as the analysis gives it, with the counts of a page whose segmentation found turns. */
const detection = (code: DetectionCode, params?: Record<string, number>, counts = { turns: 12, questions: 6 }): DetectionCause => ({ code, params, ...counts });

const CODES: DetectionCode[] = [
  'interview',
  'assumed',
  'not-promising',
  'faq-title',
  'no-turns',
  'few-questions',
  'few-answers',
  'faq-labels',
  'impersonal',
  'templated',
  'masked-users',
  'few-alternations',
  'excerpt',
  'failed',
];

describe('detectionText', () => {
  const [en, de, zh] = [stringsFor('en'), stringsFor('de'), stringsFor('zh_CN')];

  it.each(['en', 'de', 'zh_CN'])('words every code in %s, each differently, with no placeholder left', (locale) => {
    const t = stringsFor(locale);
    const texts = CODES.map((code) => detectionText(detection(code, { questions: 1, answers: 3, needed: 2, firstPerson: 10, secondPerson: 20, alternations: 2, coverage: 21 }), t));
    expect(new Set(texts).size).toBe(CODES.length);
    for (const text of texts) expect(text).not.toMatch(/\$|^why_|^assumedNote$/);
  });

  it('quotes the numbers of the reason', () => {
    expect(detectionText(detection('few-questions', { questions: 0, needed: 2 }), en)).toBe('Interview Lens finds 0 questions on it; an interview has at least 2.');
    expect(detectionText(detection('few-questions', { questions: 1, needed: 2 }), de)).toBe('Interview Lens findet auf ihr nur eine Frage; ein Interview hat mindestens 2.');
    expect(detectionText(detection('impersonal', { firstPerson: 12, secondPerson: 40 }), de)).toMatch(/12 % der Antworten sprechen als ich oder wir und 40 % der Fragen/);
    expect(detectionText(detection('excerpt', { coverage: 21 }), zh)).toBe('一段简短的问答只占全文的 21%：这是摘录，不是访谈。');
    expect(detectionText(detection('few-alternations', { alternations: 1, needed: 3 }), en)).toBe('Questions and answers take turns only once; in an interview at least 3 times.');
  });

  it('says in the reader’s language what the English reason says', () => {
    expect(detectionText(detection('faq-title'), de)).toBe('Ihr Titel nennt sie eine FAQ- oder Hilfeseite.');
    expect(detectionText(detection('no-turns'), zh)).toMatch(/没有发言人标签/);
  });
});

describe('canReadAnyway', () => {
  it('offers to read a page as an interview where its segmentation found questions and answers', () => {
    for (const code of ['faq-title', 'faq-labels', 'impersonal', 'templated', 'masked-users', 'few-alternations', 'excerpt', 'not-promising'] as const) expect(canReadAnyway(detection(code)), code).toBe(true);
    expect(canReadAnyway(detection('few-answers', { answers: 1, needed: 2 }))).toBe(true);
    expect(canReadAnyway(detection('few-questions', { questions: 0, needed: 2 }, { turns: 5, questions: 0 }))).toBe(true);
  });

  it('offers nothing where it found no turns, no answers, or the analysis failed', () => {
    expect(canReadAnyway(detection('no-turns', undefined, { turns: 0, questions: 0 }))).toBe(false);
    expect(canReadAnyway(detection('few-answers', { answers: 0, needed: 2 }))).toBe(false);
    expect(canReadAnyway(detection('few-questions', { questions: 1, needed: 2 }, { turns: 1, questions: 1 }))).toBe(false);
    expect(canReadAnyway(detection('failed', undefined, { turns: 0, questions: 0 }))).toBe(false);
  });

  it('offers nothing on an interview, read as one already or found so', () => {
    expect(canReadAnyway(detection('interview'))).toBe(false);
    expect(canReadAnyway(detection('assumed'))).toBe(false);
  });
});
