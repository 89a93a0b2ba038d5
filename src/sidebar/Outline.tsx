import { useEffect, useRef } from 'preact/hooks';
import type { Turn } from '../core/types';
import { scrollIntoContainer } from './scroll-into-container';
import { gist } from './state';
import type { Strings } from './strings';

/** Props of {@link Outline}. */
export interface OutlineProps {
  t: Strings;
  /** Every question of the interview, in order (the outline does not follow the filter). */
  questions: Turn[];
  /** The question the reader is at (by jump or by scrolling the article). */
  currentId: string | null;
  onJump(turnId: string): void;
}

/** The questions as a numbered list in a box of its own, which keeps the current one in view. */
export function Outline({ t, questions, currentId, onJump }: OutlineProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const item = currentId ? list?.querySelector(`[data-question="${CSS.escape(currentId)}"]`) : null;
    if (list && item) scrollIntoContainer(list, item);
  }, [currentId]);
  if (questions.length === 0) return null;
  return (
    <section class="il-section" aria-labelledby="il-outline-h">
      <h2 id="il-outline-h">{t('outline')}</h2>
      <ol class="il-outline" ref={listRef}>
        {questions.map((q, i) => (
          <li key={q.id}>
            <button
              type="button"
              class="il-outline-item"
              aria-current={q.id === currentId ? 'location' : undefined}
              data-question={q.id}
              data-testid="outline-item"
              onClick={() => onJump(q.id)}
            >
              <span class="il-outline-number">{i + 1}.</span>
              <span>{gist(q.text)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
