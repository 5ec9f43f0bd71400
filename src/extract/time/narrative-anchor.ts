import { dayFromIso, type Day } from './calendar.js';

/**
 * What the text has established so far, for phrases that count from it ("ten days earlier",
 * "that year", "the quarter"): the last day-precise date, the last month, the last year and the
 * quarter the report is about.
 */
export interface NarrativeAnchor {
  readonly day: Day | null;
  readonly month: { readonly year: number; readonly month: number } | null;
  readonly year: number | null;
  readonly quarter: { readonly year: number; readonly quarter: number } | null;
}

export const emptyNarrative: NarrativeAnchor = {
  day: null,
  month: null,
  year: null,
  quarter: null,
};

/**
 * The narrative after a resolved DATE or TIME value: a day sets the day, month and year; a month
 * the month and year; a year the year; a quarter the quarter. Other values leave it as it is.
 * @example advanceNarrative(emptyNarrative, '2013-03-15').day // { year: 2013, month: 3, day: 15 }
 */
export const advanceNarrative = (narrative: NarrativeAnchor, value: string): NarrativeAnchor => {
  const day = dayFromIso(value);
  if (day !== null)
    return { ...narrative, day, month: { year: day.year, month: day.month }, year: day.year };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month)
    return {
      ...narrative,
      month: { year: Number(month[1]), month: Number(month[2]) },
      year: Number(month[1]),
    };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter)
    return { ...narrative, quarter: { year: Number(quarter[1]), quarter: Number(quarter[2]) } };
  const year = /^(\d{4})$/.exec(value);
  if (year) return { ...narrative, year: Number(year[1]) };
  return narrative;
};

/**
 * The narrative after a span of several months ("the first nine months", "the six months"): a
 * report that moves from its quarter to such a span compares years, not quarters, so "a year
 * earlier" after it is last year, not last year's quarter.
 * @example leaveQuarter({ ...emptyNarrative, quarter: { year: 1989, quarter: 3 } }, 'P9M').quarter // null
 */
export const leaveQuarter = (narrative: NarrativeAnchor, duration: string): NarrativeAnchor => {
  const months = /^P(\d+)M$/.exec(duration);
  return months !== null && Number(months[1]) > 3 ? { ...narrative, quarter: null } : narrative;
};
