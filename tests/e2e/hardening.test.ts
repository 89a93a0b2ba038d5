import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../scripts/lib/fixture-server';
import type { LensPage } from './support/lens-page';
import { ownUrls } from './support/own-urls';
import { browser, lens, server, useExtensionSession } from './support/session';

/**
 * Hardening in the real browser (issue 7): page text that looks like markup or script is shown
 * as text and never runs, and a whole session makes no network request of the extension's own.
 */

const HOSTILE_PAGE = fileURLToPath(new URL('./pages/hostile-interview.html', import.meta.url));
/** Under ifanr's host, so the content script runs by itself and the ifanr adapter reads the body. */
const HOSTILE_URL = 'http://www.ifanr.com/hostile-interview';

/** Time for an injected `<img src=x>` to fail and run its onerror, had anything injected one. */
const PAYLOAD_GRACE_MS = 1_000;

useExtensionSession({ routes: [{ path: new URL(HOSTILE_URL).pathname, file: HOSTILE_PAGE }] });

/** What the page's main world and every shadow root hold that could run script. */
async function dangerousMarkup(lens: LensPage) {
  return lens.page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of Array.from(roots[i].querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const sidebar = document.querySelector('interview-lens-ui')?.shadowRoot ?? null;
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      sidebarText: sidebar?.textContent ?? '',
      sidebarImages: sidebar?.querySelectorAll('img').length ?? -1,
      sidebarActive: sidebar ? Array.from(sidebar.querySelectorAll('script, iframe, object, embed, svg')).map((el) => el.tagName) : null,
      injectedImages: roots.flatMap((root) => Array.from(root.querySelectorAll('img[src="x"]'))).length,
      handlers: roots.flatMap((root) =>
        Array.from(root.querySelectorAll('*'))
          .filter((el) => el.closest('article') === null || root !== document)
          .flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`)),
      ),
    };
  });
}

describe('a page whose interview text looks like markup', () => {
  it('shows it as text in the sidebar and never runs it', async () => {
    await lens.goto(HOSTILE_URL);
    await lens.settled();
    await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
    expect(await lens.speakerNames()).toEqual(expect.arrayContaining(['Ana Ruiz']));

    // Use the sidebar as a reader would: filter, jump to the turns that carry the payloads.
    await lens.chips().first().click();
    await lens.chips().first().click();
    for (const payload of ['<img src=x', '<script>', 'javascript:', '</style>']) {
      const turn = lens.turns().filter({ hasText: payload }).first();
      await expect.poll(() => turn.count(), { message: `a turn shows ${payload} as text` }).toBeGreaterThan(0);
      await turn.click();
    }
    await lens.page.waitForTimeout(PAYLOAD_GRACE_MS);

    const found = await dangerousMarkup(lens);
    expect(found.pwned, 'no payload ran in the page').toBeUndefined();
    expect(found.sidebarImages, 'no <img> in the sidebar').toBe(0);
    expect(found.sidebarActive, 'no script, iframe, object, embed or svg in the sidebar').toEqual([]);
    expect(found.injectedImages, 'no <img src=x> anywhere').toBe(0);
    expect(found.handlers, 'no event handler or javascript: URL outside the page’s own article').toEqual([]);
    for (const text of ['<img src=x onerror=', "<script>window.__pwned='script'</script>", '</style>', 'javascript:']) {
      expect(found.sidebarText).toContain(text);
    }

    // The control: the same payload written as HTML does run, so the sentinel is a real one.
    await lens.page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = `<img src=x onerror="window.__pwned='control'">`;
      document.body.append(box);
    });
    await expect.poll(() => lens.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe('control');
  });
});


/** Not network: the extension's own files and inline data. */
const LOCAL = /^(?:chrome-extension|data|blob|about):/;

describe('a whole session on the founding interview', () => {
  it('makes no network request of the extension’s own', async () => {
    const slug = 'ifanr-altman-de';
    const pageUrl = server.urlOf(slug);
    const allowed = ownUrls(pageUrl, readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'));
    const requests: Request[] = [];
    const record = (request: Request) => requests.push(request);
    browser.context.on('request', record);
    try {
      await lens.goto(pageUrl);
      await lens.settled();
      await expect.poll(() => lens.sidebar().isVisible()).toBe(true);
      // Open, filter by a speaker, jump to a turn, jump to an entity of the Context section.
      await lens.chips().filter({ hasText: 'Mira Murati' }).first().click();
      await lens.turns().first().click();
      await lens.chips().filter({ hasText: 'Mira Murati' }).first().click();
      const entity = lens.page.locator('[data-testid=entity] button.il-entity-name').first();
      await expect.poll(() => entity.count(), { message: 'the Context section lists an entity' }).toBeGreaterThan(0);
      await entity.click();
      await lens.page.waitForTimeout(PAYLOAD_GRACE_MS);
    } finally {
      browser.context.off('request', record);
    }

    const network = requests.filter((r) => !LOCAL.test(r.url()));
    const foreign = network
      .filter((r) => {
        if (r.serviceWorker()) return true; // the background's own fetch
        const frame = r.frame();
        return frame.page() !== lens.page || frame !== lens.page.mainFrame() || !allowed.has(r.url());
      })
      .map((r) => `${r.resourceType()} ${r.url()}${r.serviceWorker() ? ' (service worker)' : ''}`);
    expect(network.length, 'the page itself was loaded over the network').toBeGreaterThan(0);
    expect(foreign, 'requests that are not the page’s own document and resources').toEqual([]);
  });
});
