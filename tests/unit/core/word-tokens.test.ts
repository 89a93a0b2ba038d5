import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/word-tokens';

describe('tokenize', () => {
  it('lower-cases words, spells out English contractions and keeps each part’s characters', () => {
    const tokens = tokenize("We can't say. I’m not sure, we'd rather not!", 'en');
    expect(tokens.words).toEqual(['we', 'can', 'not', 'say', '.', 'i', 'am', 'not', 'sure', ',', 'we', 'would', 'rather', 'not', '.']);
    const cant = tokens.words.indexOf('can');
    expect(tokens.text.slice(tokens.starts[cant], tokens.ends[cant + 1])).toBe("can't");
    expect(tokenize('I cannot and I won’t.', 'en').words).toEqual(['i', 'can', 'not', 'and', 'i', 'will', 'not', '.']);
  });

  it('leaves apostrophes alone outside English, and folds ß', () => {
    expect(tokenize("Wie geht's? Ich weiß es nicht.", 'de').words).toEqual(['wie', "geht's", '?', 'ich', 'weiss', 'es', 'nicht', '.']);
  });

  it('makes every Han character a token and full-width punctuation marks', () => {
    expect(tokenize('我们不知道，你得去问。', 'zh').words).toEqual(['我', '们', '不', '知', '道', ',', '你', '得', '去', '问', '.']);
  });

  it('keeps a decimal point in its number, folds runs of marks into the strongest, and a spaced hyphen is a dash', () => {
    expect(tokenize('Up 3.5 percent?! Yes - and more...', 'en').words).toEqual(['up', '3', '5', 'percent', '.', 'yes', ',', 'and', 'more', '.']);
  });

  it('maps every token back to the text it came from', () => {
    const text = '„Kein Kommentar“, sagte er — dann ging er.';
    const tokens = tokenize(text, 'de');
    tokens.words.forEach((word, i) => {
      const original = text.slice(tokens.starts[i], tokens.ends[i]);
      if (/\p{L}/u.test(word)) expect(original.toLowerCase()).toBe(word);
    });
  });

  it('gives every word outside English exactly its text, lower-cased, ß as ss, apostrophes straight (property)', () => {
    const unit = fc.constantFrom(...'aBß’\'İẞÄ.,?x1 -我'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const tokens = tokenize(text, 'de');
        tokens.words.forEach((word, i) => {
          if (!/\p{L}/u.test(word)) return;
          const original = text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase().replaceAll('ß', 'ss').replaceAll('’', "'");
          expect(word).toBe(original);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
