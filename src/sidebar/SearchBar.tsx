import type { Ref } from 'preact';
import type { Strings } from './strings';

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  t: Strings;
  query: string;
  /** The number of matches and the one Enter stepped to (-1 before the first step); null without a search. */
  count: { matches: number; current: number } | null;
  inputRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  /** Enter: the next match; Shift+Enter: the previous one. */
  onStep(direction: 1 | -1): void;
}

/** The search box and its count. Esc empties it, then leaves it. */
export function SearchBar({ t, query, count, inputRef, onQuery, onStep }: SearchBarProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const input = event.currentTarget as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query) onQuery('');
      else input.blur();
    }
  };
  return (
    <div class="il-search" role="search">
      <input
        ref={inputRef}
        type="search"
        class="il-search-input"
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={query}
        spellcheck={false}
        autocomplete="off"
        data-testid="search"
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <span class="il-count" role="status" data-testid="search-count">
        {count && (count.matches === 0 ? t('noMatches') : count.current >= 0 ? t('matchOf', count.current + 1, count.matches) : t.plural('matches', count.matches))}
      </span>
    </div>
  );
}
