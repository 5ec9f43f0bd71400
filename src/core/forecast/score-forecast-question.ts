import { brierScore } from './brier-score.js';
import { aggregateAtClose, type ForecastAggregate } from './forecast-aggregate.js';
import {
  scorableOutcome,
  type AnalystId,
  type Forecast,
  type ForecastQuestion,
} from './forecast-question.js';
import { analystsOf, forecastsUntil, latestPerAnalyst } from './forecast-timeline.js';
import { logScore } from './log-score.js';
import { timeAveragedBrier } from './time-averaged-brier.js';

export type AnalystScore = {
  readonly analyst: AnalystId;
  /** Brier score of the analyst's latest forecast at the close. */
  readonly brier: number | null;
  /** Log score of the analyst's latest forecast at the close. */
  readonly log: number | null;
  readonly timeAveragedBrier: number | null;
};

/** The result of `telltale forecast score --json`. */
export type QuestionScores = {
  readonly analysts: readonly AnalystScore[];
  readonly aggregate: ForecastAggregate;
};

/**
 * Every analyst's scores on one question, in order of first appearance, and the aggregate of
 * their latest forecasts at the close. An unresolved or annulled question, or an analyst with no
 * forecast by the close, gets `null` scores.
 *
 * @example
 * scoreForecastQuestion(question, forecasts)
 * // → { analysts: [{ analyst: 'ann', brier: 0.01, log: -0.105…, timeAveragedBrier: 0.07 }],
 * //     aggregate: { median: 0.9, geoMeanOdds: 0.9 } }
 */
export const scoreForecastQuestion = (
  question: ForecastQuestion,
  forecasts: readonly Forecast[],
): QuestionScores => {
  const outcome = scorableOutcome(question);
  const latest = latestPerAnalyst(forecastsUntil(forecasts, question.closes));
  const analysts = analystsOf(forecasts).map((analyst): AnalystScore => {
    const last = latest.get(analyst);
    if (outcome === null || last === undefined) {
      return { analyst, brier: null, log: null, timeAveragedBrier: null };
    }
    return {
      analyst,
      brier: brierScore(question, last.prediction, outcome),
      log: logScore(question, last.prediction, outcome),
      timeAveragedBrier: timeAveragedBrier(
        question,
        forecasts.filter((f) => f.analyst === analyst),
        outcome,
      ),
    };
  });
  return { analysts, aggregate: aggregateAtClose(question, forecasts) };
};
