import { describe, expect, it } from 'vitest';
import { excerptSegments, markSegments, matches, matchRanges, searchHits, searchPattern } from '../../../src/sidebar/search';
import { analysis, turn } from './fixture';

describe('searchPattern', () => {
  it('is null for an empty box', () => {
    expect(searchPattern('')).toBeNull();
    expect(searchPattern('   ')).toBeNull();
  });
  it('matches the literal text, case-insensitively, any run of spaces for a space', () => {
    const p = searchPattern('q* model')!;
    expect(matches('The Q*  Model', p)).toBe(true);
    expect(matches('The Qs model', p)).toBe(false);
    expect(matches('ÜBERPRÜFUNG', searchPattern('überprüfung'))).toBe(true);
  });
  it('finds every match, again and again (no stale lastIndex)', () => {
    const p = searchPattern('a')!;
    expect(matchRanges('banana', p)).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(matches('a', p)).toBe(true);
    expect(matches('a', p)).toBe(true);
  });
  it('finds the early matches of a text after testing another one', () => {
    const p = searchPattern('vorstand')!;
    expect(matches('Einige Vorstandsmitglieder', p)).toBe(true);
    p.lastIndex = 20; // as a test() on another text may leave it
    expect(matchRanges('Der Vorstand', p)).toEqual([[4, 12]]);
  });
});

describe('markSegments', () => {
  it('splits text into marked and unmarked pieces', () => {
    expect(markSegments('Sam and sam', searchPattern('sam'))).toEqual([
      { text: 'Sam', match: true },
      { text: ' and ', match: false },
      { text: 'sam', match: true },
    ]);
  });
  it('keeps text without a pattern whole', () => {
    expect(markSegments('text', null)).toEqual([{ text: 'text', match: false }]);
  });
});

describe('excerptSegments', () => {
  it('cuts long turns with an ellipsis', () => {
    const segments = excerptSegments(`${'word '.repeat(100)}end`, null, 50);
    expect(segments.map((s) => s.text).join('')).toHaveLength(50);
    expect(segments[segments.length - 1].text).toBe('…');
  });
  it('starts near a match that would be cut off', () => {
    const text = `${'x '.repeat(200)}needle ${'y '.repeat(200)}`;
    const segments = excerptSegments(text, searchPattern('needle'), 100);
    expect(segments[0].text).toBe('…');
    expect(segments.some((s) => s.match && s.text === 'needle')).toBe(true);
  });
  it('flattens paragraphs to one line', () => {
    expect(excerptSegments('one\n\ntwo', null).map((s) => s.text).join('')).toBe('one two');
  });
  it('shows the current match, marked as such, where the first would be shown', () => {
    const text = `needle ${'x '.repeat(200)}\n\n${'y '.repeat(50)}needle end`;
    const segments = excerptSegments(text, searchPattern('needle'), 100, text.lastIndexOf('needle'));
    expect(segments[0].text).toBe('…');
    expect(segments.filter((s) => s.current).map((s) => s.text)).toEqual(['needle']);
    expect(segments.map((s) => s.text).join('')).toMatch(/needle end$/);
  });
});

describe('searchHits', () => {
  const paragraphs = ['Q: Does safety change?', 'Mira Murati: No. Safety first, safety last.', 'The board said so: safety.'];
  const withParagraphs = {
    ...analysis,
    paragraphs: paragraphs.map((text) => ({ text, role: 'answer' as const, turnId: null })),
    turns: [
      turn('q', 'question', 'interviewer', 'Does safety change?', { paragraphs: [0] }),
      turn('a', 'answer', 'mira', 'No. Safety first, safety last.\n\nThe board said so: safety.', { paragraphs: [1, 2] }),
    ],
  };
  it('places every match in its paragraph, past the speaker label, in reading order', () => {
    const hits = searchHits(withParagraphs, withParagraphs.turns, searchPattern('safety'));
    expect(hits.map((h) => [h.turnId, h.paragraph, paragraphs[h.paragraph].slice(h.start, h.end)])).toEqual([
      ['q', 0, 'safety'],
      ['a', 1, 'Safety'],
      ['a', 1, 'safety'],
      ['a', 2, 'safety'],
    ]);
    const text = withParagraphs.turns[1].text;
    expect(hits.slice(1).map((h) => text.slice(h.inTurn, h.inTurn + 6))).toEqual(['Safety', 'safety', 'safety']);
  });
  it('finds nothing without a search, and not in the speaker labels', () => {
    expect(searchHits(withParagraphs, withParagraphs.turns, null)).toEqual([]);
    expect(searchHits(withParagraphs, withParagraphs.turns, searchPattern('Murati'))).toEqual([]);
  });
});
