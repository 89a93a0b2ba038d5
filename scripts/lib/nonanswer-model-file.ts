/**
 * The content of src/core/nonanswer-model.json: the model the fitting procedure gives on all
 * training answers, with a note of what it was fitted on. Shared by `fit:nonanswers`, which
 * writes it, and the test that refits and compares.
 */
import type { NonAnswerModel } from '../../src/core/nonanswer-model';
import { loadEarningsCalls, loadFoundingInterview, loadInterviews } from './nonanswer-data';
import { allRules, fitProcedure, L2, BETA, ruleHits } from './nonanswer-fit';

/** Where the model lives, relative to the project root. */
export const MODEL_FILE = 'src/core/nonanswer-model.json';

/** The model file's content. */
export interface ModelFile extends NonAnswerModel {
  about: string;
  fitted: {
    /** Training answers per data set, and how many of them are positive. */
    answers: Record<string, { answers: number; positive: number }>;
    /** Rules (top-level alternatives of the phrase patterns) the answers were read with. */
    rules: number;
    l2: number;
    beta: number;
  };
}

/** Fits the model on every training answer, or says why it cannot (data absent). */
export function fitModelFile(): ModelFile | string {
  const earnings = loadEarningsCalls();
  if (typeof earnings === 'string') return earnings;
  const interviews = loadInterviews();
  if (typeof interviews === 'string') return interviews;
  const answers = [...earnings, ...interviews.answers, ...loadFoundingInterview()];
  const training = answers.filter((a) => !a.heldAside);
  const rules = allRules();
  const hitList = ruleHits(answers, rules);
  const { model, rules: chosen } = fitProcedure(
    training,
    new Map(answers.map((a, i) => [a, hitList[i]])),
    rules,
  );
  const counts: ModelFile['fitted']['answers'] = {};
  for (const a of training) {
    const count = (counts[a.set] ??= { answers: 0, positive: 0 });
    count.answers++;
    if (a.positive) count.positive++;
  }
  return {
    about:
      'The non-answer model: a logistic regression over the features of src/core/nonanswer-features.ts, written by `npm run fit:nonanswers` (scripts/fit-nonanswers.ts); do not edit by hand. P(not an answer) = 1 / (1 + e^-(bias + sum of weight * feature)); an answer is reported from `threshold` on.',
    bias: model.bias,
    threshold: model.threshold,
    weights: model.weights,
    fitted: { answers: counts, rules: chosen.length, l2: L2, beta: BETA },
  };
}


