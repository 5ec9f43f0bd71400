import { DateMethod } from '../../core/partial-date.js';
import {
  addDays,
  daysBetween,
  formatDay,
  formatMonth,
  formatTime,
  isValidDay,
  isoWeekday,
  type Day,
} from './calendar.js';
import { TimexType } from './time-expression.js';
import type { Lean, TimeMeaning } from './time-mention.js';
import type { Resolved, ResolutionContext } from './resolve-mention.js';

type Calendar = Extract<TimeMeaning, { kind: 'calendar' }>;
type Holiday = Extract<TimeMeaning, { kind: 'holiday' }>;

/** Days a date may lie after publication and still be this year's in a past report. */
const PAST_SLACK_DAYS = 2;
/** How far, in days, a tense cue may carry a date from publication (ten months). */
const MAX_LEAN_DAYS = 300;

/**
 * The year a tense cue points to, from how far this year's date lies from publication (in days,
 * or in months for a month alone); null when there is no cue.
 */
const leanedYear = (year: number, same: number, monthOnly: boolean, lean: Lean): number | null => {
  // A date a day or two after publication is still this year's in a past report: papers are
  // dated by their edition, and the text may run a day ahead of it.
  if (lean === 'past') return same > (monthOnly ? 0 : PAST_SLACK_DAYS) ? year - 1 : year;
  if (lean === 'future') return same < 0 ? year + 1 : year;
  return null;
};

/**
 * The year of a month or month-day written without one. Past-leaning, as news is: in a report
 * of the past the most recent such date on or before publication; in one of the future the next
 * on or after it; with no tense cue the nearest of last year's, this year's and next year's.
 * A past report allows two days' slack for a text that runs ahead of its dateline.
 * So "December 28" in a paper of 10 January is last year's if the clause is past ("was
 * released December 28"), and "January 17" this year's if it is future ("will be released") or
 * has no cue (a week ahead is nearer than a year back).
 * A tense cue is only a hint: when following it would put the date more than ten months away
 * ("the Aug. 7 blasts" with a "would" earlier in the sentence, in a paper of 18 August), the
 * nearest reading wins, for a news text seldom names a day so far off without its year.
 */
export const yearFor = (published: Day, month: number, day: number | null, lean: Lean): number => {
  const candidate = (year: number): number =>
    day === null
      ? (year - published.year) * 12 + (month - published.month)
      : daysBetween(published, { year, month, day: isValidDay(year, month, day) ? day : 28 });
  const options = [published.year - 1, published.year, published.year + 1];
  const nearest = options.reduce((best, year) =>
    Math.abs(candidate(year)) < Math.abs(candidate(best)) ? year : best,
  );
  const leaned = leanedYear(published.year, candidate(published.year), day === null, lean);
  if (leaned === null) return nearest;
  const limit = day === null ? MAX_LEAN_DAYS / 30 : MAX_LEAN_DAYS;
  return Math.abs(candidate(leaned)) > limit ? nearest : leaned;
};

const monthYearFor = (published: Day, month: number, shift: -1 | 0 | 1, lean: Lean): number => {
  // "last February" in a March paper is a year back: the month just gone would be "last month".
  if (shift === -1) return month < published.month - 1 ? published.year : published.year - 1;
  if (shift === 1) return month > published.month ? published.year : published.year + 1;
  return lean === 'future' && month < published.month ? published.year + 1 : published.year;
};

/**
 * The day the text is talking about, for a date with neither year nor tense cue: "in June from
 * $29.75 in March" reads March near the June just named, not near publication. The narrative's
 * month, on its day when the text set one in that month, else in its middle; null when the text
 * has named no month yet.
 */
const narrativeReference = ({ narrative }: ResolutionContext): Day | null => {
  const { month, day } = narrative;
  if (month === null) return null;
  const sameMonth = day !== null && day.year === month.year && day.month === month.month;
  return { year: month.year, month: month.month, day: sameMonth ? day.day : 15 };
};

/**
 * A month or a day of the calendar: "March 1989" as written, "January 17" and "last July"
 * from the publication date (see `yearFor`).
 */
export const resolveCalendar = (m: Calendar, context: ResolutionContext): Resolved => {
  const { published, lean } = context;
  let year = m.year;
  let method: DateMethod = DateMethod.Explicit;
  if (year === null) {
    if (published === null) {
      const mm = String(m.month).padStart(2, '0');
      const value = m.day === null ? `XXXX-${mm}` : `XXXX-${mm}-${String(m.day).padStart(2, '0')}`;
      return { type: TimexType.Date, value, method: null };
    }
    const narrativeDay = lean === 'nearest' ? narrativeReference(context) : null;
    if (m.yearFromPublication !== undefined) year = published.year + m.yearFromPublication;
    else if (m.shift !== null) year = monthYearFor(published, m.month, m.shift, lean);
    else year = yearFor(narrativeDay ?? published, m.month, m.day, lean);
    // "Monday, Oct. 26": of the years near publication, the one where the weekday fits.
    const { weekday } = m;
    if (m.day !== null && weekday !== undefined && weekday !== null) {
      const fits = (y: number): boolean =>
        isValidDay(y, m.month, m.day ?? 1) &&
        isoWeekday({ year: y, month: m.month, day: m.day ?? 1 }) === weekday;
      const base = year;
      year = [base, base - 1, base + 1].find(fits) ?? base;
    }
    method =
      narrativeDay !== null && m.yearFromPublication === undefined && m.shift === null
        ? DateMethod.RelativeToNarrative
        : DateMethod.RelativeToPublication;
  }
  if (m.day === null) return { type: TimexType.Date, value: formatMonth(year, m.month), method };
  const day = { year, month: m.month, day: m.day };
  if (!isValidDay(year, m.month, m.day))
    return { type: TimexType.Date, value: formatMonth(year, m.month), method };
  if (m.hour !== null)
    return { type: TimexType.Time, value: formatTime(day, m.hour, m.minute ?? 0), method };
  return { type: TimexType.Date, value: formatDay(day), method };
};

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
const easterIn = (year: number): Day => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
};

/** The day a holiday falls on in a year. */
const holidayIn = (name: string, year: number): Day => {
  const nth = (month: number, weekday: number, n: number): Day => {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  };
  switch (name) {
    case 'easter':
      return easterIn(year);
    case 'easter monday':
      return addDays(easterIn(year), 1);
    case 'good friday':
      return addDays(easterIn(year), -2);
    case 'martin luther king day':
      return nth(1, 1, 3);
    case 'presidents day':
      return nth(2, 1, 3);
    case "mother's day":
      return nth(5, 7, 2);
    case "father's day":
      return nth(6, 7, 3);
    case 'columbus day':
      return nth(10, 1, 2);
    case 'veterans day':
      return { year, month: 11, day: 11 };
    case "st. patrick's day":
      return { year, month: 3, day: 17 };
    case 'boxing day':
      return { year, month: 12, day: 26 };
    case 'thanksgiving':
      return nth(11, 4, 4);
    case 'labor day':
      return nth(9, 1, 1);
    case 'election day':
      // The Tuesday after the first Monday of November.
      return addDays(nth(11, 1, 1), 1);
    case 'memorial day': {
      const last = { year, month: 5, day: 31 };
      return addDays(last, -((isoWeekday(last) - 1 + 7) % 7));
    }
    case 'christmas eve':
      return { year, month: 12, day: 24 };
    case 'christmas':
      return { year, month: 12, day: 25 };
    case "new year's eve":
      return { year, month: 12, day: 31 };
    case "new year's day":
      return { year, month: 1, day: 1 };
    case 'independence day':
      return { year, month: 7, day: 4 };
    case 'halloween':
      return { year, month: 10, day: 31 };
    case "valentine's day":
      return { year, month: 2, day: 14 };
    default:
      return { year, month: 1, day: 1 };
  }
};

/** A holiday: "Thanksgiving Day" (the fourth Thursday of November), "last Christmas", "Easter 2011". */
export const resolveHoliday = (m: Holiday, context: ResolutionContext): Resolved => {
  const { published, lean } = context;
  if (m.year !== null)
    return {
      type: TimexType.Date,
      value: formatDay(holidayIn(m.name, m.year)),
      method: DateMethod.Explicit,
    };
  if (published === null) return { type: TimexType.Date, value: 'XXXX-XX-XX', method: null };
  const candidates = [published.year - 1, published.year, published.year + 1].map((y) =>
    holidayIn(m.name, y),
  );
  const past = candidates
    .filter((d) => daysBetween(d, published) >= (m.shift === -1 ? 1 : 0))
    .pop();
  const future = candidates.find((d) => daysBetween(published, d) >= (m.shift === 1 ? 1 : 0));
  const chosen = m.shift === 1 || (m.shift === null && lean === 'future') ? future : past;
  return {
    type: TimexType.Date,
    value: formatDay(chosen ?? published),
    method: DateMethod.RelativeToPublication,
  };
};
