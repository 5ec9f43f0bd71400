import { cuedMentionsOf, type TimeMention } from './time-mention.js';
import { shiftOf } from './month-mentions.js';
import { YEAR_PATTERN } from './year-mentions.js';

const HOLIDAY = new RegExp(
  `(?<![\\w-])(?:(last|next|this)\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's(?:\\s+Day|\\s+Eve)|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day|Halloween|Valentine's\\s+Day)(?:,?\\s+(${YEAR_PATTERN}))?(?![\\w-])`,
  'g',
);
// A word every holiday name above holds; most texts have none.
const HOLIDAY_CUE =
  /Thanksgiving|Christmas|Year's|Independence|Labor|Memorial|Election|Halloween|Valentine/;

/**
 * Yearly holidays: "Thanksgiving Day", "last Christmas", "New Year's Day 1999", "Election Day".
 * @example findHolidayMentions('He arrived on Thanksgiving Day.')[0].meaning // { kind: 'holiday', name: 'thanksgiving', year: null, shift: null }
 */
export const findHolidayMentions = (text: string): TimeMention[] =>
  cuedMentionsOf(text, HOLIDAY_CUE, HOLIDAY, (m) => {
    const name = (m[2] ?? '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^(thanksgiving|christmas) day$/, '$1');
    return {
      kind: 'holiday',
      name,
      year: m[3] !== undefined ? Number(m[3]) : null,
      shift: shiftOf(m[1]),
    };
  });
