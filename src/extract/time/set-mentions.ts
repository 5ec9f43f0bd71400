import { TimexType } from './time-expression.js';
import { MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from './time-lexicon.js';
import { cuedMentionsOf, type TimeMention } from './time-mention.js';

const EVERY_UNIT: Readonly<Record<string, string>> = {
  second: 'PT1S',
  minute: 'PT1M',
  hour: 'PT1H',
  day: 'P1D',
  night: 'P1D',
  morning: 'P1D',
  evening: 'P1D',
  afternoon: 'P1D',
  week: 'P1W',
  weekend: 'P1W',
  month: 'P1M',
  quarter: 'P1Q',
  year: 'P1Y',
  decade: 'P10Y',
};

const ADVERB: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  biannually: 'P6M',
};

const EVERY = new RegExp(
  `(?<![\\w-])(?:every|each)\\s+(other\\s+|two\\s+|three\\s+|few\\s+)?(second|minute|hour|day|night|morning|evening|afternoon|week|weekend|month|quarter|year|decade|${WEEKDAY_PATTERN}|${MONTH_PATTERN}|summer|winter|spring|fall|autumn)s?(?![\\w-])`,
  'gi',
);

const TIMES_A =
  /(?<![\w-])(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times)\s+(?:a|an|per|each)\s+(day|week|month|year|quarter|hour|minute)(?![\w-])/gi;

// "annually" mostly qualifies a rate ("grew 8% annually"), which TimeBank leaves out.
const ADVERBS =
  /(?<![\w-])(hourly|daily|nightly|weekly|biweekly|monthly|yearly|biannually)(?![\w-])/gi;

// What each pattern above cannot match without ("biweekly" holds "weekly").
const EVERY_CUE = /every|each/i;
const TIMES_A_CUE = /(?:once|twice|thrice|times)\s+(?:a|an|per|each)\s/i;
const ADVERBS_CUE = /(?:hour|dai|night|week|month|year|annual)ly/i;

const SEASON_CODES: Readonly<Record<string, string>> = {
  summer: 'SU',
  winter: 'WI',
  spring: 'SP',
  fall: 'FA',
  autumn: 'FA',
};

/**
 * Recurring times (TimeML SET): "every week" (P1W), "weekly", "daily", "each July"
 * (XXXX-07), "every Thursday" (XXXX-WXX-4), "twice a year".
 * @example findSetMentions('They meet every week.')[0].meaning // { kind: 'fixed', type: 'SET', value: 'P1W' }
 */
export const findSetMentions = (text: string): TimeMention[] => [
  ...cuedMentionsOf(text, EVERY_CUE, EVERY, (m) => {
    const word = (m[2] ?? '').toLowerCase().replace(/\.$/, '');
    const step = (m[1] ?? '').trim().toLowerCase();
    const n =
      step === 'other' || step === 'two' ? 2 : step === 'three' ? 3 : step === 'few' ? 'X' : 1;
    const weekday = WEEKDAYS[word];
    if (weekday !== undefined)
      return { kind: 'fixed', type: TimexType.Set, value: `XXXX-WXX-${weekday}` };
    const month = MONTHS[word];
    if (month !== undefined) {
      if (word === 'may' || word === 'march' || (m[2] ?? '').charAt(0) === word.charAt(0))
        return null;
      return {
        kind: 'fixed',
        type: TimexType.Set,
        value: `XXXX-${String(month).padStart(2, '0')}`,
      };
    }
    const season = SEASON_CODES[word];
    if (season !== undefined)
      return { kind: 'fixed', type: TimexType.Set, value: `XXXX-${season}` };
    const base = EVERY_UNIT[word];
    if (base === undefined) return null;
    return { kind: 'fixed', type: TimexType.Set, value: base.replace('1', String(n)) };
  }),
  ...cuedMentionsOf(text, TIMES_A_CUE, TIMES_A, (m) => {
    const base = EVERY_UNIT[(m[1] ?? '').toLowerCase()];
    return base === undefined ? null : { kind: 'fixed', type: TimexType.Set, value: base };
  }),
  ...cuedMentionsOf(text, ADVERBS_CUE, ADVERBS, (m) => {
    const value = ADVERB[(m[1] ?? '').toLowerCase()];
    return value === undefined ? null : { kind: 'fixed', type: TimexType.Set, value };
  }),
];
