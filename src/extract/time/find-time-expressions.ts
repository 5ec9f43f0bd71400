import { isoDateFrom, type IsoDate } from '../../core/partial-date.js';
import { dayFromIso, type Day } from './calendar.js';
import { findChronoMentions } from './chrono-mentions.js';
import { findClockMentions } from './clock-mentions.js';
import { findDayListMentions, withRangeYears } from './day-list-mentions.js';
import { findDurationMentions } from './duration-mentions.js';
import { findHolidayMentions } from './holiday-mentions.js';
import { findMonthMentions, findSeasonMentions } from './month-mentions.js';
import { advanceNarrative, emptyNarrative, leaveQuarter } from './narrative-anchor.js';
import { findQuarterMentions } from './quarter-mentions.js';
import { findReferenceMentions } from './reference-mentions.js';
import { findRelativeMentions } from './relative-mentions.js';
import { resolveMention } from './resolve-mention.js';
import { findSetMentions } from './set-mentions.js';
import {
  dropNames,
  extendOverDayPhrases,
  extendOverModifiers,
  joinAdjacent,
  selectMentions,
} from './span-conventions.js';
import { leanAt } from './tense-cues.js';
import { TimexType, type TimeExpression } from './time-expression.js';
import type { Lean, TimeMention } from './time-mention.js';
import { findWeekdayMentions, findWeekendMentions } from './weekday-mentions.js';
import { findYearMentions } from './year-mentions.js';

/** Every recogniser, the most specific first (it wins a tie between spans of equal length). */
const RECOGNISERS: ReadonlyArray<(text: string) => TimeMention[]> = [
  findDayListMentions,
  findChronoMentions,
  findQuarterMentions,
  findRelativeMentions,
  findHolidayMentions,
  findWeekdayMentions,
  findWeekendMentions,
  findMonthMentions,
  findSeasonMentions,
  findYearMentions,
  findSetMentions,
  findDurationMentions,
  findReferenceMentions,
  findClockMentions,
];

/**
 * Whether a date moves the narrative on. A comparison does not: "a year earlier" and "the
 * year-ago quarter" look back from the report's period without changing it, and only a quarter
 * named without a year ("the third quarter") is the period a report is about.
 */
const movesNarrative = ({ meaning }: TimeMention): boolean => {
  if (meaning.kind === 'quarter') return meaning.year === null && meaning.yearShift === 0;
  if (meaning.kind === 'offset')
    return !(meaning.counted && meaning.unit !== 'day' && meaning.unit !== 'week');
  return true;
};

/**
 * Whether a quarter value names one that had not ended by publication: once a report has named
 * its quarter, "the fourth quarter" in an October report is a forecast, not the period the report
 * is about, so "the year-ago period" after it still means the quarter just reported. (The first
 * quarter named is the report's own even when unfinished: a fiscal quarter ends early.)
 */
const isUnfinishedQuarter = (value: string, published: Day | null): boolean => {
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m === null || published === null) return false;
  const lastMonth = Number(m[2]) * 3;
  return (
    Number(m[1]) > published.year ||
    (Number(m[1]) === published.year && lastMonth > published.month) ||
    (Number(m[1]) === published.year && lastMonth === published.month && published.day < 28)
  );
};

const DATE_PREFIX = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:]+)?$/;

/** The calendar date a TimeML value names, if it names a year, a month or a day. */
const calendarDateOf = (type: TimexType, value: string): IsoDate | null => {
  if (type !== TimexType.Date && type !== TimexType.Time) return null;
  const m = DATE_PREFIX.exec(value) ?? /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$/.exec(value);
  return m?.[1] === undefined ? null : isoDateFrom(m[1]);
};

/**
 * The time expressions of a text, in text order, normalised as TimeML TIMEX3 against the
 * publication date and the narrative: "Friday" in a past-tense report is the Friday before
 * publication, "ten days earlier" counts from the last date the text set, "for three months"
 * is a DURATION (P3M) with no date.
 * @example findTimeExpressions('The talks ended on Friday.', '2013-03-20')
 * // [{ start: 19, end: 25, type: 'DATE', value: '2013-03-15', date: '2013-03-15', method: 'relative_to_publication' }]
 */
export const findTimeExpressions = (text: string, published: IsoDate | null): TimeExpression[] => {
  const found0 = selectMentions(RECOGNISERS.flatMap((find) => find(text)));
  const extended = extendOverDayPhrases(text, extendOverModifiers(text, found0));
  const mentions = withRangeYears(
    text,
    dropNames(text, joinAdjacent(text, selectMentions(extended))),
  );
  const publishedDay = dayFromIso(published);
  let narrative = emptyNarrative;
  const found: TimeExpression[] = [];
  for (const mention of mentions) {
    let lean: Lean | undefined;
    const { type, value, method } = resolveMention(mention.meaning, {
      published: publishedDay,
      narrative,
      get lean() {
        // Read only by the resolvers that need it (dates without a year, weekdays): most
        // mentions (durations, years, counted offsets) never ask, and the clause costs a scan.
        return (lean ??= leanAt(text, mention.start, mention.end));
      },
    });
    const date = calendarDateOf(type, value);
    found.push({
      start: mention.start,
      end: mention.end,
      type,
      value,
      date,
      method: date === null ? null : method,
    });
    if (
      (type === TimexType.Date || type === TimexType.Time) &&
      movesNarrative(mention) &&
      !(narrative.quarter !== null && isUnfinishedQuarter(value, publishedDay))
    )
      narrative = advanceNarrative(narrative, value);
    else if (type === TimexType.Duration) narrative = leaveQuarter(narrative, value);
  }
  return found;
};
