import { describe, expect, it } from 'vitest';
import { ANSWER_LABELS, FIELD_LABELS, INTERVIEWER_LABELS, SELF_INTERVIEWER, type LabelRule } from '../../../../src/core/lang/labels';

const tables: [string, LabelRule[]][] = [
  ['interviewer labels', INTERVIEWER_LABELS],
  ['answer labels', ANSWER_LABELS],
  ['field labels', FIELD_LABELS],
];

describe.each(tables)('%s', (_, rules) => {
  describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.examples)('matches %s', (example) => {
      expect(rule.pattern.test(example)).toBe(true);
    });
    it.each(rule.counterexamples ?? [])('does not match %s', (counter) => {
      expect(rule.pattern.test(counter)).toBe(false);
    });
  });
});

it('no label is both a speaker role and a field name', () => {
  const roles = [...INTERVIEWER_LABELS, ...ANSWER_LABELS].flatMap((r) => r.examples);
  for (const label of roles) expect(FIELD_LABELS.some((r) => r.pattern.test(label)), label).toBe(false);
});

describe('SELF_INTERVIEWER', () => {
  it.each(SELF_INTERVIEWER.examples)('lets the writer ask in a post titled %s', (title) => expect(SELF_INTERVIEWER.title.test(title)).toBe(true));
  it.each(SELF_INTERVIEWER.counterexamples)('not in one titled %s', (title) => expect(SELF_INTERVIEWER.title.test(title)).toBe(false));
});
