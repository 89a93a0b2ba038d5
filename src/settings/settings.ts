/**
 * The reader's preferences and the sidebar's remembered layout per site, as plain data with
 * pure helpers. The storage items that keep them live in ./storage.ts, the only module that
 * talks to `browser.storage`.
 */

/** Which edge of the window the sidebar sits on. */
export type Side = 'left' | 'right';

/** 'auto' follows `prefers-color-scheme`; the others override it. */
export type Theme = 'auto' | 'light' | 'dark';

/** What the options page sets. */
export interface Settings {
  side: Side;
  /** Width in CSS px of a sidebar on a site that has none remembered. */
  width: number;
  theme: Theme;
  /** j, k, n, /, ? and friends. Off honours WCAG 2.1.4 (character key shortcuts). */
  shortcuts: boolean;
  /**
   * Wikipedia summaries: 'ask' (the default) loads one only when the reader clicks "Load" on a
   * card; 'always' loads it as soon as the reader opens a card, and the interviewee's line in
   * the header. Either way only the name is sent, and only to Wikipedia.
   */
  summaries: SummaryConsent;
}

/** Whether a Wikipedia summary is loaded on the reader's click each time, or at once. */
export type SummaryConsent = 'ask' | 'always';

/** What the sidebar remembers of one site (host name): each field overrides the settings. */
export interface SiteLayout {
  open?: boolean;
  side?: Side;
  width?: number;
  /** When the reader last changed it (ms since the epoch), to forget the oldest sites. */
  at?: number;
}

/** Remembered layouts by host name. */
export type SiteLayouts = Record<string, SiteLayout>;

/** The layout the sidebar is shown with on a site. */
export interface Layout {
  open: boolean;
  side: Side;
  width: number;
}

/** The narrowest sidebar, in CSS px. */
export const MIN_WIDTH = 280;
/** The widest sidebar, in CSS px. */
export const MAX_WIDTH = 720;

/** A sidebar never leaves less than this much of the window to the page when overlaid. */
const PAGE_MIN_PX = 40;

/** How many sites are remembered before the least recently changed are forgotten. */
export const MAX_SITES = 200;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = { side: 'right', width: 380, theme: 'auto', shortcuts: true, summaries: 'ask' };

/** A stored value completed with the defaults (older versions, hand-edited storage). */
export function completeSettings(stored: Partial<Settings> | null | undefined): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  return {
    side: merged.side === 'left' ? 'left' : 'right',
    width: clampWidth(Number(merged.width)),
    theme: merged.theme === 'light' || merged.theme === 'dark' ? merged.theme : 'auto',
    shortcuts: merged.shortcuts !== false,
    summaries: merged.summaries === 'always' ? 'always' : 'ask',
  };
}

/** A width within [MIN_WIDTH, MAX_WIDTH], rounded to whole px; the default for nonsense. */
export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_SETTINGS.width;
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

/** The width the sidebar can take in a window this wide (it shrinks, never below MIN_WIDTH). */
export function fitWidth(width: number, viewportWidth: number): number {
  return Math.max(Math.min(MIN_WIDTH, viewportWidth), Math.min(clampWidth(width), viewportWidth - PAGE_MIN_PX));
}

/** The layout on a site: what was remembered there, else the settings; open unless closed. */
export function resolveLayout(settings: Settings, site: SiteLayout | undefined): Layout {
  return {
    open: site?.open ?? true,
    side: site?.side ?? settings.side,
    width: clampWidth(site?.width ?? settings.width),
  };
}

/**
 * The layouts with one site's changes applied and stamped; beyond `MAX_SITES` the least
 * recently changed sites are forgotten.
 */
export function rememberSite(sites: SiteLayouts, host: string, patch: Omit<SiteLayout, 'at'>, now: number): SiteLayouts {
  const next: SiteLayouts = { ...sites, [host]: { ...sites[host], ...patch, at: now } };
  const hosts = Object.keys(next);
  if (hosts.length <= MAX_SITES) return next;
  const oldest = hosts.sort((a, b) => (next[a].at ?? 0) - (next[b].at ?? 0)).slice(0, hosts.length - MAX_SITES);
  for (const h of oldest) delete next[h];
  return next;
}
