import { describe, expect, it } from 'vitest';
import { classifyAnswer, NON_ANSWER_REASONS } from '../../../../src/core/classify';
import { NON_ANSWER_LANGUAGES } from '../../../../src/core/lang/nonanswers/index';
import { compileLanguage, readAnswer } from '../../../../src/core/nonanswer-features';
import type { Lang } from '../../../../src/core/types';
import { compileWordPattern } from '../../../../src/core/word-pattern';
import { tokenize } from '../../../../src/core/word-tokens';
import { PHRASE_EXAMPLES } from './nonanswers/index';

const LANGS: Lang[] = ['en', 'de', 'zh'];

/** Long inputs built to make a backtracking pattern blow up, one per script. */
const ADVERSARIAL: Record<Lang, string[]> = {
  en: ['not '.repeat(5000), "we don't ".repeat(3000), 'a '.repeat(10000) + '!', "I can't tell you ".repeat(1500)],
  de: ['nicht '.repeat(5000), 'ich kann nicht '.repeat(2000), 'da müssen Sie '.repeat(2000), 'ä'.repeat(20000)],
  zh: ['我不'.repeat(10000), '你得去问'.repeat(5000), '没有'.repeat(10000)],
};

/** Whether the entry's pattern alone matches somewhere in `text`. */
function matches(lang: Lang, pattern: string, text: string): boolean {
  const compiled = compileWordPattern(pattern, lang, NON_ANSWER_LANGUAGES[lang].fragments);
  const { words } = tokenize(text, lang);
  return words.some((_word, i) => compiled.matchAt(words, i) >= 0);
}

describe.each(LANGS)('non-answer phrases (%s)', (lang) => {
  const data = NON_ANSWER_LANGUAGES[lang];
  const examples = PHRASE_EXAMPLES[lang];

  it('has unique ids, and every pattern compiles and starts with a word', () => {
    expect(new Set(data.phrases.map((entry) => entry.id)).size).toBe(data.phrases.length);
    expect(() => compileLanguage(lang, data)).not.toThrow();
  });

  it('has examples for every entry, and no examples for an entry that does not exist', () => {
    const ids = new Set(data.phrases.map((entry) => entry.id));
    for (const entry of data.phrases) {
      expect(examples[entry.id]?.examples.length ?? 0, `${entry.id} has no examples`).toBeGreaterThan(0);
    }
    for (const key of Object.keys(examples)) expect(ids.has(key), `examples for "${key}" name no entry`).toBe(true);
  });

  it('covers every reason', () => {
    const reasons = new Set(data.phrases.map((entry) => entry.reason));
    for (const reason of NON_ANSWER_REASONS) expect(reasons, reason).toContain(reason);
  });

  it('reads adversarial input without blowing up', () => {
    for (const input of ADVERSARIAL[lang]) expect(() => readAnswer(input, null, lang)).not.toThrow();
  });

  describe.each(data.phrases.map((entry) => [entry.id, entry, examples[entry.id] ?? { examples: [] }] as const))(
    '%s',
    (_id, entry, tests) => {
      it.each(tests.examples)('matches: %s', (example) => {
        expect(matches(lang, entry.pattern, example)).toBe(true);
        // Where two phrases overlap the earlier, longer one is kept: it must say the same.
        const reasons = readAnswer(example, null, lang).hits.map((hit) => hit.phrase.reason);
        expect(reasons, 'found as the speaker’s own, with its reason').toContain(entry.reason);
      });

      if (tests.counterexamples?.length) {
        it.each(tests.counterexamples)('does not match: %s', (counterexample) => {
          const ids = readAnswer(counterexample, null, lang).hits.map((hit) => hit.phrase.id);
          expect(ids).not.toContain(entry.id);
        });
      }
    },
  );
});

describe('examples that stand alone as answers', () => {
  it.each(LANGS)('%s: a strong phrase that is the whole answer is reported, with its reason', (lang) => {
    const data = NON_ANSWER_LANGUAGES[lang];
    for (const entry of data.phrases) {
      if ((entry.strength ?? 'strong') !== 'strong') continue;
      const example = PHRASE_EXAMPLES[lang][entry.id].examples[0];
      const result = classifyAnswer(example, null, lang);
      expect(result.verdict, `${entry.id}: ${example}`).not.toBe('answer');
      expect(example).toContain(result.evidence);
    }
  });
});
