import { isOnlySpeaker, nonAnswersAnalysed, showOnlySpeaker, speakerShares, toggleNonAnswersOnly, toggleQuestionsOnly, toggleSpeaker, type Filter } from './state';
import type { SidebarContext } from './types';
import { speakerName } from './types';

/** Props of {@link SpeakerChips}. */
export interface SpeakerChipsProps {
  ctx: SidebarContext;
  filter: Filter;
  onChange(filter: Filter): void;
}

/**
 * A chip per speaker (turns and share of words): a click hides or shows their turns; its
 * "only" button (or Alt+click, or a double click on the chip) shows only them, and asked
 * again everyone. Then "questions only" and "non-answers only" (where the analysis judged answers).
 */
export function SpeakerChips({ ctx, filter, onChange }: SpeakerChipsProps) {
  const { analysis, t } = ctx;
  const shares = speakerShares(analysis);
  const only = (id: string) => onChange(showOnlySpeaker(filter, analysis.speakers, id));
  return (
    <section class="il-section" aria-labelledby="il-speakers-h">
      <h2 id="il-speakers-h">{t('speakers')}</h2>
      <div class="il-chips" role="group" aria-labelledby="il-speakers-h">
        {analysis.speakers.map((s) => {
          const share = shares.get(s.id);
          const name = speakerName(s, t);
          return (
            <span class="il-chip-group" key={s.id}>
              <button
                type="button"
                class={`il-chip il-chip--${s.role}`}
                aria-pressed={!filter.hidden.has(s.id)}
                title={t('toggleSpeaker', name)}
                data-testid="speaker-chip"
                onClick={(event) => (event.altKey ? only(s.id) : onChange(toggleSpeaker(filter, s.id)))}
                onDblClick={() => only(s.id)}
              >
                {name}
                <span class="il-chip-count">
                  {t.plural('turns', share?.turns ?? 0)} · {Math.round((share?.share ?? 0) * 100)}%
                </span>
              </button>
              <button
                type="button"
                class="il-only"
                aria-pressed={isOnlySpeaker(filter, analysis.speakers, s.id)}
                aria-label={t('showOnly', name)}
                title={t('showOnly', name)}
                data-testid="speaker-only"
                onClick={() => only(s.id)}
              >
                {t('only')}
              </button>
            </span>
          );
        })}
        <button type="button" class="il-chip il-chip--filter" aria-pressed={filter.questionsOnly} data-testid="questions-only" onClick={() => onChange(toggleQuestionsOnly(filter))}>
          {t('questionsOnly')}
        </button>
        {nonAnswersAnalysed(analysis) && (
          <button type="button" class="il-chip il-chip--filter" aria-pressed={filter.nonAnswersOnly} data-testid="non-answers-only" onClick={() => onChange(toggleNonAnswersOnly(filter))}>
            {t('nonAnswersOnly')}
          </button>
        )}
      </div>
    </section>
  );
}
