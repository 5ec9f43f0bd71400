import { TimexType } from './time-expression.js';
import {
  AMOUNT_PATTERN,
  HALF_UNIT,
  UNIT_CODES,
  UNIT_WORDS,
  amountOf,
  type Unit,
} from './time-lexicon.js';
import { Anchor, mentionsOf, type TimeMeaning, type TimeMention } from './time-mention.js';

/**
 * The TimeML value of a duration: P3M, PT2H, P1.5Y, PXY (several years).
 * @example durationValue(3, 'month') // 'P3M'
 */
export const durationValue = (amount: number | 'X', unit: Unit): string => {
  const { code, time } = UNIT_CODES[unit];
  // TimeML writes decades and centuries in years when the amount is known: "two decades" is P20Y.
  if (amount !== 'X' && (unit === 'decade' || unit === 'century')) {
    return `P${amount * (unit === 'decade' ? 10 : 100)}Y`;
  }
  return `P${time ? 'T' : ''}${amount}${code}`;
};

const LEAD =
  '(?:(?:the|a|an|this|that|these|those)\\s+)?(?:(?:past|last|next|first|final|previous|coming|following|latest|initial|remaining|recent|same|full|whole|entire|subsequent|additional|further)\\s+)?';
// TimeBank keeps "nearly", "almost", "at least" in a duration's span but leaves "about", "over",
// "just" and "only" out.
const HEDGE =
  '(?:(?:nearly|almost|more\\s+than|less\\s+than|at\\s+least|at\\s+most|fewer\\s+than|as\\s+many\\s+as|as\\s+long\\s+as|as\\s+much\\s+as|barely|a\\s+further|an\\s+additional|another)\\s+)?';
const UNIT_WORD =
  '(seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|quarters?|years?|decades?|centur(?:y|ies))';

// "2 1/2 years", "two and a half years", "a minute and a half".
const HALF_BEFORE = '(\\s+1/2|\\s+and\\s+a\\s+half)?';
const HALF_AFTER = '(\\s+and\\s+a\\s+half)?';

// A leading \b for speed, as in AGO (relative-mentions.ts); the same in VAGUE.
const DURATION = new RegExp(
  `\\b(?<![\\w$£€-])${LEAD}${HEDGE}(${AMOUNT_PATTERN})${HALF_BEFORE}[\\s-]+(?:(?:more|additional|straight|consecutive|full|long|trading|business|working)\\s+)?${UNIT_WORD}${HALF_AFTER}(?:[\\s-]+long)?(?![\\w-])(?![\\s-]+old\\b)`,
  'gi',
);

/**
 * The value of a duration and a half: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M; a unit
 * with no smaller one to count in gets a decimal ("1 1/2 decades" is P15Y).
 * @example halfDurationValue(2, 'year') // 'P2Y6M'
 */
export const halfDurationValue = (amount: number, unit: Unit): string => {
  const half = HALF_UNIT[unit];
  if (half === undefined) return durationValue(amount + 0.5, unit);
  const whole = durationValue(amount, unit);
  const rest = durationValue(half.amount, half.unit);
  // "PT5H" and "PT30M" make "PT5H30M"; "P1D" and "PT12H" make "P1DT12H".
  return whole + (whole.includes('T') ? rest.replace(/^PT/, '') : rest.slice(1));
};

// "for years", "over the years", "in coming weeks", "the weeks ahead", "the coming weeks": a span
// of unknown length.
const VAGUE = new RegExp(
  `\\b(?<![\\w-])(?:(?:the\\s+)?(?:coming|past|last|next|recent)\\s+|(?<=\\bin\\s+)recent\\s+|(?<=\\b(?:for|over\\s+the|within)\\s+)|the\\s+(?=\\w+\\s+ahead\\b))${UNIT_WORD}(?:\\s+ahead)?(?![\\w-])`,
  'gi',
);

// "a day-long meeting", "a year-long inquiry": one unit, written as an adjective.
const UNIT_LONG = /(?<![\w-])(hour|day|week|month|year)-long(?![\w-])/gi;

const THE_UNIT =
  /(?<![\w-])(?:the|a)\s+(?:(?:full|fiscal|whole|entire|calendar)\s+)?(year|week|month)(?![\w-])/gi;

// "a two-year contract": the article belongs to the noun, not to the adjective "two-year".
const withoutArticleBeforeAdjective =
  (text: string) =>
  (m: TimeMention): TimeMention => {
    const article = /^(?:a|an|the|this|that)\s+(?=[\w.]+-[a-z]+$)/i.exec(
      text.slice(m.start, m.end),
    );
    return article ? { ...m, start: m.start + article[0].length } : m;
  };

/**
 * "for the year", "during the month": a named unit after a preposition, elsewhere a noun. The
 * year ("for the full year", "the first nine months of the year") is the one the report is
 * about, a DATE; "the year ended July 2" and "the week", "the month" are spans.
 */
const theUnitMeaning = (text: string, m: RegExpExecArray): TimeMeaning | null => {
  const unit = UNIT_WORDS[(m[1] ?? '').toLowerCase()];
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (unit === undefined || /^a\s/i.test(m[0])) return null;
  const preposition = /\b(for|during|over|in|throughout|of)\s+$/i.exec(before)?.[1]?.toLowerCase();
  if (preposition === undefined || (preposition === 'of' && unit !== 'year')) return null;
  // "in the year 1998": the number is the date.
  if (/^\s+\d/.test(after)) return null;
  if (unit === 'year' && !/^\s+(?:ended|ending|to)\b/i.test(after))
    return {
      kind: 'offset',
      unit,
      amount: 0,
      anchor: Anchor.Publication,
      part: null,
      counted: false,
    };
  return { kind: 'fixed', type: TimexType.Duration, value: durationValue(1, unit) };
};

// "will one day be", "could one day replace": a modal before "one day" makes it "some day".
const MODAL_BEFORE = /\b(?:will|would|could|might|may|can|shall|should|must)\s+(?:[a-z]+ly\s+)?$/i;
const COUNT_AFTER = /^\s+(?:after|before|later|earlier|ago|of|in\s+advance)\b/i;

/** Whether "one day" is an unnamed day to come ("Islam will one day be ..."), not a span. */
const isSomeDay = (text: string, start: number, end: number): boolean =>
  MODAL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
  !COUNT_AFTER.test(text.slice(end, end + 16));

// "$2 million a year", "four flights a week", "24 hours a day": after a quantity, "a year" is
// the unit of a rate ("per year"), no span of time of its own.
const QUANTITY_BEFORE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen))(?:\s+[a-z]+s)?\s+$/i;
const RATE_UNITS: ReadonlySet<Unit> = new Set(['day', 'week', 'month', 'year']);

/** Whether "a year" at `start` is the unit of a rate: "$500 million a year". */
const isRateUnit = (text: string, start: number, unit: Unit): boolean =>
  RATE_UNITS.has(unit) && QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/**
 * Durations: "three months", "the past two years", "for 14 days" ("14 days"), "a two-year
 * contract" ("two-year"), "several weeks", "for years". A duration is not a date.
 * @example findDurationMentions('He was held for three months.')[0].meaning // { kind: 'fixed', type: 'DURATION', value: 'P3M' }
 */
export const findDurationMentions = (text: string): TimeMention[] => [
  ...mentionsOf(text, DURATION, (m) => {
    const amount = amountOf(m[1] ?? '');
    const unit = UNIT_WORDS[(m[3] ?? '').toLowerCase()];
    if (amount === null || unit === undefined) return null;
    const raw = m[0].toLowerCase();
    if (/^an?\s/.test(raw) && isRateUnit(text, m.index, unit)) return null;
    if (raw === 'one day' && isSomeDay(text, m.index, m.index + m[0].length))
      return { kind: 'fixed', type: TimexType.Date, value: 'FUTURE_REF' };
    // "a second term" and "a quarter of the vote" are no durations.
    if (
      /^(?:a|an|one)$/i.test((m[1] ?? '').trim()) &&
      (unit === 'second' || unit === 'quarter') &&
      !/^(?:the|a|an)?\s*(?:past|last|next|first)/.test(raw)
    )
      return null;
    // "three quarters of the vote" is a share; "several quarters of losses" a span of time.
    if (unit === 'quarter' && amount !== 'X' && /^\s+of\b/.test(text.slice(m.index + m[0].length)))
      return null;
    const half = (m[2] ?? m[4]) !== undefined && amount !== 'X';
    const value = half ? halfDurationValue(amount, unit) : durationValue(amount, unit);
    return { kind: 'fixed', type: TimexType.Duration, value };
  }).map(withoutArticleBeforeAdjective(text)),
  ...mentionsOf(text, VAGUE, (m) => {
    const unit = UNIT_WORDS[(m[1] ?? '').toLowerCase()];
    if (unit === undefined || !/s$/i.test(m[1] ?? '')) return null;
    // "in recent years", "in past years": the past in general (PAST_REF), as TimeBank mostly has
    // it; "the past two years" and "recent weeks" stay spans.
    if (unit === 'year' && /^(?:recent|past)\s/i.test(m[0]))
      return { kind: 'fixed', type: TimexType.Date, value: 'PAST_REF' };
    return { kind: 'fixed', type: TimexType.Duration, value: durationValue('X', unit) };
  }),
  ...mentionsOf(text, THE_UNIT, (m) => theUnitMeaning(text, m)),
  ...mentionsOf(text, UNIT_LONG, (m) => {
    const unit = UNIT_WORDS[(m[1] ?? '').toLowerCase()];
    return unit === undefined
      ? null
      : { kind: 'fixed', type: TimexType.Duration, value: durationValue(1, unit) };
  }),
];
