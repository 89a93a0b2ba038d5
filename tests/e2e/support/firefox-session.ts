import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../../scripts/lib/firefox';
import { startFixtureServer, type ExtraRoute, type FixtureServer, type Tunnels } from '../../../scripts/lib/fixture-server';
import { FirefoxLensPage } from './firefox-lens-page';

/**
 * One Firefox session per test file, as session.ts is for Chromium: the fixture server (also
 * Firefox's proxy) and Firefox with the built extension, and a fresh tab for each test, which
 * must end with no uncaught error in the page. The bindings are live, like session.ts's.
 */
export let server: FixtureServer;
export let firefox: FirefoxWithExtension;
export let lens: FirefoxLensPage;

/**
 * Registers the session's hooks in the calling test file; `routes` are pages to serve besides
 * the fixtures, `tunnels` the HTTPS hosts led to local stand-ins (whose test certificates
 * Firefox then accepts).
 */
export function useFirefoxSession(routes: ExtraRoute[] = [], tunnels?: Tunnels): void {
  beforeAll(async () => {
    server = await startFixtureServer(routes, tunnels);
    firefox = await launchFirefoxWithExtension(server.port, { acceptTestCertificates: tunnels !== undefined });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  beforeEach(async () => {
    lens = new FirefoxLensPage(await firefox.browser.newPage());
    return async () => {
      expect(lens.errors, 'no uncaught errors in the page').toEqual([]);
      await lens.page.close();
    };
  });
}
