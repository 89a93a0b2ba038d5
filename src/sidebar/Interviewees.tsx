import { useEffect, useState } from 'preact/hooks';
import type { SummaryPort, SummaryView } from '../page/summary-port';
import type { Strings } from './strings';
import type { IntervieweeLine } from './types';

/** Props of {@link Interviewees}. */
export interface IntervieweesProps {
  t: Strings;
  people: IntervieweeLine[];
  /** Wikipedia, for a person the knowledge base and the page do not describe; null offers none. */
  summaries: SummaryPort | null;
}

/**
 * Who is interviewed, at a glance: each name with one line from the knowledge base or the
 * page's introduction; where neither says, a button asks Wikipedia (only the name is sent), or
 * the line loads at once when the reader chose "always" in the options.
 */
export function Interviewees({ t, people, summaries }: IntervieweesProps) {
  return (
    <ul class="il-interviewees" aria-label={t('interviewees')} data-testid="interviewees">
      {people.map((person) => (
        <Interviewee key={person.name} t={t} person={person} summaries={summaries} />
      ))}
    </ul>
  );
}

function Interviewee({ t, person, summaries }: { t: Strings; person: IntervieweeLine; summaries: SummaryPort | null }) {
  const [view, setView] = useState<SummaryView | null>(null);
  const ask = () => {
    if (!summaries || view?.status === 'loading') return;
    setView({ status: 'loading' });
    void summaries.load(person.name).then(setView, () => setView({ status: 'offline' }));
  };
  useEffect(() => {
    if (!person.description && summaries?.consent() === 'always') ask();
  }, []);
  const line = person.description ?? (view?.status === 'ok' ? (view.description ?? view.extract) : null);
  return (
    <li title={line ? `${person.name} – ${line}` : undefined} data-testid="interviewee" data-source={person.description ? person.source : view?.status === 'ok' ? 'wikipedia' : 'none'}>
      <span class="il-interviewee-name">{person.name}</span>
      {line && <span class="il-interviewee-line"> – {line}</span>}
      {!line && summaries && (view === null || view.status === 'offline' || view.status === 'timeout' || view.status === 'malformed') && (
        <>
          {' '}
          <button
            type="button"
            class="il-interviewee-ask"
            title={t('describeFromWikipediaTitle', person.name)}
            data-testid="interviewee-ask"
            onClick={ask}
          >
            {view ? t('summaryRetry') : t('describeFromWikipedia')}
          </button>
        </>
      )}
      {view?.status === 'loading' && <span class="il-interviewee-line"> – {t('summaryLoading')}</span>}
    </li>
  );
}
