import { brierScore } from './brier-score.js';
import type { Forecast, ForecastQuestion, Outcome } from './forecast-question.js';
import { forecastsUntil, inTimeOrder, millisOf } from './forecast-timeline.js';

/**
 * One analyst's Brier score averaged over time: each forecast holds from when it was made until
 * the next one (or the close), and the average runs from the analyst's first forecast to the
 * close. Forecasts after the close are ignored. `null` with no forecast by the close; when the
 * first forecast is made at the close itself, the latest forecast's Brier score.
 *
 * @example
 * // 0.5 on day 0, 0.9 on day 1, close on day 4, outcome yes:
 * // (0.25·1 + 0.01·3) / 4 = 0.07
 * timeAveragedBrier(question, annsForecasts, true) // → 0.07
 */
export const timeAveragedBrier = (
  question: ForecastQuestion,
  forecasts: readonly Forecast[],
  outcome: Outcome,
): number | null => {
  const held = inTimeOrder(forecastsUntil(forecasts, question.closes));
  const first = held[0];
  const last = held.at(-1);
  if (first === undefined || last === undefined) return null;
  const close = millisOf(question.closes);
  const span = close - millisOf(first.at);
  if (span === 0) return brierScore(question, last.prediction, outcome);
  return (
    held.reduce((sum, forecast, i) => {
      const next = held[i + 1];
      const until = next === undefined ? close : millisOf(next.at);
      return (
        sum + brierScore(question, forecast.prediction, outcome) * (until - millisOf(forecast.at))
      );
    }, 0) / span
  );
};
