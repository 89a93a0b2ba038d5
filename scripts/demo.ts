/**
 * `npm start`: the main job as a demo. Serves the founding interview as an ifanr page, opens
 * Chromium with the built extension at http://www.ifanr.com/… (mapped to the local server, so
 * the real match patterns fire) and shows the sidebar. With no display it runs headless,
 * saves demo.png and prints what the sidebar says.
 */
import { join } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { ROOT, startFixtureServer } from './lib/fixture-server';

const DEMO_FIXTURE = 'ifanr-altman-de';
const SCREENSHOT = join(ROOT, 'demo.png');

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = await startFixtureServer();
const browser = await launchWithExtension(server.port, { headless, viewport: { width: 1400, height: 900 } });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const url = server.urlOf(DEMO_FIXTURE);
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('interview-lens:rendered').length > 0, undefined, { timeout: 20_000 });
await page.locator('[data-testid=sidebar]').waitFor();

if (headless) {
  await page.screenshot({ path: SCREENSHOT });
  const summary = await page.locator('[data-testid=sidebar]').evaluate((sidebar) => ({
    speakers: [...sidebar.querySelectorAll('[data-testid=speaker-chip]')].map(
      (c) => `${c.childNodes[0]?.textContent?.trim()} (${c.querySelector('.il-chip-count')?.textContent?.trim()})`,
    ),
    stats: [...sidebar.querySelectorAll('[data-testid=speaker-stats]')].map((c) => c.textContent?.trim()),
    turns: sidebar.querySelectorAll('[data-testid=turn]').length,
    nonAnswers: [...sidebar.querySelectorAll('[data-testid=non-answer]')].map((n) => ({
      question: n.querySelector('.il-q')?.textContent,
      reason: n.querySelector('.il-badge')?.textContent,
      who: n.querySelector('.il-who')?.textContent,
      quote: n.querySelector('.il-evidence')?.textContent,
    })),
  }));
  console.log(`Interview Lens demo: ${url} (served from tests/fixtures/${DEMO_FIXTURE})`);
  console.log(`Speakers: ${summary.speakers.join(' | ')}`);
  console.log(`Turns listed: ${summary.turns}`);
  for (const line of summary.stats) console.log(`  ${line}`);
  console.log(`Non-answers found: ${summary.nonAnswers.length}`);
  for (const n of summary.nonAnswers) console.log(`  - [${n.reason}] ${n.who}: "${n.quote}"  (Q: ${n.question})`);
  console.log(`Screenshot: ${SCREENSHOT}`);
  await browser.close();
  await server.close();
} else {
  console.log(`Interview Lens demo running at ${url}. Close the browser window or press Ctrl-C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}
