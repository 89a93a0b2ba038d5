import { describe, expect, it } from 'vitest';
import type { Analysis, Turn } from '../../../src/core/types';
import { answerStats, gist, nonAnswerItems, NO_FILTER, questionGroups, speakerShares } from '../../../src/sidebar/state';

const turn = (id: string, kind: Turn['kind'], speakerId: string, text: string, extra: Partial<Turn> = {}): Turn => ({
  id,
  kind,
  speakerId,
  text,
  nonAnswer: null,
  paragraphs: [],
  questionId: kind === 'question' ? id : null,
  ...extra,
});

const analysis: Analysis = {
  isInterview: true,
  site: 'generic',
  language: 'en',
  title: 'T',
  speakers: [
    { id: 'interviewer', name: 'Interviewer', aliases: ['Q'], role: 'interviewer' },
    { id: 'sam', name: 'Sam Altman', aliases: [], role: 'interviewee' },
    { id: 'mira', name: 'Mira Murati', aliases: [], role: 'interviewee' },
  ],
  turns: [
    turn('t1', 'question', 'interviewer', 'Sam, first things first. Why were you fired?'),
    turn('t2', 'answer', 'sam', 'No comment.', { questionId: 't1', verdict: 'non-answer', nonAnswer: { reason: 'declines', evidence: 'No comment' } }),
    turn('t3', 'question', 'interviewer', 'What did you learn?'),
    turn('t4', 'answer', 'sam', "Let's talk later.", { questionId: 't3', verdict: 'non-answer', nonAnswer: { reason: 'postpones', evidence: "Let's talk later" } }),
    turn('t5', 'answer', 'sam', 'That the company works without me.', { questionId: 't3', verdict: 'answer' }),
    turn('t6', 'question', 'interviewer', 'Does safety change?'),
    turn('t7', 'answer', 'mira', 'No. This has nothing to do with safety.', { questionId: 't6', verdict: 'answer' }),
  ],
  entities: [],
  paragraphs: [],
  detection: { kind: 'interview', convention: 'role-labels', turns: 7, questions: 3, speakers: 3, alternations: 4, coverage: 1, reason: '' },
};

describe('answerStats', () => {
  it('counts a question as answered when a later reply answers it', () => {
    expect(answerStats(analysis).map((s) => [s.speaker.name, s.answered, s.questions])).toEqual([
      ['Sam Altman', 1, 2],
      ['Mira Murati', 1, 1],
    ]);
  });
});

describe('nonAnswerItems', () => {
  it('lists each non-answer with its question and quote', () => {
    expect(nonAnswerItems(analysis).map((i) => [i.question, i.reason, i.evidence, i.speaker?.name])).toEqual([
      ['Why were you fired?', 'declines', 'No comment', 'Sam Altman'],
      ['What did you learn?', 'postpones', "Let's talk later", 'Sam Altman'],
    ]);
  });
});

describe('questionGroups', () => {
  it('groups answers under their questions', () => {
    expect(questionGroups(analysis, NO_FILTER).map((g) => [g.question?.id, g.answers.map((a) => a.id)])).toEqual([
      ['t1', ['t2']],
      ['t3', ['t4', 't5']],
      ['t6', ['t7']],
    ]);
  });
  it('hides a speaker and keeps only non-answers when asked', () => {
    const groups = questionGroups(analysis, { hidden: new Set(['mira']), nonAnswersOnly: true });
    expect(groups.map((g) => [g.question?.id, g.answers.map((a) => a.id)])).toEqual([
      ['t1', ['t2']],
      ['t3', ['t4']],
    ]);
  });
});

describe('gist', () => {
  it('quotes the question sentence', () => expect(gist('Sam, first things first. Why were you fired?')).toBe('Why were you fired?'));
  it('drops the closing quote a sentence split leaves', () => expect(gist('Sie haben gesagt: „Es gab Missverständnisse.“ Was waren diese Missverständnisse?')).toBe('Was waren diese Missverständnisse?'));
  it('shortens long questions', () => expect(gist(`${'a'.repeat(200)}?`, 20)).toHaveLength(20));
});

it('speakerShares gives turns and word shares', () => {
  const shares = speakerShares(analysis);
  expect(shares.get('sam')?.turns).toBe(3);
  expect([...shares.values()].reduce((n, s) => n + s.share, 0)).toBeCloseTo(1);
});
