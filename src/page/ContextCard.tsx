import { useEffect, useRef } from 'preact/hooks';
import type { KnowledgeEntry } from '../core/knowledge/schema';
import type { Entity, Lang } from '../core/types';
import type { MessageKey, Strings } from '../sidebar/strings';
import type { CardPlacement } from './card-placement';
import type { SummaryView } from './summary-port';
import { WikipediaSummary } from './WikipediaSummary';

/** Props of {@link ContextCard}. */
export interface ContextCardProps {
  entity: Entity;
  /** The knowledge-base entry, or null for a name we only offer to look up. */
  entry: KnowledgeEntry | null;
  /** The UI's language: what we say about the entry (kind, description, dates, note) is in it; its name stays the page's. */
  lang: Lang;
  t: Strings;
  /** Where the card stands, in viewport coordinates, and the most height it may take (it scrolls inside). */
  placement: CardPlacement;
  /** For a name outside the knowledge base: its Wikipedia summary (null: not asked), and where it would come from. */
  summary: { view: SummaryView | null; host: string; onLoad(): void; onAlways(): void } | null;
  onClose(): void;
}

/**
 * A card next to a mention in the article: what the name is, key dates, a link opened on click.
 * The title is the name as the Context list and the page give it (`Entity.label`, the page's
 * language), the rest our own words in the UI's language.
 */
export function ContextCard({ entity, entry, lang, t, placement, summary, onClose }: ContextCardProps) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    card.current?.focus();
  }, [entity.id]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  const kind = entry?.kind ?? entity.kind;
  const titleId = `il-card-title-${entity.id}`;
  return (
    <div
      ref={card}
      class="il-card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${placement.maxHeight}px` }}
      onKeyDown={onKeyDown}
      data-testid="context-card"
    >
      <div class="il-card-head">
        <div>
          <div class="il-card-title" id={titleId}>
            {entity.label}
          </div>
          {kind && <div class="il-card-kind">{t(`kind_${kind}` as MessageKey)}</div>}
        </div>
        <button type="button" class="il-card-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {entry ? (
        <p class="il-card-text">{entry.description[lang]}</p>
      ) : summary ? (
        <WikipediaSummary name={entity.label} host={summary.host} view={summary.view} searchUrl={entity.url} t={t} onLoad={summary.onLoad} onAlways={summary.onAlways} />
      ) : (
        <p class="il-card-text">{t('notInKnowledge')}</p>
      )}
      {entry?.wikipediaNote && <p class="il-card-note">{entry.wikipediaNote.note[lang]}</p>}
      {entry?.dates && entry.dates.length > 0 && (
        <div class="il-card-dates">
          <div class="il-card-sub">{t('keyDates')}</div>
          <ul>
            {entry.dates.map((d) => (
              <li key={d.date + d.label.en}>
                <time dateTime={d.date}>{d.date}</time> {d.label[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {entity.url && entry && (
        <a class="il-card-link" href={entity.url} target="_blank" rel="noopener noreferrer">
          {t('wikipedia')} ↗
        </a>
      )}
      {entity.url && !entry && !summary && (
        <a class="il-card-link" href={entity.url} target="_blank" rel="noopener noreferrer">
          {t('lookUpOnWikipedia')} ↗
        </a>
      )}
    </div>
  );
}
