import { answerStats, nonAnswerItems } from './state';
import type { SidebarContext } from './types';
import { speakerName } from './types';

export interface SummaryProps {
  ctx: SidebarContext;
}

/** Per interviewee "answered X of Y questions", then each non-answer with its quote. */
export function Summary({ ctx }: SummaryProps) {
  const { analysis, actions, t } = ctx;
  const stats = answerStats(analysis);
  const items = nonAnswerItems(analysis);
  return (
    <section class="il-section" aria-labelledby="il-summary-h">
      <h2 id="il-summary-h">{t.summary}</h2>
      <ul class="il-stats">
        {stats.map((s) => (
          <li key={s.speaker.id} data-testid="speaker-stats">
            <strong>{speakerName(s.speaker, t)}</strong> {t.answeredOf(s.answered, s.questions)}
          </li>
        ))}
      </ul>
      {items.length === 0 ? (
        <p class="il-muted">{t.noNonAnswers}</p>
      ) : (
        <ol class="il-nonanswers">
          {items.map((item) => (
            <li key={item.turn.id}>
              <button type="button" class="il-nonanswer" data-testid="non-answer" onClick={() => actions.jumpToTurn(item.turn.id)} title={t.jumpTo}>
                <span class="il-q">{item.question}</span>
                <span class="il-meta">
                  <span class={`il-badge il-badge--${item.turn.verdict}`}>{t.reason[item.reason]}</span>
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
