import { describe, expect, it } from 'vitest';
import type { Distribution } from './forecast-question.js';
import {
  binaryQuestion,
  forecast,
  multipleChoiceQuestion,
} from './forecast-question.test-support.js';
import { scoreForecastQuestion } from './score-forecast-question.js';

// Question open day 0 to day 4; bob appears first in the input.
const forecasts = [
  forecast('bob', 2, 0.8),
  forecast('ann', 0, 0.5),
  forecast('ann', 1, 0.9),
  forecast('ann', 3, 0.6),
  forecast('bob', 4, 0.7), // at the close: counts
  forecast('ann', 5, 0.0), // after the close: ignored
  forecast('cy', 6, 0.5), // cy only forecast after the close
];

describe('scoreForecastQuestion', () => {
  it('scores each analyst’s latest forecast at the close, in order of first appearance', () => {
    const scores = scoreForecastQuestion(binaryQuestion(), forecasts); // resolved yes
    expect(Object.keys(scores)).toEqual(['analysts', 'aggregate']);
    const [bob, ann, cy] = scores.analysts;
    expect(Object.keys(bob ?? {})).toEqual(['analyst', 'brier', 'log', 'timeAveragedBrier']);

    expect(bob?.analyst).toBe('bob');
    expect(bob?.brier).toBeCloseTo(0.09, 10); // latest 0.7: (0.7 − 1)²
    expect(bob?.log).toBeCloseTo(Math.log(0.7), 10); // ≈ −0.3567
    expect(bob?.timeAveragedBrier).toBeCloseTo(0.04, 10); // 0.8 holds day 2–4: (0.04·2) / 2

    expect(ann?.analyst).toBe('ann');
    expect(ann?.brier).toBeCloseTo(0.16, 10); // latest by the close 0.6: (0.6 − 1)²
    expect(ann?.log).toBeCloseTo(Math.log(0.6), 10); // ≈ −0.5108
    expect(ann?.timeAveragedBrier).toBeCloseTo(0.1075, 10); // (0.25·1 + 0.01·2 + 0.16·1) / 4

    expect(cy).toEqual({ analyst: 'cy', brier: null, log: null, timeAveragedBrier: null });

    // Latest at the close: ann 0.6, bob 0.7 → median 0.65; odds 1.5 · 7/3 = 3.5 → √3.5 / (1 + √3.5)
    expect(scores.aggregate.median).toBeCloseTo(0.65, 10);
    expect(scores.aggregate.geoMeanOdds).toBeCloseTo(Math.sqrt(3.5) / (1 + Math.sqrt(3.5)), 10);
  });

  it('scores a "no" outcome', () => {
    const no = binaryQuestion({ resolution: { status: 'resolved', outcome: false } });
    const [bob] = scoreForecastQuestion(no, forecasts).analysts;
    expect(bob?.brier).toBeCloseTo(0.49, 10); // (0.7 − 0)²
    expect(bob?.log).toBeCloseTo(Math.log(0.3), 10); // ln(1 − 0.7)
    expect(bob?.timeAveragedBrier).toBeCloseTo(0.64, 10); // 0.8² held the whole span
  });

  it('gives null scores, but an aggregate, for an annulled question', () => {
    const annulled = binaryQuestion({ resolution: { status: 'annulled' } });
    const scores = scoreForecastQuestion(annulled, forecasts);
    expect(scores.analysts).toEqual([
      { analyst: 'bob', brier: null, log: null, timeAveragedBrier: null },
      { analyst: 'ann', brier: null, log: null, timeAveragedBrier: null },
      { analyst: 'cy', brier: null, log: null, timeAveragedBrier: null },
    ]);
    expect(scores.aggregate.median).toBeCloseTo(0.65, 10);
  });

  it('gives null scores for an unresolved question', () => {
    const open = binaryQuestion({ resolution: { status: 'unresolved' } });
    expect(scoreForecastQuestion(open, forecasts).analysts.every((a) => a.brier === null)).toBe(
      true,
    );
  });

  it('scores a single analyst on a multiple-choice question', () => {
    const scores = scoreForecastQuestion(multipleChoiceQuestion(), [
      forecast('ann', 0, { a: 0.5, b: 0.5 }), // Brier 0.25 + 0.25 + 0 = 0.5, held day 0–2
      forecast('ann', 2, { a: 0.2, b: 0.5, c: 0.3 }), // Brier 0.04 + 0.25 + 0.09 = 0.38, day 2–4
    ]);
    const [ann] = scores.analysts;
    expect(ann?.brier).toBeCloseTo(0.38, 10);
    expect(ann?.log).toBeCloseTo(Math.log(0.5), 10); // outcome b was given 0.5
    expect(ann?.timeAveragedBrier).toBeCloseTo(0.44, 10); // (0.5·2 + 0.38·2) / 4
    // One analyst: both aggregates are the forecast itself (sums to 1, no rescaling).
    const median = scores.aggregate.median as Distribution;
    expect([median.a, median.b, median.c]).toEqual([0.2, 0.5, 0.3]);
    const geo = scores.aggregate.geoMeanOdds as Distribution;
    expect(geo.a).toBeCloseTo(0.2, 10);
    expect(geo.c).toBeCloseTo(0.3, 10);
  });

  it('has no aggregate without forecasts', () => {
    expect(scoreForecastQuestion(binaryQuestion(), [])).toEqual({
      analysts: [],
      aggregate: { median: null, geoMeanOdds: null },
    });
  });
});
