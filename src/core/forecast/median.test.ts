import { describe, expect, it } from 'vitest';
import { median } from './median.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([0.3])).toBe(0.3);
    expect(median([0.9, 0.2, 0.5])).toBe(0.5); // sorted 0.2, 0.5, 0.9
    expect(median([0.9, 0.2, 0.5, 0.6])).toBeCloseTo(0.55, 10); // (0.5 + 0.6) / 2
  });
});
