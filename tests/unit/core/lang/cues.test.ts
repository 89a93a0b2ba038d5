import { describe, expect, it } from 'vitest';
import { captureName, CUES, withoutRoleNoun } from '../../../../src/core/lang/cues';
import type { SegmentLang } from '../../../../src/core/types';

describe.each(Object.entries(CUES) as [SegmentLang, (typeof CUES)[SegmentLang]][])('%s', (_lang, cues) => {
  it.each(cues.examples.interview)('"%s" says it is an interview', (text) => {
    expect(cues.interview.test(text)).toBe(true);
  });
  it.each(cues.examples.interviewee)('"%s" presents %s', (text, name) => {
    expect(captureName(cues.interviewee, text)).toBe(name);
  });
  it.each(cues.examples.interviewer)('"%s" credits %s with the questions', (text, name) => {
    expect(captureName(cues.interviewer, text)).toBe(name);
  });
  it.each(cues.examples.afterword)('"%s" comes after the interview', (text) => {
    expect(cues.afterword.test(text)).toBe(true);
  });
  it.each(cues.examples.none)('"%s" is no cue, no name and no afterword', (text) => {
    expect(cues.interview.test(text)).toBe(false);
    expect(captureName(cues.interviewee, text)).toBeNull();
    expect(captureName(cues.interviewer, text)).toBeNull();
    expect(cues.afterword.test(text)).toBe(false);
  });
});

it.each([
  ['Energie-Expertin Anna Veronika Wendland', 'Anna Veronika Wendland'],
  ['Gründerin Mareen Burk', 'Mareen Burk'],
  ['Rainer Teuber', 'Rainer Teuber'],
  ['Anna Veronika Wendland', 'Anna Veronika Wendland'],
])('"%s" without a role noun before it is "%s"', (raw, name) => {
  expect(withoutRoleNoun(raw)).toBe(name);
});

it('takes no possessive for a name: "Q&A: Brightline’s CEO"', () => {
  expect(captureName(CUES.en.interviewee, 'Q&A: Brightline’s CEO on fares and the road to Tampa')).toBeNull();
});

it('reads who asks from a pair: the one of the two who is not the interviewee', () => {
  const groups = CUES.de.pair?.pattern.exec('Energie-Expertin Anna Veronika Wendland ist sich im Gespräch mit Clemens Traub (von Cicero) sicher')?.groups;
  expect([withoutRoleNoun(groups?.name ?? ''), groups?.other]).toEqual(['Anna Veronika Wendland', 'Clemens Traub']);
});

it('reads a pair from one who sat down or spoke with another, not from "I" or "we"', () => {
  const groups = CUES.en.pair?.pattern.exec('Program officer Janelle Okoro sat down with Rosa at the new storefront.')?.groups;
  expect([groups?.name.replace(/^Program officer /, ''), groups?.other]).toEqual(['Janelle Okoro', 'Rosa']);
  expect(CUES.en.pair?.pattern.exec('This time I sat down with Jonah Adebayo, who joined my team.')?.groups?.name).toBeUndefined();
});
