import {
  scorableOutcome,
  type AnalystId,
  type QuestionWithForecasts,
} from './forecast-question.js';
import { forecastsUntil, latestPerAnalyst } from './forecast-timeline.js';
import { scoredComponents, type ScoredComponent } from './prediction-components.js';

export type CalibrationBin = {
  /** The bin holds forecasts p with lower ≤ p < upper; the last bin also holds p = 1. */
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  /** Mean forecast probability in the bin; `null` when empty. */
  readonly meanForecast: number | null;
  /** Share of the bin's forecasts whose event happened; `null` when empty. */
  readonly observedFrequency: number | null;
};

export type AnalystCalibration = {
  readonly analyst: AnalystId;
  readonly bins: readonly CalibrationBin[];
};

const BINS = 10;

/**
 * Forecast probabilities against observed frequency in 10 equal bins [0, 0.1), …, [0.9, 1].
 *
 * @example calibrationBins([{ p: 0.75, hit: 1 }, { p: 0.72, hit: 0 }])[7] // → count 2, observed 0.5
 */
export const calibrationBins = (components: readonly ScoredComponent[]): CalibrationBin[] =>
  Array.from({ length: BINS }, (_, bin) => {
    const inBin = components.filter(({ p }) => Math.min(Math.floor(p * BINS), BINS - 1) === bin);
    const count = inBin.length;
    const sum = (values: number[]): number => values.reduce((s, x) => s + x, 0);
    return {
      lower: bin / BINS,
      upper: (bin + 1) / BINS,
      count,
      meanForecast: count === 0 ? null : sum(inBin.map((c) => c.p)) / count,
      observedFrequency: count === 0 ? null : sum(inBin.map((c) => c.hit)) / count,
    };
  });

/**
 * Each analyst's calibration over the resolved, non-annulled questions, taking their latest
 * forecast at each close: a binary forecast is one point (p of yes, did it happen); a
 * multiple-choice forecast is one point per option. Analysts in order of first appearance.
 *
 * @example calibrationByAnalyst(questions)[0]?.bins
 */
export const calibrationByAnalyst = (
  questions: readonly QuestionWithForecasts[],
): AnalystCalibration[] => {
  const points = new Map<AnalystId, ScoredComponent[]>();
  for (const { question, forecasts } of questions) {
    const outcome = scorableOutcome(question);
    if (outcome === null) continue;
    for (const [analyst, forecast] of latestPerAnalyst(
      forecastsUntil(forecasts, question.closes),
    )) {
      const scored = scoredComponents(question, forecast.prediction, outcome);
      points.set(analyst, [...(points.get(analyst) ?? []), ...scored]);
    }
  }
  return [...points].map(([analyst, components]) => ({
    analyst,
    bins: calibrationBins(components),
  }));
};
