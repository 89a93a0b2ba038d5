import type { SidebarContext } from './types';

/** Props of {@link ContextList}. */
export interface ContextListProps {
  ctx: SidebarContext;
}

/** People and terms in order of first appearance, with mentions and a link opened only on click. */
export function ContextList({ ctx }: ContextListProps) {
  const { analysis, actions, t } = ctx;
  return (
    <section class="il-section" aria-labelledby="il-context-h">
      <h2 id="il-context-h">{t('context')}</h2>
      <ul class="il-entities">
        {analysis.entities.map((entity) => {
          const first = entity.positions?.[0];
          return (
            <li key={entity.id} class="il-entity" data-testid="entity">
              {first ? (
                <button type="button" class="il-entity-name" onClick={() => actions.jumpToParagraph(first.paragraph)}>
                  {entity.label}
                </button>
              ) : (
                <span class="il-entity-name">{entity.label}</span>
              )}
              <span class="il-muted">{t.plural('mentions', entity.mentions)}</span>
              {entity.url && (
                <a class="il-link" href={entity.url} target="_blank" rel="noopener noreferrer">
                  {entity.lookup ? t('lookUp') : 'Wikipedia'}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
