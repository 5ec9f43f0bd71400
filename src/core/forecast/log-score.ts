import type { ForecastQuestion, Outcome, Prediction } from './forecast-question.js';
import { predictionComponents } from './prediction-components.js';

/**
 * The smallest probability the log score takes, so that a confident miss scores ln(1e-15) ≈ −34.5
 * rather than −Infinity (which JSON cannot carry and no mean survives).
 */
export const LOG_SCORE_FLOOR = 1e-15;

/**
 * The probability a prediction gave to what happened: `p` or `1 − p` for a binary question,
 * the outcome option's probability for a multiple-choice one.
 *
 * @example probabilityOfOutcome(binaryQuestion, 0.7, false) // → 0.3 (up to rounding)
 */
export const probabilityOfOutcome = (
  question: ForecastQuestion,
  prediction: Prediction,
  outcome: Outcome,
): number => {
  const ps = predictionComponents(question, prediction);
  if (question.type === 'binary') return outcome === true ? (ps[0] ?? 0) : 1 - (ps[0] ?? 0);
  return ps[question.options.indexOf(String(outcome))] ?? 0;
};

/**
 * The log score: the natural log of the probability given to the outcome, that probability
 * clamped to at least 1e-15. 0 is best; higher is better.
 *
 * @example logScore(binaryQuestion, 0.5, true) // → −0.6931…
 */
export const logScore = (
  question: ForecastQuestion,
  prediction: Prediction,
  outcome: Outcome,
): number =>
  Math.log(Math.max(probabilityOfOutcome(question, prediction, outcome), LOG_SCORE_FLOOR));
