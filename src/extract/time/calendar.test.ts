import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayFromIso, formatWeek, isoWeekday, isoWeekOf } from './calendar.js';
import { yearFor } from './resolve-calendar.js';

describe('calendar', () => {
  it('moves days and months across year ends', () => {
    expect(addDays({ year: 2012, month: 12, day: 31 }, 1)).toEqual({
      year: 2013,
      month: 1,
      day: 1,
    });
    expect(addMonths(2013, 1, -2)).toEqual({ year: 2012, month: 11 });
  });

  it('names ISO weekdays and weeks, including weeks that belong to another year', () => {
    expect(isoWeekday({ year: 2013, month: 3, day: 17 })).toBe(7);
    expect(isoWeekOf({ year: 2013, month: 3, day: 15 })).toEqual({ year: 2013, week: 11 });
    expect(formatWeek({ year: 2010, month: 1, day: 3 })).toBe('2009-W53');
  });

  it('reads only day-precise ISO dates as days', () => {
    expect(dayFromIso('2013-03-15')).toEqual({ year: 2013, month: 3, day: 15 });
    expect(dayFromIso('2013-03')).toBeNull();
    expect(dayFromIso('2013-02-30')).toBeNull();
  });
});

describe('yearFor', () => {
  const jan10 = { year: 2013, month: 1, day: 10 };
  const oct1 = { year: 2013, month: 10, day: 1 };
  it('takes the last such day in a past clause, with two days of slack', () => {
    expect(yearFor(jan10, 12, 28, 'past')).toBe(2012);
    expect(yearFor(jan10, 1, 11, 'past')).toBe(2013);
    expect(yearFor(oct1, 3, 15, 'past')).toBe(2013);
  });
  it('takes the next such day in a future clause and the nearest without a cue', () => {
    expect(yearFor(oct1, 2, 3, 'future')).toBe(2014);
    expect(yearFor(jan10, 1, 17, 'nearest')).toBe(2013);
    expect(yearFor(jan10, 12, 20, 'nearest')).toBe(2012);
  });
  it('takes the nearest when the tense would carry the date more than ten months away', () => {
    expect(yearFor(jan10, 1, 17, 'past')).toBe(2013);
    expect(yearFor(jan10, 1, 3, 'future')).toBe(2013);
    expect(yearFor(oct1, 11, null, 'past')).toBe(2013);
    expect(yearFor(oct1, 7, null, 'past')).toBe(2013);
  });
});
