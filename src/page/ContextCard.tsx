import { useEffect, useRef } from 'preact/hooks';
import type { KnowledgeEntry } from '../core/knowledge/schema';
import type { Entity, Lang } from '../core/types';

/** The card's own words, in the UI's language. */
export interface CardLabels {
  close: string;
  kinds: Record<string, string>;
  wikipedia: string;
  lookUp: string;
  notInKnowledge: string;
  keyDates: string;
}

export interface ContextCardProps {
  entity: Entity;
  /** The knowledge-base entry, or null for a name we only offer to look up. */
  entry: KnowledgeEntry | null;
  lang: Lang;
  labels: CardLabels;
  /** Where the card stands, in viewport coordinates (below the mention). */
  position: { left: number; top: number };
  onClose(): void;
}

/** A card next to a mention in the article: what the name is, key dates, a link opened on click. */
export function ContextCard({ entity, entry, lang, labels, position, onClose }: ContextCardProps) {
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
  const title = entry?.names[lang][0] ?? entity.label;
  const titleId = `il-card-title-${entity.id}`;
  return (
    <div
      ref={card}
      class="il-card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onKeyDown={onKeyDown}
      data-testid="context-card"
    >
      <div class="il-card-head">
        <div>
          <div class="il-card-title" id={titleId}>
            {title}
          </div>
          <div class="il-card-kind">{labels.kinds[entry?.kind ?? entity.kind ?? ''] ?? ''}</div>
        </div>
        <button type="button" class="il-card-close" aria-label={labels.close} title={labels.close} onClick={onClose}>
          ×
        </button>
      </div>
      {entry ? <p class="il-card-text">{entry.description[lang]}</p> : <p class="il-card-text">{labels.notInKnowledge}</p>}
      {entry?.wikipediaNote && <p class="il-card-note">{entry.wikipediaNote.note[lang]}</p>}
      {entry?.dates && entry.dates.length > 0 && (
        <div class="il-card-dates">
          <div class="il-card-sub">{labels.keyDates}</div>
          <ul>
            {entry.dates.map((d) => (
              <li key={d.date + d.label.en}>
                <time dateTime={d.date}>{d.date}</time> {d.label[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {entity.url && (
        <a class="il-card-link" href={entity.url} target="_blank" rel="noopener noreferrer">
          {entity.lookup ? labels.lookUp : labels.wikipedia} ↗
        </a>
      )}
    </div>
  );
}
