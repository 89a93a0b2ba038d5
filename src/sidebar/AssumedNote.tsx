import type { DetectionEvidence } from '../core/types';
import { detectionText } from './detection';
import type { Strings } from './strings';

/** Props of {@link AssumedNote}. */
export interface AssumedNoteProps {
  t: Strings;
  /** The page's own verdict, which the reader overruled. */
  declined: DetectionEvidence | null;
}

/**
 * Under the title of a page read as an interview at the reader's request: that the roles are
 * the lens's guess, and why by its own signs the page is not one.
 */
export function AssumedNote({ t, declined }: AssumedNoteProps) {
  return (
    <div class="il-assumed" role="note" data-testid="assumed-note">
      <p>{t('assumedNote')}</p>
      {declined && <p class="il-reason">{t('assumedWhy', detectionText(declined, t))}</p>}
    </div>
  );
}
