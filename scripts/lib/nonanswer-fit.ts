/**
 * How the non-answer model is fitted, as one procedure that `fit:nonanswers` runs on all
 * training answers and `eval:nonanswers` runs on each cross-validation fold's training part,
 * so that every step that learns sees only the answers it may see:
 *
 *   1. choose the phrases: each top-level alternative of a phrase pattern is a rule; a rule
 *      written after looking at answers of a data set (`SEEN`) is used only when it finds a
 *      phrase in at least one training answer: a rule copied from one answer earns nothing
 *      on a fold that holds that answer, while a rule that recurs does. Rules written without
 *      looking at a data set are language knowledge and always used;
 *   2. read every training answer into features, each with the rules that the other training
 *      folds choose (cross-fitting: the weights learn what a rule is worth on answers it was
 *      not chosen on, as on a new page);
 *   3. fit a logistic regression (L2 = `L2`);
 *   4. choose the threshold: out-of-fold probabilities from an inner cross-validation over
 *      the training folds; the threshold that maximises F0.5 there (precision counts twice
 *      as much as recall), predicting at least `MIN_PREDICTED` answers.
 */
import { NON_ANSWER_LANGUAGES } from '../../src/core/lang/nonanswers/index';
import type { NonAnswerPhrase } from '../../src/core/lang/nonanswers/types';
import { compileLanguage, FEATURES, readAnswer, type CompiledLanguage } from '../../src/core/nonanswer-features';
import type { NonAnswerModel } from '../../src/core/nonanswer-model';
import type { Lang } from '../../src/core/types';
import { splitAlternatives } from '../../src/core/word-pattern';
import { fitLogistic, predict } from './logistic-regression';
import { CV_FOLDS, type LabelledAnswer } from './nonanswer-data';

/** The L2 penalty on the weights. */
export const L2 = 1;
/** The threshold maximises F-beta out of fold with this beta: below 1 favours precision. */
export const BETA = 0.5;
/** The threshold must report at least this many out-of-fold answers (else it is 1: never). */
export const MIN_PREDICTED = 10;
/** Decimals kept in the model file. */
const WEIGHT_DECIMALS = 4;
const THRESHOLD_DECIMALS = 3;

/**
 * Which data sets' answers were looked at when a language's phrases were written: the English
 * tables were tuned on the earnings calls' tune part (issue #4); `weiss-nicht-genau` was
 * written, and `spaeter` narrowed, after reading answers of the NDR transcript (an interview).
 * A rule counts those answers as seen (see step 1).
 */
const SEEN: Record<Lang, { all: LabelledAnswer['set'][]; phrases?: Record<string, LabelledAnswer['set'][]> }> = {
  en: { all: ['earnings-calls'] },
  de: { all: [], phrases: { 'weiss-nicht-genau': ['interviews'], spaeter: ['interviews'] } },
  zh: { all: [] },
};

/** A rule: one top-level alternative of a phrase, as a phrase of its own (`<id>#<n>`). */
export interface Rule extends NonAnswerPhrase {
  lang: Lang;
  seen: ReadonlySet<LabelledAnswer['set']>;
}

/** Every rule of every language. */
export function allRules(): Rule[] {
  return (Object.keys(NON_ANSWER_LANGUAGES) as Lang[]).flatMap((lang) => {
    const seen = SEEN[lang];
    return NON_ANSWER_LANGUAGES[lang].phrases.flatMap((phrase) =>
      splitAlternatives(phrase.pattern).map((pattern, i) => ({
        ...phrase,
        id: `${phrase.id}#${i + 1}`,
        pattern,
        lang,
        seen: new Set(seen.phrases?.[phrase.id] ?? seen.all),
      })),
    );
  });
}

/** The languages compiled with only the given rules. */
export function languagesWith(rules: readonly Rule[]): Record<Lang, CompiledLanguage> {
  const of = (lang: Lang) => compileLanguage(lang, NON_ANSWER_LANGUAGES[lang], rules.filter((rule) => rule.lang === lang));
  return { en: of('en'), de: of('de'), zh: of('zh') };
}

/** The ids of the rules that find a phrase (as the speaker's own) in each answer, read with every rule. */
export function ruleHits(answers: readonly LabelledAnswer[], rules: readonly Rule[]): Array<Set<string>> {
  const languages = languagesWith(rules);
  return answers.map((a) => new Set(readAnswer(a.answer, a.question, a.lang, languages[a.lang]).hits.map((hit) => hit.phrase.id)));
}

/**
 * Step 1: the rules the training answers allow. A rule written after looking at a data set's
 * answers is dropped when it finds a phrase in some of that set's answers but in none of the
 * training ones: its only evidence is answers the procedure may not see. (Whether it finds
 * one anywhere is read from `hits`, which covers every answer that is not held aside; it
 * says nothing of their labels.)
 */
export function chooseRules(rules: readonly Rule[], training: readonly LabelledAnswer[], hits: ReadonlyMap<LabelledAnswer, Set<string>>): Rule[] {
  const key = (set: string, id: string) => `${set}\u0000${id}`;
  const supported = new Set<string>();
  for (const answer of training) for (const id of hits.get(answer) ?? []) supported.add(key(answer.set, id));
  const anywhere = new Set<string>();
  for (const [answer, ids] of hits) if (!answer.heldAside) for (const id of ids) anywhere.add(key(answer.set, id));
  return rules.filter((rule) => [...rule.seen].every((set) => supported.has(key(set, rule.id)) || !anywhere.has(key(set, rule.id))));
}

/** What the procedure gives: the model and the rules it reads answers with. */
export interface Fitted {
  model: NonAnswerModel;
  rules: Rule[];
  languages: Record<Lang, CompiledLanguage>;
}

/**
 * The fitting procedure (steps 1-4) on `training`. `hits` holds, for every answer, the rules
 * that find a phrase in it (`ruleHits` with all rules), so that the phrase choice is cheap.
 */
export function fitProcedure(training: readonly LabelledAnswer[], hits: ReadonlyMap<LabelledAnswer, Set<string>>, rules = allRules()): Fitted {
  const chosen = chooseRules(rules, training, hits);
  const languages = languagesWith(chosen);
  // Cross-fitted features: each answer read with the rules the other training folds choose, so
  // that the weights learn what a rule is worth on answers it was not chosen on.
  const x = new Array<number[]>(training.length);
  const foldsPresent = new Set(training.map((a) => a.fold));
  for (let fold = 0; fold < CV_FOLDS; fold++) {
    if (!foldsPresent.has(fold)) continue;
    const others = training.filter((a) => a.fold !== fold);
    const foldLanguages = languagesWith(chooseRules(rules, others, hits));
    training.forEach((a, i) => {
      if (a.fold === fold) x[i] = readAnswer(a.answer, a.question, a.lang, foldLanguages[a.lang]).features;
    });
  }
  training.forEach((a, i) => {
    x[i] ??= readAnswer(a.answer, a.question, a.lang, languages[a.lang]).features;
  });
  const y = training.map((a) => a.positive);
  const fitted = fitLogistic(x, y, L2);

  // Threshold: out-of-fold probabilities over the training folds.
  const outOfFold = new Array<number>(training.length);
  for (let fold = 0; fold < CV_FOLDS; fold++) {
    if (!foldsPresent.has(fold)) continue;
    const inner = training.map((_a, i) => i).filter((i) => training[i].fold !== fold);
    const model = fitLogistic(inner.map((i) => x[i]), inner.map((i) => y[i]), L2);
    training.forEach((a, i) => {
      if (a.fold === fold) outOfFold[i] = predict(model, x[i]);
    });
  }
  const threshold = chooseThreshold(outOfFold, y);

  const weights: Record<string, number> = {};
  FEATURES.forEach((name, i) => (weights[name] = round(fitted.weights[i], WEIGHT_DECIMALS)));
  return {
    model: { bias: round(fitted.bias, WEIGHT_DECIMALS), weights, threshold: floor(threshold, THRESHOLD_DECIMALS) },
    rules: chosen,
    languages,
  };
}

/**
 * The threshold that does best out of fold by F0.5, the F-measure that counts precision twice as
 * much as recall (precision first), among thresholds that report at least MIN_PREDICTED
 * answers; 1 (never report) when none does. Ties go to the higher threshold.
 */
function chooseThreshold(probabilities: readonly number[], labels: readonly boolean[]): number {
  const order = probabilities.map((_p, i) => i).filter((i) => probabilities[i] !== undefined);
  order.sort((a, b) => probabilities[b] - probabilities[a] || a - b);
  const positives = order.filter((i) => labels[i]).length;
  let tp = 0;
  let best = { score: 0, threshold: 1 };
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]]) tp++;
    const predicted = k + 1;
    const next = order[k + 1];
    // Only between distinct probabilities: a threshold cannot split ties.
    if (next !== undefined && probabilities[next] === probabilities[order[k]]) continue;
    if (predicted < MIN_PREDICTED || tp === 0) continue;
    const precision = tp / predicted;
    const recall = tp / positives;
    const score = ((1 + BETA ** 2) * precision * recall) / (BETA ** 2 * precision + recall);
    if (score > best.score) best = { score, threshold: probabilities[order[k]] };
  }
  return best.threshold;
}

/** Rounded down, so that the answer the threshold was chosen at stays above it. */
function floor(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.floor(value * factor) / factor;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
