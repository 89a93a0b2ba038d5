import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { classifyJsonl } from '../../../src/cli/classify-jsonl';
import type { Classification } from '../../../src/core/types';

const run = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'interview-lens.js');

/** The output of `classifyJsonl`, one parsed classification per line. */
function classified(lines: unknown[]): Classification[] {
  const text = lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n');
  const out = classifyJsonl(text);
  expect(out.endsWith('\n')).toBe(true);
  return out
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Classification);
}

describe('classifyJsonl', () => {
  it('classifies good lines in input order, one output line each', () => {
    const results = classified([
      { question: 'What did you pay?', answer: "We don't disclose that.", lang: 'en' },
      { question: 'How did the quarter go?', answer: 'Revenue grew 12% and margins improved by two points.', lang: 'en' },
      { answer: 'Wir wissen es nicht. Da musst du Ilja fragen.', lang: 'de' },
    ]);
    expect(results).toMatchObject([
      { verdict: 'non-answer', reason: 'declines', evidence: "We don't disclose that" },
      { verdict: 'answer', reason: null, evidence: null },
      { verdict: 'non-answer', reason: 'ignorance', evidence: 'Wir wissen es nicht' },
    ]);
    for (const result of results) expect(Object.keys(result)).toEqual(['verdict', 'reason', 'evidence', 'confidence']);
  });

  it('skips blank lines, including CRLF ones, without shifting line numbers', () => {
    const text = `\r\n${JSON.stringify({ answer: 'No comment.' })}\r\n   \r\n${JSON.stringify({ answer: 'Yes.', question: 'Did you sign?' })}\r\n`;
    expect(classifyJsonl(text).trimEnd().split('\n').map((line) => JSON.parse(line).verdict)).toEqual(['non-answer', 'answer']);
    expect(() => classifyJsonl(`\n\n${JSON.stringify({ answer: 'ok' })}\n{oops`)).toThrow(/^line 4: /);
  });

  it('returns nothing for empty input', () => {
    expect(classifyJsonl('')).toBe('');
    expect(classifyJsonl('\n \n')).toBe('');
  });

  it.each([
    ['a line that is not JSON', '{"answer": "fine"}\n{"answer": "no closing brace"', /^line 2: not valid JSON/],
    ['a JSON value that is not an object', '{"answer": "fine"}\n{"answer": "fine"}\n["an", "array"]', /^line 3: expected a JSON object/],
    ['a line without an answer', '{"question": "Why?"}', /^line 1: "answer" must be a string/],
    ['an answer that is not a string', '{"answer": "fine"}\n{"answer": 42}', /^line 2: "answer" must be a string/],
    ['a question that is not a string', '{"answer": "fine", "question": 7}', /^line 1: "question" must be a string/],
    ['a lang that is not a string', '{"answer": "fine", "lang": ["en"]}', /^line 1: "lang" must be a string/],
  ])('rejects %s with an error naming the line number', (_what, text, message) => {
    expect(() => classifyJsonl(text)).toThrow(message);
  });

  it('accepts a null question as no question', () => {
    expect(classified([{ answer: 'Yes.', question: null }])).toMatchObject([{ verdict: 'answer', reason: null, evidence: null }]);
  });

  it('guesses the language when none is given or the tag is unknown, and reads region tags', () => {
    const results = classified([
      { answer: 'Ich bin noch nicht bereit, darüber zu sprechen, und das ist auch gut so.' },
      { answer: '我们不知道。你得去问伊利亚。' },
      { answer: "We don't break that out.", lang: 'xx' },
      { answer: 'Kein Kommentar.', lang: 'de-AT' },
      { answer: '无可奉告。', lang: 'zh-Hans-CN' },
    ]);
    expect(results.map((r) => r.verdict)).toEqual(['non-answer', 'non-answer', 'non-answer', 'non-answer', 'non-answer']);
    expect(results[0].evidence).toBe('Ich bin noch nicht bereit, darüber zu sprechen, und das ist auch gut so');
    expect(results[1].reason).toBe('ignorance');
    expect(results[2].evidence).toBe("We don't break that out");
  });

  it('classifies a German answer by its own table when the tag is missing, not by the English one', () => {
    const [result] = classified([{ answer: 'Da müssen Sie den Vorstand fragen.' }]);
    expect(result).toMatchObject({ verdict: 'non-answer', reason: 'redirects' });
  });
});

/** Starts Node and tsx twice, which takes seconds on a busy machine: not a speed test. */
describe('interview-lens classify', { timeout: 30_000 }, () => {
  it('prints one line per answer, and exits 2 naming the line of a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-classify-'));
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, `${JSON.stringify({ answer: 'No comment.' })}\n${JSON.stringify({ answer: 'We sold 300 units.' })}\n`);
    const ok = await run('node', [BIN, 'classify', good]);
    expect(ok.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).verdict)).toEqual(['non-answer', 'answer']);

    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify({ answer: 'No comment.' })}\n{"question": "and the answer?"}\n`);
    const failure = await run('node', [BIN, 'classify', bad]).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(2);
    expect(failure!.stdout).toBe('');
    expect(failure!.stderr.trim()).toBe('interview-lens: line 2: "answer" must be a string');
  });
});
