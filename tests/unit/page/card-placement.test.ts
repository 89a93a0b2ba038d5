import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/page/card-placement';

const view = { width: 1280, height: 900 };
const card = { width: 320, height: 540 };
/** A mention one line high at (x, y). */
const at = (x: number, y: number) => ({ left: x, top: y, right: x + 60, bottom: y + 20 });
const fits = (p: { left: number; top: number; maxHeight: number }, height = card.height) => {
  expect(p.top).toBeGreaterThanOrEqual(0);
  expect(p.top + Math.min(height, p.maxHeight)).toBeLessThanOrEqual(view.height);
  expect(p.left).toBeGreaterThanOrEqual(0);
  expect(p.left + card.width).toBeLessThanOrEqual(view.width);
};

describe('placeCard', () => {
  it('opens below the mention where the card fits there', () => {
    const p = placeCard(at(100, 100), card, view);
    expect(p.top).toBe(126);
    fits(p);
  });
  it('opens above a mention near the bottom of the window', () => {
    const p = placeCard(at(100, 860), card, view);
    expect(p.top + card.height).toBe(854);
    fits(p);
  });
  it('opens beside a mention in the middle when neither above nor below has room', () => {
    const p = placeCard(at(100, 435), card, view);
    expect(p.left).toBe(166);
    fits(p);
  });
  it('scrolls inside, on the roomier side, when there is no room beside either', () => {
    const narrow = { width: 360, height: 600 };
    const p = placeCard({ left: 20, top: 400, right: 340, bottom: 420 }, card, narrow);
    expect(p.maxHeight).toBe(400 - 6 - 12);
    expect(p.top).toBe(12);
  });
  it('keeps the card inside the window at its right edge', () => {
    expect(placeCard(at(1250, 100), card, view).left).toBe(1280 - 320 - 12);
  });
});
