import { EntityRow } from './EntityRow';
import type { SidebarContext } from './types';

/** Props of {@link ContextList}. */
export interface ContextListProps {
  ctx: SidebarContext;
}

/** People and terms in order of first appearance, with their mentions and links. */
export function ContextList({ ctx }: ContextListProps) {
  const { analysis, t } = ctx;
  return (
    <section class="il-section" aria-labelledby="il-context-h">
      <h2 id="il-context-h">{t('context')}</h2>
      <ul class="il-entities">
        {analysis.entities.map((entity) => (
          <EntityRow key={entity.id} ctx={ctx} entity={entity} />
        ))}
      </ul>
    </section>
  );
}
