import { describe, expect, it } from 'vitest';
import { commandForKey, isEditable, SHORTCUTS } from '../../../src/sidebar/keymap';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('commandForKey', () => {
  it('maps every key of the sheet inside the sidebar', () => {
    for (const s of SHORTCUTS) expect(commandForKey(key(s.key), 'sidebar', true)).toBe(s.command);
  });
  it('tells j from J, n from N', () => {
    expect(commandForKey(key('j'), 'sidebar', true)).toBe('next-answer');
    expect(commandForKey(key('J'), 'sidebar', true)).toBe('next-same-speaker');
    expect(commandForKey(key('N'), 'sidebar', true)).toBe('prev-non-answer');
  });
  it('hears only the jump keys in the page, and never Esc there', () => {
    expect(commandForKey(key('k'), 'page', true)).toBe('prev-answer');
    expect(commandForKey(key('/'), 'page', true)).toBeNull();
    expect(commandForKey(key('?'), 'page', true)).toBeNull();
    expect(commandForKey(key('Escape'), 'page', true)).toBeNull();
  });
  it('leaves keys with modifiers to the browser and the page', () => {
    expect(commandForKey(key('j', { ctrlKey: true }), 'sidebar', true)).toBeNull();
    expect(commandForKey(key('k', { metaKey: true }), 'page', true)).toBeNull();
    expect(commandForKey(key('n', { altKey: true }), 'sidebar', true)).toBeNull();
  });
  it('switches single keys off, but not Esc', () => {
    expect(commandForKey(key('j'), 'sidebar', false)).toBeNull();
    expect(commandForKey(key('/'), 'sidebar', false)).toBeNull();
    expect(commandForKey(key('Escape'), 'sidebar', false)).toBe('escape');
  });
  it('ignores other keys', () => {
    expect(commandForKey(key('x'), 'sidebar', true)).toBeNull();
    expect(commandForKey(key('Enter'), 'sidebar', true)).toBeNull();
  });
});

describe('isEditable', () => {
  const el = (tagName: string, attrs: Record<string, string> = {}, isContentEditable = false) => ({ tagName, isContentEditable, getAttribute: (n: string) => attrs[n] ?? null });
  it('knows where the reader types', () => {
    expect(isEditable(el('INPUT'))).toBe(true);
    expect(isEditable(el('input', { type: 'search' }))).toBe(true);
    expect(isEditable(el('TEXTAREA'))).toBe(true);
    expect(isEditable(el('SELECT'))).toBe(true);
    expect(isEditable(el('DIV', {}, true))).toBe(true);
    expect(isEditable(el('DIV', { role: 'textbox' }))).toBe(true);
  });
  it('knows where the reader does not type', () => {
    expect(isEditable(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isEditable(el('BUTTON'))).toBe(false);
    expect(isEditable(el('BODY'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
