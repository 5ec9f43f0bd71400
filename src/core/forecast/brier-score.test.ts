import { describe, expect, it } from 'vitest';
import { brierScore } from './brier-score.js';
import { binaryQuestion, multipleChoiceQuestion } from './forecast-question.test-support.js';

describe('brierScore', () => {
  const binary = binaryQuestion();
  const choice = multipleChoiceQuestion();

  it('is (p − outcome)² for a binary question', () => {
    expect(brierScore(binary, 0.7, false)).toBeCloseTo(0.49, 10); // (0.7 − 0)²
    expect(brierScore(binary, 0.7, true)).toBeCloseTo(0.09, 10); // (0.7 − 1)²
    expect(brierScore(binary, 1, true)).toBe(0); // best
    expect(brierScore(binary, 0, true)).toBe(1); // worst
  });

  it('sums squared errors over the options of a multiple-choice question', () => {
    // outcome b: (0.2 − 0)² + (0.5 − 1)² + (0.3 − 0)² = 0.04 + 0.25 + 0.09
    expect(brierScore(choice, { a: 0.2, b: 0.5, c: 0.3 }, 'b')).toBeCloseTo(0.38, 10);
    // worst: (1 − 0)² + (0 − 1)² + 0² = 2
    expect(brierScore(choice, { a: 1 }, 'b')).toBe(2);
    // a missing option counts 0: (0.6)² + (0.4)² + (0 − 1)² = 0.36 + 0.16 + 1
    expect(brierScore(choice, { a: 0.6, b: 0.4 }, 'c')).toBeCloseTo(1.52, 10);
  });

  it('refuses a prediction of the wrong kind', () => {
    expect(() => brierScore(binary, { a: 1 }, true)).toThrow(/binary/);
    expect(() => brierScore(choice, 0.5, 'a')).toThrow(/multiple choice/);
  });
});
