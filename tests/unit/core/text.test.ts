import { describe, expect, it } from 'vitest';
import { editDistance, endsWithQuestion, normalizeText } from '../../../src/core/text';

describe('normalizeText', () => {
  it('removes zero-width and bidi characters around labels', () => {
    expect(normalizeText('\u200b\u200eAltman\u200f:\u2066 Ja.\u2069')).toBe('Altman: Ja.');
  });
  it('folds ideographic and no-break spaces', () => {
    expect(normalizeText('问：\u3000你好\u00a0 世界 ')).toBe('问： 你好 世界');
  });
});

describe('editDistance', () => {
  it('counts one edit for the misspelt Altmann', () => {
    expect(editDistance('altmann', 'altman', 2)).toBe(1);
  });
  it('stops early past the bound', () => {
    expect(editDistance('murati', 'altman', 1)).toBe(2);
  });
});

describe('endsWithQuestion', () => {
  it.each(['Why?', 'Warum?“', '为什么？', 'Really?”)'])('%s ends a question', (t) => expect(endsWithQuestion(t)).toBe(true));
  it.each(['Ja.', 'Why? Because.'])('%s does not', (t) => expect(endsWithQuestion(t)).toBe(false));
});
