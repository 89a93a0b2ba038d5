import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { browserPath } from './browsers';
import { ROOT, SERVED_HOSTS } from './fixture-server';

/** The built Chrome extension. */
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker (background). */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded, in a fresh profile, resolving the
 * fixture hosts to the local server. The flags keep Chromium from calling out to the
 * (closed) network: see ../shared/ENVIRONMENT.md.
 */
export async function launchWithExtension(
  port: number,
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    /** More Chromium flags, e.g. `--lang=de` for the UI language. */
    args?: string[];
    /** More hosts to resolve to local ports (a stand-in for Wikipedia), besides the fixture hosts. */
    hosts?: Record<string, number>;
  } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'interview-lens-profile-'));
  const headless = options.headless ?? true;
  const mapped = [...SERVED_HOSTS.map((host) => [host, port] as const), ...Object.entries(options.hosts ?? {})];
  const rules = mapped.map(([host, to]) => `MAP ${host} 127.0.0.1:${to}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
