import { useState } from 'preact/hooks';
import type { Entity } from '../core/types';
import type { SidebarContext } from './types';

/** Props of {@link EntityRow}. */
export interface EntityRowProps {
  ctx: SidebarContext;
  entity: Entity;
}

/**
 * One person or term of the Context section: its name jumps to the current mention in the
 * article, the arrows step through all its mentions, the link opens only on click.
 */
export function EntityRow({ ctx, entity }: EntityRowProps) {
  const { actions, t } = ctx;
  const positions = entity.positions ?? [];
  const [current, setCurrent] = useState(0);
  const go = (index: number) => {
    const next = (index + positions.length) % positions.length;
    setCurrent(next);
    actions.jumpToParagraph(positions[next].paragraph);
  };
  return (
    <li class="il-entity" data-testid="entity" data-entity={entity.id}>
      {positions.length ? (
        <button type="button" class="il-entity-name" onClick={() => go(current)}>
          {entity.label}
        </button>
      ) : (
        <span class="il-entity-name">{entity.label}</span>
      )}
      {positions.length > 1 ? (
        <span class="il-stepper" role="group" aria-label={entity.label}>
          <button type="button" class="il-step" aria-label={t('previousMention')} title={t('previousMention')} onClick={() => go(current - 1)}>
            ‹
          </button>
          <span class="il-muted" data-testid="mention-position">
            {t('mentionOf', current + 1, positions.length)}
          </span>
          <button type="button" class="il-step" aria-label={t('nextMention')} title={t('nextMention')} onClick={() => go(current + 1)}>
            ›
          </button>
        </span>
      ) : (
        <span class="il-muted">{t.plural('mentions', entity.mentions)}</span>
      )}
      {entity.url && (
        <a class="il-link" href={entity.url} target="_blank" rel="noopener noreferrer">
          {entity.lookup ? t('lookUp') : t('wikipedia')}
        </a>
      )}
    </li>
  );
}
