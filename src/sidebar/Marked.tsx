import type { Segment } from './search';

/** Props of {@link Marked}. */
export interface MarkedProps {
  segments: Segment[];
}

/** Text with the search's matches in <mark> (the current one marked as such); every piece is a text node, never HTML. */
export function Marked({ segments }: MarkedProps) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} class={s.current ? 'il-current-match' : undefined}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
