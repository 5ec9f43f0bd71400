import { isValidDay } from './calendar.js';
import { MONTH_PATTERN, monthOf } from './time-lexicon.js';
import type { TimeMeaning, TimeMention } from './time-mention.js';
import { YEAR_PATTERN } from './year-mentions.js';

// "April 24 and 25", "Oct. 19-20, 1987", "March 3 to 5 1999": a month, a day, a joining word, a
// second day, and perhaps the year both days share.
const DAY_LIST = new RegExp(
  `(?<![\\w-])(${MONTH_PATTERN})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:,\\s*)?(?:and|or|to|through|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)(${YEAR_PATTERN}))?(?![\\w%]|[.,]?\\d)`,
  'gid',
);
// "10-22 August 2012", "7 and 8 May", "3 to 5 March": the same with the days first, as British
// and wire copy write them.
const DAY_FIRST_LIST = new RegExp(
  `(?<![\\w.,-])(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+(${YEAR_PATTERN}))?(?![\\w-])`,
  'gid',
);
// A month name or abbreviation, which every match of DAY_LIST holds.
const DAY_LIST_CUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

// What may follow the second day: the end of a clause, a capitalised word or a preposition.
// "May 2 and 3 others", "June 5 and 6 percent": a count, not a day.
const AFTER_SECOND_DAY =
  /^(?:\s*$|\s*[,.;:!?)'"`’”]|\s+(?:in|at|on|when|for|with|by|as|and|but|before|after|the|a|an)\b|\s+[A-Z])/;

/**
 * Whether two days of a month make a list or range: the second later than the first and a day
 * of the month ("February 20 - 30" is none; with no year, a leap year's February allows the 29th).
 */
const validDays = (month: number, day1: number, day2: number, year: number | null): boolean =>
  day1 >= 1 && day2 > day1 && isValidDay(year ?? 2000, month, day2);

/** The two mentions of a list or range of days: each a day, with its span [start, end). */
const twoDays = (
  month: number,
  first: readonly [day: number, start: number, end: number],
  second: readonly [day: number, start: number, end: number],
  year: number | null,
): TimeMention[] =>
  [first, second].map(([day, start, end]) => ({ start, end, meaning: dayOf(month, day, year) }));

const dayOf = (month: number, day: number, year: number | null): TimeMeaning => ({
  kind: 'calendar',
  year,
  month,
  day,
  shift: null,
  hour: null,
  minute: null,
});

/** The month a capitalised month name names; null otherwise ("may 2 and 3" is a verb and two numbers). */
const capitalMonth = (word: string): number | null =>
  word.charAt(0) === word.charAt(0).toUpperCase() ? monthOf(word) : null;

/**
 * The two days of "April 24 and 25" or "Oct. 19-20, 1987", each on its own as TimeML marks
 * them: the second day ("25") takes the month of the first, and a year written after the
 * second day ("20, 1987") belongs to both. The second day must be later in the month than the
 * first and end the phrase, so that "June 5 and 6 percent" stays a single date.
 * @example findDayListMentions('It meets April 24 and 25.').map((m) => m.meaning.kind === 'calendar' && m.meaning.day) // [24, 25]
 */
export const findDayListMentions = (text: string): TimeMention[] => {
  const found: TimeMention[] = [];
  if (!DAY_LIST_CUE.test(text)) return found;
  for (const m of text.matchAll(DAY_LIST)) {
    const month = capitalMonth(m[1] ?? '');
    const day1 = Number(m[2]);
    const day2 = Number(m[3]);
    const [, firstDigitsEnd] = m.indices?.[2] ?? [0, 0];
    // The first day keeps its ordinal suffix: "March 7th" in "March 7th-11th".
    const firstEnd =
      firstDigitsEnd + (/^(?:st|nd|rd|th)/i.exec(text.slice(firstDigitsEnd))?.[0].length ?? 0);
    const [secondStart] = m.indices?.[3] ?? [0];
    const end = m.index + m[0].length;
    const year = m[4] === undefined ? null : Number(m[4]);
    if (month === null || !validDays(month, day1, day2, year)) continue;
    if (!AFTER_SECOND_DAY.test(text.slice(end, end + 20))) continue;
    found.push(...twoDays(month, [day1, m.index, firstEnd], [day2, secondStart, end], year));
  }
  for (const m of text.matchAll(DAY_FIRST_LIST)) {
    const month = capitalMonth(m[3] ?? '');
    const day1 = Number(m[1]);
    const day2 = Number(m[2]);
    const year = m[4] === undefined ? null : Number(m[4]);
    if (month === null || !validDays(month, day1, day2, year)) continue;
    // The first day stands alone ("10"); the second takes the month and year ("22 August 2012").
    const [, firstEnd] = m.indices?.[1] ?? [0, 0];
    const [secondStart] = m.indices?.[2] ?? [0];
    found.push(
      ...twoDays(
        month,
        [day1, m.index, firstEnd],
        [day2, secondStart, m.index + m[0].length],
        year,
      ),
    );
  }
  return found;
};

/** What joins the days of a range or a list: "September 28 to October 5", "May 3, June 4 and …". */
const RANGE_JOINER = /^\s*,?\s*(?:(?:to|through|thru|until|till|and|-|–|—)\s*)?$/i;
/** The most characters a joiner may take: more is no range but two dates apart. */
const MAX_JOINER = 15;

/** Whether a mention is a day of the calendar; `withYear` asks that it names its year too. */
const calendarDay = (mention: TimeMention | undefined, withYear: boolean) => {
  const meaning = mention?.meaning;
  return meaning?.kind === 'calendar' &&
    meaning.day !== null &&
    (withYear
      ? meaning.year !== null
      : meaning.year === null &&
        meaning.shift === null &&
        meaning.yearFromPublication === undefined)
    ? meaning
    : null;
};

/**
 * Gives the days of a range or list the year written after its last: "from September 28 to
 * October 5, 2008" is 2008-09-28 to 2008-10-05, "May 3, June 4 and July 5, 2001" all in 2001,
 * and "Dec. 30 to Jan. 2, 1987" starts in 1986. Mentions are in text order; only a day with
 * neither a year nor a shift of its own takes one, from the day after it.
 * @example withRangeYears('Sept. 28 to Oct. 5, 2008', mentions)[0].meaning.year // 2008
 */
export const withRangeYears = (text: string, mentions: readonly TimeMention[]): TimeMention[] => {
  const result = [...mentions];
  for (let i = result.length - 2; i >= 0; i--) {
    const mention = result[i] as TimeMention;
    const next = result[i + 1] as TimeMention;
    const first = calendarDay(mention, false);
    const last = calendarDay(next, true);
    if (first === null || last === null || last.year === null || last.day === null) continue;
    if (next.start - mention.end > MAX_JOINER) continue;
    if (!RANGE_JOINER.test(text.slice(mention.end, next.start))) continue;
    const later =
      first.month < last.month || (first.month === last.month && (first.day ?? 0) <= last.day);
    result[i] = { ...mention, meaning: { ...first, year: later ? last.year : last.year - 1 } };
  }
  return result;
};
