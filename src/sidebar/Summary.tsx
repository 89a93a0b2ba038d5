import { answerStats, nonAnswerItems, type Filter } from './state';
import { reasonKey, verdictKey } from './strings';
import type { SidebarContext } from './types';
import { speakerName } from './types';

/** Props of {@link Summary}. */
export interface SummaryProps {
  ctx: SidebarContext;
  /** The summary follows the filter: hidden speakers and unlisted turns drop out. */
  filter: Filter;
  onJump(turnId: string): void;
}

/** Per interviewee "answered X of Y questions", then each non-answer with its quote. */
export function Summary({ ctx, filter, onJump }: SummaryProps) {
  const { analysis, t } = ctx;
  const stats = answerStats(analysis, filter);
  const items = nonAnswerItems(analysis, filter);
  return (
    <section class="il-section" aria-labelledby="il-summary-h">
      <h2 id="il-summary-h">{t('summary')}</h2>
      <ul class="il-stats">
        {stats.map((s) => (
          <li key={s.speaker.id} data-testid="speaker-stats">
            <strong>{speakerName(s.speaker, t)}</strong> {t('answeredOf', s.answered, s.questions)}
          </li>
        ))}
      </ul>
      {items.length === 0 ? (
        <p class="il-muted">{t('noNonAnswers')}</p>
      ) : (
        <ol class="il-nonanswers">
          {items.map((item) => (
            <li key={item.turn.id}>
              <button type="button" class="il-nonanswer" data-testid="non-answer" onClick={() => onJump(item.turn.id)} title={t('jumpTo')}>
                <span class="il-q">{item.question}</span>
                <span class="il-meta">
                  <span class={`il-badge il-badge--${item.turn.verdict}`} title={item.turn.verdict ? t(verdictKey(item.turn.verdict)) : undefined}>
                    {t(reasonKey(item.reason))}
                  </span>
                  <span class="il-who">{speakerName(item.speaker, t)}</span>
                </span>
                <q class="il-evidence">{item.evidence}</q>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
