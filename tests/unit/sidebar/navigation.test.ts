import { describe, expect, it } from 'vitest';
import { isJump, jumpTarget, stepTo } from '../../../src/sidebar/navigation';
import { listedTurns, NO_FILTER, toggleQuestionsOnly, toggleSpeaker } from '../../../src/sidebar/state';
import { analysis } from './fixture';

const all = new Set(analysis.turns.map((t) => t.id));
const target = (command: Parameters<typeof jumpTarget>[0], current: string | null, listed: ReadonlySet<string> = all) =>
  jumpTarget(command, analysis.turns, listed, current)?.id ?? null;

describe('jumpTarget', () => {
  it('j and k go from answer to answer', () => {
    expect(target('next-answer', null)).toBe('t2');
    expect(target('next-answer', 't2')).toBe('t4');
    expect(target('next-answer', 't3')).toBe('t4');
    expect(target('prev-answer', 't5')).toBe('t4');
    expect(target('prev-answer', 't2')).toBeNull();
    expect(target('next-answer', 't7')).toBeNull();
  });
  it('J and K stay with the current speaker', () => {
    expect(target('next-same-speaker', 't2')).toBe('t4');
    expect(target('next-same-speaker', 't5')).toBeNull();
    expect(target('prev-same-speaker', 't7')).toBeNull();
    expect(target('next-same-speaker', 't1')).toBe('t3');
  });
  it('n and N go to the non-answers', () => {
    expect(target('next-non-answer', null)).toBe('t2');
    expect(target('next-non-answer', 't2')).toBe('t4');
    expect(target('next-non-answer', 't4')).toBeNull();
    expect(target('prev-non-answer', 't7')).toBe('t4');
  });
  it('follow the filter', () => {
    const withoutSam = new Set(listedTurns(analysis, toggleSpeaker(NO_FILTER, 'sam')).map((t) => t.id));
    expect(target('next-answer', null, withoutSam)).toBe('t7');
    expect(target('next-non-answer', null, withoutSam)).toBeNull();
  });
  it('go from question to question when only questions are listed', () => {
    const questions = new Set(listedTurns(analysis, toggleQuestionsOnly(NO_FILTER)).map((t) => t.id));
    expect(target('next-answer', 't1', questions)).toBe('t3');
    expect(target('prev-answer', 't6', questions)).toBe('t3');
  });
});

describe('stepTo', () => {
  it('steps through a set of turns in either direction', () => {
    const found = new Set(['t3', 't6']);
    expect(stepTo(analysis.turns, found, null, 1)?.id).toBe('t3');
    expect(stepTo(analysis.turns, found, 't4', 1)?.id).toBe('t6');
    expect(stepTo(analysis.turns, found, 't4', -1)?.id).toBe('t3');
    expect(stepTo(analysis.turns, found, null, -1)).toBeNull();
  });
});

it('isJump tells jumps from other commands', () => {
  expect(isJump('next-non-answer')).toBe(true);
  expect(isJump('search')).toBe(false);
  expect(isJump('escape')).toBe(false);
});
