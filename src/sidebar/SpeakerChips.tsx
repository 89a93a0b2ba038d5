import { speakerShares, type Filter } from './state';
import type { SidebarContext } from './types';
import { speakerName } from './types';

export interface SpeakerChipsProps {
  ctx: SidebarContext;
  filter: Filter;
  onChange(filter: Filter): void;
}

/** A chip per speaker (turns and share of words) that hides or shows their turns. */
export function SpeakerChips({ ctx, filter, onChange }: SpeakerChipsProps) {
  const { analysis, t } = ctx;
  const shares = speakerShares(analysis);
  const toggle = (id: string) => {
    const hidden = new Set(filter.hidden);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    onChange({ ...filter, hidden });
  };
  return (
    <section class="il-section" aria-labelledby="il-speakers-h">
      <h2 id="il-speakers-h">{t.speakers}</h2>
      <div class="il-chips" role="group" aria-labelledby="il-speakers-h">
        {analysis.speakers.map((s) => {
          const share = shares.get(s.id);
          return (
            <button
              type="button"
              key={s.id}
              class={`il-chip il-chip--${s.role}`}
              aria-pressed={!filter.hidden.has(s.id)}
              data-testid="speaker-chip"
              onClick={() => toggle(s.id)}
            >
              {speakerName(s, t)}
              <span class="il-chip-count">
                {share?.turns ?? 0} {t.turns} · {Math.round((share?.share ?? 0) * 100)}%
              </span>
            </button>
          );
        })}
        <button
          type="button"
          class="il-chip il-chip--filter"
          aria-pressed={filter.nonAnswersOnly}
          data-testid="non-answers-only"
          onClick={() => onChange({ ...filter, nonAnswersOnly: !filter.nonAnswersOnly })}
        >
          {t.nonAnswersOnly}
        </button>
      </div>
    </section>
  );
}
