import { CARDINAL_WORDS } from '../../core/number-words.js';
import { cuedMentionsOf, mentionsOf, type TimeMention } from './time-mention.js';

// "2 p.m.", "10:35 a.m. EST", "9 am", "14:30 GMT". A time zone written after it belongs to it.
const CLOCK =
  /(?<![\w$£€.:-])(\d{1,2})(?::(\d{2}))?\s*(?:(a\.m\.?|p\.m\.?|am\b|pm\b)|(?<=:\d\d)(?=\s*(?:GMT|UTC|[A-Z][DS]T)\b))(?:\s+\(?(?:GMT|UTC|[A-Z][DS]T)\)?(?![\w]))?/gi;

const NOON = /(?<![\w-])(noon|midday|midnight)(?![\w-])/gi;

// "4 in the morning", "nine o'clock at night": an hour with the part of the day for a.m. or p.m.
const HOUR_OF_PART =
  /(?<![\w$£€.:-])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::(\d{2}))?(?:\s+o'clock)?\s+(in\s+the\s+morning|in\s+the\s+afternoon|in\s+the\s+evening|at\s+night)(?![\w-])/gi;
// The part of the day HOUR_OF_PART cannot match without ("in the evening", "at night").
const HOUR_OF_PART_CUE = /(?:in\s+the|at)\s+(?:morning|afternoon|evening|night)/i;

/**
 * Clock times: "2 p.m.", "10:35 a.m. EST", "noon", "midnight". The day comes from the narrative.
 * @example findClockMentions('at 2 p.m.')[0].meaning // { kind: 'clock', hour: 14, minute: 0, dayOffset: 0 }
 */
export const findClockMentions = (text: string): TimeMention[] => [
  ...mentionsOf(text, CLOCK, (m) => {
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    const meridiem = (m[3] ?? '').toLowerCase().charAt(0);
    if (minute > 59 || hour > 23 || (meridiem !== '' && (hour < 1 || hour > 12))) return null;
    const h24 =
      meridiem === 'p' && hour < 12 ? hour + 12 : meridiem === 'a' && hour === 12 ? 0 : hour;
    return { kind: 'clock', hour: h24, minute, dayOffset: 0 };
  }),
  ...cuedMentionsOf(text, HOUR_OF_PART_CUE, HOUR_OF_PART, (m) => {
    const word = (m[1] ?? '').toLowerCase();
    const hour = CARDINAL_WORDS[word] ?? Number(word);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    if (hour < 1 || hour > 12 || minute > 59) return null;
    const morning = /morning/i.test(m[3] ?? '');
    // "12 in the morning" is 00:00, "12 in the afternoon" noon.
    const h24 = morning ? hour % 12 : hour === 12 ? 12 : hour + 12;
    return { kind: 'clock', hour: h24, minute, dayOffset: 0 };
  }),
  ...mentionsOf(text, NOON, (m) => ({
    kind: 'clock',
    hour: (m[1] ?? '').toLowerCase() === 'midnight' ? 24 : 12,
    minute: 0,
    dayOffset: 0,
  })),
];
