import { describe, expect, it } from 'vitest';
import { binaryQuestion, multipleChoiceQuestion } from './forecast-question.test-support.js';
import { LOG_SCORE_FLOOR, logScore } from './log-score.js';

describe('logScore', () => {
  it('is ln of the probability given to the outcome', () => {
    const binary = binaryQuestion();
    expect(logScore(binary, 0.8, true)).toBeCloseTo(Math.log(0.8), 10); // ≈ −0.2231
    expect(logScore(binary, 0.8, false)).toBeCloseTo(Math.log(0.2), 10); // ln(1 − 0.8) ≈ −1.6094
    expect(logScore(binary, 1, true)).toBe(0);
    // outcome b was given 0.5
    expect(logScore(multipleChoiceQuestion(), { a: 0.2, b: 0.5, c: 0.3 }, 'b')).toBeCloseTo(
      Math.log(0.5),
      10,
    );
  });

  it('clamps p to 1e-15 so a confident miss stays finite', () => {
    // ln(1e-15) = −15·ln 10 ≈ −34.5388
    expect(logScore(binaryQuestion(), 0, true)).toBeCloseTo(-15 * Math.LN10, 10);
    expect(logScore(multipleChoiceQuestion(), { a: 1 }, 'c')).toBeCloseTo(
      Math.log(LOG_SCORE_FLOOR),
      10,
    );
  });
});
