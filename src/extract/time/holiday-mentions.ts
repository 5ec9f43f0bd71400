import { cuedMentionsOf, type TimeMeaning, type TimeMention } from './time-mention.js';
import { shiftOf } from './month-mentions.js';
import { YEAR_PATTERN } from './year-mentions.js';

const HOLIDAY = new RegExp(
  `(?<![\\w-])(?:(last|next|this)\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year['’]s(?:\\s+Day|\\s+Eve)|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day|Halloween|Valentine['’]s\\s+Day|Easter(?!\\s+(?:Island|[Ee]ggs?|Rising|[Bb]unny|[Pp]arade))(?:\\s+Sunday|\\s+Monday)?|Good\\s+Friday|Veterans\\s+Day|Presidents['’]?\\s+Day|Martin\\s+Luther\\s+King(?:\\s+Jr\\.)?\\s+Day|Columbus\\s+Day|Mother['’]s\\s+Day|Father['’]s\\s+Day|Boxing\\s+Day|(?:St\\.|Saint)\\s+Patrick['’]s\\s+Day)(?:,?\\s+(${YEAR_PATTERN}))?(\\s+week)?(?![\\w-])`,
  'g',
);
// A word every holiday name above holds; most texts have none.
const HOLIDAY_CUE =
  /Thanksgiving|Christmas|Year['’]s|Independence|Labor|Memorial|Election|Halloween|Valentine|Easter|Good|Veterans|Presidents|King|Columbus|Mother|Father|Boxing|Patrick/;

/** A holiday's name as resolveHoliday knows it: "christmas", "easter sunday" -> "easter", "presidents day". */
const holidayName = (written: string): string =>
  written
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^(thanksgiving|christmas) day$/, '$1')
    .replace(/^easter sunday$/, 'easter')
    .replace(/^presidents'? day$/, 'presidents day')
    .replace(/^martin luther king.* day$/, 'martin luther king day')
    .replace(/^(?:st\.|saint) patrick's day$/, "st. patrick's day");

/**
 * Yearly holidays: "Thanksgiving Day", "last Christmas", "New Year's Day 1999", "Election Day",
 * "Easter", "Good Friday", "Veterans Day", and the week of one ("Christmas week").
 * @example findHolidayMentions('He arrived on Thanksgiving Day.')[0].meaning // { kind: 'holiday', name: 'thanksgiving', year: null, shift: null }
 */
export const findHolidayMentions = (text: string): TimeMention[] =>
  cuedMentionsOf(text, HOLIDAY_CUE, HOLIDAY, (m) => {
    const holiday: TimeMeaning = {
      kind: 'holiday',
      name: holidayName(m[2] ?? ''),
      year: m[3] !== undefined ? Number(m[3]) : null,
      shift: shiftOf(m[1]),
    };
    // "Christmas week", "Easter week": the week the holiday falls in.
    return m[4] === undefined
      ? holiday
      : { kind: 'beside', day: holiday, unit: 'day', amount: 0, week: true };
  });
