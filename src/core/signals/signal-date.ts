import { DatePrecision, precisionOf, type IsoDate } from '../partial-date.js';

/**
 * Dates on a line: statements are dated at day, month or year precision, and the analytics work
 * on whole days counted from 1970-01-01 (UTC). A month stands for its 15th and a year for 2 July,
 * roughly their mid-points; the start and end of the period bound it when a range matters.
 */

const MS_PER_DAY = 86_400_000;

const parts = (date: IsoDate): [number, number | undefined, number | undefined] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m, d];
};

const dayFromUtc = (year: number, month: number, day: number): number =>
  Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);

/**
 * The day a date stands for on a line: the day itself, the 15th of a month, 2 July of a year.
 * @example dayOf('1970-01-02' as IsoDate) // 1
 */
export const dayOf = (date: IsoDate): number => {
  const [y, m, d] = parts(date);
  if (m === undefined) return dayFromUtc(y, 7, 2);
  return dayFromUtc(y, m, d ?? 15);
};

/**
 * The first day of the period a date names.
 * @example startDayOf('1970-02' as IsoDate) // 31
 */
export const startDayOf = (date: IsoDate): number => {
  const [y, m, d] = parts(date);
  return dayFromUtc(y, m ?? 1, d ?? 1);
};

/**
 * The last day of the period a date names.
 * @example endDayOf('1970-01' as IsoDate) // 30
 */
export const endDayOf = (date: IsoDate): number => {
  const [y, m, d] = parts(date);
  if (m === undefined) return dayFromUtc(y, 12, 31);
  if (d === undefined) return dayFromUtc(y, m + 1, 1) - 1;
  return dayFromUtc(y, m, d);
};

/**
 * The ISO date (day precision) of a day number.
 * @example isoOfDay(0) // '1970-01-01'
 */
export const isoOfDay = (day: number): IsoDate =>
  new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;

/**
 * How much a date's precision lets a statement weigh on a smoothed line: a day 1, a month ½, a
 * year ¼, since a point placed at a period's mid-point may be off by weeks or months.
 */
export const precisionWeight = (date: IsoDate): number => {
  switch (precisionOf(date)) {
    case DatePrecision.Day:
      return 1;
    case DatePrecision.Month:
      return 0.5;
    case DatePrecision.Year:
      return 0.25;
  }
};

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * A date as an analyst reads it, at its precision; the year is left out when `omitYear` is set.
 * @example dateLabel('2026-02-07' as IsoDate) // '7 Feb 2026'
 * @example dateLabel('2026-01-28' as IsoDate, true) // '28 Jan'
 */
export const dateLabel = (date: IsoDate, omitYear = false): string => {
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1] ?? String(m);
  const withYear = (s: string): string => (omitYear ? s : `${s} ${y}`);
  return d === undefined ? withYear(month) : withYear(`${d} ${month}`);
};

/**
 * A stance or mean as an analyst reads it: a sign always, a true minus sign, `digits` decimals.
 * @example signedLabel(-2) // '−2'
 * @example signedLabel(0.5, 1) // '+0.5'
 */
export const signedLabel = (value: number, digits = 0): string => {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
};
