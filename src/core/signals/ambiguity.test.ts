import { describe, expect, it } from 'vitest';
import { ambiguityOf, trailingWindow } from './ambiguity.js';
import { dayOf } from './signal-date.js';
import { point } from './signals.test-support.js';
import type { IsoDate } from '../partial-date.js';

describe('ambiguity', () => {
  it('is 0 for one position said plainly, and 1 for opposite positions all hedged', () => {
    expect(ambiguityOf([point('2026-01-01', -2), point('2026-01-05', -2)]).index).toBe(0);
    const split = ambiguityOf([
      point('2026-01-01', -2, { hedged: true }),
      point('2026-01-05', 2, { conditional: true }),
    ]);
    expect(split.index).toBe(1);
    expect(split.spread).toBe(2);
    expect(split.hedgedOrConditionalShare).toBe(1);
  });

  it('is ½·min(1, σ/2) + ½·h, with the statements that drive it first', () => {
    const plain = point('2026-01-28', 1);
    const hedged = point('2026-02-01', 1, { hedged: true });
    const refusal = point('2026-02-07', -2);
    const result = ambiguityOf([plain, hedged, refusal]);
    // Stances 1, 1, −2: mean 0, σ = √2; one of three hedged.
    expect(result.meanStance).toBe(0);
    expect(result.spread).toBeCloseTo(Math.SQRT2, 12);
    expect(result.index).toBeCloseTo(0.5 * (Math.SQRT2 / 2) + 0.5 / 3, 12);
    expect(result.drivers.map((d) => d.statementId)).toEqual([
      refusal.statementId,
      hedged.statementId,
      plain.statementId,
    ]);
    const total = result.drivers.reduce((a, d) => a + d.contribution, 0);
    expect(total).toBeCloseTo(result.index, 12);
    expect(result).toMatchObject({ from: '2026-01-28', to: '2026-02-07', statementCount: 3 });
  });

  it('is 0 with no statements', () => {
    expect(ambiguityOf([])).toMatchObject({ index: 0, statementCount: 0, meanStance: null });
  });

  it('takes a trailing window up to a day, inclusive', () => {
    const items = [point('2026-01-01', 2), point('2026-01-20', -2), point('2026-01-31', -1)];
    const window = trailingWindow(items, dayOf('2026-01-31' as IsoDate), 11);
    expect(window.points.map((p) => p.saidOn)).toEqual(['2026-01-20', '2026-01-31']);
    expect([window.from, window.to]).toEqual(['2026-01-20', '2026-01-31']);
  });
});
