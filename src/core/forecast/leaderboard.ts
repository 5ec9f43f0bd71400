import { brierScore } from './brier-score.js';
import {
  scorableOutcome,
  type AnalystId,
  type QuestionWithForecasts,
} from './forecast-question.js';
import { forecastsUntil, latestPerAnalyst } from './forecast-timeline.js';

export type LeaderboardEntry = {
  readonly analyst: AnalystId;
  /** Mean Brier score of the analyst's latest forecasts at the close over `questions`. */
  readonly meanBrier: number;
  /** How many resolved, non-annulled questions the analyst forecast by the close. */
  readonly questions: number;
  /** Competition ranking: equal means (within 1e-9) share a rank. */
  readonly rank: number;
};

const EPSILON = 1e-9;

/**
 * Analysts ranked by mean Brier score ascending over the resolved, non-annulled questions they
 * forecast by the close. Binary Brier scores run 0–1 and multiple-choice ones 0–2; the mean
 * mixes them as they are. Ties keep the order of first appearance.
 *
 * @example leaderboard(questions)[0] // → { analyst: 'ann', meanBrier: 0.05, questions: 2, rank: 1 }
 */
export const leaderboard = (questions: readonly QuestionWithForecasts[]): LeaderboardEntry[] => {
  const scores = new Map<AnalystId, number[]>();
  for (const { question, forecasts } of questions) {
    const outcome = scorableOutcome(question);
    if (outcome === null) continue;
    for (const [analyst, forecast] of latestPerAnalyst(
      forecastsUntil(forecasts, question.closes),
    )) {
      scores.set(analyst, [
        ...(scores.get(analyst) ?? []),
        brierScore(question, forecast.prediction, outcome),
      ]);
    }
  }
  const entries = [...scores].map(([analyst, briers]) => ({
    analyst,
    meanBrier: briers.reduce((s, b) => s + b, 0) / briers.length,
    questions: briers.length,
  }));
  return entries
    .map((entry) => ({
      ...entry,
      rank: 1 + entries.filter((other) => other.meanBrier < entry.meanBrier - EPSILON).length,
    }))
    .sort((a, b) => a.rank - b.rank);
};
