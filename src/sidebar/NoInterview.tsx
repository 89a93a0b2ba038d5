import type { DetectionEvidence } from '../core/types';
import { canReadAnyway, detectionText } from './detection';
import type { Strings } from './strings';

/** Props of {@link NoInterview}. */
export interface NoInterviewProps {
  t: Strings;
  /** Why the page was not taken for an interview. */
  detection: DetectionEvidence;
  /** The reader already asked to read it as an interview, and even so none was found. */
  asked: boolean;
  onReadAnyway(): void;
}

/**
 * The panel where the lens finds no interview: why, in the reader's language, and the offer to
 * read the page as one anyway where its segmentation has something to show; after the reader
 * asked in vain, that even so there are no questions and answers.
 */
export function NoInterview({ t, detection, asked, onReadAnyway }: NoInterviewProps) {
  return (
    <div class="il-empty" data-testid="no-interview">
      <p>{t('noInterview')}</p>
      <p class="il-reason">{detectionText(detection, t)}</p>
      {asked ? (
        <p class="il-reason">{t('readAnywayNone')}</p>
      ) : (
        canReadAnyway(detection) && (
          <button type="button" class="il-text-button il-read-anyway" data-testid="read-anyway" onClick={onReadAnyway}>
            {t('readAnyway')}
          </button>
        )
      )}
    </div>
  );
}
