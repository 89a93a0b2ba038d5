import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserPath } from './browsers';
import { ROOT } from './fixture-server';

/** The built Firefox extension. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

/** Firefox with the built extension installed. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id (`browser_specific_settings.gecko.id`). */
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core, which never downloads a
 * browser), with the built extension installed as a temporary add-on (BiDi's
 * `webExtension.install`) in a fresh profile.
 *
 * Firefox has no host-resolver flag; instead its proxy prefs send every http and https request
 * to the fixture server at `port`, which serves the fixture hosts (www.ifanr.com, ...) and logs
 * all the rest: the pages load under their real URLs, so the manifest's match patterns fire,
 * and every request the browser makes, the extension's background included, is seen there.
 * Puppeteer's profile points Firefox's own services (remote settings, reporting) at
 * `http://dummy.test/`; MOZ_REMOTE_SETTINGS_DEVTOOLS lets the release build honour that for
 * remote settings, which it would otherwise fetch from Mozilla's server.
 */
export async function launchFirefoxWithExtension(
  port: number,
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    /**
     * Accepts any server certificate (WebDriver's `acceptInsecureCerts`, as Chromium's
     * --ignore-certificate-errors): for a local HTTPS stand-in with a test certificate.
     */
    acceptTestCertificates?: boolean;
  } = {},
): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: options.headless ?? true,
    // A busy machine starts Firefox in tens of seconds rather than the ~10 s of an idle one.
    timeout: 120_000,
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    acceptInsecureCerts: options.acceptTestCertificates ?? false,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1, // manual
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  try {
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return { browser, extensionId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Requests Firefox makes for itself, not for a page or an extension: Puppeteer's profile sends
 * its services to this host (see `launchFirefoxWithExtension`).
 */
export const FIREFOX_SERVICES_HOST = 'dummy.test';
