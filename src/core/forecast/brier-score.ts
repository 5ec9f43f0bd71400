import type { ForecastQuestion, Outcome, Prediction } from './forecast-question.js';
import { scoredComponents } from './prediction-components.js';

/**
 * The Brier score of one prediction: for a binary question `(p − outcome)²` with outcome 1 or 0,
 * from 0 (best) to 1 (worst); for a multiple-choice question the sum over options of
 * `(p(option) − [option came true])²`, from 0 to 2.
 *
 * @example brierScore(binaryQuestion, 0.7, false) // → 0.49
 */
export const brierScore = (
  question: ForecastQuestion,
  prediction: Prediction,
  outcome: Outcome,
): number =>
  scoredComponents(question, prediction, outcome).reduce(
    (sum, { p, hit }) => sum + (p - hit) ** 2,
    0,
  );
