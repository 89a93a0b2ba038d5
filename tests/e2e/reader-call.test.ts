import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browser, lens, server, useExtensionSession } from './support/session';

/**
 * When the reader and the lens disagree, in a German UI (issue 14): the toolbar button on a
 * page the lens does not take for an interview says why in the reader's language and offers to
 * read it as one anyway; an interview whose interviewee is named nowhere, with a remark among
 * the questions; an interview in a language whose non-answers the lens does not know.
 * Every page is opened on a host no content script of ours runs on, by a real toolbar click.
 */

const PAGES = {
  unnamed: { path: '/reader/unnamed-interviewee', file: fileURLToPath(new URL('./pages/unnamed-interviewee.html', import.meta.url)) },
  french: { path: '/reader/interview-fr', file: fileURLToPath(new URL('./pages/interview-fr.html', import.meta.url)) },
};

useExtensionSession({
  routes: Object.values(PAGES),
  args: ['--enable-unsafe-extension-debugging', '--lang=de'],
  beforePage: () => browser.worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.clear()),
});

/** A path of the fixture server under interviews.example, where only the toolbar opens the lens. */
const onPlainHost = (path: string) => `http://interviews.example${path}`;

/** Opens the page and clicks the toolbar button, as a reader does; waits for the lens to show. */
const openWithToolbar = (url: string) => lens.openWithToolbar(url, browser.extensionId);

const panel = () => lens.page.locator('[data-testid=no-interview]');
const readAnyway = () => lens.page.locator('[data-testid=read-anyway]');
const assumedNote = () => lens.page.locator('[data-testid=assumed-note]');
const summary = () => lens.page.locator('section[aria-labelledby=il-summary-h]');

describe('a page the lens does not take for an interview', () => {
  it('says why in German and reads it as an interview when asked, marked as the reader’s call', async () => {
    // A help centre's FAQ with Frage:/Antwort: labels: the title says it is an FAQ.
    await openWithToolbar(onPlainHost(new URL(server.urlOf('product-faq-de')).pathname));
    await expect.poll(() => panel().isVisible()).toBe(true);
    const why = await panel().innerText();
    expect(why).toMatch(/Auf dieser Seite wurde kein Interview gefunden/);
    expect(why).toMatch(/Titel nennt sie eine FAQ- oder Hilfeseite/);
    expect(why, 'no English reason under a German UI').not.toMatch(/the title says/i);
    expect(await readAnyway().innerText()).toBe('Trotzdem als Interview lesen');
    expect(await lens.turns().count()).toBe(0);
    expect(await lens.axe()).toEqual([]);

    await readAnyway().click();
    await expect.poll(() => assumedNote().isVisible()).toBe(true);
    // The sidebar the reader asked for has the focus, as after the toolbar button.
    expect(await lens.focusedInSidebar()).toBe('sidebar');
    const note = await assumedNote().innerText();
    expect(note).toMatch(/Auf Wunsch als Interview gelesen: Wer fragt und wer antwortet, vermutet Interview Lens/);
    expect(note).toMatch(/Titel nennt sie eine FAQ- oder Hilfeseite/);
    expect(await lens.turns().count()).toBeGreaterThan(4);
    expect(await lens.page.locator('.il-turn--question').first().innerText()).toMatch(/Thermostat|App|WLAN|Heiz/);
    expect(await panel().count()).toBe(0);
    // The note stands by the title, above the summary.
    const noteBox = (await assumedNote().boundingBox())!;
    const summaryBox = (await summary().boundingBox())!;
    expect(noteBox.y).toBeLessThan(summaryBox.y);
    expect(await lens.axe()).toEqual([]);
    await lens.page.emulateMedia({ colorScheme: 'dark' });
    expect(await lens.axe()).toEqual([]);
  });

  it('offers nothing where even read as an interview it has no questions and answers', async () => {
    // Travel tips: no labels, no questions set apart.
    await openWithToolbar(onPlainHost(new URL(server.urlOf('practical-info-de')).pathname));
    await expect.poll(() => panel().isVisible()).toBe(true);
    expect(await panel().innerText()).toMatch(/keine Sprecherangaben und keine hervorgehobenen Fragen/);
    expect(await readAnyway().count()).toBe(0);
  });
});

describe('an interview whose interviewee is named nowhere, with a remark', () => {
  it('calls them by the German role word, and neither numbers the remark nor counts it as a question', async () => {
    await openWithToolbar(onPlainHost(PAGES.unnamed.path));
    expect(await lens.speakerNames()).toEqual(['Interviewer', 'Interviewpartner']);
    const answers = await lens.page.locator('.il-turn--answer .il-speaker').allInnerTexts();
    expect(answers.length).toBe(5);
    for (const speaker of answers) expect(speaker).toMatch(/^Interviewpartner/);

    const outline = await lens.outlineItems().evaluateAll((items) =>
      items.map((item) => [item.querySelector('.il-outline-number')?.textContent ?? '', item.textContent ?? '']),
    );
    expect(outline.map(([number]) => number)).toEqual(['1.', '2.', '', '3.', '4.']);
    expect(outline[2][1]).toMatch(/That sounds lonely\./);

    expect(await lens.stats().allInnerTexts()).toEqual(['Interviewpartner hat 4 von 4 Fragen beantwortet']);
  });
});

describe('an interview in French', () => {
  it('says that non-answers are not analysed in French instead of an empty summary', async () => {
    await openWithToolbar(onPlainHost(PAGES.french.path));
    expect(await lens.turns().count()).toBe(8);
    const text = await summary().innerText();
    expect(text).toMatch(/Nicht-Antworten werden auf Französisch nicht ausgewertet/);
    expect(text).not.toMatch(/Jede Frage wurde beantwortet/);
    expect(await lens.page.locator('[data-testid=non-answers-only]').count()).toBe(0);
  });
});
