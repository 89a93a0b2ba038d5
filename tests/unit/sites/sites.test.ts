import { describe, expect, it } from 'vitest';
import { autoMatches, siteAdapters, siteFor } from '../../../src/sites';

describe('siteFor', () => {
  it.each([
    ['https://www.theverge.com/2023/11/29/23982046/sam-altman-interview', 'theverge'],
    ['http://theverge.com/x', 'theverge'],
    ['https://www.ifanr.com/1570213', 'ifanr'],
    ['https://m.ifanr.com/1570213', 'ifanr'],
    ['https://notifanr.com/1', 'generic'],
    ['https://theverge.com.evil.example/', 'generic'],
    ['not a url', 'generic'],
  ])('%s -> %s', (url, id) => expect(siteFor(url).id).toBe(id));
});

describe('site adapters', () => {
  it.each(siteAdapters.map((s) => [s.id, s] as const))('%s lists where it was checked and matches http and https', (_id, site) => {
    expect(site.checkedOn.length).toBeGreaterThan(0);
    for (const pattern of site.matches) expect(pattern).toMatch(/^\*:\/\//);
  });

  it('asks for no host beyond The Verge and ifanr', () => {
    expect(autoMatches.every((m) => /theverge\.com|ifanr\.com/.test(m))).toBe(true);
    expect(autoMatches).not.toContain('<all_urls>');
  });
});
