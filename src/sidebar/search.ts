import { escapeRegExp } from '../core/text';
import type { Analysis, Turn } from '../core/types';
import type { TextSpan } from '../page/text-range';

/**
 * Search within the interview, pure: the reader's text as a pattern, its matches in the
 * turns (each placed in its paragraph of the article, so Enter can step from match to match),
 * and the excerpt the list shows with the matches marked. Page text stays text: a segment
 * is rendered as a text node or inside <mark>, never as HTML.
 */

/** A piece of text, marked when it is a match. */
export interface Segment {
  text: string;
  match: boolean;
  /** The match Enter stepped to. */
  current?: boolean;
}

/** A match of the search: where it is in the article, and in its turn's text. */
export interface SearchHit extends TextSpan {
  turnId: string;
  /** Offset into the turn's text (`Turn.text`), for the list's excerpt. */
  inTurn: number;
}

/** How much of a turn the list shows. */
export const EXCERPT_CHARS = 220;

/** Characters shown before the first match when the excerpt starts inside the turn. */
const LEAD_CHARS = 60;

/** The search box's text as a case-insensitive pattern of its literal characters; null when empty. */
export function searchPattern(query: string): RegExp | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  return new RegExp(escapeRegExp(trimmed).replace(/\s+/g, '\\s+'), 'giu');
}

/** True when the pattern occurs in the text (always true without a pattern). */
export function matches(text: string, pattern: RegExp | null): boolean {
  if (!pattern) return true;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/**
 * Every match in the turns, in their order, each placed in its paragraph. A turn's text is its
 * paragraphs without the speaker label, joined by blank lines, so each piece is the end of its
 * paragraph's text; where a turn does not split that way, its paragraphs are searched whole.
 */
export function searchHits(analysis: Analysis, turns: readonly Turn[], pattern: RegExp | null): SearchHit[] {
  if (!pattern) return [];
  const hits: SearchHit[] = [];
  for (const turn of turns) {
    const pieces = turn.text.split('\n\n');
    const whole = pieces.length !== turn.paragraphs.length;
    let inTurn = 0;
    turn.paragraphs.forEach((paragraph, i) => {
      const text = analysis.paragraphs[paragraph]?.text ?? '';
      const piece = whole ? text : pieces[i];
      const shift = whole || !text.endsWith(piece) ? null : text.length - piece.length;
      for (const [start, end] of matchRanges(shift === null ? text : piece, pattern)) {
        const at = shift ?? 0;
        hits.push({ turnId: turn.id, paragraph, start: start + at, end: end + at, inTurn: shift === null ? -1 : inTurn + start });
      }
      if (!whole) inTurn += piece.length + 2;
    });
  }
  return hits;
}

/** Start and end offsets of every match. */
export function matchRanges(text: string, pattern: RegExp | null): Array<[number, number]> {
  if (!pattern) return [];
  const ranges: Array<[number, number]> = [];
  // A copy: matchAll would start at the shared pattern's lastIndex.
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (m[0].length > 0) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * The turn flattened to one line and cut to `max` characters, starting shortly before the
 * first match (or the match at `current`, an offset into the turn's text) when that match
 * would otherwise be cut off; the matches marked, the current one as such.
 */
export function excerptSegments(text: string, pattern: RegExp | null, max = EXCERPT_CHARS, current = -1): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, pattern);
  const at = current < 0 ? -1 : text.slice(0, current).replace(/\s+/g, ' ').trimStart().length;
  const focus = ranges.find(([s]) => s === at) ?? ranges[0];
  let start = 0;
  if (focus && focus[1] > max - 1) start = Math.max(0, focus[0] - LEAD_CHARS);
  const end = Math.min(flat.length, start + max - (start > 0 ? 1 : 0));
  const cut = end < flat.length;
  const body = flat.slice(start, cut ? end - 1 : end).trimEnd();
  const segments = markSegments(body, pattern);
  if (focus && at >= 0 && focus[0] === at) {
    let offset = start;
    for (const segment of segments) {
      if (segment.match && offset === at) segment.current = true;
      offset += segment.text.length;
    }
  }
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (cut) segments.push({ text: '…', match: false });
  return segments.filter((s) => s.text.length > 0);
}

/** The text split into unmatched and matched pieces, in order. */
export function markSegments(text: string, pattern: RegExp | null): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, pattern)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
