import { describe, expect, it } from 'vitest';
import { clampWidth, completeSettings, DEFAULT_SETTINGS, fitWidth, MAX_SITES, MAX_WIDTH, MIN_WIDTH, rememberSite, resolveLayout } from '../../../src/settings/settings';

describe('completeSettings', () => {
  it('fills what is missing with the defaults', () => {
    expect(completeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(completeSettings({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
  it('repairs nonsense', () => {
    expect(completeSettings({ side: 'top' as never, width: 99999, theme: 'pink' as never, shortcuts: 'no' as never })).toEqual({
      side: 'right',
      width: MAX_WIDTH,
      theme: 'auto',
      shortcuts: true,
      summaries: 'ask',
    });
  });
});

describe('widths', () => {
  it('clamps to the allowed range', () => {
    expect([clampWidth(10), clampWidth(400.4), clampWidth(5000), clampWidth(Number.NaN)]).toEqual([MIN_WIDTH, 400, MAX_WIDTH, DEFAULT_SETTINGS.width]);
  });
  it('shrinks to leave the page some room, never below the minimum', () => {
    expect(fitWidth(600, 1400)).toBe(600);
    expect(fitWidth(600, 500)).toBe(460);
    expect(fitWidth(600, 300)).toBe(MIN_WIDTH);
    expect(fitWidth(600, 200)).toBe(200);
  });
});

describe('resolveLayout', () => {
  it('prefers what the site remembers over the settings', () => {
    expect(resolveLayout(DEFAULT_SETTINGS, undefined)).toEqual({ open: true, side: 'right', width: 380 });
    expect(resolveLayout({ ...DEFAULT_SETTINGS, side: 'left' }, { width: 500, open: false })).toEqual({ open: false, side: 'left', width: 500 });
  });
});

describe('rememberSite', () => {
  it('merges a change into the site and stamps it', () => {
    const sites = rememberSite({ 'a.example': { open: false, at: 1 } }, 'a.example', { width: 420 }, 5);
    expect(sites).toEqual({ 'a.example': { open: false, width: 420, at: 5 } });
  });
  it('forgets the least recently changed sites beyond the limit', () => {
    let sites = {};
    for (let i = 0; i <= MAX_SITES; i++) sites = rememberSite(sites, `s${i}.example`, { open: true }, i);
    expect(Object.keys(sites)).toHaveLength(MAX_SITES);
    expect(sites).not.toHaveProperty('s0.example');
    expect(sites).toHaveProperty(`s${MAX_SITES}.example`);
  });
});
