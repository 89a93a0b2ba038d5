import { describe, expect, it } from 'vitest';
import {
  answerStats,
  gist,
  isFiltering,
  isOnlySpeaker,
  isTurnVisible,
  listedTurns,
  nonAnswerItems,
  nonAnswersAnalysed,
  NO_FILTER,
  outlineEntries,
  questionGroups,
  showOnlySpeaker,
  speakerShares,
  summaryScope,
  toggleNonAnswersOnly,
  toggleQuestionsOnly,
  toggleSpeaker,
  turnAtParagraph,
  turnKind,
} from '../../../src/sidebar/state';
import { speakerName } from '../../../src/sidebar/types';
import { stringsFor } from './catalogs';
import { analysis, turn } from './fixture';

const ids = (groups: ReturnType<typeof questionGroups>) => groups.map((g) => [g.question?.id, g.answers.map((a) => a.id)]);

describe('answerStats', () => {
  it('counts a question as answered when a later reply answers it', () => {
    expect(answerStats(analysis).map((s) => [s.speaker.name, s.answered, s.questions])).toEqual([
      ['Sam Altman', 1, 2],
      ['Mira Murati', 1, 1],
    ]);
  });
  it('leaves out hidden speakers', () => {
    expect(answerStats(analysis, toggleSpeaker(NO_FILTER, 'mira')).map((s) => s.speaker.id)).toEqual(['sam']);
  });
  it('counts only the answers the search lists, as the list of non-answers does', () => {
    const filter = { ...NO_FILTER, query: 'later' };
    expect(answerStats(analysis, filter).map((s) => [s.speaker.name, s.answered, s.questions])).toEqual([['Sam Altman', 0, 1]]);
    expect(nonAnswerItems(analysis, filter).map((i) => i.turn.id)).toEqual(['t4']);
    expect(answerStats(analysis, toggleQuestionsOnly(NO_FILTER))).toEqual([]);
  });
});

describe('summaryScope', () => {
  it('says how many answers are listed and how many non-answers the filter hides', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: 'safety' })).toBe(true);
    expect(summaryScope(analysis, { ...NO_FILTER, query: 'safety' })).toEqual({ listedAnswers: 1, answers: 4, hiddenNonAnswers: 2 });
    expect(summaryScope(analysis, toggleSpeaker(NO_FILTER, 'mira'))).toEqual({ listedAnswers: 3, answers: 4, hiddenNonAnswers: 0 });
  });
});

describe('nonAnswerItems', () => {
  it('lists each non-answer with its question and quote', () => {
    expect(nonAnswerItems(analysis).map((i) => [i.question, i.reason, i.evidence, i.speaker?.name])).toEqual([
      ['Why were you fired?', 'declines', 'No comment', 'Sam Altman'],
      ['What did you learn?', 'postpones', "Let's talk later", 'Sam Altman'],
    ]);
  });
  it('follows the filter: hidden speakers, questions only, search', () => {
    expect(nonAnswerItems(analysis, toggleSpeaker(NO_FILTER, 'sam'))).toEqual([]);
    expect(nonAnswerItems(analysis, toggleQuestionsOnly(NO_FILTER))).toEqual([]);
    expect(nonAnswerItems(analysis, { ...NO_FILTER, query: 'later' }).map((i) => i.turn.id)).toEqual(['t4']);
  });
});

describe('questionGroups', () => {
  it('groups answers under their questions', () => {
    expect(ids(questionGroups(analysis, NO_FILTER))).toEqual([
      ['t1', ['t2']],
      ['t3', ['t4', 't5']],
      ['t6', ['t7']],
    ]);
  });
  it('hides a speaker and keeps only non-answers when asked', () => {
    const groups = questionGroups(analysis, { ...NO_FILTER, hidden: new Set(['mira']), nonAnswersOnly: true });
    expect(ids(groups)).toEqual([
      ['t1', ['t2']],
      ['t3', ['t4']],
    ]);
  });
  it('lists only the questions when asked', () => {
    expect(ids(questionGroups(analysis, toggleQuestionsOnly(NO_FILTER)))).toEqual([
      ['t1', []],
      ['t3', []],
      ['t6', []],
    ]);
  });
  it('keeps the turns the search finds, each answer with its question for context', () => {
    expect(ids(questionGroups(analysis, { ...NO_FILTER, query: 'company' }))).toEqual([['t3', ['t5']]]);
    expect(ids(questionGroups(analysis, { ...NO_FILTER, query: 'SAFETY' }))).toEqual([['t6', ['t7']]]);
    expect(ids(questionGroups(analysis, { ...NO_FILTER, query: 'nowhere' }))).toEqual([]);
  });
  it('lists in reading order what the jump keys move through', () => {
    expect(listedTurns(analysis, toggleSpeaker(NO_FILTER, 'interviewer')).map((t) => t.id)).toEqual(['t2', 't4', 't5', 't7']);
  });
});

describe('speaker filters', () => {
  it('toggles a speaker', () => {
    const hidden = toggleSpeaker(NO_FILTER, 'sam');
    expect([...hidden.hidden]).toEqual(['sam']);
    expect([...toggleSpeaker(hidden, 'sam').hidden]).toEqual([]);
  });
  it('shows only one speaker, and everyone when asked again', () => {
    const only = showOnlySpeaker(NO_FILTER, analysis.speakers, 'mira');
    expect([...only.hidden].sort()).toEqual(['interviewer', 'sam']);
    expect(isOnlySpeaker(only, analysis.speakers, 'mira')).toBe(true);
    expect(isOnlySpeaker(only, analysis.speakers, 'sam')).toBe(false);
    expect([...showOnlySpeaker(only, analysis.speakers, 'mira').hidden]).toEqual([]);
    expect(isTurnVisible(analysis.turns[1], only)).toBe(false);
    expect(isTurnVisible(analysis.turns[6], only)).toBe(true);
  });
  it('keeps "questions only" and "non-answers only" exclusive', () => {
    const questions = toggleQuestionsOnly(NO_FILTER);
    const nonAnswers = toggleNonAnswersOnly(questions);
    expect([nonAnswers.questionsOnly, nonAnswers.nonAnswersOnly]).toEqual([false, true]);
    expect([toggleQuestionsOnly(nonAnswers).questionsOnly, toggleQuestionsOnly(nonAnswers).nonAnswersOnly]).toEqual([true, false]);
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

it('turnAtParagraph gives the turn the reader is in: the paragraph’s own, or the last before it', () => {
  const paragraph = (turnId: string | null) => ({ text: 'x', role: turnId ? ('question' as const) : ('other' as const), turnId });
  const withParagraphs = { ...analysis, paragraphs: [paragraph(null), paragraph('t1'), paragraph(null), paragraph('t2')] };
  expect(turnAtParagraph(withParagraphs, -1)).toBeNull();
  expect(turnAtParagraph(withParagraphs, 0)).toBeNull();
  expect(turnAtParagraph(withParagraphs, 1)).toBe('t1');
  expect(turnAtParagraph(withParagraphs, 2)).toBe('t1');
  expect(turnAtParagraph(withParagraphs, 3)).toBe('t2');
  expect(turnAtParagraph(withParagraphs, 9)).toBe('t2');
});

describe('remarks: an interviewer’s turn that asks nothing', () => {
  // Between t3 and t6: "That sounds lonely." and a reply, which the core leaves unjudged.
  const remark = turn('r1', 'question', 'interviewer', 'That sounds lonely.', { remark: true });
  const reply = turn('r2', 'answer', 'sam', 'No comment.', { questionId: 'r1' });
  const withRemark = { ...analysis, turns: [...analysis.turns.slice(0, 5), remark, reply, ...analysis.turns.slice(5)] };
  const view = withRemark;

  it('is a remark, not a question', () => {
    expect(withRemark.turns.map(turnKind)).toEqual(['question', 'answer', 'question', 'answer', 'answer', 'remark', 'answer', 'question', 'answer']);
  });

  it('stands in the outline unnumbered, the questions numbered past it', () => {
    expect(outlineEntries(withRemark.turns).map((e) => [e.turn.id, e.number])).toEqual([
      ['t1', 1],
      ['t3', 2],
      ['r1', null],
      ['t6', 3],
    ]);
  });

  it('is not counted among the questions answered or dodged, nor its reply among the non-answers', () => {
    expect(answerStats(view).map((s) => [s.speaker.id, s.answered, s.questions])).toEqual([
      ['sam', 1, 2],
      ['mira', 1, 1],
    ]);
    expect(nonAnswerItems(view).map((i) => i.turn.id)).toEqual(['t2', 't4']);
    expect(summaryScope(view, { ...NO_FILTER, query: 'comment' })).toEqual({ listedAnswers: 1, answers: 4, hiddenNonAnswers: 1 });
    expect(listedTurns(view, toggleNonAnswersOnly(NO_FILTER)).map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4']);
  });
});

it('nonAnswersAnalysed: answers are judged in English, German and Chinese only', () => {
  expect(['en', 'de', 'zh', 'fr', 'es'].map((language) => nonAnswersAnalysed({ ...analysis, language }))).toEqual([true, true, true, false, false]);
});

it('speakerName: a speaker the page never names goes by their role in the UI language', () => {
  const unnamed = { id: 'interviewee', name: 'Interviewee', aliases: [], role: 'interviewee' as const, unnamed: true };
  const [de, zh] = [stringsFor('de'), stringsFor('zh_CN')];
  expect([speakerName(unnamed, de), speakerName(unnamed, zh), speakerName(analysis.speakers[0], zh)]).toEqual(['Interviewpartner', '受访者', '采访者']);
  expect(speakerName({ ...unnamed, name: 'Interviewee', unnamed: undefined }, de)).toBe('Interviewee');
  expect(speakerName(analysis.speakers[1], de)).toBe('Sam Altman');
  expect(speakerName(null, de)).toBe('Unbekannt');
});
