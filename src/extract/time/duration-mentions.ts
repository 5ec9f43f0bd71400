import { TimexType } from './time-expression.js';
import { AMOUNT_PATTERN, UNIT_CODES, UNIT_WORDS, amountOf, type Unit } from './time-lexicon.js';
import { mentionsOf, type TimeMention } from './time-mention.js';

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

const DURATION = new RegExp(
  `(?<![\\w$£€-])${LEAD}${HEDGE}(${AMOUNT_PATTERN})[\\s-]+(?:(?:more|additional|straight|consecutive|full|long)\\s+)?${UNIT_WORD}(?:[\\s-]+long)?(?![\\w-])(?![\\s-]+old\\b)`,
  'gi',
);

// "for years", "over the years", "in coming weeks", "the weeks ahead": a span of unknown length.
const VAGUE = new RegExp(
  `(?<![\\w-])(?:(?:the\\s+)?(?:coming|past|last|next|recent)\\s+|(?<=\\bin\\s+)recent\\s+|(?<=\\b(?:for|over\\s+the|within)\\s+))${UNIT_WORD}(?:\\s+ahead)?(?![\\w-])`,
  'gi',
);

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
 * Durations: "three months", "the past two years", "for 14 days" ("14 days"), "a two-year
 * contract" ("two-year"), "several weeks", "for years". A duration is not a date.
 * @example findDurationMentions('He was held for three months.')[0].meaning // { kind: 'fixed', type: 'DURATION', value: 'P3M' }
 */
export const findDurationMentions = (text: string): TimeMention[] => [
  ...mentionsOf(text, DURATION, (m) => {
    const amount = amountOf(m[1] ?? '');
    const unit = UNIT_WORDS[(m[2] ?? '').toLowerCase()];
    if (amount === null || unit === undefined) return null;
    const raw = m[0].toLowerCase();
    // "a second term" and "a quarter of the vote" are no durations.
    if (
      /^(?:a|an|one)$/i.test((m[1] ?? '').trim()) &&
      (unit === 'second' || unit === 'quarter') &&
      !/^(?:the|a|an)?\s*(?:past|last|next|first)/.test(raw)
    )
      return null;
    if (unit === 'quarter' && /^\s+of\b/.test(text.slice(m.index + m[0].length))) return null;
    return { kind: 'fixed', type: TimexType.Duration, value: durationValue(amount, unit) };
  }).map(withoutArticleBeforeAdjective(text)),
  ...mentionsOf(text, VAGUE, (m) => {
    const unit = UNIT_WORDS[(m[1] ?? '').toLowerCase()];
    if (unit === undefined || !/s$/i.test(m[1] ?? '')) return null;
    return { kind: 'fixed', type: TimexType.Duration, value: durationValue('X', unit) };
  }),
  ...mentionsOf(text, THE_UNIT, (m) => {
    const unit = UNIT_WORDS[(m[1] ?? '').toLowerCase()];
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // Only "for the year", "in the year", "during the year": elsewhere "the year" is a noun.
    if (unit === undefined || !/\b(?:for|during|over|in|throughout)\s+$/i.test(before)) return null;
    if (/^a\s/i.test(m[0])) return null;
    return { kind: 'fixed', type: TimexType.Duration, value: durationValue(1, unit) };
  }),
];
