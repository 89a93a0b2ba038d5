import type { Analysis, Turn } from '../../../src/core/types';

/** A turn with defaults, for the sidebar's unit tests. */
export const turn = (id: string, kind: Turn['kind'], speakerId: string, text: string, extra: Partial<Turn> = {}): Turn => ({
  id,
  kind,
  speakerId,
  text,
  nonAnswer: null,
  paragraphs: [],
  questionId: kind === 'question' ? id : null,
  ...extra,
});

/** A small interview: two interviewees, three questions, two non-answers. */
export const analysis: Analysis = {
  isInterview: true,
  site: 'generic',
  language: 'en',
  title: 'T',
  speakers: [
    { id: 'interviewer', name: 'Interviewer', aliases: ['Q'], role: 'interviewer', unnamed: true },
    { id: 'sam', name: 'Sam Altman', aliases: [], role: 'interviewee' },
    { id: 'mira', name: 'Mira Murati', aliases: [], role: 'interviewee' },
  ],
  turns: [
    turn('t1', 'question', 'interviewer', 'Sam, first things first. Why were you fired?', { paragraphs: [0] }),
    turn('t2', 'answer', 'sam', 'No comment.', { questionId: 't1', verdict: 'non-answer', nonAnswer: { reason: 'declines', evidence: 'No comment' }, paragraphs: [1] }),
    turn('t3', 'question', 'interviewer', 'What did you learn?', { paragraphs: [2] }),
    turn('t4', 'answer', 'sam', "Let's talk later.", { questionId: 't3', verdict: 'non-answer', nonAnswer: { reason: 'postpones', evidence: "Let's talk later" }, paragraphs: [3] }),
    turn('t5', 'answer', 'sam', 'That the company works without me.', { questionId: 't3', verdict: 'answer', paragraphs: [4] }),
    turn('t6', 'question', 'interviewer', 'Does safety change?', { paragraphs: [5] }),
    turn('t7', 'answer', 'mira', 'No. This has nothing to do with safety.\n\nThe board said so.', { questionId: 't6', verdict: 'answer', paragraphs: [6, 7] }),
  ],
  entities: [],
  paragraphs: [],
  detection: { kind: 'interview', code: 'interview', convention: 'role-labels', turns: 7, questions: 3, speakers: 3, alternations: 4, coverage: 1, reason: '' },
};
