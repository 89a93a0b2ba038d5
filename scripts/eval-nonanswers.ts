/**
 * Measures the non-answer classifier on labelled earnings-call answers
 * (`../shared/data/nonanswers-earnings-calls.train.jsonl`, beside the project folder).
 *
 * Split rule: an answer belongs to the held-aside part when the 32-bit FNV-1a hash of the
 * UTF-8 bytes of its `id` is divisible by 4 (about 25%); all others are the tune part.
 * Only the tune part's errors may be looked at while developing phrases (`--errors` prints
 * them); the held-aside part is only ever scored.
 *
 * Positive: `is_nonanswer` is true. Predicted positive: the verdict is not `answer`
 * (a `partial` answer left part of the question open). The data has no questions.
 *
 * Usage: npm run eval:nonanswers [-- --errors]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyAnswer } from '../src/core/classify';

/** The data file, relative to the project root. */
const DATA_PATH = '../shared/data/nonanswers-earnings-calls.train.jsonl';
/** One in this many answers is held aside. */
const HELD_ASIDE_EVERY = 4;
/** How much of an answer `--errors` prints around the evidence. */
const ERROR_CONTEXT_CHARS = 300;

interface Row {
  id: string;
  answer: string;
  is_nonanswer: boolean;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function isHeldAside(id: string): boolean {
  return fnv1a(id) % HELD_ASIDE_EVERY === 0;
}

function metricsLine(name: string, c: Counts): string {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const n = c.tp + c.fp + c.fn + c.tn;
  return `${name}: precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} f1 ${f1.toFixed(2)} (n=${n})`;
}

function countsLine(name: string, c: Counts): string {
  return `${name} counts: tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn}`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const path = resolve(root, DATA_PATH);
  if (!existsSync(path)) {
    console.log(`eval:nonanswers: no data at ${path}; nothing to measure.`);
    return;
  }
  const showErrors = process.argv.includes('--errors');
  const rows: Row[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);

  const parts: Record<'tune' | 'held-aside', Counts> = {
    tune: { tp: 0, fp: 0, fn: 0, tn: 0 },
    'held-aside': { tp: 0, fp: 0, fn: 0, tn: 0 },
  };
  const started = performance.now();
  for (const row of rows) {
    const part = isHeldAside(row.id) ? 'held-aside' : 'tune';
    const result = classifyAnswer(row.answer, null, 'en');
    const predicted = result.verdict !== 'answer';
    const counts = parts[part];
    if (predicted && row.is_nonanswer) counts.tp++;
    else if (predicted) counts.fp++;
    else if (row.is_nonanswer) counts.fn++;
    else counts.tn++;
    if (showErrors && part === 'tune' && predicted !== row.is_nonanswer) {
      const at = result.evidence ? row.answer.indexOf(result.evidence) : 0;
      const excerpt = row.answer.slice(Math.max(0, at - ERROR_CONTEXT_CHARS), at + ERROR_CONTEXT_CHARS).replace(/\s+/g, ' ');
      const label = predicted ? `FP ${result.verdict}/${result.reason} "${result.evidence}"` : 'FN';
      console.log(`${label} ${row.id} (${row.answer.length} chars)\n  ${excerpt}\n`);
    }
  }
  const elapsed = performance.now() - started;

  console.log(`data: ${path} (${rows.length} answers, classified in ${elapsed.toFixed(0)} ms)`);
  console.log(countsLine('tune', parts.tune));
  console.log(countsLine('held-aside', parts['held-aside']));
  console.log(metricsLine('tune', parts.tune));
  console.log(metricsLine('held-aside', parts['held-aside']));
}

main();
