import { CARDINAL_WORDS } from '../../core/number-words.js';
/** Words of time: month, weekday, season and unit names, and the number words a news text uses. */

/** Month names and their abbreviations (without the full stop) to month numbers 1-12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names to ISO weekdays (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Seasons to their TimeML codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Decades named in words ("the nineties") to the TimeML value of that decade of the 1900s. */
export const DECADE_WORDS: Readonly<Record<string, string>> = {
  twenties: '192',
  thirties: '193',
  forties: '194',
  fifties: '195',
  sixties: '196',
  seventies: '197',
  eighties: '198',
  nineties: '199',
};

/** Parts of the day to their TimeML codes. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

/** Calendar units, singular. */
export const Unit = {
  Second: 'second',
  Minute: 'minute',
  Hour: 'hour',
  Day: 'day',
  Week: 'week',
  Month: 'month',
  Quarter: 'quarter',
  Year: 'year',
  Decade: 'decade',
  Century: 'century',
} as const;
export type Unit = (typeof Unit)[keyof typeof Unit];

/** Unit words (singular, plural and adjectival) to units. */
export const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  second: 'second',
  seconds: 'second',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  fortnight: 'week',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
};

/** How TimeML writes a unit in a duration value: P3D, PT2H, P2Q, P1E (a decade), P1C (a century). */
export const UNIT_CODES: Readonly<Record<Unit, { readonly code: string; readonly time: boolean }>> =
  {
    second: { code: 'S', time: true },
    minute: { code: 'M', time: true },
    hour: { code: 'H', time: true },
    day: { code: 'D', time: false },
    week: { code: 'W', time: false },
    month: { code: 'M', time: false },
    quarter: { code: 'Q', time: false },
    year: { code: 'Y', time: false },
    decade: { code: 'E', time: false },
    century: { code: 'C', time: false },
  };

/** Half of a unit in the next smaller one, as TimeML writes "2 1/2 years" (P2Y6M). */
export const HALF_UNIT: Partial<Record<Unit, { readonly amount: number; readonly unit: Unit }>> = {
  year: { amount: 6, unit: 'month' },
  day: { amount: 12, unit: 'hour' },
  hour: { amount: 30, unit: 'minute' },
  minute: { amount: 30, unit: 'second' },
};

const SMALL: Readonly<Record<string, number>> = { a: 1, an: 1, ...CARDINAL_WORDS, half: 0 };

/** Vague amounts, which TimeML writes as X: "several years" is PXY. */
const VAGUE = new Set(['several', 'few', 'a few', 'some', 'many', 'a number of']);

/** A regular-expression alternation of the number words and digits an amount may be written with. */
export const AMOUNT_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|a dozen|a few|(?:a\\s+)?couple\\s+of|a number of|several|few|some|many|an?|one)';

/**
 * The number an amount phrase stands for, 'X' when it is vague, or null when it is no amount.
 * @example amountOf('twenty-five') // 25
 * @example amountOf('several') // 'X'
 */
export const amountOf = (phrase: string): number | 'X' | null => {
  const words = phrase.toLowerCase().trim().replace(/-/g, ' ').replace(/\s+/g, ' ');
  if (VAGUE.has(words)) return 'X';
  // "a couple of years" is two, as TimeML counts it (P2Y).
  if (/^(?:a )?couple(?: of)?$/.test(words)) return 2;
  if (/^\d+(?:\.\d+)?$/.test(words)) return Number(words);
  let total = 0;
  for (const w of words.split(' ')) {
    const n = SMALL[w];
    if (n === undefined) return null;
    total = n === 100 ? Math.max(total, 1) * 100 : total + n;
  }
  return total;
};

/** A regular-expression alternation of month names ("Sept." and "Sept" alike). */
export const MONTH_PATTERN =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.|apr\\.?|jun\\.|jul\\.|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';

/** A regular-expression alternation of weekday names. */
export const WEEKDAY_PATTERN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Ordinal words to numbers, for quarters and halves ("third quarter"). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** Reads a month word ("Sept.", "october") as its number, or null. */
export const monthOf = (word: string): number | null =>
  MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
