import type { IsoDate } from '../partial-date.js';

// A date at month or year precision stands for the whole period: its first and last possible days.
// Day 31 is a safe upper bound for any month because the bounds are only compared as text.
const firstDay = (date: IsoDate): string =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
const lastDay = (date: IsoDate): string =>
  date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;

/** A period from one date to another (inclusive), or open-ended. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/**
 * Whether a role's period covers a date. A date at month or year precision counts as covered
 * when the role was held at any time in it, so that several holders may cover it.
 * @example heldOn({ from: '2021-08-03', to: '2024-05-19' }, '2023-05-01') // true
 */
export const heldOn = (period: Period, on: IsoDate): boolean =>
  firstDay(period.from) <= lastDay(on) &&
  (period.to === null || lastDay(period.to) >= firstDay(on));

/**
 * Whether a period's start is not after its end (both at any precision).
 * @example isOrderedPeriod({ from: '2024-07-28', to: '2024-05-19' }) // false
 */
export const isOrderedPeriod = (period: Period): boolean =>
  period.to === null || firstDay(period.from) <= lastDay(period.to);

/**
 * Whether two periods share a day, not counting a handover: one ending on the date (or in the
 * month or year) the other starts.
 */
export const overlapsBeyondHandover = (a: Period, b: Period): boolean => {
  const handover = (x: Period, y: Period): boolean => x.to !== null && x.to === y.from;
  if (handover(a, b) || handover(b, a)) return false;
  return heldOn(a, b.from) || heldOn(b, a.from);
};

/** Orders periods by start date: month and year precision sort before days in the same period. */
export const compareStart = (a: Period, b: Period): number =>
  firstDay(a.from) < firstDay(b.from) ? -1 : firstDay(a.from) > firstDay(b.from) ? 1 : 0;
