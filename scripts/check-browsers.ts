/**
 * `tsx scripts/check-browsers.ts chromium firefox`: exits 1 with one line per missing browser
 * and how to get it, before an npm script builds and launches anything (see lib/browsers.ts).
 */
import { BROWSER_SOURCES, requireBrowsers, type BrowserName } from './lib/browsers';

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in BROWSER_SOURCES));
if (names.length === 0 || unknown.length > 0) {
  console.error(`usage: tsx scripts/check-browsers.ts ${Object.keys(BROWSER_SOURCES).join('|')}...`);
  process.exit(2);
}
requireBrowsers(names as BrowserName[]);
