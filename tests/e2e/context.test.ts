import { beforeEach, describe, expect, it } from 'vitest';
import { lens, server, useExtensionSession } from './support/session';

useExtensionSession();

beforeEach(async () => {
  await lens.goto(server.urlOf('ifanr-altman-de'));
  await lens.settled();
});

/** The texts the entity underline covers in the article (read in the page's main world). */
const underlined = () =>
  lens.page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, { values(): Iterable<Range> }> }).highlights?.get('interview-lens-entity');
    return h ? [...h.values()].map((r) => r.toString()) : [];
  });

describe('context in the article', () => {
  it('underlines the first mention of each known entity, without touching the page DOM', async () => {
    const texts = await underlined();
    expect(texts).toEqual(expect.arrayContaining(['Q*', 'Ilya Sutskever', 'X', 'unabhängige Prüfung', 'gemeinnützigen Holdinggesellschaft']));
    expect(await lens.page.locator('article.o-single-content__body__content [class*=il-]').count()).toBe(0);
  });

  it('opens a card on click, with the description in the UI language, and closes it with Esc', async () => {
    await lens.page.locator('article p', { hasText: 'Sie haben Ilya Sutskever' }).scrollIntoViewIfNeeded();
    await lens.page.locator('.il-mark[data-entity="ilya-sutskever"]').click();
    const card = lens.page.locator('[data-testid=context-card]');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.innerText()).toMatch(/Sutskever/);
    expect(await card.locator('a').getAttribute('href')).toMatch(/^https:\/\/\w+\.wikipedia\.org\/wiki\//);
    await lens.page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
  });

  it('opens a card from the keyboard: focus the mark, press Enter', async () => {
    const mark = lens.page.locator('.il-mark[data-entity="q-star"]');
    await mark.focus();
    await lens.page.keyboard.press('Enter');
    const card = lens.page.locator('[data-testid=context-card]');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.innerText()).toMatch(/Q\*/);
    await card.getByRole('button').click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('keeps a mark over its mention when the page scrolls', async () => {
    const mark = lens.page.locator('.il-mark[data-entity="q-star"]');
    const before = await mark.boundingBox();
    await lens.page.mouse.wheel(0, 400);
    await expect.poll(async () => (await mark.boundingBox())!.y).toBeLessThan(before!.y - 300);
  });
});

describe('the Context section of the sidebar', () => {
  it('steps through the mentions of an entity in the article', async () => {
    const row = lens.page.locator('[data-testid=entity][data-entity="openai-board"]');
    await row.scrollIntoViewIfNeeded();
    const position = row.locator('[data-testid=mention-position]');
    expect(await position.innerText()).toMatch(/^1 of \d+$/);
    await row.getByRole('button', { name: 'Next mention' }).click();
    expect(await position.innerText()).toMatch(/^2 of \d+$/);
    await row.getByRole('button', { name: 'Previous mention' }).click();
    await row.getByRole('button', { name: 'Previous mention' }).click();
    expect(await position.innerText()).toMatch(/^(\d+) of \1$/);
  });
});
