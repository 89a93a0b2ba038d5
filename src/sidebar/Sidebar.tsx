import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../core/types';
import { ContextList } from './ContextList';
import { SpeakerChips } from './SpeakerChips';
import { NO_FILTER, type Filter } from './state';
import type { Strings } from './strings';
import { Summary } from './Summary';
import { TurnList } from './TurnList';
import type { SidebarActions } from './types';

export interface SidebarProps {
  analysis: Analysis;
  actions: SidebarActions;
  t: Strings;
}

/** The sidebar: header, summary of non-answers, speaker filters, the turns, the context. */
export function Sidebar({ analysis, actions, t }: SidebarProps) {
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const ctx = useMemo(() => ({ analysis, actions, t }), [analysis, actions, t]);
  return (
    <aside class="il-sidebar" role="complementary" aria-label={t.appName} data-testid="sidebar">
      <header class="il-header">
        <div class="il-brand">{t.appName}</div>
        <button type="button" class="il-close" aria-label={t.close} title={t.close} onClick={actions.close}>
          ×
        </button>
      </header>
      <div class="il-body">
        {analysis.title && <h1 class="il-title">{analysis.title}</h1>}
        {analysis.isInterview ? (
          <>
            <Summary ctx={ctx} />
            <SpeakerChips ctx={ctx} filter={filter} onChange={setFilter} />
            <TurnList ctx={ctx} filter={filter} />
            {analysis.entities.length > 0 && <ContextList ctx={ctx} />}
          </>
        ) : (
          <div class="il-empty" data-testid="no-interview">
            <p>{t.noInterview}</p>
            <p class="il-reason">{analysis.detection.reason}</p>
          </div>
        )}
      </div>
    </aside>
  );
}
