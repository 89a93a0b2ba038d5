import { Marked } from './Marked';
import { excerptSegments, type SearchHit } from './search';
import type { QuestionGroup } from './state';
import { verdictKey } from './strings';
import type { SidebarContext } from './types';
import { speakerName } from './types';
import type { Turn } from '../core/types';

/** Props of {@link TurnList}. */
export interface TurnListProps {
  ctx: SidebarContext;
  /** The turns under their questions, as the filter leaves them. */
  groups: QuestionGroup[];
  /** The search's pattern, to mark its matches; null without a search. */
  pattern: RegExp | null;
  /** The match Enter stepped to: its turn's excerpt shows it. */
  currentHit: SearchHit | null;
  currentId: string | null;
  onJump(turnId: string): void;
  onCopyLink(turnId: string): void;
}

/**
 * The interview as questions with their answers; a click jumps to the paragraph. Each turn
 * has a "copy link" button: out of the Tab order (the `l` key copies the current turn's
 * link), shown on hover and focus.
 */
export function TurnList({ ctx, groups, pattern, currentHit, currentId, onJump, onCopyLink }: TurnListProps) {
  const { analysis, t } = ctx;
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const row = (turn: Turn) => (
    <div class="il-turn-row" key={turn.id}>
      <button
        type="button"
        class={`il-turn il-turn--${turn.kind}${turn.remark ? ' il-turn--remark' : ''}`}
        data-turn={turn.id}
        data-testid="turn"
        aria-current={turn.id === currentId ? 'true' : undefined}
        onClick={() => onJump(turn.id)}
      >
        <span class="il-speaker">
          {speakerName(speakers.get(turn.speakerId ?? ''), t)}
          {turn.verdict && <span class={`il-badge il-badge--${turn.verdict}`}>{t(verdictKey(turn.verdict))}</span>}
        </span>
        <span class="il-text">
          <Marked segments={excerptSegments(turn.text, pattern, undefined, turn.id === currentHit?.turnId ? currentHit.inTurn : -1)} />
        </span>
      </button>
      <button type="button" class="il-turn-link" tabIndex={-1} aria-label={t('copyLink')} title={t('copyLink')} data-testid="turn-link" onClick={() => onCopyLink(turn.id)}>
        #
      </button>
    </div>
  );
  return (
    <section class="il-section" aria-labelledby="il-turns-h">
      <h2 id="il-turns-h">{t('interview')}</h2>
      {groups.length === 0 ? (
        <p class="il-empty-list">{t('noMatches')}</p>
      ) : (
        <ol class="il-groups">
          {groups.map((group, gi) => (
            <li key={group.question?.id ?? `g${gi}`} class="il-group">
              {group.question && row(group.question)}
              {group.answers.map(row)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
