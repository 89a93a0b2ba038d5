import { describe, expect, it } from 'vitest';
import { encodeFragmentText, textFragmentUrl, uniquePrefix } from '../../../src/sidebar/text-fragment';

describe('textFragmentUrl', () => {
  it('links to the paragraph by its first words, replacing any fragment', () => {
    expect(textFragmentUrl('https://www.ifanr.com/1570213#comments', 'Altman: Ich habe gelernt, dass das Unternehmen ohne mich funktioniert.')).toBe(
      'https://www.ifanr.com/1570213#:~:text=Altman%3A%20Ich%20habe%20gelernt',
    );
  });

  it('takes as many words as it needs to tell the paragraph from the others', () => {
    const others = ['Altman: Ich habe gelernt, was Vertrauen heißt.'];
    expect(uniquePrefix('Altman: Ich habe gelernt, dass das Unternehmen ohne mich funktioniert.', others)).toBe('Altman: Ich habe gelernt, dass');
  });

  it('ends Chinese text at a word boundary', () => {
    const prefix = uniquePrefix('奥特曼：我学到了公司没有我也能运转，这让我很高兴。', [], 'zh');
    expect('奥特曼：我学到了公司没有我也能运转，这让我很高兴。'.startsWith(prefix)).toBe(true);
    expect(prefix.length).toBeGreaterThan(3);
    expect(prefix).not.toMatch(/[：，。]$/);
  });

  it('uses the whole (short) paragraph when no prefix is unique', () => {
    expect(uniquePrefix('No comment.', ['No comment. Really.'])).toBe('No comment');
  });
});

describe('encodeFragmentText', () => {
  it('encodes the directive delimiters as well as URI specials', () => {
    expect(encodeFragmentText('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    expect(encodeFragmentText('Q*')).toBe('Q*');
    expect(encodeFragmentText('Prüfung')).toBe('Pr%C3%BCfung');
  });
});
