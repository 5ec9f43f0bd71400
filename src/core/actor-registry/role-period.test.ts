import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import { heldOn, isOrderedPeriod, overlapsBeyondHandover, type Period } from './role-period.js';

const p = (from: string, to: string | null = null): Period => ({
  from: from as IsoDate,
  to: to as IsoDate | null,
});
const d = (date: string) => date as IsoDate;

describe('heldOn', () => {
  it('includes both ends of a period', () => {
    const raisi = p('2021-08-03', '2024-05-19');
    expect(heldOn(raisi, d('2021-08-03'))).toBe(true);
    expect(heldOn(raisi, d('2024-05-19'))).toBe(true);
    expect(heldOn(raisi, d('2024-05-20'))).toBe(false);
    expect(heldOn(raisi, d('2021-08-02'))).toBe(false);
  });

  it('counts a month or year as held when any day of it was', () => {
    expect(heldOn(p('2021-08-03', '2024-05-19'), d('2024-05'))).toBe(true);
    expect(heldOn(p('2021-08-03', '2024-05-19'), d('2021'))).toBe(true);
    expect(heldOn(p('2024-07', null), d('2024-07-01'))).toBe(true);
    expect(heldOn(p('2024', '2024'), d('2024-12-31'))).toBe(true);
    expect(heldOn(p('2024', '2024'), d('2025-01-01'))).toBe(false);
  });
});

describe('isOrderedPeriod and overlapsBeyondHandover', () => {
  it('orders periods of any precision', () => {
    expect(isOrderedPeriod(p('2024-05', '2024-05-19'))).toBe(true);
    expect(isOrderedPeriod(p('2024-07-28', '2024-05-19'))).toBe(false);
    expect(isOrderedPeriod(p('2024-07-28'))).toBe(true);
  });

  it('tells an overlap from a handover', () => {
    expect(overlapsBeyondHandover(p('2021-01-20', '2025-01-20'), p('2025-01-20'))).toBe(false);
    expect(overlapsBeyondHandover(p('2021-01-20', '2025-01-21'), p('2025-01-20'))).toBe(true);
    expect(overlapsBeyondHandover(p('2019', '2020'), p('2021'))).toBe(false);
    expect(overlapsBeyondHandover(p('2019'), p('2021'))).toBe(true);
  });
});
