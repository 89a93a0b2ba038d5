/**
 * Search within the interview, pure: the reader's text as a pattern, its matches in a turn,
 * and the excerpt the list shows with the matches marked. Page text stays text: a segment
 * is rendered as a text node or inside <mark>, never as HTML.
 */

/** A piece of text, marked when it is a match. */
export interface Segment {
  text: string;
  match: boolean;
}

/** How much of a turn the list shows. */
export const EXCERPT_CHARS = 220;

/** Characters shown before the first match when the excerpt starts inside the turn. */
const LEAD_CHARS = 60;

/** The search box's text as a case-insensitive pattern of its literal characters; null when empty. */
export function searchPattern(query: string): RegExp | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  return new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'giu');
}

/** True when the pattern occurs in the text (always true without a pattern). */
export function matches(text: string, pattern: RegExp | null): boolean {
  if (!pattern) return true;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
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
 * first match when that match would otherwise be cut off; the matches marked.
 */
export function excerptSegments(text: string, pattern: RegExp | null, max = EXCERPT_CHARS): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = matchRanges(flat, pattern)[0];
  let start = 0;
  if (first && first[1] > max - 1) start = Math.max(0, first[0] - LEAD_CHARS);
  const end = Math.min(flat.length, start + max - (start > 0 ? 1 : 0));
  const cut = end < flat.length;
  const body = flat.slice(start, cut ? end - 1 : end).trimEnd();
  const segments = markSegments(body, pattern);
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
