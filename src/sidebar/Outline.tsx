import { useEffect, useRef } from 'preact/hooks';
import { scrollIntoContainer } from './scroll-into-container';
import { chainWheel } from './wheel-chain';
import { gist, type OutlineEntry } from './state';
import type { Strings } from './strings';

/** Props of {@link Outline}. */
export interface OutlineProps {
  t: Strings;
  /** Every question and remark of the interview, in order (the outline does not follow the filter). */
  entries: OutlineEntry[];
  /** The question the reader is at (by jump or by scrolling the article). */
  currentId: string | null;
  onJump(turnId: string): void;
}

/**
 * The questions as a numbered list in a box of its own, which keeps the current one in view.
 * The interviewer's remarks stand between them unnumbered, so the current place shows there too.
 * At its end the wheel goes on to the sidebar's body (`chainWheel`).
 */
export function Outline({ t, entries, currentId, onJump }: OutlineProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const item = currentId ? list?.querySelector(`[data-question="${CSS.escape(currentId)}"]`) : null;
    if (list && item) scrollIntoContainer(list, item);
  }, [currentId]);
  if (entries.length === 0) return null;
  return (
    <section class="il-section" aria-labelledby="il-outline-h">
      <h2 id="il-outline-h">{t('outline')}</h2>
      <ol class="il-outline" ref={listRef} onWheel={chainWheel}>
        {entries.map(({ turn, number }) => (
          <li key={turn.id}>
            <button
              type="button"
              class={`il-outline-item${number === null ? ' il-outline-item--remark' : ''}`}
              aria-current={turn.id === currentId ? 'location' : undefined}
              data-question={turn.id}
              data-testid="outline-item"
              onClick={() => onJump(turn.id)}
            >
              <span class="il-outline-number">{number === null ? '' : `${number}.`}</span>
              <span>{gist(turn.text)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
