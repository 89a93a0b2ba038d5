import type { Strings } from './strings';

/** Props of {@link ExportBar}. */
export interface ExportBarProps {
  t: Strings;
  /** What the last copy did, shown briefly; empty when nothing to say. */
  status: string;
  onCopyMarkdown(): void;
  onCopyJson(): void;
}

/** Copy the interview as Markdown (for reading and notes) or as JSON (the CLI's contract). */
export function ExportBar({ t, status, onCopyMarkdown, onCopyJson }: ExportBarProps) {
  return (
    <div class="il-export">
      <button type="button" class="il-text-button" data-testid="copy-markdown" onClick={onCopyMarkdown}>
        {t('copyMarkdown')}
      </button>
      <button type="button" class="il-text-button" data-testid="copy-json" onClick={onCopyJson}>
        {t('copyJson')}
      </button>
      <span class="il-status" aria-hidden="true">
        {status}
      </span>
    </div>
  );
}
