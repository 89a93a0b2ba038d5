import { describe, expect, it } from 'vitest';
import { isDepartment, readableStarts } from '../../../../src/core/names';
import type { Paragraph } from '../../../../src/core/types';

/**
 * The rules added after the name finder was first measured on 53 fixtures labelled blind
 * (tests/fixtures/README.md, "Names"): each with an example and a near miss it must leave alone.
 */
const para = (text: string, turnId: string | null = null, label: string | null = null): Paragraph => ({ text, label, role: turnId ? 'answer' : 'other', turnId });

describe('lines that are not text of the interview', () => {
  it('a dateline with an agency, or a Chinese agency’s place and day, opening a paragraph', () => {
    const latin = 'Hamburg (dpa) - Der Windkraftanlagenbauer will wachsen.';
    expect(readableStarts([para(latin), para('Text', 't1')])[0]).toBe(latin.indexOf('Der'));
    const han = '人民网北京3月18日电 今年是我国深海科考的丰收年。';
    expect(readableStarts([para(han), para('答', 't1')])[0]).toBe(han.indexOf('今年'));
    expect(readableStarts([para('Hamburg (vor allem der Hafen) ist groß.'), para('Text', 't1')])[0]).toBe(0);
    expect(readableStarts([para('我们3月18日去了北京。'), para('答', 't1')])[0]).toBe(0);
  });

  it('a line that is only a place and a date in words', () => {
    expect(readableStarts([para('Wien, 9. Februar 2026'), para('Text', 't1')])[0]).toBeNull();
    expect(readableStarts([para('Bolton, March 4, 2026'), para('Text', 't1')])[0]).toBeNull();
    expect(readableStarts([para('Wien, sagt sie, ist im Februar 2026 kalt.'), para('Text', 't1')])[0]).toBe(0);
  });

  it('a link to another article, or where to listen, outside the turns', () => {
    for (const line of ['À LIRE AUSSI : Coutellerie, faïence, cristal', '**À écouter aussi :** Incendies : les Landes', 'Read more: Rinks in Ontario', 'Lesen Sie auch: Wasser in Bremen', 'Listen on Apple Podcasts, Spotify or wherever you get your podcasts.']) {
      expect(readableStarts([para(line), para('Text', 't1')])[0]).toBeNull();
    }
    expect(readableStarts([para('Related to that, Spotify grew.'), para('Text', 't1')])[0]).toBe(0);
    expect(readableStarts([para('Text', 't1'), para('Read more: in Bremen.', 't1')])[1]).toBe(0);
  });

  it('a role in capitals after a speaker label, before its colon', () => {
    const text = 'RENEE HOLLOWAY, HOST: This is The Basin Report.';
    expect(readableStarts([para(text, 't1', 'RENEE HOLLOWAY')])[0]).toBe(text.indexOf('This'));
    const plain = 'RENEE HOLLOWAY: Ask Darnell, HOST of it.';
    expect(readableStarts([para(plain, 't1', 'RENEE HOLLOWAY')])[0]).toBe(plain.indexOf('Ask'));
  });

  it.each(['Redacción', 'Rédaction', 'Redazione', 'Redação', 'Redactie'])('the editorial staff credited with the questions: %s', (word) => {
    expect(isDepartment(word)).toBe(true);
    expect(isDepartment(`Ana ${word}s`)).toBe(false);
  });
});
