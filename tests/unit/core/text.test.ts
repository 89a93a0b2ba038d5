import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, endsWithQuestion, escapeRegExp, INVISIBLE_CHARS, normalizeText, SPACE_CHARS } from '../../../src/core/text';

/** normalizeText as its definition says it: the character classes, by regular expression. */
function byDefinition(text: string): string {
  return text
    .replace(new RegExp(`[${INVISIBLE_CHARS}]`, 'g'), '')
    .replace(new RegExp(`[${SPACE_CHARS}]+`, 'g'), ' ')
    .trim();
}

describe('normalizeText', () => {
  it('removes zero-width and bidi characters around labels', () => {
    expect(normalizeText('\u200b\u200eAltman\u200f:\u2066 Ja.\u2069')).toBe('Altman: Ja.');
  });
  it('folds ideographic and no-break spaces', () => {
    expect(normalizeText('问：\u3000你好\u00a0 世界 ')).toBe('问： 你好 世界');
  });
  it('folds a run of spaces with invisible characters inside it to one space', () => {
    expect(normalizeText(' \n Sam \u200b\t Altman:\u00ad\u00a0\u00a0Ja. \u2069')).toBe('Sam Altman: Ja.');
  });
  it('gives back clean text as it is', () => {
    const clean = 'Murati: Wir sprechen nicht darüber.';
    expect(normalizeText(clean)).toBe(clean);
  });
  it('agrees with its definition on any mix of letters, spaces and invisible characters', () => {
    const chars = ['a', 'ß', '中', ' ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\u200b', '\u200e', '\ufeff', '\u00ad', '\u2066'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
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

describe('escapeRegExp', () => {
  it('matches a name with brackets, dots and a plus literally', () => {
    expect(new RegExp(escapeRegExp('A.-S. (B+)')).test('x A.-S. (B+) y')).toBe(true);
    expect(new RegExp(escapeRegExp('A.-S.')).test('AX-SY')).toBe(false);
  });
});
