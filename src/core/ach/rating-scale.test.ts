import { describe, expect, it } from 'vitest';
import { ratingValues } from './hypothesis-set.js';
import {
  evidenceWeight,
  inconsistencyPoints,
  levelWeight,
  ratingScaleValue,
} from './rating-scale.js';

describe('rating scale', () => {
  it('maps ratings to scale values and inconsistency points', () => {
    expect(ratingValues.map(ratingScaleValue)).toEqual([2, 1, 0, -1, -2, null]);
    expect(ratingValues.map(inconsistencyPoints)).toEqual([0, 0, 0, 1, 2, null]);
  });

  it('weights High √2, Medium 1, Low 1/√2, and their products exactly', () => {
    expect(levelWeight('High')).toBe(Math.SQRT2);
    expect(levelWeight('Medium')).toBe(1);
    expect(levelWeight('Low')).toBeCloseTo(Math.SQRT1_2, 10);
    expect(evidenceWeight('High', 'High')).toBe(2); // √2·√2
    expect(evidenceWeight('High', 'Low')).toBe(1); // √2·(1/√2)
    expect(evidenceWeight('Low', 'Low')).toBe(0.5); // (1/√2)²
    expect(evidenceWeight('Medium', 'Low')).toBeCloseTo(Math.SQRT1_2, 10);
  });
});
