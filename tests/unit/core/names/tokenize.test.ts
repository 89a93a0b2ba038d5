import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRuns, gatherEvidence, nameWords, tokenize, wordEnd, wordStart, type PageEvidence } from '../../../../src/core/names/latin';

/**
 * The tokenizer reads words with a loop over character codes (latin.ts, `wordStart` and
 * `wordEnd`); the rule it follows is this expression, which it replaced for speed. The loop
 * must find exactly the words the expression finds.
 */
const WORD =
  /#?[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}](?:[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{N}]|['’](?=\p{L})|[-&](?=[\p{L}\p{N}])|\.(?=\p{Ll})|(?<=\b\p{Lu})\.(?=\p{Lu}\.))*(?:(?<=\b\p{Lu}\.\p{Lu})\.|[+*]{1,2})?/gu;

function byExpression(text: string, from = 0): [number, number][] {
  const spans: [number, number][] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function byLoop(text: string, from = 0): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = wordStart(text, from); at >= 0; at = wordStart(text, spans[spans.length - 1][1])) spans.push([at, wordEnd(text, at)]);
  return spans;
}

/** Characters where the rule has something to decide: scripts, cases, marks, surrogate pairs, the joining punctuation. */
const CHARACTERS = [...'aZbé.É.U.S.x-&\'’ #+*0129_ÄßİΣσ\u0301Жжα²½ǅ一\u3007:;!?"„“«»—\n\u00a0'].concat(['👍', '𝐀', '𝐚', '\uD800']);

describe('the word loop finds the words of the expression', () => {
  it.each([
    'Node.js und die U.S. Army, l’Union, Q*, C++, #MeToo, PDS-Bürgermeisterin, dell\'Europa',
    'A.B. _A.B. xA.B. 1A.B.C. Ä.B. U.É. a.b.c. R&D-Abteilung ab-&-cd Wolfman7 don’t',
    'Σίσυφος Москва́ 𝐀.𝐁. naïve Zoë 2020s 1990er-Jahre ½ IIIⅫ',
  ])('%s', (text) => {
    expect(byLoop(text)).toEqual(byExpression(text));
    expect(byLoop(text, 5)).toEqual(byExpression(text, 5));
  });

  it('on any text of those characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }), fc.nat(3), (chars, from) => {
        const text = chars.join('');
        const start = Math.min(from, text.length);
        expect(byLoop(text, start)).toEqual(byExpression(text, start));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * The name finder reads only the words of interest and their neighbours (`nameWords`): it must
 * find the same runs and the same evidence as from every word of the paragraph.
 */
describe('the words the name finder reads are all it needs', () => {
  const WORDS = ['der', 'von', 'Merkel', 'Angela', 'die', 'Europäischen', 'Union', 'of', 'for', 'Future', 'Fridays', 'eine', 'Menge', 'Strom', 'und', 'x', '#x', 'C++', 'U.S.', 'Isar', '2', '12', 'l’Union', 'PDS-Bürger', 'Salem*', 'Wolfman7', 'iPhone', 'großen', 'Frau', 'Präsident', 'Dorf', 'Lützerath', "Altman's", 'das', 'Imperial', 'College', 'a', 'the', 'The', 'RKI', 'naïve', 'Öl', '#Foo', '#von'];
  const SEPARATORS = [' ', ' ', ' ', '. ', ', ', '\u00a0', '', '-', '"', ': '];

  function same(text: string, from: number): void {
    const all = tokenize(text, from);
    const words = all.filter((t) => !t.number);
    const every = { tokens: all, count: words.length, capitals: words.filter((t) => t.capital).length };
    const read = nameWords(text, from);
    for (const german of [false, true]) {
      expect(findRuns(text, read, 0, german)).toEqual(findRuns(text, every, 0, german));
      const [a, b]: PageEvidence[] = [0, 1].map(() => ({ german, nouns: new Set(), inner: new Set() }));
      gatherEvidence(every.tokens, a);
      gatherEvidence(read.tokens, b);
      expect(b).toEqual(a);
    }
    expect(read.tokens.filter((t) => t.capital)).toEqual(all.filter((t) => t.capital));
  }

  it('in an example', () => {
    same('Sie sprach mit der Präsidentin der Europäischen Union, Ursula von der Leyen, und mit Fridays for Future in Isar 2 über die großen Fragen.', 0);
  });

  it('in any text of such words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 20 }), fc.nat(4), (parts, from) => {
        const text = parts.map(([w, s]) => w + s).join('');
        same(text, Math.min(from, text.length));
      }),
      { numRuns: 2000 },
    );
  });
});
