import type { Forecast, ForecastQuestion, Prediction } from './forecast-question.js';
import { forecastsUntil, inTimeOrder, latestPerAnalyst } from './forecast-timeline.js';
import { geometricMeanOfOdds } from './geometric-mean-of-odds.js';
import { median } from './median.js';
import { predictionComponents, predictionFromComponents } from './prediction-components.js';

/** The group's forecast two ways; `null` without forecasts. */
export type ForecastAggregate = {
  readonly median: Prediction | null;
  readonly geoMeanOdds: Prediction | null;
};

const combine = (
  question: ForecastQuestion,
  predictions: readonly Prediction[],
  of: (ps: readonly number[]) => number | null,
): Prediction | null => {
  if (predictions.length === 0) return null;
  const columns = predictions.map((p) => predictionComponents(question, p));
  const combined = (columns[0] ?? []).map((_, i) => of(columns.map((c) => c[i] ?? 0)) ?? 0);
  if (question.type === 'binary') return predictionFromComponents(question, combined);
  // Options combined one by one no longer sum to 1; rescale them so they do.
  const total = combined.reduce((sum, p) => sum + p, 0);
  return predictionFromComponents(
    question,
    combined.map((p) => (total > 0 ? p / total : 0)),
  );
};

/**
 * The median and the geometric mean of odds of some predictions (one per analyst). For a
 * multiple-choice question each option is combined on its own, then the options are rescaled
 * to sum to 1.
 *
 * @example aggregatePredictions(binary, [0.5, 0.9]) // → { median: 0.7, geoMeanOdds: 0.75 }
 */
export const aggregatePredictions = (
  question: ForecastQuestion,
  predictions: readonly Prediction[],
): ForecastAggregate => ({
  median: combine(question, predictions, median),
  geoMeanOdds: combine(question, predictions, geometricMeanOfOdds),
});

/**
 * The aggregate of each analyst's latest forecast at the close (later forecasts ignored).
 *
 * @example aggregateAtClose(question, forecasts) // → { median: 0.7, geoMeanOdds: 0.75 }
 */
export const aggregateAtClose = (
  question: ForecastQuestion,
  forecasts: readonly Forecast[],
): ForecastAggregate =>
  aggregatePredictions(
    question,
    [...latestPerAnalyst(forecastsUntil(forecasts, question.closes)).values()].map(
      (f) => f.prediction,
    ),
  );

export type AggregatePoint = ForecastAggregate & {
  readonly at: Forecast['at'];
  /** How many analysts' latest forecasts the aggregate is over. */
  readonly analysts: number;
};

/**
 * The aggregate over time: after each forecast, in time order, the aggregate of each analyst's
 * latest forecast so far. Every forecast counts, including any after the close.
 *
 * @example aggregateOverTime(question, forecasts).map((point) => [point.at, point.median])
 */
export const aggregateOverTime = (
  question: ForecastQuestion,
  forecasts: readonly Forecast[],
): AggregatePoint[] => {
  const ordered = inTimeOrder(forecasts);
  return ordered.map((forecast, i) => {
    const latest = [...latestPerAnalyst(ordered.slice(0, i + 1)).values()];
    return {
      at: forecast.at,
      analysts: latest.length,
      ...aggregatePredictions(
        question,
        latest.map((f) => f.prediction),
      ),
    };
  });
};
