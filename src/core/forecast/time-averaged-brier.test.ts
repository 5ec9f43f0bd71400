import { describe, expect, it } from 'vitest';
import { binaryQuestion, forecast } from './forecast-question.test-support.js';
import { timeAveragedBrier } from './time-averaged-brier.js';

describe('timeAveragedBrier', () => {
  const question = binaryQuestion(); // closes day 4

  it('weights each forecast by how long it held, from the first forecast to the close', () => {
    const forecasts = [
      forecast('ann', 3, 0.6), // out of order on purpose
      forecast('ann', 0, 0.5),
      forecast('ann', 1, 0.9),
      forecast('ann', 5, 0.0), // after the close: ignored
    ];
    // Outcome yes. Brier 0.25 (day 0–1), 0.01 (day 1–3), 0.16 (day 3–4).
    // (0.25·1 + 0.01·2 + 0.16·1) / 4 = 0.43 / 4 = 0.1075
    expect(timeAveragedBrier(question, forecasts, true)).toBeCloseTo(0.1075, 10);
  });

  it('runs from the analyst’s first forecast, not from the opening', () => {
    // 0.8 holds day 2–4 (Brier 0.04), 0.7 is made at the close and holds for no time.
    // (0.04·2 + 0.09·0) / 2 = 0.04
    const forecasts = [forecast('bob', 2, 0.8), forecast('bob', 4, 0.7)];
    expect(timeAveragedBrier(question, forecasts, true)).toBeCloseTo(0.04, 10);
  });

  it('is the latest forecast’s Brier score when the first forecast is made at the close', () => {
    // Both at day 4; the later in the input (0.7) holds: (0.7 − 1)² = 0.09
    const forecasts = [forecast('cy', 4, 0.2), forecast('cy', 4, 0.7)];
    expect(timeAveragedBrier(question, forecasts, true)).toBeCloseTo(0.09, 10);
  });

  it('is null without a forecast by the close', () => {
    expect(timeAveragedBrier(question, [forecast('dan', 6, 0.5)], true)).toBeNull();
  });
});
