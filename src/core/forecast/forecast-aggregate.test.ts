import { describe, expect, it } from 'vitest';
import { aggregateAtClose, aggregateOverTime, aggregatePredictions } from './forecast-aggregate.js';
import type { Distribution } from './forecast-question.js';
import {
  binaryQuestion,
  forecast,
  multipleChoiceQuestion,
} from './forecast-question.test-support.js';

describe('aggregatePredictions', () => {
  it('gives the median and the geometric mean of odds of a binary question', () => {
    const { median, geoMeanOdds } = aggregatePredictions(binaryQuestion(), [0.5, 0.9]);
    expect(median).toBeCloseTo(0.7, 10); // (0.5 + 0.9) / 2
    expect(geoMeanOdds).toBeCloseTo(0.75, 10); // odds 1, 9 → g 3 → 0.75
  });

  it('is null without predictions', () => {
    expect(aggregatePredictions(binaryQuestion(), [])).toEqual({ median: null, geoMeanOdds: null });
  });

  it('combines each option of a multiple-choice question, then rescales to sum 1', () => {
    const { median, geoMeanOdds } = aggregatePredictions(multipleChoiceQuestion(), [
      { a: 0.6, b: 0.2, c: 0.2 },
      { a: 0.2, b: 0.6, c: 0.2 },
      { a: 0.2, b: 0.2, c: 0.6 },
    ]);
    // Medians per option 0.2, 0.2, 0.2 (sum 0.6) → rescaled 1/3 each.
    // Geometric mean of odds per option: odds 1.5, ¼, ¼ → g = ∛(3/32) ≈ 0.4543 → ≈ 0.3124 each,
    // the same for every option by symmetry → rescaled 1/3 each.
    for (const option of ['a', 'b', 'c']) {
      expect((median as Distribution)[option]).toBeCloseTo(1 / 3, 10);
      expect((geoMeanOdds as Distribution)[option]).toBeCloseTo(1 / 3, 10);
    }
  });

  it('rescales option medians that do not sum to 1', () => {
    const { median } = aggregatePredictions(multipleChoiceQuestion(), [
      { a: 0.5, b: 0.3, c: 0.2 },
      { a: 0.1, b: 0.1, c: 0.8 },
      { a: 0.2, b: 0.6, c: 0.2 },
    ]);
    // Medians: a 0.2, b 0.3, c 0.2 (sum 0.7) → 2/7, 3/7, 2/7.
    expect((median as Distribution).a).toBeCloseTo(2 / 7, 10);
    expect((median as Distribution).b).toBeCloseTo(3 / 7, 10);
    expect((median as Distribution).c).toBeCloseTo(2 / 7, 10);
  });
});

describe('aggregateAtClose', () => {
  it('takes each analyst’s latest forecast by the close', () => {
    const forecasts = [
      forecast('ann', 0, 0.1),
      forecast('ann', 1, 0.5), // ann's latest by the close
      forecast('bob', 2, 0.9),
      forecast('bob', 5, 0.1), // after the close (day 4): ignored
    ];
    const { median, geoMeanOdds } = aggregateAtClose(binaryQuestion(), forecasts);
    expect(median).toBeCloseTo(0.7, 10); // 0.5, 0.9
    expect(geoMeanOdds).toBeCloseTo(0.75, 10);
  });
});

describe('aggregateOverTime', () => {
  it('aggregates each analyst’s latest forecast after each forecast', () => {
    const points = aggregateOverTime(binaryQuestion(), [
      forecast('ann', 2, 0.1),
      forecast('ann', 0, 0.5),
      forecast('bob', 1, 0.9),
    ]);
    expect(points.map((p) => [p.at, p.analysts])).toEqual([
      ['2024-01-01T00:00:00.000Z', 1],
      ['2024-01-02T00:00:00.000Z', 2],
      ['2024-01-03T00:00:00.000Z', 2],
    ]);
    // day 0: ann 0.5 → 0.5, 0.5
    expect(points[0]?.median).toBeCloseTo(0.5, 10);
    expect(points[0]?.geoMeanOdds).toBeCloseTo(0.5, 10);
    // day 1: 0.5, 0.9 → median 0.7; odds 1, 9 → 0.75
    expect(points[1]?.median).toBeCloseTo(0.7, 10);
    expect(points[1]?.geoMeanOdds).toBeCloseTo(0.75, 10);
    // day 2: ann now 0.1, bob 0.9 → median 0.5; odds 1/9, 9 → g 1 → 0.5
    expect(points[2]?.median).toBeCloseTo(0.5, 10);
    expect(points[2]?.geoMeanOdds).toBeCloseTo(0.5, 10);
  });
});
