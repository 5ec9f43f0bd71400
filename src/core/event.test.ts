import { describe, expect, it } from 'vitest';
import { dayAfter, firstDayOf, importedEventId } from './event.js';
import type { IsoDate } from './partial-date.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('event dates and ids', () => {
  it('turns a period into whole-day bounds', () => {
    expect(firstDayOf(d('2026'))).toBe('2026-01-01');
    expect(firstDayOf(d('2026-02'))).toBe('2026-02-01');
    expect(firstDayOf(d('2026-02-07'))).toBe('2026-02-07');
    expect(dayAfter(d('2026'))).toBe('2027-01-01');
    expect(dayAfter(d('2026-02'))).toBe('2026-03-01');
    expect(dayAfter(d('2026-12'))).toBe('2027-01-01');
    expect(dayAfter(d('2028-02-28'))).toBe('2028-02-29');
    expect(dayAfter(d('2026-12-31'))).toBe('2027-01-01');
  });

  it('derives an imported event’s id from its origin and the dataset’s id', () => {
    expect(importedEventId('gdelt', '1203417562')).toBe('gdelt_1203417562');
    expect(importedEventId('icews', '32889836')).toBe('icews_32889836');
  });
});
