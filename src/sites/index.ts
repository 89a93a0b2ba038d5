import { generic } from './generic';
import { ifanr } from './ifanr';
import { theverge } from './theverge';
import type { SiteAdapter } from './types';

export type { SiteAdapter } from './types';

/** Every adapter with hosts, in the order they are tried. */
export const siteAdapters: SiteAdapter[] = [theverge, ifanr];

/** Manifest match patterns of the sites where the content script runs by itself. */
export const autoMatches: string[] = siteAdapters.flatMap((site) => site.matches);

/** The adapter for a URL: a known site by host name, else the generic one. */
export function siteFor(url: string | null | undefined): SiteAdapter {
  let host = '';
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return generic;
  }
  return (
    siteAdapters.find((site) => site.hosts.some((h) => host === h || host.endsWith('.' + h))) ??
    generic
  );
}
