import { mentionsOf, type TimeMention } from './time-mention.js';

// "2 p.m.", "10:35 a.m. EST", "9 am", "14:30 GMT". A time zone written after it belongs to it.
const CLOCK =
  /(?<![\w$£€.:-])(\d{1,2})(?::(\d{2}))?\s*(?:(a\.m\.?|p\.m\.?|am\b|pm\b)|(?<=:\d\d)(?=\s*(?:GMT|UTC|[A-Z][DS]T)\b))(?:\s+\(?(?:GMT|UTC|[A-Z][DS]T)\)?(?![\w]))?/gi;

const NOON = /(?<![\w-])(noon|midday|midnight)(?![\w-])/gi;

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
  ...mentionsOf(text, NOON, (m) => ({
    kind: 'clock',
    hour: (m[1] ?? '').toLowerCase() === 'midnight' ? 24 : 12,
    minute: 0,
    dayOffset: 0,
  })),
];
