import { describe, expect, it } from 'vitest';
import { cellDisagreement, disagreementLevel } from './disagreement.js';

describe('cellDisagreement', () => {
  it('is the population SD of the analysts’ scale values', () => {
    expect(cellDisagreement([])).toBe(0);
    expect(cellDisagreement([-2])).toBe(0); // one analyst
    expect(cellDisagreement([1, -1])).toBeCloseTo(1, 10); // μ 0, deviations ±1
    // μ = 2/3; deviations 4/3, 1/3, −5/3; Σ² = 42/9; /3 = 14/9 → √14/3 ≈ 1.2472
    expect(cellDisagreement([2, 1, -1])).toBeCloseTo(Math.sqrt(14) / 3, 10);
  });
});

describe('disagreementLevel', () => {
  it('names the level, each bound belonging to the level above', () => {
    expect(disagreementLevel(0)).toBe('consensus');
    expect(disagreementLevel(0.49)).toBe('consensus');
    expect(disagreementLevel(cellDisagreement([-1, -2]))).toBe('mild'); // ±0.5 → 0.5
    expect(disagreementLevel(0.99)).toBe('mild');
    expect(disagreementLevel(cellDisagreement([1, -1]))).toBe('large'); // 1
    expect(disagreementLevel(cellDisagreement([2, 1, -1]))).toBe('large'); // ≈ 1.2472
    expect(disagreementLevel(cellDisagreement([2, -1]))).toBe('extreme'); // ±1.5 → 1.5
    expect(disagreementLevel(cellDisagreement([2, -2]))).toBe('extreme'); // 2
  });
});
