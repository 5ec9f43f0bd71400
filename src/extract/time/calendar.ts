import { isoDateFrom, type IsoDate } from '../../core/partial-date.js';

/** A calendar day (proleptic Gregorian, no time zone). */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

const toEpochDay = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;

const fromEpochDay = (n: number): Day => {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/**
 * The day an ISO date names, or null when it is not day-precise.
 * @example dayFromIso('2013-03-15') // { year: 2013, month: 3, day: 15 }
 */
export const dayFromIso = (iso: string | null): Day | null => {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return isoDateFrom(m[0]) === null
    ? null
    : { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
};

/** @example addDays({ year: 2013, month: 3, day: 31 }, 1) // { year: 2013, month: 4, day: 1 } */
export const addDays = (d: Day, n: number): Day => fromEpochDay(toEpochDay(d) + n);

/** Days from `a` to `b` (positive when `b` is later). @example daysBetween(d, addDays(d, 3)) // 3 */
export const daysBetween = (a: Day, b: Day): number => toEpochDay(b) - toEpochDay(a);

/** A month moved by `n` months. @example addMonths(2013, 1, -2) // { year: 2012, month: 11 } */
export const addMonths = (
  year: number,
  month: number,
  n: number,
): { year: number; month: number } => {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

/** Whether a month-day exists in a year (29 February only in leap years). */
export const isValidDay = (year: number, month: number, day: number): boolean => {
  const probe = fromEpochDay(toEpochDay({ year, month, day }));
  return probe.month === month && probe.day === day;
};

/** A day moved by a number of days, weeks, months or years (the 31st kept within its month). */
export const moveDay = (day: Day, unit: 'day' | 'week' | 'month' | 'year', amount: number): Day => {
  if (unit === 'day' || unit === 'week') return addDays(day, amount * (unit === 'week' ? 7 : 1));
  const { year, month } = addMonths(day.year, day.month, amount * (unit === 'year' ? 12 : 1));
  let last = day.day;
  while (last > 28 && !isValidDay(year, month, last)) last -= 1;
  return { year, month, day: last };
};

/** ISO weekday: 1 = Monday ... 7 = Sunday. @example isoWeekday({ year: 2013, month: 3, day: 15 }) // 5 */
export const isoWeekday = (d: Day): number => {
  const w = new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
  return w === 0 ? 7 : w;
};

/** The ISO week a day falls in. @example isoWeekOf({ year: 2013, month: 3, day: 15 }) // { year: 2013, week: 11 } */
export const isoWeekOf = (d: Day): { year: number; week: number } => {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const firstThursday = addDays(
    { year: thursday.year, month: 1, day: 4 },
    4 - isoWeekday({ year: thursday.year, month: 1, day: 4 }),
  );
  return { year: thursday.year, week: 1 + Math.round(daysBetween(firstThursday, thursday) / 7) };
};

/** The quarter (1-4) a month falls in. */
export const quarterOfMonth = (month: number): number => Math.floor((month - 1) / 3) + 1;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** @example formatDay({ year: 2013, month: 3, day: 5 }) // '2013-03-05' */
export const formatDay = (d: Day): IsoDate =>
  `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}` as IsoDate;
/** @example formatMonth(2013, 3) // '2013-03' */
export const formatMonth = (year: number, month: number): IsoDate =>
  `${pad(year, 4)}-${pad(month)}` as IsoDate;
/** @example formatYear(998) // '0998' */
export const formatYear = (year: number): IsoDate => pad(year, 4) as IsoDate;
/** @example formatWeek(d) // '2013-W11' */
export const formatWeek = (d: Day): string => {
  const { year, week } = isoWeekOf(d);
  return `${pad(year, 4)}-W${pad(week)}`;
};
/** @example formatTime(d, 14, 0) // '2013-03-15T14:00' */
export const formatTime = (d: Day, hour: number, minute: number): string =>
  `${formatDay(d)}T${pad(hour)}:${pad(minute)}`;
