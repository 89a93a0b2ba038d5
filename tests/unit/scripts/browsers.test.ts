import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPath, missingBrowser } from '../../../scripts/lib/browsers';
import { ROOT } from '../../../scripts/lib/fixture-server';

/** The first run on a machine without a browser: one line that says what to do, not a stack trace. */

const none = () => false;
const every = () => true;

describe('missingBrowser', () => {
  it('says which package to install, or which variable to set, when Debian’s browser is missing', () => {
    expect(missingBrowser('chromium', {}, none)).toBe(
      'Chromium not found at /usr/bin/chromium: run `apt-get install -y chromium`, or set CHROME_PATH to a Chromium executable.',
    );
    expect(missingBrowser('firefox', {}, none)).toBe(
      'Firefox not found at /usr/bin/firefox-esr: run `apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox executable.',
    );
  });

  it('names the variable’s path when the variable points nowhere', () => {
    expect(missingBrowser('chromium', { CHROME_PATH: '/nonexistent' })).toMatch(/^Chromium not found: CHROME_PATH=\/nonexistent is not an executable file;/);
    expect(missingBrowser('firefox', { FIREFOX_PATH: ROOT })).toBe(
      `Firefox not found: FIREFOX_PATH=${ROOT} is not an executable file; point FIREFOX_PATH at Firefox, or unset it and run \`apt-get install -y firefox-esr\`.`,
    );
    expect(browserPath('firefox', { FIREFOX_PATH: '/opt/firefox/firefox' })).toBe('/opt/firefox/firefox');
  });

  it('says nothing when the browser is there', () => {
    expect(missingBrowser('chromium', {}, every)).toBeNull();
    expect(missingBrowser('chromium', { CHROME_PATH: process.execPath })).toBeNull();
  });
});

describe('scripts/check-browsers.ts', () => {
  const run = (env: NodeJS.ProcessEnv, ...names: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'check-browsers.ts'), ...names], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('exits 1 with one line per missing browser, prefixed with the npm script that needs it', () => {
    const result = run({ CHROME_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/nonexistent/firefox', npm_lifecycle_event: 'test:e2e' }, 'chromium', 'firefox');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^npm run test:e2e: Chromium not found: CHROME_PATH=\/nonexistent\/chromium is not an executable file; .*apt-get install -y chromium/),
      expect.stringMatching(/^npm run test:e2e: Firefox not found: FIREFOX_PATH=\/nonexistent\/firefox is not an executable file; .*apt-get install -y firefox-esr/),
    ]);
  });

  it('exits 0 and says nothing when the browsers are there', () => {
    const result = run({ CHROME_PATH: process.execPath, FIREFOX_PATH: process.execPath }, 'chromium', 'firefox');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
