import type { IsoDate } from '../partial-date.js';
import { dayOf, isoOfDay } from '../signals/signal-date.js';
import { CARDINAL_WORDS } from '../number-words.js';

/** A deadline found in a statement: the words, and the date they point to when it can be told. */
export interface DeadlineGuess {
  /**
   * `allowance` "Iran has 60 days", "gave them a week"; `period` "within 60 days", "a 60-day
   * deadline"; `date` "by March 8", "the deadline is 8 March", "by the end of the month".
   */
  readonly form: 'allowance' | 'period' | 'date';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Null when the words need a date to count from (or a year) that the statement lacks. */
  readonly date: IsoDate | null;
}

const NUMBER_WORDS = CARDINAL_WORDS;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(hours?|days?|weeks?|months?)';
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\b\\.?`;

/** "has 60 days", "gave Iran 60 days"; "within 60 days", "in the next two weeks", "a 60-day deadline". */
const PERIOD_PATTERNS: ReadonlyArray<[DeadlineGuess['form'], RegExp]> = [
  [
    'allowance',
    new RegExp(
      `\\b(?:has|have|gets?|given|giving|gave)(?:\\s+[\\p{L}’']+){0,2}?\\s+${NUMBER}\\s*-?\\s*${UNIT}\\b`,
      'giu',
    ),
  ],
  ['period', new RegExp(`\\b(?:within|in the next|in)\\s+${NUMBER}\\s*-?\\s*${UNIT}\\b`, 'giu')],
  [
    'period',
    new RegExp(
      `\\b${NUMBER}[-\\s](hour|day|week|month)\\s+(?:deadline|ultimatum|window)\\b`,
      'giu',
    ),
  ],
];

/** "by 8 March", "by March 8, 2026", "by March", "by the end of March". */
const BY_DATE = new RegExp(
  `\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|${MONTH})(?:,?\\s+(\\d{4}))?`,
  'giu',
);
/** "by the end of the month", "by the end of this year". */
const BY_END_OF = /\bby\s+the\s+end\s+of\s+(?:the|this)\s+(month|year)\b/giu;
/** "deadline of 8 March", "the deadline is March 8", "puts the deadline on March 8". */
const DEADLINE_DATE = new RegExp(
  `\\bdeadlines?\\b[^.;!?]{0,25}?\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(\\d{4}))?`,
  'giu',
);

const pad = (n: number): string => String(n).padStart(2, '0');

const numberOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

const addPeriod = (from: IsoDate, n: number, unit: string): IsoDate => {
  const u = unit.toLowerCase();
  if (u.startsWith('month')) {
    const d = new Date(dayOf(from) * 86_400_000);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()))
      .toISOString()
      .slice(0, 10) as IsoDate;
  }
  const days = u.startsWith('hour') ? Math.ceil(n / 24) : u.startsWith('week') ? 7 * n : n;
  return isoOfDay(dayOf(from) + days);
};

/** A calendar date from a day, a month name and perhaps a year; the year after `saidOn`'s when the date would fall before it. */
const calendarDate = (
  day: number | null,
  monthName: string,
  year: number | null,
  saidOn: IsoDate | null,
): IsoDate | null => {
  const month = MONTHS[monthName.toLowerCase().replace(/\.$/, '')];
  if (month === undefined) return null;
  let y = year;
  if (y === null) {
    if (saidOn === null) return null;
    y = Number(saidOn.slice(0, 4));
    const probe = day === null ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
    if (dayOf(probe as IsoDate) < dayOf(saidOn) - (day === null ? 15 : 0)) y += 1;
  }
  if (day === null) return `${y}-${pad(month)}` as IsoDate;
  const probe = new Date(Date.UTC(y, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${y}-${pad(month)}-${pad(day)}` as IsoDate;
};

const dateFromGroups = (
  g: ReadonlyArray<string | undefined>,
  saidOn: IsoDate | null,
): IsoDate | null => {
  // Groups: (day, month) | (month, day) | (month) , year — as BY_DATE and DEADLINE_DATE order them.
  const [d1, m1, m2, d2, m3, y] = g;
  const year = y ? Number(y) : null;
  if (d1 && m1) return calendarDate(Number(d1), m1, year, saidOn);
  if (m2 && d2) return calendarDate(Number(d2), m2, year, saidOn);
  if (m3) return calendarDate(null, m3, year, saidOn);
  return null;
};

/**
 * The deadlines a statement names, in the order they appear: periods counted from when it was
 * said ("within 60 days", "Iran has 60 days"), dates ("by March 8", "the deadline is 8 March"),
 * and ends of periods ("by the end of the month"). A date without a year takes `saidOn`'s year,
 * or the next when it would fall before.
 * @example deadlinesIn('Iran has 60 days to come back.', '2026-01-07')[0]?.date // '2026-03-08'
 */
export const deadlinesIn = (text: string, saidOn: IsoDate | null): DeadlineGuess[] => {
  const found: DeadlineGuess[] = [];
  const add = (form: DeadlineGuess['form'], m: RegExpExecArray, date: IsoDate | null): void => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) return;
    found.push({ form, text: m[0], start, end, date });
  };
  for (const m of text.matchAll(DEADLINE_DATE)) {
    add('date', m, dateFromGroups([m[1], m[2], m[3], m[4], undefined, m[5]], saidOn));
  }
  for (const [form, pattern] of PERIOD_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const [, n, unit] = m;
      add(form, m, saidOn && n && unit ? addPeriod(saidOn, numberOf(n), unit) : null);
    }
  }
  for (const m of text.matchAll(BY_DATE)) {
    add('date', m, dateFromGroups([m[1], m[2], m[3], m[4], m[5], m[6]], saidOn));
  }
  for (const m of text.matchAll(BY_END_OF)) {
    const unit = (m[1] ?? '').toLowerCase();
    const end =
      saidOn === null
        ? null
        : unit === 'year'
          ? saidOn.slice(0, 4)
          : saidOn.length >= 7
            ? saidOn.slice(0, 7)
            : null;
    add('date', m, end as IsoDate | null);
  }
  return found.sort((a, b) => a.start - b.start);
};
