/**
 * Measures the non-answer classifier on labelled earnings-call answers
 * (`../shared/data/nonanswers-earnings-calls.train.jsonl`, beside the project folder).
 *
 * Split rule: an answer belongs to the held-aside part when the 32-bit FNV-1a hash of the
 * UTF-8 bytes of its `id` is divisible by 4 (about 25%); all others are the tune part.
 * Only the tune part is looked at while developing phrases; the held-aside part is scored
 * only when asked for (`--held-aside`), once the classifier is final, and its errors are never
 * printed.
 *
 * Cross-validation (`--cv`) splits the tune part into CV_FOLDS folds by the same hash
 * (`floor(hash / 4) % CV_FOLDS`). A hand-written table has no training step of its own, so
 * scoring the same table on each fold would only re-slice the tune score. Instead each
 * top-level alternative of an English pattern is a rule, and on each fold only the rules that
 * the other folds support are used: a rule must have decided at least MIN_RULE_SUPPORT answers
 * there correctly, with a precision of at least MIN_RULE_PRECISION. A phrase copied from one
 * tune answer thus earns nothing in cross-validation, while a phrase that recurs does; the
 * pooled score over the folds is the number to judge changes by. `--rules` lists each rule's
 * record on the tune part.
 *
 * Positive: `is_nonanswer` is true. Predicted positive: the verdict is not `answer`
 * (a `partial` answer left part of the question open). The data has no questions.
 *
 * `--cv --cv-errors` prints each fold's errors of the tune part under cross-validation (read-only).
 *
 * Usage: npm run eval:nonanswers [-- --errors] [-- --cv [--rules] [--cv-errors]] [-- --held-aside]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier, type Classifier, type Decision } from '../src/core/classify';
import { NON_ANSWER_PHRASES } from '../src/core/lang/nonanswers/index';
import type { NonAnswerPhrase } from '../src/core/lang/nonanswers/types';

/** The data file, relative to the project root. */
const DATA_PATH = '../shared/data/nonanswers-earnings-calls.train.jsonl';
/** One in this many answers is held aside. */
const HELD_ASIDE_EVERY = 4;
/** Folds of the tune part for `--cv`. */
const CV_FOLDS = 5;
/** A rule is used on a fold when the other folds saw it decide at least this many answers correctly ... */
const MIN_RULE_SUPPORT = 1;
/** ... and be right at least this often when it decided. */
const MIN_RULE_PRECISION = 0.5;
/** How much of an answer `--errors` prints around the evidence. */
const ERROR_CONTEXT_CHARS = 300;
/** How much of a rule's pattern `--rules` prints. */
const RULE_SOURCE_CHARS = 90;

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

/** The cross-validation fold of a tune answer. */
function cvFold(id: string): number {
  return Math.floor(fnv1a(id) / HELD_ASIDE_EVERY) % CV_FOLDS;
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

function isPredicted(decision: Decision): boolean {
  return decision.verdict !== 'answer';
}

function tally(counts: Counts, predicted: boolean, actual: boolean): void {
  if (predicted && actual) counts.tp++;
  else if (predicted) counts.fp++;
  else if (actual) counts.fn++;
  else counts.tn++;
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

/** Scores `rows` with `classify`. */
function score(rows: Row[], classify: Classifier): Counts {
  const counts = emptyCounts();
  for (const row of rows) tally(counts, isPredicted(classify(row.answer, null, 'en')), row.is_nonanswer);
  return counts;
}

/** Splits a pattern's source at its top-level `|` (outside groups and character classes). */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/** The English table with each top-level alternative as an entry of its own, `<id>#<n>`. */
function ruleTable(table: readonly NonAnswerPhrase[]): NonAnswerPhrase[] {
  return table.flatMap((entry) =>
    topLevelAlternatives(entry.pattern.source).map((source, i) => ({
      ...entry,
      id: `${entry.id}#${i + 1}`,
      pattern: new RegExp(source, entry.pattern.flags),
    })),
  );
}

/** How each rule fared where it decided: right and wrong, per fold. */
interface RuleRecord {
  right: number[];
  wrong: number[];
}

/**
 * Cross-validates the rules inside the tune part (see the file comment) and prints the score
 * of each fold and the pooled score; with `showRules`, each rule's record.
 */
function crossValidate(tune: Row[], showRules: boolean, showErrors = false): void {
  const rules = ruleTable(NON_ANSWER_PHRASES.en);
  const all = createClassifier({ ...NON_ANSWER_PHRASES, en: rules });
  const records = new Map<string, RuleRecord>(
    rules.map((rule) => [rule.id, { right: new Array(CV_FOLDS).fill(0), wrong: new Array(CV_FOLDS).fill(0) }]),
  );
  for (const row of tune) {
    const decision = all(row.answer, null, 'en');
    if (!isPredicted(decision) || decision.entry === null) continue;
    const record = records.get(decision.entry.id)!;
    (row.is_nonanswer ? record.right : record.wrong)[cvFold(row.id)]++;
  }

  const pooled = emptyCounts();
  for (let fold = 0; fold < CV_FOLDS; fold++) {
    const supported = rules.filter((rule) => {
      const { right, wrong } = records.get(rule.id)!;
      const r = right.reduce((sum, n, f) => (f === fold ? sum : sum + n), 0);
      const w = wrong.reduce((sum, n, f) => (f === fold ? sum : sum + n), 0);
      return r >= MIN_RULE_SUPPORT && r / (r + w) >= MIN_RULE_PRECISION;
    });
    const classify = createClassifier({ ...NON_ANSWER_PHRASES, en: supported });
    const foldRows = tune.filter((row) => cvFold(row.id) === fold);
    const counts = score(foldRows, classify);
    if (showErrors) printErrors(foldRows, classify, 'cv ');
    for (const key of Object.keys(pooled) as Array<keyof Counts>) pooled[key] += counts[key];
    console.log(`${metricsLine(`cv fold ${fold + 1}/${CV_FOLDS}`, counts)} with ${supported.length} of ${rules.length} rules`);
  }
  console.log(countsLine('tune cv', pooled));
  console.log(metricsLine(`tune cv (${CV_FOLDS} folds, rules supported by the other folds)`, pooled));

  if (showRules) {
    for (const rule of rules) {
      const { right, wrong } = records.get(rule.id)!;
      const r = right.reduce((a, b) => a + b, 0);
      const w = wrong.reduce((a, b) => a + b, 0);
      if (r + w === 0) continue;
      const folds = right.filter((n) => n > 0).length;
      console.log(`${rule.id.padEnd(32)} right ${String(r).padStart(3)} wrong ${String(w).padStart(3)} folds ${folds}  ${rule.pattern.source.slice(0, RULE_SOURCE_CHARS)}`);
    }
  }
}

/** Prints each tune answer the classifier gets wrong, around its evidence. */
function printErrors(tune: Row[], classify: Classifier, prefix = ''): void {
  for (const row of tune) {
    const result = classify(row.answer, null, 'en');
    const predicted = isPredicted(result);
    if (predicted === row.is_nonanswer) continue;
    const at = result.evidence ? row.answer.indexOf(result.evidence) : 0;
    const excerpt = row.answer.slice(Math.max(0, at - ERROR_CONTEXT_CHARS), at + ERROR_CONTEXT_CHARS).replace(/\s+/g, ' ');
    const label = predicted ? `FP ${result.verdict}/${result.reason} ${result.entry?.id ?? '-'} "${result.evidence}"` : 'FN';
    console.log(`${prefix}${label} ${row.id} fold ${cvFold(row.id) + 1} (${row.answer.length} chars)\n  ${excerpt}\n`);
  }
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const path = resolve(root, DATA_PATH);
  if (!existsSync(path)) {
    console.log(`eval:nonanswers: no data at ${path}; nothing to measure.`);
    return;
  }
  const args = new Set(process.argv.slice(2));
  const rows: Row[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
  const tune = rows.filter((row) => !isHeldAside(row.id));
  const classify = createClassifier(NON_ANSWER_PHRASES);

  if (args.has('--errors')) printErrors(tune, classify);

  const started = performance.now();
  const tuneCounts = score(tune, classify);
  const elapsed = performance.now() - started;
  console.log(`data: ${path} (${rows.length} answers; tune part classified in ${elapsed.toFixed(0)} ms)`);
  console.log(countsLine('tune', tuneCounts));
  console.log(metricsLine('tune', tuneCounts));

  if (args.has('--cv')) crossValidate(tune, args.has('--rules'), args.has('--cv-errors'));

  if (args.has('--held-aside')) {
    const heldAside = score(
      rows.filter((row) => isHeldAside(row.id)),
      classify,
    );
    console.log(countsLine('held-aside', heldAside));
    console.log(metricsLine('held-aside', heldAside));
  }
}

main();
