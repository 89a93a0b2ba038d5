/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  message: string;
}

/** A polite live region: what it is given is read to screen readers (the speaker after a jump). */
export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <div class="il-sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}
