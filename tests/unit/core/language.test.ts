import { expect, it } from 'vitest';
import { guessLanguage, knownLang, primaryTag } from '../../../src/core/language';

it('guesses German, English and Chinese', () => {
  expect(guessLanguage('Ich bin noch nicht bereit, darüber zu sprechen, und das ist so.')).toBe('de');
  expect(guessLanguage("I'm not ready to talk about that yet, and that is fine.")).toBe('en');
  expect(guessLanguage('我还没有准备好谈论这个问题。')).toBe('zh');
  expect(guessLanguage('Kein Kommentar.')).toBe('de');
  expect(guessLanguage('Später.')).toBe('de');
  expect(guessLanguage('No comment.')).toBe('en');
});

it('reads BCP 47 tags', () => {
  expect(knownLang('zh-Hans-CN')).toBe('zh');
  expect(knownLang('fr')).toBeNull();
  expect(primaryTag('de-DE')).toBe('de');
  expect(primaryTag('')).toBeNull();
});
