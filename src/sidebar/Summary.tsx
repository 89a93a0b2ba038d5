import { answerStats, isFiltering, nonAnswerItems, nonAnswersAnalysed, summaryScope, type Filter } from './state';
import { languageName, reasonKey, verdictKey } from './strings';
import type { SidebarContext } from './types';
import { speakerName } from './types';

/** Props of {@link Summary}. */
export interface SummaryProps {
  ctx: SidebarContext;
  /** The summary follows the filter: hidden speakers and unlisted turns drop out. */
  filter: Filter;
  onJump(turnId: string): void;
}

/**
 * Per interviewee "answered X of Y questions", then each non-answer with its quote. Under a
 * search or filter both count only the listed answers, and a line says so and how many
 * non-answers are left out, so the figures never contradict the list. In a language whose
 * non-answers the analysis does not know, it says so instead of counting nothing.
 */
export function Summary({ ctx, filter, onJump }: SummaryProps) {
  const { analysis, t } = ctx;
  if (!nonAnswersAnalysed(analysis)) {
    return (
      <section class="il-section" aria-labelledby="il-summary-h">
        <h2 id="il-summary-h">{t('summary')}</h2>
        <p class="il-muted" data-testid="summary-language">
          {t('nonAnswersNotAnalysed', languageName(analysis.language, t.locale))}
        </p>
      </section>
    );
  }
  const stats = answerStats(analysis, filter);
  const items = nonAnswerItems(analysis, filter);
  const scope = isFiltering(filter) ? summaryScope(analysis, filter) : null;
  return (
    <section class="il-section" aria-labelledby="il-summary-h">
      <h2 id="il-summary-h">{t('summary')}</h2>
      {scope && (
        <p class="il-muted il-scope" data-testid="summary-scope">
          {t('summaryCounts', scope.listedAnswers, scope.answers)}
          {scope.hiddenNonAnswers > 0 && ` ${t.plural('nonAnswersHidden', scope.hiddenNonAnswers)}`}
        </p>
      )}
      <ul class="il-stats">
        {stats.map((s) => (
          <li key={s.speaker.id} data-testid="speaker-stats">
            <strong>{speakerName(s.speaker, t)}</strong> {t('answeredOf', s.answered, s.questions)}
          </li>
        ))}
      </ul>
      {items.length === 0 ? (
        <p class="il-muted">{t(scope ? 'noNonAnswersListed' : 'noNonAnswers')}</p>
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
