import { describe, expect, it } from 'vitest';
import { point } from './signals.test-support.js';
import { smoothedLine } from './smoothed-line.js';

describe('the smoothed line', () => {
  it('has one value a day from the first statement to the last', () => {
    const line = smoothedLine([point('2026-01-01', 2), point('2026-01-15', -2)]);
    expect(line).toHaveLength(15);
    expect(line[0]).toMatchObject({ date: '2026-01-01', value: 2, weight: 1, statements: 1 });
    // Until the next statement the value stays; only its weight decays.
    expect(line[13]?.value).toBe(2);
    expect(line[13]?.weight).toBeCloseTo(2 ** (-13 / 14), 12);
    // After 14 days the first statement weighs half: (2·½ − 2·1) / 1.5.
    expect(line[14]?.date).toBe('2026-01-15');
    expect(line[14]?.value).toBeCloseTo(-2 / 3, 12);
  });

  it('weighs statements by confidence, and a month-precision date at half', () => {
    const line = smoothedLine([point('2026-03-15', 2, { confidence: 0.5 }), point('2026-03', -2)]);
    // Both stand for 15 March: weights ½ (confidence) and ½ (a month's precision).
    expect(line).toHaveLength(1);
    expect(line[0]?.value).toBeCloseTo(0, 12);
    expect(line[0]?.statements).toBe(2);
  });

  it('weighs a proxy’s statement at the via weight, and skips statements with no confidence', () => {
    const line = smoothedLine(
      [point('2026-03-01', 2), point('2026-03-01', -2, { via: 'Ahmad Khatami' })],
      { viaWeight: 0.25 },
    );
    expect(line[0]?.value).toBeCloseTo((2 - 0.5) / 1.25, 12);
    expect(smoothedLine([point('2026-03-01', 2, { confidence: 0 })])).toEqual([]);
    expect(smoothedLine([])).toEqual([]);
  });

  it('a shorter half-life forgets faster', () => {
    const points = [point('2026-01-01', 2), point('2026-01-08', -2)];
    const slow = smoothedLine(points, { halfLifeDays: 28 }).at(-1)?.value ?? 0;
    const fast = smoothedLine(points, { halfLifeDays: 7 }).at(-1)?.value ?? 0;
    expect(fast).toBeCloseTo(-2 / 3, 12);
    expect(slow).toBeGreaterThan(fast);
  });
});
