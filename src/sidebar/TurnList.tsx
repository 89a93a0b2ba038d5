import { questionGroups, type Filter } from './state';
import type { SidebarContext } from './types';
import { speakerName } from './types';

export interface TurnListProps {
  ctx: SidebarContext;
  filter: Filter;
}

/** How much of a turn the list shows before the reader jumps to the article. */
const EXCERPT_CHARS = 220;

/** The interview as questions with their answers; a click jumps to the paragraph. */
export function TurnList({ ctx, filter }: TurnListProps) {
  const { analysis, actions, t } = ctx;
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const groups = questionGroups(analysis, filter);
  return (
    <section class="il-section" aria-labelledby="il-turns-h">
      <h2 id="il-turns-h">{t.interview}</h2>
      <ol class="il-groups">
        {groups.map((group, gi) => (
          <li key={group.question?.id ?? `g${gi}`} class="il-group">
            {group.question && (
              <button type="button" class="il-turn il-turn--question" data-turn={group.question.id} data-testid="turn" onClick={() => actions.jumpToTurn(group.question!.id)}>
                <span class="il-speaker">{speakerName(speakers.get(group.question.speakerId ?? ''), t)}</span>
                <span class="il-text">{excerpt(group.question.text)}</span>
              </button>
            )}
            {group.answers.map((turn) => (
              <button type="button" key={turn.id} class="il-turn il-turn--answer" data-turn={turn.id} data-testid="turn" onClick={() => actions.jumpToTurn(turn.id)}>
                <span class="il-speaker">
                  {speakerName(speakers.get(turn.speakerId ?? ''), t)}
                  {turn.verdict && <span class={`il-badge il-badge--${turn.verdict}`}>{t.verdict[turn.verdict]}</span>}
                </span>
                <span class="il-text">{excerpt(turn.text)}</span>
              </button>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : flat;
}
