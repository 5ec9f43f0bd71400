import { DateMethod } from '../../core/partial-date.js';
import {
  addDays,
  addMonths,
  dayFromIso,
  formatDay,
  formatMonth,
  formatTime,
  formatWeek,
  formatYear,
  moveDay,
  isoWeekday,
  quarterOfMonth,
  type Day,
} from './calendar.js';
import { resolveCalendar, resolveHoliday } from './resolve-calendar.js';
import { TimexType } from './time-expression.js';
import { Anchor, Lean, type TimeMeaning } from './time-mention.js';
import type { NarrativeAnchor } from './narrative-anchor.js';

/** What a resolver knows besides the words: the publication day, the narrative, the tense. */
export interface ResolutionContext {
  readonly published: Day | null;
  readonly narrative: NarrativeAnchor;
  readonly lean: Lean;
}

/** A mention's TimeML type and value, and how its date was found. */
export interface Resolved {
  readonly type: TimexType;
  readonly value: string;
  readonly method: DateMethod | null;
}

const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A value with its part of the day (2013-03-15TMO), or a week with its weekend (2013-W11-WE). */
const withPart = (value: string, part: string | null): string =>
  part === null ? value : part === 'WE' ? `${value}-WE` : `${value}T${part}`;

/** The day a counted phrase starts from: the narrative's when asked and known, else the publication's. */
const referenceDay = (
  anchor: Anchor,
  context: ResolutionContext,
): { day: Day; method: DateMethod } | null => {
  if (anchor === Anchor.Narrative && context.narrative.day !== null) {
    return { day: context.narrative.day, method: DateMethod.RelativeToNarrative };
  }
  return context.published === null
    ? null
    : { day: context.published, method: DateMethod.RelativeToPublication };
};

const resolveOffset = (
  m: Extract<TimeMeaning, { kind: 'offset' }>,
  context: ResolutionContext,
): Resolved => {
  const { narrative } = context;
  // Financial reports compare with the same quarter a year before: "a year earlier", "a year ago".
  if (m.unit === 'year' && m.counted && m.amount === -1 && narrative.quarter !== null) {
    return {
      type: TimexType.Date,
      value: `${formatYear(narrative.quarter.year - 1)}-Q${narrative.quarter.quarter}`,
      method: null,
    };
  }
  // Month and year phrases of the narrative ("that year") count from its month or year.
  if (
    m.anchor === Anchor.Narrative &&
    (m.unit === 'year' || m.unit === 'decade') &&
    narrative.year !== null
  ) {
    return {
      type: TimexType.Date,
      value: formatYear(narrative.year + m.amount * (m.unit === 'decade' ? 10 : 1)),
      method: DateMethod.RelativeToNarrative,
    };
  }
  if (m.anchor === Anchor.Narrative && m.unit === 'month' && narrative.month !== null) {
    const { year, month } = addMonths(narrative.month.year, narrative.month.month, m.amount);
    return {
      type: TimexType.Date,
      value: formatMonth(year, month),
      method: DateMethod.RelativeToNarrative,
    };
  }
  const ref = referenceDay(m.anchor, context);
  if (ref === null) {
    const vague = m.amount < 0 ? 'PAST_REF' : m.amount > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
    return { type: TimexType.Date, value: vague, method: null };
  }
  const { day, method } = ref;
  switch (m.unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day': {
      const value = formatDay(addDays(day, m.unit === 'day' ? m.amount : 0));
      return {
        type: m.part === null ? TimexType.Date : TimexType.Time,
        value: withPart(value, m.part),
        method,
      };
    }
    case 'week': {
      const shifted = addDays(day, 7 * m.amount);
      // "a week later" in a narrative is a day; "last week" is a calendar week.
      if (m.anchor === Anchor.Narrative && m.amount !== 0 && m.part === null) {
        return { type: TimexType.Date, value: formatDay(shifted), method };
      }
      return { type: TimexType.Date, value: withPart(formatWeek(shifted), m.part), method: null };
    }
    case 'month': {
      const { year, month } = addMonths(day.year, day.month, m.amount);
      return { type: TimexType.Date, value: formatMonth(year, month), method };
    }
    case 'quarter': {
      const index = day.year * 4 + quarterOfMonth(day.month) - 1 + m.amount;
      return {
        type: TimexType.Date,
        value: `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`,
        method: null,
      };
    }
    case 'year':
      return { type: TimexType.Date, value: formatYear(day.year + m.amount), method };
    case 'decade':
      // "a decade ago" is a year; "the last decade" is a decade (199 for the 1990s).
      if (!m.counted)
        return {
          type: TimexType.Date,
          value: formatYear(day.year + 10 * m.amount).slice(0, 3),
          method: null,
        };
      return { type: TimexType.Date, value: formatYear(day.year + 10 * m.amount), method };
    case 'century':
      return { type: TimexType.Date, value: formatYear(day.year + 100 * m.amount), method };
  }
};

/**
 * The parts of a day kept on a weekday: TimeBank writes "Friday evening" as a TIME (TEV), but
 * leaves "morning" and "night" off the day more often than not.
 */
const KEPT_WEEKDAY_PARTS: ReadonlySet<string> = new Set(['EV']);

const resolveWeekday = (
  m: Extract<TimeMeaning, { kind: 'weekday' }>,
  context: ResolutionContext,
): Resolved => {
  const ref = referenceDay(m.anchor, context);
  // "Wednesday night": TimeBank mostly gives the day alone, so the part of the day is left out.
  const type = TimexType.Date;
  if (ref === null) return { type, value: `XXXX-WXX-${m.weekday}`, method: null };
  const back = (isoWeekday(ref.day) - m.weekday + 7) % 7;
  const ahead = (m.weekday - isoWeekday(ref.day) + 7) % 7;
  let delta: number;
  if (m.shift === -1) delta = -(back === 0 ? 7 : back);
  else if (m.shift === 1) delta = ahead === 0 ? 7 : ahead;
  else if (m.shift === 0) delta = m.weekday - isoWeekday(ref.day);
  else if (context.lean === 'future') delta = ahead;
  // With no tense cue, the last such day, as news reports what has happened, unless it is
  // tomorrow ("On Tuesday, ..." in a Monday paper): "bought from May 2 to Thursday" in a Monday
  // paper is three days back, not three days ahead.
  else if (context.lean === 'nearest' && ahead === 1) delta = ahead;
  else delta = -back;
  const day = addDays(ref.day, delta);
  if (m.part === 'WE') return { type, value: `${formatWeek(day)}-WE`, method: null };
  if (m.part !== null && KEPT_WEEKDAY_PARTS.has(m.part))
    return { type: TimexType.Time, value: `${formatDay(day)}T${m.part}`, method: ref.method };
  return { type, value: formatDay(day), method: ref.method };
};

const resolveQuarter = (
  m: Extract<TimeMeaning, { kind: 'quarter' }>,
  context: ResolutionContext,
): Resolved => {
  const { published, narrative } = context;
  const letter = m.half ? 'H' : 'Q';
  let quarter = m.quarter;
  let year = m.year;
  // "In the first nine months, net was $306 million, against $195 million in the 1988 period":
  // with no quarter in view, a period named by its year is that year.
  if (quarter === null && year !== null && narrative.quarter === null)
    return { type: TimexType.Date, value: formatYear(year + m.yearShift), method: null };
  if (quarter === null) {
    // "the quarter", "the latest period": the quarter the report is about, else the last one ended.
    const focus =
      narrative.quarter ??
      (published === null
        ? null
        : (() => {
            const index = published.year * 4 + quarterOfMonth(published.month) - 2;
            return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
          })());
    if (focus === null) return { type: TimexType.Date, value: `XXXX-QX`, method: null };
    quarter = focus.quarter;
    year ??= focus.year;
  } else if (year === null && published !== null && m.yearFromPublication !== undefined) {
    year = published.year + m.yearFromPublication;
  } else if (year === null && published !== null) {
    year = published.year;
    // A quarter still to come is last year's in a report of the past ("the fourth quarter" in January).
    const firstMonth = m.half ? (quarter - 1) * 6 + 1 : (quarter - 1) * 3 + 1;
    if (firstMonth > published.month && context.lean === 'past') year -= 1;
  }
  if (year === null)
    return { type: TimexType.Date, value: `XXXX-${letter}${quarter}`, method: null };
  return {
    type: TimexType.Date,
    value: `${formatYear(year + m.yearShift)}-${letter}${quarter}`,
    method: null,
  };
};

const resolveSeason = (
  m: Extract<TimeMeaning, { kind: 'season' }>,
  context: ResolutionContext,
): Resolved => {
  if (m.year !== null)
    return { type: TimexType.Date, value: `${formatYear(m.year)}-${m.season}`, method: null };
  if (context.published === null)
    return { type: TimexType.Date, value: `XXXX-${m.season}`, method: null };
  if (m.recent) {
    const start = SEASON_START[m.season] ?? 1;
    return {
      type: TimexType.Date,
      value: `${formatYear(context.published.year - (start < context.published.month ? 0 : 1))}-${m.season}`,
      method: null,
    };
  }
  return {
    type: TimexType.Date,
    value: `${formatYear(context.published.year + (m.shift ?? 0))}-${m.season}`,
    method: null,
  };
};

const resolveClock = (
  m: Extract<TimeMeaning, { kind: 'clock' }>,
  context: ResolutionContext,
): Resolved => {
  const ref = referenceDay(Anchor.Narrative, context);
  if (ref === null)
    return {
      type: TimexType.Time,
      value: `XXXX-XX-XXT${String(m.hour).padStart(2, '0')}:${String(m.minute).padStart(2, '0')}`,
      method: null,
    };
  return {
    type: TimexType.Time,
    value: formatTime(addDays(ref.day, m.dayOffset), m.hour, m.minute),
    method: ref.method,
  };
};

/**
 * "the day before last Tuesday", "two weeks after Thanksgiving", "the week of March 6": the
 * named day, moved or widened.
 */
const resolveBeside = (
  m: Extract<TimeMeaning, { kind: 'beside' }>,
  context: ResolutionContext,
): Resolved => {
  // "as Easter week began", written on its Monday: a past-leaning holiday is looked for up to
  // the end of the publication's week, which the week of it may still hold.
  const { published } = context;
  const weekEnd = published && addDays(published, 7 - isoWeekday(published));
  const pastWeek =
    m.week && m.day.kind === 'holiday' && m.day.shift === null && context.lean === Lean.Past;
  const named = resolveMention(m.day, pastWeek ? { ...context, published: weekEnd } : context);
  const day = dayFromIso(named.value);
  if (day === null) return named;
  const shifted = moveDay(day, m.unit, m.amount);
  if (m.week) return { type: TimexType.Date, value: formatWeek(shifted), method: null };
  return { type: TimexType.Date, value: formatDay(shifted), method: named.method };
};

/**
 * A mention's TimeML type and value, resolved against the publication day and the narrative.
 * @example resolveMention({ kind: 'offset', unit: 'day', amount: -1, anchor: 'publication', part: null }, { published: { year: 2013, month: 3, day: 15 }, narrative: emptyNarrative, lean: 'past' })
 * // { type: 'DATE', value: '2013-03-14', method: 'relative_to_publication' }
 */
export const resolveMention = (meaning: TimeMeaning, context: ResolutionContext): Resolved => {
  switch (meaning.kind) {
    case 'fixed':
      return {
        type: meaning.type,
        value: meaning.value,
        method:
          /^\d{4}$/.test(meaning.value) && meaning.type !== TimexType.Set
            ? DateMethod.Explicit
            : null,
      };
    case 'calendar':
      return resolveCalendar(meaning, context);
    case 'holiday':
      return resolveHoliday(meaning, context);
    case 'weekday':
      return resolveWeekday(meaning, context);
    case 'quarter':
      return resolveQuarter(meaning, context);
    case 'season':
      return resolveSeason(meaning, context);
    case 'offset':
      return resolveOffset(meaning, context);
    case 'clock':
      return resolveClock(meaning, context);
    case 'beside':
      return resolveBeside(meaning, context);
    case 'at': {
      const day = resolveMention(meaning.day, context);
      const hhmm = `${String(meaning.hour).padStart(2, '0')}:${String(meaning.minute).padStart(2, '0')}`;
      return /^\d{4}-\d{2}-\d{2}$/.test(day.value)
        ? { type: TimexType.Time, value: `${day.value}T${hhmm}`, method: day.method }
        : day;
    }
  }
};
