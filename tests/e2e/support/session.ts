import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { startFixtureServer, type ExtraRoute, type FixtureServer } from '../../../scripts/lib/fixture-server';
import { LensPage } from './lens-page';

/**
 * One e2e session per test file: the fixture server and Chromium with the built extension,
 * and a fresh page for each test, which must end with no error of the extension's in its
 * console. The bindings below are live: they hold the current file's objects once its hooks ran.
 */
export let server: FixtureServer;
export let browser: ExtensionBrowser;
export let lens: LensPage;

export interface SessionOptions {
  /** Pages to serve besides the fixtures. */
  routes?: ExtraRoute[];
  /** Runs before each test's page opens (e.g. to clear the extension's storage). */
  beforePage?: () => Promise<void>;
  /** More Chromium flags, e.g. `--enable-unsafe-extension-debugging` for real toolbar clicks. */
  args?: string[];
  /** More hosts resolved to local ports, by host name; the port is asked for once the session starts. */
  hosts?: () => Record<string, number>;
}

/** Registers the session's hooks in the calling test file. */
export function useExtensionSession({ routes = [], beforePage, args, hosts }: SessionOptions = {}): void {
  beforeAll(async () => {
    server = await startFixtureServer(routes);
    browser = await launchWithExtension(server.port, { args, hosts: hosts?.() });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await beforePage?.();
    lens = new LensPage(await browser.context.newPage());
    return async () => {
      expect(lens.errors, 'no errors in the console').toEqual([]);
      await lens.page.close();
    };
  });
}
