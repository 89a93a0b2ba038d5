/**
 * What the e2e page objects read in the page's main world, written once for both drivers:
 * each is a self-contained function that Playwright's and Puppeteer's `page.evaluate(fn, arg)`
 * run as they are (no imports or outer variables inside).
 */

/** What the sidebar marks as the current turn. */
export interface CurrentTurn {
  id: string;
  /** Position among the listed turns. */
  index: number;
  kind: 'question' | 'answer';
  speaker: string;
  /** The verdict badge's class suffix ('answer', 'partial', 'non-answer'), or null. */
  verdict: string | null;
  text: string;
}

/** Whether the lens has decided on this page: sidebar rendered, or no interview. */
export function lensSettled(): boolean {
  return performance.getEntriesByName('interview-lens:rendered').length + performance.getEntriesByName('interview-lens:idle').length > 0;
}

/** Speaker names on the sidebar's filter chips (the chip text before its counts). */
export function speakerNames(): string[] {
  const chips = document.querySelector('interview-lens-ui')?.shadowRoot?.querySelectorAll('[data-testid=speaker-chip]') ?? [];
  return [...chips].map((c) => c.childNodes[0]?.textContent?.trim() ?? '');
}

/** The vertical position of the paragraph whose text includes `start`, relative to the viewport. */
export function paragraphTop(start: string): number | null {
  const el = Array.from(document.querySelectorAll('p')).find((p) => (p.textContent ?? '').includes(start));
  return el ? el.getBoundingClientRect().top : null;
}

/** The article text each range of a CSS Custom Highlight covers. */
export function highlightedTexts(name: string): string[] {
  const h = (CSS as unknown as { highlights?: Map<string, { values(): Iterable<Range> }> }).highlights?.get(name);
  return h ? [...h.values()].map((r) => r.toString()) : [];
}

/** The current turn in the sidebar, or null when there is none. */
export function currentTurn(): CurrentTurn | null {
  const root = document.querySelector('interview-lens-ui')?.shadowRoot;
  const all = root ? [...root.querySelectorAll('[data-testid=turn]')] : [];
  const el = all.find((turn) => turn.getAttribute('aria-current') === 'true');
  if (!el) return null;
  const badge = el.querySelector('.il-badge');
  return {
    id: (el as HTMLElement).dataset.turn ?? '',
    index: all.indexOf(el),
    kind: el.classList.contains('il-turn--question') ? 'question' : 'answer',
    speaker: el.querySelector('.il-speaker')?.firstChild?.textContent ?? '',
    verdict: badge ? ([...badge.classList].find((c) => c.startsWith('il-badge--'))?.slice('il-badge--'.length) ?? null) : null,
    text: el.querySelector('.il-text')?.textContent ?? '',
  };
}

/** Takes the focus out of the page and the sidebar: the reader is in the article. */
export function blurAll(): void {
  const active = document.activeElement;
  ((active?.shadowRoot?.activeElement ?? active) as HTMLElement | null)?.blur();
}
