import type { Strings } from '../sidebar/strings';
import type { SummaryView } from './summary-port';

/** Props of {@link WikipediaSummary}. */
export interface WikipediaSummaryProps {
  /** The name as the page gives it: what would be sent. */
  name: string;
  /** Where it would be sent ("de.wikipedia.org"). */
  host: string;
  /** Nothing asked yet (null), loading, or what came back. */
  view: SummaryView | null;
  /** A search link for the name (the card's fallback). */
  searchUrl: string | null;
  t: Strings;
  onLoad(): void;
  onAlways(): void;
}

/**
 * The Wikipedia part of a card for a name outside the knowledge base: before anything is sent,
 * what would be sent and to whom, with "Load" and "Always"; then the summary (title, one-line
 * description, the first sentences, the link) or a quiet line saying why there is none. Every
 * text is rendered as text: the reply's plain `extract`, never its HTML.
 */
export function WikipediaSummary({ name, host, view, searchUrl, t, onLoad, onAlways }: WikipediaSummaryProps) {
  if (view === null) {
    return (
      <div class="il-summary" data-testid="summary" data-state="ask">
        <p class="il-card-note">{t('summaryAsk', name, host)}</p>
        <div class="il-summary-actions">
          <button type="button" class="il-summary-button" data-testid="summary-load" onClick={onLoad}>
            {t('summaryLoad')}
          </button>
          <button type="button" class="il-summary-button il-summary-button--quiet" data-testid="summary-always" title={t('summaryAlwaysNote')} onClick={onAlways}>
            {t('summaryAlways')}
          </button>
        </div>
        {searchUrl && <SearchLink url={searchUrl} t={t} />}
      </div>
    );
  }
  if (view.status === 'loading') {
    return (
      <p class="il-summary il-card-note" data-testid="summary" data-state="loading" role="status">
        {t('summaryLoading')}
      </p>
    );
  }
  if (view.status === 'ok') {
    return (
      <div class="il-summary" data-testid="summary" data-state="ok">
        <div class="il-card-sub">{t('summaryFrom')}</div>
        <div class="il-summary-title">{view.title}</div>
        {view.description && <div class="il-card-kind">{view.description}</div>}
        <p class="il-card-text">{view.extract}</p>
        <a class="il-card-link" href={view.url} target="_blank" rel="noopener noreferrer">
          {t('summaryRead')} ↗
        </a>
      </div>
    );
  }
  const retry = view.status === 'offline' || view.status === 'timeout' || view.status === 'malformed';
  const text =
    view.status === 'disambiguation'
      ? t('summaryDisambiguation', view.title)
      : view.status === 'missing'
        ? t('summaryMissing', name)
        : t(view.status === 'offline' ? 'summaryOffline' : view.status === 'timeout' ? 'summaryTimeout' : 'summaryMalformed');
  return (
    <div class="il-summary" data-testid="summary" data-state={view.status}>
      <p class="il-card-note" role="status">
        {text}
      </p>
      {retry && (
        <button type="button" class="il-summary-button il-summary-button--quiet" data-testid="summary-retry" onClick={onLoad}>
          {t('summaryRetry')}
        </button>
      )}
      {view.status === 'disambiguation' ? (
        <a class="il-card-link" href={view.url} target="_blank" rel="noopener noreferrer">
          {t('summaryDisambiguationLink')} ↗
        </a>
      ) : (
        searchUrl && <SearchLink url={searchUrl} t={t} />
      )}
    </div>
  );
}

function SearchLink({ url, t }: { url: string; t: Strings }) {
  return (
    <a class="il-card-link" href={url} target="_blank" rel="noopener noreferrer">
      {t('lookUpOnWikipedia')} ↗
    </a>
  );
}
