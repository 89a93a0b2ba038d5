import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { CORPUS } from '../../scripts/lib/fixture-server';
import { LensPage, type Box } from './support/lens-page';
import { browser, lens, server, useExtensionSession } from './support/session';

/**
 * The sidebar as a new reader meets it in the first ten minutes (issue 15): on the founding
 * interview (ifanr and The Verge, where the sidebar opens by itself) and on the NDR podcast
 * transcript, opened with a real toolbar click on a host no content script of ours runs on.
 */

const NDR_FILE = 'ndr-coronavirus-update-140.de.html';
const hasCorpus = existsSync(join(CORPUS, NDR_FILE));
/** A host the extension's content script does not match: only the toolbar button opens the lens. */
const NDR_URL = `http://interviews.example/corpus/${NDR_FILE}`;

useExtensionSession({
  routes: hasCorpus ? [{ path: `/corpus/${NDR_FILE}`, file: join(CORPUS, NDR_FILE) }] : [],
  args: ['--enable-unsafe-extension-debugging'],
  // Each test starts from a fresh memory: no site layouts, default settings.
  beforePage: () => browser.worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.clear()),
});

/** Opens a page where the sidebar opens by itself, and waits for it. */
async function openInterview(url: string, page: LensPage = lens) {
  await page.goto(url);
  await page.settled();
  await expect.poll(() => page.sidebar().isVisible()).toBe(true);
}

/** Opens the NDR transcript and the sidebar over it with the toolbar button. */
const openNdr = () => lens.openWithToolbar(NDR_URL, browser.extensionId);

/** True when the two boxes share some area. */
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The sidebar's box, or null when it is not shown. */
async function sidebarBox(): Promise<Box | null> {
  if (!(await lens.sidebar().isVisible())) return null;
  const { x, y, width, height } = (await lens.sidebar().boundingBox())!;
  return { left: x, top: y, right: x + width, bottom: y + height };
}

/**
 * What the summary says per interviewee ("X answered A of Q questions") and how many of the
 * listed non-answers are theirs, next to how many answers the turn list shows of them.
 */
async function summaryAndList() {
  const stats = await lens.stats().evaluateAll((items) =>
    items.map((li) => {
      const [, answered, questions] = /(\d+)\D+(\d+)/.exec(li.textContent ?? '') ?? [];
      return { speaker: li.querySelector('strong')?.textContent ?? '', answered: Number(answered), questions: Number(questions) };
    }),
  );
  const nonAnswers = await lens.nonAnswers().evaluateAll((items) => items.map((b) => b.querySelector('.il-who')?.textContent ?? ''));
  const answers = await lens.page.locator('.il-turn--answer').evaluateAll((items) => items.map((b) => b.querySelector('.il-speaker')?.firstChild?.textContent ?? ''));
  return { stats, nonAnswers, answers, text: await lens.page.locator('section[aria-labelledby=il-summary-h]').innerText() };
}

/** The summary agrees with the list while a search is on, and says what the search hides. */
async function expectSummaryToAgreeWithList(query: string) {
  await lens.search().fill(query);
  await expect.poll(() => lens.searchCount().innerText()).toMatch(/match/);
  const { stats, nonAnswers, answers, text } = await summaryAndList();
  expect(answers.length).toBeGreaterThan(0);
  for (const s of stats) {
    const listed = answers.filter((a) => a === s.speaker).length;
    const listedNonAnswers = nonAnswers.filter((n) => n === s.speaker).length;
    // Counted over the listed answers only: no more questions than listed answers ...
    expect(s.questions, `${s.speaker}: ${text}`).toBeLessThanOrEqual(listed);
    // ... and every question not clearly answered shows up in the list of non-answers.
    expect(listedNonAnswers, `${s.speaker}: ${text}`).toBeGreaterThanOrEqual(s.questions - s.answered);
  }
  expect(text).not.toMatch(/Every question got an answer/);
  expect(await lens.page.locator('[data-testid=summary-scope]').innerText()).toMatch(/search/);
}

describe('1. the summary while searching', () => {
  it('on The Verge, counts what the search lists and says what it hides', async () => {
    await openInterview(server.urlOf('theverge-altman-en'));
    await expectSummaryToAgreeWithList('safety');
    expect(await lens.page.locator('[data-testid=summary-scope]').innerText()).toMatch(/\d+ non-answers? hidden by the search/);
    await lens.search().fill('');
    await expect.poll(() => lens.page.locator('[data-testid=summary-scope]').count()).toBe(0);
  });

  it.skipIf(!hasCorpus)('on the NDR transcript, the same', async () => {
    await openNdr();
    await expectSummaryToAgreeWithList('Impfstoff');
  });
});

describe('2. j and k from where the reader is', () => {
  /** Jumps to the last turn and waits for the article to get there. */
  const toTheEnd = async () => {
    await openInterview(server.urlOf('theverge-altman-en'));
    await lens.turns().last().click();
    await expect.poll(async () => (await lens.current())?.id).toBe(await lens.turns().last().getAttribute('data-turn'));
    await lens.scrollSettled();
  };
  /** Back above the first turn there is no current turn, and j goes to the first answer. */
  const jFromTheTop = async () => {
    await expect.poll(() => lens.current()).toBeNull();
    await lens.pressInPage('j');
    await expect.poll(async () => (await lens.current())?.text ?? '').toMatch(/^The board is going to do an independent review/);
    await expect.poll(() => lens.liveRegion().innerText()).toMatch(/^Sam Altman, answer 1 of \d+$/);
  };

  it('start from the top again after an instant scroll there', async () => {
    await toTheEnd();
    await lens.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await jFromTheTop();
  });

  it('start from the top again after Home, which scrolls smoothly', async () => {
    await toTheEnd();
    // Back in the article (a click in its margin), Home scrolls it to the top.
    await lens.page.mouse.click(5, 450);
    await lens.page.keyboard.press('Home');
    await expect.poll(() => lens.page.evaluate(() => window.scrollY)).toBe(0);
    await jFromTheTop();
  });
});

describe.skipIf(!hasCorpus)('3. Enter in the search', () => {
  it('steps through the matches, bringing each into view in the article', async () => {
    await openNdr();
    await lens.search().fill('Impfstoff');
    await expect.poll(() => lens.searchCount().innerText()).toBe('5 matches');
    const seen = new Set<string>();
    for (let step = 1; step <= 5; step++) {
      await lens.page.keyboard.press('Enter');
      await expect.poll(() => lens.searchCount().innerText()).toBe(`Match ${step} of 5`);
      await lens.scrollSettled();
      // The current match's highlight is painted after the step: wait for it, not for a time.
      await expect.poll(async () => (await lens.highlightBoxes('interview-lens-match-current')).length).toBe(1);
      const [current, ...more] = await lens.highlightBoxes('interview-lens-match-current');
      expect(more).toEqual([]);
      expect(current.text).toMatch(/^impfstoff$/i);
      const viewport = await lens.page.evaluate(() => ({ height: window.innerHeight }));
      expect(current.top).toBeGreaterThanOrEqual(0);
      expect(current.bottom).toBeLessThanOrEqual(viewport.height);
      expect(overlap(current, (await sidebarBox())!)).toBe(false);
      seen.add(`${Math.round(current.top + (await lens.page.evaluate(() => window.scrollY)))},${Math.round(current.left)}`);
    }
    expect(seen.size).toBe(5);
    await lens.page.keyboard.press('Shift+Enter');
    await expect.poll(() => lens.searchCount().innerText()).toBe('Match 4 of 5');
  });
});

describe.skipIf(!hasCorpus)('4. the mouse wheel over the sidebar', () => {
  it('scrolls the sidebar on through the Outline box', async () => {
    await openNdr();
    const body = lens.page.locator('.il-body');
    const outline = lens.page.locator('.il-outline');
    const scrollable = await body.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(scrollable).toBeGreaterThan(3000);
    // The wheel turned over the Outline box: a browser latches the gesture to the box, so at
    // its end the rest of the gesture would scroll nothing.
    const { x, y, width, height } = (await outline.boundingBox())!;
    await lens.page.mouse.move(x + width / 2, y + height / 2);
    for (let step = 0; step < 25; step++) {
      await lens.page.mouse.wheel(0, 100);
      await lens.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    }
    // 2,500 px of wheel: what the Outline box does not take, the sidebar does, to the pixel.
    const scrolled = () => Promise.all([body.evaluate((el) => el.scrollTop), outline.evaluate((el) => el.scrollTop)]).then(([a, b]) => a + b);
    await expect.poll(scrolled).toBeGreaterThanOrEqual(2490);
    expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  });
});

describe('5. context cards', () => {
  it('fit the window in the German UI, near the bottom too, the link reachable', async () => {
    const german = await launchWithExtension(server.port, { args: ['--lang=de'] });
    try {
      const page = new LensPage(await german.context.newPage());
      await openInterview(server.urlOf('ifanr-altman-de'), page);
      const mark = page.page.locator('.il-mark[data-entity="ilya-sutskever"]');
      const card = page.page.locator('[data-testid=context-card]');
      for (const at of [435, 'bottom'] as const) {
        await page.page.evaluate((y) => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Sie haben Ilya Sutskever'))!;
          window.scrollBy({ top: p.getBoundingClientRect().top - (y === 'bottom' ? window.innerHeight - 40 : y), behavior: 'instant' });
        }, at);
        await mark.click();
        await expect.poll(() => card.isVisible()).toBe(true);
        const box = (await card.boundingBox())!;
        const height = await page.page.evaluate(() => window.innerHeight);
        expect(box.y, `card at ${at}`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `card at ${at}`).toBeLessThanOrEqual(height);
        expect(await card.innerText()).toMatch(/^Ilya Sutskever/);
        // The last line, the Wikipedia link, is in the card's view once the card is scrolled to its end.
        await card.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }));
        const link = (await card.getByRole('link').boundingBox())!;
        expect(link.y, `link at ${at}`).toBeGreaterThanOrEqual(box.y);
        expect(link.y + link.height, `link at ${at}`).toBeLessThanOrEqual(box.y + box.height);
        await page.page.keyboard.press('Escape');
        await expect.poll(() => card.count()).toBe(0);
      }
      expect(page.errors).toEqual([]);
    } finally {
      await german.close();
    }
  });
});

describe('6. in an 800-px window, where the sidebar overlays the page', () => {
  /** The paragraphs the jump highlighted stand in the window, and no shown sidebar covers them. */
  const expectReadable = async (start: RegExp) => {
    await lens.scrollSettled();
    const paragraphs = await lens.highlightBoxes('interview-lens-focus');
    expect(paragraphs[0].text).toMatch(start);
    const cover = await sidebarBox();
    for (const p of paragraphs) {
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.top).toBeLessThan(800);
      expect(cover && overlap(p, cover), `${JSON.stringify(p)} under ${JSON.stringify(cover)}`).toBeFalsy();
    }
  };
  /** The sidebar's box within the window (it may be moving back in). */
  const sidebarInWindow = async () => {
    const box = await sidebarBox();
    return box !== null && box.left >= 0 && box.right <= 800;
  };

  it('a jump steps the sidebar aside so the paragraph can be read; the launcher brings it back as it was', async () => {
    await lens.page.setViewportSize({ width: 800, height: 800 });
    await openInterview(server.urlOf('ifanr-altman-de'));
    expect(await lens.rootMargin('right')).toBe('0px');
    await lens.turns().filter({ hasText: 'Ich habe gelernt, dass das Unternehmen' }).click();
    await expect.poll(() => lens.launcher().isVisible()).toBe(true);
    await expect.poll(sidebarInWindow).toBe(false);
    await expectReadable(/Ich habe gelernt/);
    expect(await lens.focusedInSidebar()).toBe('launcher');

    // The jump keys go on working with the sidebar aside.
    await lens.pressInPage('k');
    await expect.poll(async () => (await lens.current())?.text ?? '').toMatch(/^Nun, darüber reden wir später/);
    await expectReadable(/Nun, darüber reden wir später/);

    // Tab from the launcher goes into the sidebar, which comes back.
    await lens.launcher().focus();
    await lens.page.keyboard.press('Tab');
    await expect.poll(sidebarInWindow).toBe(true);
    expect(await lens.launcher().count()).toBe(0);

    await lens.turns().filter({ hasText: 'Ich habe gelernt, dass das Unternehmen' }).click();
    await expect.poll(sidebarInWindow).toBe(false);
    await lens.launcher().click();
    await expect.poll(sidebarInWindow).toBe(true);
    expect(await lens.focusedInSidebar()).toBe('turn');
    expect((await lens.current())?.text).toMatch(/^Ich habe gelernt/);
  });
});

describe.skipIf(!hasCorpus)('7. the toolbar button', () => {
  it('opens the sidebar with the focus in it, so / and ? work at once', async () => {
    await openNdr();
    expect(await lens.focusedInSidebar()).toBe('sidebar');
    await lens.page.keyboard.press('?');
    await expect.poll(() => lens.shortcutSheet().isVisible()).toBe(true);
    await lens.page.keyboard.press('Escape');
    await expect.poll(() => lens.shortcutSheet().count()).toBe(0);
    await lens.page.keyboard.press('/');
    expect(await lens.focusedInSidebar()).toBe('search');
  });
});

describe('8. closing the sidebar', () => {
  it('takes the context underlines with it, and reopening brings them back', async () => {
    await openInterview(server.urlOf('ifanr-altman-de'));
    expect((await lens.highlighted('interview-lens-entity')).length).toBeGreaterThan(5);
    const visibleMarks = () => lens.page.locator('.il-mark').evaluateAll((marks) => marks.filter((m) => m.checkVisibility()).length);
    expect(await visibleMarks()).toBeGreaterThan(5);
    await lens.turns().nth(3).click();
    await expect.poll(async () => (await lens.highlighted('interview-lens-focus')).length).toBeGreaterThan(0);
    await lens.page.locator('[data-testid=close]').click();
    await expect.poll(() => lens.launcher().isVisible()).toBe(true);
    expect(await lens.highlighted('interview-lens-entity')).toEqual([]);
    expect(await lens.highlighted('interview-lens-focus')).toEqual([]);
    expect(await visibleMarks()).toBe(0);
    await lens.launcher().click();
    await expect.poll(async () => (await lens.highlighted('interview-lens-entity')).length).toBeGreaterThan(5);
    expect(await visibleMarks()).toBeGreaterThan(5);
  });
});

describe('9. one language rule for the context', () => {
  it('names in the page’s words, in the list and on the card; our descriptions in the UI’s language', async () => {
    await openInterview(server.urlOf('ifanr-altman-de'));
    const row = lens.page.locator('[data-testid=entity][data-entity="openai-board"] .il-entity-name');
    expect(await row.innerText()).toBe('Vorstand von OpenAI');
    const mark = lens.page.locator('.il-mark[data-entity="openai-board"]');
    await mark.focus();
    await lens.page.keyboard.press('Enter');
    const card = lens.page.locator('[data-testid=context-card]');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.il-card-title').innerText()).toBe('Vorstand von OpenAI');
    expect(await card.locator('.il-card-kind').innerText()).toBe('Organisation');
    expect(await card.locator('.il-card-text').innerText()).toMatch(/^The board of directors/);
    // The page's Wikipedia, from the list and from the card alike.
    const href = await card.getByRole('link').getAttribute('href');
    expect(href).toMatch(/^https:\/\/de\.wikipedia\.org\/wiki\//);
    expect(await lens.page.locator('[data-testid=entity][data-entity="openai-board"] a').getAttribute('href')).toBe(href);
  });
});
