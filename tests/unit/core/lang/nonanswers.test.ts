import { describe, expect, it } from 'vitest';
import { classifyAnswer, NON_ANSWER_REASONS } from '../../../../src/core/classify';
import { NON_ANSWER_PHRASES } from '../../../../src/core/lang/nonanswers/index';
import type { Lang } from '../../../../src/core/types';
import { cpuTime } from '../../support/cpu-time';
import { PHRASE_EXAMPLES } from './nonanswers/index';

const LANGS: Lang[] = ['en', 'de', 'zh'];

/** Long inputs built to make a backtracking pattern blow up, one per script. */
const ADVERSARIAL: Record<Lang, string[]> = {
  en: ["not ".repeat(5000), "we don't ".repeat(3000), 'a '.repeat(10000) + '!', "I can't tell you ".repeat(1500)],
  de: ['nicht '.repeat(5000), 'ich kann nicht '.repeat(2000), 'da müssen Sie '.repeat(2000), 'ä'.repeat(20000)],
  zh: ['我不'.repeat(10000), '你得去问'.repeat(5000), '没有'.repeat(10000)],
};
/**
 * Generous bound, in CPU time, for one pattern over ~20 KB (a linear scan takes well under a
 * millisecond; a catastrophic pattern takes seconds): CPU time, so that a busy machine, which
 * makes the scan wait, does not make it fail.
 */
const MAX_MS_PER_SCAN = 100;

describe.each(LANGS)('non-answer phrases (%s)', (lang) => {
  const table = NON_ANSWER_PHRASES[lang];
  const examples = PHRASE_EXAMPLES[lang];

  it('has unique ids and compiles each pattern once, without state', () => {
    expect(new Set(table.map((entry) => entry.id)).size).toBe(table.length);
    for (const entry of table) {
      expect(entry.pattern.global || entry.pattern.sticky, entry.id).toBe(false);
    }
  });

  it('has examples for every entry, and no examples for an entry that does not exist', () => {
    const ids = new Set(table.map((entry) => entry.id));
    for (const entry of table) {
      expect(examples[entry.id]?.examples.length ?? 0, `${entry.id} has no examples`).toBeGreaterThan(0);
    }
    for (const key of Object.keys(examples)) {
      expect(ids.has(key), `examples for "${key}" name no entry`).toBe(true);
    }
  });

  it('uses Unicode-aware word edges where words have umlauts', () => {
    if (lang !== 'de') return;
    for (const entry of table) {
      expect(entry.pattern.flags, entry.id).toContain('u');
      expect(entry.pattern.source, `${entry.id} still has an ASCII \\b`).not.toContain('\\b');
    }
  });

  it('covers every reason', () => {
    const reasons = new Set(table.map((entry) => entry.reason));
    for (const reason of NON_ANSWER_REASONS) expect(reasons, reason).toContain(reason);
  });

  it('scans adversarial input in linear time', () => {
    for (const entry of table) {
      for (const input of ADVERSARIAL[lang]) {
        // Measured on the second scan: the first also compiles the pattern.
        entry.pattern.exec(input);
        expect(cpuTime(() => entry.pattern.exec(input)), entry.id).toBeLessThan(MAX_MS_PER_SCAN);
      }
    }
  });

  describe.each(table.map((entry) => [entry.id, entry, examples[entry.id] ?? { examples: [] }] as const))('%s', (_id, entry, tests) => {
    it.each(tests.examples)('matches and classifies: %s', (example) => {
      const match = entry.pattern.exec(example);
      expect(match, 'pattern matches its example').not.toBeNull();
      const result = classifyAnswer(example, null, lang);
      if (entry.reason === 'sidestep') {
        expect(result).toMatchObject({ verdict: 'partial', reason: 'sidestep' });
      } else {
        expect(result).toMatchObject({ verdict: 'non-answer', reason: entry.reason });
      }
      expect(example).toContain(result.evidence);
    });

    if (tests.counterexamples?.length) {
      it.each(tests.counterexamples)('does not match: %s', (counterexample) => {
        expect(entry.pattern.exec(counterexample)).toBeNull();
      });
    }
  });
});
