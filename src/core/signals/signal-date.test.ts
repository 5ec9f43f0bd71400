import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import {
  dateLabel,
  dayOf,
  endDayOf,
  isoOfDay,
  precisionWeight,
  signedLabel,
  startDayOf,
} from './signal-date.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('dates on a line', () => {
  it('a day stands for itself, a month for its 15th, a year for 2 July', () => {
    expect(isoOfDay(dayOf(d('2026-02-07')))).toBe('2026-02-07');
    expect(isoOfDay(dayOf(d('2026-02')))).toBe('2026-02-15');
    expect(isoOfDay(dayOf(d('2026')))).toBe('2026-07-02');
    expect(dayOf(d('1970-01-01'))).toBe(0);
  });

  it('periods have a first and a last day', () => {
    expect(isoOfDay(startDayOf(d('2024-02')))).toBe('2024-02-01');
    expect(isoOfDay(endDayOf(d('2024-02')))).toBe('2024-02-29');
    expect(isoOfDay(endDayOf(d('2025-12')))).toBe('2025-12-31');
    expect(isoOfDay(endDayOf(d('2025')))).toBe('2025-12-31');
    expect(isoOfDay(startDayOf(d('2025')))).toBe('2025-01-01');
  });

  it('precision weighs: a day 1, a month ½, a year ¼', () => {
    expect([d('2026-01-02'), d('2026-01'), d('2026')].map(precisionWeight)).toEqual([1, 0.5, 0.25]);
  });

  it('labels dates at their precision and stances with a sign', () => {
    expect(dateLabel(d('2026-02-07'))).toBe('7 Feb 2026');
    expect(dateLabel(d('2026-01-28'), true)).toBe('28 Jan');
    expect(dateLabel(d('2026-03'))).toBe('Mar 2026');
    expect(dateLabel(d('2026'))).toBe('2026');
    expect([-2, -1, 0, 1, 2].map((v) => signedLabel(v))).toEqual(['−2', '−1', '0', '+1', '+2']);
    expect(signedLabel(0.04, 1)).toBe('0.0');
    expect(signedLabel(-0.46, 1)).toBe('−0.5');
  });
});
