import { storage } from 'wxt/utils/storage';
import type { SummaryResult } from '../core/knowledge/wikipedia-summary';
import { completeSettings, DEFAULT_SETTINGS, rememberSite, type Settings, type SiteLayout, type SiteLayouts } from './settings';
import { cachedSummary, rememberSummary, summaryCacheKey, type SummaryCache } from './summary-cache';

/**
 * The one module that defines Interview Lens's storage items (WXT storage over
 * `browser.storage.local`). Versioned, so a later shape can migrate the stored values.
 * The page never sees any of it: content scripts read extension storage directly.
 */

/** The options page's settings. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The sidebar's layout per site (host name). */
export const siteLayoutsItem = storage.defineItem<SiteLayouts>('local:sites', {
  fallback: {},
  version: 1,
});

/** The settings, completed with the defaults. */
export async function readSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

/** Saves some of the settings. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await settingsItem.setValue(completeSettings({ ...(await settingsItem.getValue()), ...patch }));
}

/** Calls back with the complete settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(completeSettings(value)));
}

/** What was remembered for a site, if anything. */
export async function readSiteLayout(host: string): Promise<SiteLayout | undefined> {
  return (await siteLayoutsItem.getValue())[host];
}

/** Site layout writes in order: each reads the previous one's result, so none is lost. */
let siteWrites: Promise<void> = Promise.resolve();

/** Remembers a change of the sidebar's layout on a site. */
export function saveSiteLayout(host: string, patch: Omit<SiteLayout, 'at'>): Promise<void> {
  siteWrites = siteWrites
    .catch(() => undefined)
    .then(async () => siteLayoutsItem.setValue(rememberSite(await siteLayoutsItem.getValue(), host, patch, Date.now())));
  return siteWrites;
}

/** How many sites have a remembered layout (shown on the options page). */
export async function countSiteLayouts(): Promise<number> {
  return Object.keys(await siteLayoutsItem.getValue()).length;
}

/** Forgets every remembered site layout. */
export async function forgetSiteLayouts(): Promise<void> {
  await siteLayoutsItem.removeValue();
}

/** Wikipedia summaries the reader loaded (summary-cache.ts), local to this browser. */
export const summaryCacheItem = storage.defineItem<SummaryCache>('local:summaries', {
  fallback: {},
  version: 1,
});

/** A cached, unexpired summary of a name asked for a page in `pageLang`, or null. */
export async function readCachedSummary(pageLang: string, name: string): Promise<SummaryResult | null> {
  return cachedSummary(await summaryCacheItem.getValue(), summaryCacheKey(pageLang, name), Date.now());
}

/** Cache writes in order, as the site layouts'. */
let cacheWrites: Promise<void> = Promise.resolve();

/** Keeps a summary in the cache. */
export function cacheSummary(pageLang: string, name: string, result: SummaryResult): Promise<void> {
  cacheWrites = cacheWrites
    .catch(() => undefined)
    .then(async () => summaryCacheItem.setValue(rememberSummary(await summaryCacheItem.getValue(), summaryCacheKey(pageLang, name), result, Date.now())));
  return cacheWrites;
}
