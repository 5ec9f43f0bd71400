import { describe, expect, it } from 'vitest';
import { calibrationBins, calibrationByAnalyst } from './calibration.js';
import {
  binaryQuestion,
  forecast,
  multipleChoiceQuestion,
} from './forecast-question.test-support.js';

describe('calibrationBins', () => {
  it('puts forecasts in 10 equal bins, 1 in the last', () => {
    const bins = calibrationBins([
      { p: 0, hit: 0 },
      { p: 0.05, hit: 1 },
      { p: 0.1, hit: 0 }, // bin [0.1, 0.2)
      { p: 0.3, hit: 1 },
      { p: 0.95, hit: 1 },
      { p: 1, hit: 1 }, // last bin is closed: [0.9, 1]
    ]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 1, 0, 0, 0, 0, 0, 2]);
    expect(bins[0]).toMatchObject({ lower: 0, upper: 0.1, observedFrequency: 0.5 }); // 1 of 2
    expect(bins[0]?.meanForecast).toBeCloseTo(0.025, 10); // (0 + 0.05) / 2
    expect(bins[2]).toMatchObject({ count: 0, meanForecast: null, observedFrequency: null });
    expect(bins[9]?.meanForecast).toBeCloseTo(0.975, 10); // (0.95 + 1) / 2
    expect(bins[9]?.observedFrequency).toBe(1);
  });
});

describe('calibrationByAnalyst', () => {
  it('uses each latest forecast at the close of resolved, non-annulled questions', () => {
    const calibration = calibrationByAnalyst([
      // yes: ann's latest by the close is 0.75 (the 0.1 on day 5 is after the close)
      {
        question: binaryQuestion(),
        forecasts: [forecast('ann', 1, 0.75), forecast('ann', 5, 0.1)],
      },
      // no
      {
        question: binaryQuestion({ resolution: { status: 'resolved', outcome: false } }),
        forecasts: [forecast('ann', 1, 0.72), forecast('bob', 1, 0.05)],
      },
      // annulled and unresolved: ignored
      {
        question: binaryQuestion({ resolution: { status: 'annulled' } }),
        forecasts: [forecast('ann', 1, 0.7)],
      },
      {
        question: binaryQuestion({ resolution: { status: 'unresolved' } }),
        forecasts: [forecast('cy', 1, 0.7)],
      },
      // outcome b: one point per option, a 0.2 (miss), b 0.7 (hit), c 0.1 (miss)
      {
        question: multipleChoiceQuestion(),
        forecasts: [forecast('ann', 1, { a: 0.2, b: 0.7, c: 0.1 })],
      },
    ]);
    expect(calibration.map((c) => c.analyst)).toEqual(['ann', 'bob']);
    const ann = calibration[0]?.bins ?? [];
    expect(ann.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0, 0, 3, 0, 0]);
    // bin [0.7, 0.8): 0.75 hit, 0.72 miss, 0.7 hit → 2/3; mean (0.75 + 0.72 + 0.7) / 3 = 0.7233…
    expect(ann[7]?.observedFrequency).toBeCloseTo(2 / 3, 10);
    expect(ann[7]?.meanForecast).toBeCloseTo(2.17 / 3, 10);
    expect(calibration[1]?.bins[0]).toMatchObject({ count: 1, observedFrequency: 0 }); // bob 0.05, no
  });
});
