import * as chrono from 'chrono-node';
import { AMOUNT_PATTERN, MONTH_PATTERN } from './time-lexicon.js';
import { stretchesNear, type Stretch, type TimeMeaning, type TimeMention } from './time-mention.js';

// chrono's strict English parsers find written dates ("Oct. 15, 1999", "15 October", "3/4/1998",
// "1998-08-07") and clock times ("10:35 a.m."). Its casual parsers are left out: news text is
// full of "may", "second" and "now" that are no dates, and the relative phrases are read here.
// chrono tags only some results with their parser, so a date is kept by what it is written with:
// a month name, a full numeric date, or a year-first ISO date. ("Mar", "Jun" and "Jul" without a
// full stop are months only beside a number: "2 Mar 2016".)
const WRITTEN_DATE = new RegExp(
  `${MONTH_PATTERN}|\\d\\s+(?:mar|jun|jul)\\b|\\b(?:mar|jun|jul)\\s+\\d|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);

// A fixed reference keeps chrono deterministic; the years it implies are ignored.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const LEADING_WORDS =
  /^(?:(?:at|on|in|by|from|since|until|till|around|about|before|after|the|of|to)\s+)+/i;
const CLOCK_WRITTEN = /\d\s*(?:a\.m\b|p\.m\b|am\b|pm\b|o'clock)|\d:\d\d/i;
const RANGE_SPLIT = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*/i;
// chrono reads "two days after May 26" and "(the) day before May 26" as one date, moved from its fixed reference year: only the
// date is taken here, and extendOverDayPhrases (span-conventions.ts) counts from it.
const COUNTED_LEAD = new RegExp(
  `^(?:(?:the|${AMOUNT_PATTERN})[\\s-]+)?(?:day|week|month|year)s?\\s+(?:before|after|from)\\s+`,
  'i',
);

const meaningOf = (r: chrono.ParsedResult, withClock: boolean): TimeMeaning | null => {
  const c = r.start;
  const hasDay = c.isCertain('day');
  const hasHour = withClock && c.isCertain('hour');
  const hour = hasHour ? c.get('hour') : null;
  const minute = hasHour ? (c.get('minute') ?? 0) : null;
  if (hasDay && c.isCertain('month') && WRITTEN_DATE.test(r.text)) {
    return {
      kind: 'calendar',
      year: c.isCertain('year') ? c.get('year') : null,
      month: c.get('month') ?? 1,
      day: c.get('day'),
      shift: null,
      hour,
      minute,
      weekday: c.isCertain('weekday') ? (((c.get('weekday') ?? 0) + 6) % 7) + 1 : null,
    };
  }
  if (hour !== null && minute !== null) return { kind: 'clock', hour, minute, dayOffset: 0 };
  return null;
};

const fromResult = (text: string, r: chrono.ParsedResult, offset: number): TimeMention[] => {
  let start = offset + r.index;
  let matched = r.text;
  const lead = LEADING_WORDS.exec(matched);
  if (lead) {
    start += lead[0].length;
    matched = matched.slice(lead[0].length);
  }
  matched = matched.replace(/[\s,]+$/, '');
  const counted = COUNTED_LEAD.exec(matched);
  if (counted) {
    const rest = matched.slice(counted[0].length);
    const at = start + counted[0].length;
    return chrono.en.strict
      .parse(`${rest} `, REFERENCE)
      .flatMap((sub) => fromResult(text, sub, at));
  }
  // "Jan. 1, 1990 at 1": a bare number after a date is no clock time.
  let withClock = true;
  const bareHour = /,?\s+(?:at\s+)?\d{1,2}$/.exec(matched);
  if (
    bareHour &&
    r.start.isCertain('day') &&
    r.start.isCertain('hour') &&
    !r.start.isCertain('meridiem')
  ) {
    matched = matched.slice(0, bareHour.index);
    withClock = false;
  }
  if (r.end !== undefined && r.end !== null) {
    // A range ("Aug. 26 to Oct. 20") is two expressions in TimeML: read each side alone.
    const parts = matched.split(RANGE_SPLIT);
    const found: TimeMention[] = [];
    let cursor = start;
    for (const part of parts) {
      const at = text.indexOf(part, cursor);
      if (part === '' || at < 0) continue;
      cursor = at + part.length;
      for (const sub of chrono.en.strict.parse(part, REFERENCE)) {
        if (sub.end === undefined || sub.end === null) found.push(...fromResult(text, sub, at));
      }
    }
    return found;
  }
  const meaning = meaningOf(r, withClock);
  if (meaning === null) return [];
  // "$1.35 a share" is no 1:35 a.m.: a clock time needs a.m./p.m. or a colon, and no currency.
  if (
    meaning.kind === 'clock' &&
    (!CLOCK_WRITTEN.test(matched) || /[$£€]\s*$/.test(text.slice(0, start)))
  )
    return [];
  return [{ start, end: start + matched.length, meaning }];
};

// What every mention kept above is written with: a date needs a month name or a numeric date, a
// clock time a digit. Text far from both holds none of them. (A month name stands as a word of
// its own: "declined" holds no December.) Not a Unicode pattern: with the `u` flag, matching
// without case is several times slower, and the letters that may touch a month name are Latin.
const DATE_OR_CLOCK_CUE = new RegExp(
  `\\d+|\\b(?<![\\u00C0-\\u024F])(?:${MONTH_PATTERN})(?![a-z\\u00C0-\\u024F])`,
  'gi',
);
/**
 * How far from a digit or a month name chrono may reach for words it joins to them: a weekday
 * before a date ("Wednesday, Sept. 4"), a time zone after a time ("10 a.m. Eastern Standard
 * Time"), the words of a range between two dates ("Aug. 26 to Oct. 20").
 */
const REACH = 48;
/**
 * The stretches of a text chrono needs to read: the words within REACH characters of a digit or
 * a month name. Chrono's cost is in scanning the text with some twenty patterns, and most
 * sentences of a news report hold no written date.
 */
export const stretchesToRead = (text: string): Stretch[] =>
  stretchesNear(text, DATE_OR_CLOCK_CUE, REACH, REACH);

/**
 * Written dates and clock times found by chrono: "Oct. 15, 1999", "August 7", "7 August",
 * "1998-08-07", "10:35 a.m.". The preposition chrono may include ("at 2 p.m.") is left out.
 * @example findChronoMentions('It began on Aug. 7, 1998.')[0] // { start: 12, end: 24, meaning: { kind: 'calendar', year: 1998, month: 8, day: 7, ... } }
 */
export const findChronoMentions = (text: string): TimeMention[] =>
  stretchesToRead(text).flatMap(([start, end]) =>
    // chrono misses a time that ends the text ("at 2 p.m."), so it reads each stretch with a
    // space after.
    chrono.en.strict
      .parse(`${text.slice(start, end)} `, REFERENCE)
      .flatMap((r) => fromResult(text, r, start)),
  );
