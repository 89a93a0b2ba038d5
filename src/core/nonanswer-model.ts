/**
 * The fitted non-answer model: a logistic regression over `FEATURES`
 * (`nonanswer-features.ts`). Its numbers are data, in `nonanswer-model.json` beside this
 * file, written by `npm run fit:nonanswers` (scripts/fit-nonanswers.ts) and reviewed like code;
 * a test refits and checks that the same data gives the same numbers.
 */
import FITTED from './nonanswer-model.json';
import { FEATURES } from './nonanswer-features';

/** A logistic model: P(not an answer) = 1 / (1 + e^-(bias + Σ weight·feature)). */
export interface NonAnswerModel {
  bias: number;
  /** By feature name; a feature without a weight counts 0. */
  weights: Readonly<Record<string, number>>;
  /** From this probability on, the answer is reported as not (fully) an answer. */
  threshold: number;
}

/** The model as shipped. */
export const SHIPPED_MODEL: NonAnswerModel = FITTED;

/** The model's weights in the order of `FEATURES`, made once per model. */
const VECTORS = new WeakMap<NonAnswerModel, Float64Array>();

function vectorOf(model: NonAnswerModel): Float64Array {
  let vector = VECTORS.get(model);
  if (!vector) {
    vector = Float64Array.from(FEATURES, (name) => model.weights[name] ?? 0);
    VECTORS.set(model, vector);
  }
  return vector;
}

/** The model's probability that an answer with these features is not (fully) an answer. */
export function probability(model: NonAnswerModel, features: readonly number[]): number {
  const weights = vectorOf(model);
  let z = model.bias;
  for (let i = 0; i < weights.length; i++) z += weights[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}

/** What one feature adds to the model's score (its weight times its value). */
export function contribution(model: NonAnswerModel, feature: string, value: number): number {
  return (model.weights[feature] ?? 0) * value;
}
