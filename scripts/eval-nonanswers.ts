/**
 * `npm run eval:nonanswers`: how well the non-answer classifier does, on the earnings calls
 * and on the interview answers separately (scripts/lib/nonanswer-data.ts):
 *
 * - cross-validated: for each of CV_FOLDS folds, the whole fitting procedure
 *   (scripts/lib/nonanswer-fit.ts: the choice of phrases, the weights, the threshold) runs on
 *   the other folds of both data sets and the fold is classified with what it gave; the
 *   folds' counts are pooled. The English phrase tables were written while looking at the
 *   earnings calls' tune part (issue #4), so the phrase choice can only discount what recurs
 *   nowhere else: on the earnings calls this figure still flatters;
 * - held aside (`--held-aside`): the model fitted on all training answers (the shipped one,
 *   when the model file is current) on the held-aside parts, which no phrase, weight or
 *   threshold was chosen by. Each such run is counted in `scripts/data/nonanswers-held-aside.json`
 *   (committed with the change it measured), and the counts are printed: a part scored often
 *   measures less. Its errors are never printed.
 *
 * Positive: not (fully) an answer (earnings calls: `is_nonanswer`; interviews: a `partial`
 * or `non-answer` verdict). Predicted positive: the verdict is not `answer`.
 *
 * Usage: npm run eval:nonanswers [-- --held-aside] [-- --errors]   (--errors: the CV errors of
 * the training parts, to read; never of a held-aside part)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, type Classifier } from '../src/core/classify';
import { ROOT } from './lib/fixture-server';
import { CV_FOLDS, loadEarningsCalls, loadFoundingInterview, loadInterviews, type LabelledAnswer } from './lib/nonanswer-data';
import { allRules, fitProcedure, ruleHits } from './lib/nonanswer-fit';

/** The log of held-aside scorings. */
const COUNTER = join(ROOT, 'scripts', 'data', 'nonanswers-held-aside.json');
/** How much of an answer `--errors` prints around the evidence. */
const ERROR_CONTEXT_CHARS = 240;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

type SetName = Exclude<LabelledAnswer['set'], 'founding'>;
const SETS: SetName[] = ['earnings-calls', 'interviews'];

/** One held-aside scoring, as logged. */
interface Scoring {
  date: string;
  /** The commit the scored model and phrases were at (with `+` when the tree had changes). */
  commit?: string;
  set: SetName;
  n: number;
  counts: Counts;
}

interface CounterFile {
  about: string;
  /** Scorings before this log was kept (issue #4's sessions), by part. */
  before: Record<SetName, number>;
  scorings: Scoring[];
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

function tally(counts: Counts, predicted: boolean, actual: boolean): void {
  if (predicted && actual) counts.tp++;
  else if (predicted) counts.fp++;
  else if (actual) counts.fn++;
  else counts.tn++;
}

function metricsLine(name: string, c: Counts): string {
  const precision = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const show = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(2));
  return `${name}: precision ${show(precision)} recall ${show(recall)} f1 ${show(f1)} (n=${c.tp + c.fp + c.fn + c.tn}; tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`;
}

/** Classifies `answers` with `classify`, tallies per data set, and prints the errors when asked. */
function score(answers: readonly LabelledAnswer[], classify: Classifier, counts: Record<SetName, Counts>, errors: boolean): void {
  for (const a of answers) {
    const decision = classify(a.answer, a.question, a.lang);
    const predicted = decision.verdict !== 'answer';
    if (a.set === 'founding') continue;
    tally(counts[a.set], predicted, a.positive);
    if (errors && predicted !== a.positive) {
      const at = decision.evidence ? a.answer.indexOf(decision.evidence) : 0;
      const excerpt = a.answer.slice(Math.max(0, at - ERROR_CONTEXT_CHARS), at + ERROR_CONTEXT_CHARS).replace(/\s+/g, ' ');
      const label = predicted ? `FP ${decision.verdict}/${decision.reason} p=${decision.confidence} "${decision.evidence}"` : `FN p=${1 - decision.confidence}`;
      console.log(`${label} ${a.id}\n  ${excerpt}\n`);
    }
  }
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const earnings = loadEarningsCalls();
  const interviews = loadInterviews();
  if (typeof earnings === 'string') console.log(`eval:nonanswers: ${earnings}`);
  if (typeof interviews === 'string') console.log(`eval:nonanswers: ${interviews}`);
  else for (const problem of interviews.problems) console.log(`interviews: ${problem}`);
  const scored = [...(typeof earnings === 'string' ? [] : earnings), ...(typeof interviews === 'string' ? [] : interviews.answers)];
  if (scored.length === 0) return;
  // The founding interview is trained on in every fold and never scored (the golden test checks it).
  const answers = [...scored, ...loadFoundingInterview()];
  const training = answers.filter((a) => !a.heldAside);
  const heldAside = answers.filter((a) => a.heldAside);
  for (const set of SETS) {
    const of = (list: LabelledAnswer[]) => list.filter((a) => a.set === set);
    const pages = set === 'interviews' && typeof interviews !== 'string' ? `, ${interviews.pages} pages` : '';
    console.log(`${set}: ${of(training).length} answers to train on (${of(training).filter((a) => a.positive).length} positive), ${of(heldAside).length} held aside${pages}`);
  }

  const started = performance.now();
  const rules = allRules();
  const hitList = ruleHits(answers, rules);
  const hits = new Map(answers.map((a, i) => [a, hitList[i]]));

  const cv: Record<SetName, Counts> = { 'earnings-calls': emptyCounts(), interviews: emptyCounts() };
  for (let fold = 0; fold < CV_FOLDS; fold++) {
    const fitted = fitProcedure(
      training.filter((a) => a.fold !== fold),
      hits,
      rules,
    );
    const classify = createClassifier(fitted.model, fitted.languages);
    score(
      training.filter((a) => a.fold === fold),
      classify,
      cv,
      args.has('--errors'),
    );
  }
  console.log(`cross-validation: ${CV_FOLDS} folds, every step fitted on the other folds (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const set of SETS) console.log(metricsLine(`  ${set} cv`, cv[set]));

  if (!args.has('--held-aside')) {
    console.log('held-aside parts: not scored (--held-aside scores them and counts it)');
    printCounter(readCounter());
    return;
  }
  const fitted = fitProcedure(training, hits, rules);
  const held: Record<SetName, Counts> = { 'earnings-calls': emptyCounts(), interviews: emptyCounts() };
  score(heldAside, createClassifier(fitted.model, fitted.languages), held, false);
  const counter = readCounter();
  const date = new Date().toISOString();
  const commit = currentCommit();
  for (const set of SETS) {
    const n = held[set].tp + held[set].fp + held[set].fn + held[set].tn;
    if (n === 0) continue;
    counter.scorings.push({ date, ...(commit ? { commit } : {}), set, n, counts: held[set] });
    console.log(metricsLine(`  ${set} held-aside`, held[set]));
  }
  writeFileSync(COUNTER, JSON.stringify(counter, null, 2) + '\n');
  printCounter(counter);
}

/** The checked-out commit, `+` when the tree has changes; null outside a git checkout. */
function currentCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+` : head;
  } catch {
    return null;
  }
}

function readCounter(): CounterFile {
  return JSON.parse(readFileSync(COUNTER, 'utf8')) as CounterFile;
}

function printCounter(counter: CounterFile): void {
  for (const set of SETS) {
    const mine = counter.scorings.filter((s) => s.set === set).length;
    const before = counter.before[set];
    console.log(`  ${set} held-aside part scored ${before + mine} times so far (${before} before this log, ${mine} logged in ${COUNTER.slice(ROOT.length)})`);
  }
}

main();
