import { invalidInput } from '../errors.js';
import type { ForecastQuestion, Outcome, Prediction } from './forecast-question.js';

/** One probability of a prediction and whether what it was given to came true (1) or not (0). */
export type ScoredComponent = { readonly p: number; readonly hit: 0 | 1 };

/**
 * A prediction as a list of probabilities: `[p(yes)]` for a binary question, one per option
 * (in the question's order, a missing option counting 0) for a multiple-choice one.
 *
 * @example predictionComponents(multipleChoice, { a: 0.2, b: 0.8 }) // → [0.2, 0.8, 0] for options a, b, c
 */
export const predictionComponents = (
  question: ForecastQuestion,
  prediction: Prediction,
): number[] => {
  if (question.type === 'binary') {
    if (typeof prediction !== 'number') {
      throw invalidInput(`Question ${question.id} is binary: a forecast is one probability`);
    }
    return [prediction];
  }
  if (typeof prediction === 'number') {
    throw invalidInput(`Question ${question.id} is multiple choice: a forecast is a distribution`);
  }
  return question.options.map((option) => prediction[option] ?? 0);
};

/**
 * The prediction whose components these are: the inverse of `predictionComponents`.
 *
 * @example predictionFromComponents(binary, [0.7]) // → 0.7
 */
export const predictionFromComponents = (
  question: ForecastQuestion,
  components: readonly number[],
): Prediction =>
  question.type === 'binary'
    ? (components[0] ?? 0)
    : Object.fromEntries(question.options.map((option, i) => [option, components[i] ?? 0]));

/**
 * The components of a prediction paired with the outcome: binary `[(p(yes), yes?)]`;
 * multiple choice `(p(option), option = outcome?)` for every option.
 *
 * @example scoredComponents(binary, 0.7, false) // → [{ p: 0.7, hit: 0 }]
 */
export const scoredComponents = (
  question: ForecastQuestion,
  prediction: Prediction,
  outcome: Outcome,
): ScoredComponent[] => {
  const ps = predictionComponents(question, prediction);
  if (question.type === 'binary') return [{ p: ps[0] ?? 0, hit: outcome === true ? 1 : 0 }];
  return question.options.map((option, i) => ({ p: ps[i] ?? 0, hit: option === outcome ? 1 : 0 }));
};
