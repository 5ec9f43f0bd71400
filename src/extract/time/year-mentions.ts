import { TimexType } from './time-expression.js';
import { DECADE_WORDS } from './time-lexicon.js';
import { cuedMentionsOf, type TimeMention } from './time-mention.js';

/** A four-digit year a news text may name: 1500-2099. */
export const YEAR_PATTERN = '(?:1[5-9]\\d\\d|20\\d\\d)';

// A year is a bare number, so what stands around it decides: "$1990", "1,990", "1990%",
// "No. 1990", "1990 of them" and "version 1.1990" are not years.
const YEAR = new RegExp(
  `(?:(?<=\\b(?:mid|late|early|post|pre)-)|(?<![\\w$£€#.,/:-]|\\bNo\\.\\s|\\d[.,]))((?:fiscal(?:\\s+year)?|FY)[\\s-]+)?(${YEAR_PATTERN})(?![\\w%/]|[.,:]\\d|\\s*(?:percent|per\\s*cent|of\\s+(?:them|the|these|those)|(?:people|troops|soldiers|men|women|shares|jobs|workers|students|units|cars|copies|pounds|tons|miles|feet|meters|acres)\\b))`,
  'gi',
);

const DECADE = new RegExp(
  `(?<![\\w$£€#.,-])(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:(1[5-9]\\d0|20\\d0)'?s|'(\\d)0s)(?![\\w])`,
  'gi',
);

// "the nineties", "the nineteen-sixties": a decade in words.
const SPOKEN_DECADE = new RegExp(
  `(?<![\\w-])the\\s+(?:(?:early|late|mid)[\\s-]+)?(?:nineteen[\\s-]+)?(${Object.keys(DECADE_WORDS).join('|')})(?![\\w-])`,
  'gi',
);

const TENS =
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
// Years as a broadcast transcript writes them: "nineteen ninety-six", "the year two thousand".
const SPOKEN_YEAR = new RegExp(
  `(?<![\\w-])(?:nineteen[\\s-]+(${TENS})(?:[\\s-]+(${ONES}))?|(?:the\\s+year\\s+)two\\s+thousand)(?![\\w-])`,
  'gi',
);
const spokenNumber = (word: string | undefined): number => {
  const all = `${TENS}`.split('|');
  const w = (word ?? '').toLowerCase();
  const i = all.indexOf(w);
  if (i >= 0) return i < 10 ? 10 + i : (i - 8) * 10;
  return ONES.split('|').indexOf(w) + 1;
};

const CENTURY = /(?<![\w-])(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century(?![\w-])/gi;

// What each pattern above cannot match without; many texts name no year, and most no decade,
// spoken year or century.
const YEAR_CUE = new RegExp(YEAR_PATTERN);
const DECADE_CUE = /0'?s/i;
const SPOKEN_DECADE_CUE = new RegExp(Object.keys(DECADE_WORDS).join('|'), 'i');
const SPOKEN_YEAR_CUE = /nineteen|thousand/i;
const CENTURY_CUE = /century/i;

/**
 * Years, decades and centuries written out: "1998", "fiscal 1989", "the 1990s", "the '80s",
 * "the nineties", "the 20th century". Their values need no reference date.
 * @example findYearMentions('In 2018 it grew.')[0] // { start: 3, end: 7, meaning: { kind: 'fixed', type: 'DATE', value: '2018' } }
 */
export const findYearMentions = (text: string): TimeMention[] => [
  ...cuedMentionsOf(text, YEAR_CUE, YEAR, (m) => ({
    kind: 'fixed',
    type: TimexType.Date,
    value: m[2] ?? '',
  })),
  ...cuedMentionsOf(text, DECADE_CUE, DECADE, (m) => {
    const value = m[1] !== undefined ? m[1].slice(0, 3) : m[2] !== undefined ? `19${m[2]}` : null;
    return value === null ? null : { kind: 'fixed', type: TimexType.Date, value };
  }),
  ...cuedMentionsOf(text, SPOKEN_DECADE_CUE, SPOKEN_DECADE, (m) => {
    const value = DECADE_WORDS[(m[1] ?? '').toLowerCase()];
    return value === undefined ? null : { kind: 'fixed', type: TimexType.Date, value };
  }),
  ...cuedMentionsOf(text, SPOKEN_YEAR_CUE, SPOKEN_YEAR, (m) => {
    const year =
      m[1] === undefined
        ? 2000
        : 1900 + spokenNumber(m[1]) + (m[2] === undefined ? 0 : spokenNumber(m[2]));
    return { kind: 'fixed', type: TimexType.Date, value: String(year) };
  }),
  ...cuedMentionsOf(text, CENTURY_CUE, CENTURY, (m) => {
    const n = Number(m[1]);
    return n < 1 || n > 21
      ? null
      : { kind: 'fixed', type: TimexType.Date, value: String(n - 1).padStart(2, '0') };
  }),
];
