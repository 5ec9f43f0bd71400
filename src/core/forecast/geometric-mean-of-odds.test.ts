import { describe, expect, it } from 'vitest';
import { geometricMeanOfOdds } from './geometric-mean-of-odds.js';

describe('geometricMeanOfOdds', () => {
  it('averages odds geometrically and converts back with g/(1 + g)', () => {
    expect(geometricMeanOfOdds([])).toBeNull();
    expect(geometricMeanOfOdds([0.5, 0.9])).toBeCloseTo(0.75, 10); // odds 1, 9 → g = 3 → 3/4
    expect(geometricMeanOfOdds([0.2, 0.5, 0.8])).toBeCloseTo(0.5, 10); // odds ¼, 1, 4 → g = 1 → ½
    // odds 1.5 and 7/3 → g = √3.5 → √3.5 / (1 + √3.5) ≈ 0.65167
    expect(geometricMeanOfOdds([0.6, 0.7])).toBeCloseTo(Math.sqrt(3.5) / (1 + Math.sqrt(3.5)), 10);
  });

  it('clamps 0 and 1 to 1e-15 from the ends', () => {
    // odds of 1 − 1e-15 ≈ 1e15 and of 0.5 = 1 → g ≈ √1e15 → g / (1 + g) ≈ 0.99999996838
    const g = Math.sqrt(1e15);
    expect(geometricMeanOfOdds([1, 0.5])).toBeCloseTo(g / (1 + g), 10);
    expect(geometricMeanOfOdds([0])).toBeCloseTo(0, 10); // 1e-15
  });
});
