import { TimexType } from './time-expression.js';
import { AMOUNT_PATTERN, UNIT_WORDS, amountOf } from './time-lexicon.js';
import { Anchor, type TimeMeaning, type TimeMention } from './time-mention.js';

// TimeML keeps a date's modifiers in its span: "early 1998", "late last year", "the end of the
// year", "earlier this month", "mid-1990s", "Late Monday", "the last half of the '80s".
const MODIFIER =
  /(?:(?<![\w-])(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|turn|rest|remainder|balance|first\s+half|second\s+half|last\s+half|latter\s+half|latter\s+part|early\s+part)\s+of\s+(?:the\s+)?|(?:earlier|later|early|late|mid|sometime|some\s+time)[\s-]+|mid-))$/i;

const DATE_KINDS = new Set(['calendar', 'weekday', 'season', 'quarter', 'holiday', 'offset']);

const isDay = (m: TimeMention): boolean =>
  m.meaning.kind === 'weekday' ||
  m.meaning.kind === 'holiday' ||
  (m.meaning.kind === 'offset' && m.meaning.unit === 'day') ||
  (m.meaning.kind === 'calendar' && m.meaning.day !== null);

/**
 * Widens a date mention over the modifiers written before it.
 * @example extendOverModifiers('in early 1998', [{ start: 9, end: 13, meaning }])[0].start // 3
 */
export const extendOverModifiers = (
  text: string,
  mentions: readonly TimeMention[],
): TimeMention[] =>
  mentions.map((m) => {
    const isDate =
      DATE_KINDS.has(m.meaning.kind) ||
      (m.meaning.kind === 'fixed' && m.meaning.type === 'DATE' && /^\d/.test(m.meaning.value));
    if (!isDate) return m;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const match = MODIFIER.exec(before);
    return match ? { ...m, start: m.start - match[0].length } : m;
  });

// "the day before", "the week of", "two weeks after", "a month from", written right before a
// named day.
const BESIDE_DAY = new RegExp(
  `(?<![\\w-])(?:the|(${AMOUNT_PATTERN}))[\\s-]+(day|week|month|year)(s?)\\s+(before|after|from|of)\\s+$`,
  'i',
);

/**
 * How a phrase before a named day moves it: "the day before" one day back, "two weeks after"
 * fourteen days on, "the week of" to its week; null when the phrase does not count from a day
 * ("the day of", "several days after").
 */
const besideMeaning = (phrase: RegExpExecArray, day: TimeMeaning): TimeMeaning | null => {
  const unit = UNIT_WORDS[(phrase[2] ?? '').toLowerCase()];
  const relation = (phrase[4] ?? '').toLowerCase();
  if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
  const sign = relation === 'before' ? -1 : 1;
  if (phrase[1] === undefined) {
    // "the day before Christmas", "the week of March 6"; not "the days before Christmas".
    if (phrase[3] !== '') return null;
    if (unit === 'week' && relation === 'of')
      return { kind: 'beside', day, unit, amount: 0, week: true };
    if (unit === 'day' && (relation === 'before' || relation === 'after'))
      return { kind: 'beside', day, unit, amount: sign, week: false };
    return null;
  }
  const amount = amountOf(phrase[1]);
  // "1.5 months after …" names no day.
  if (typeof amount !== 'number' || !Number.isInteger(amount) || relation === 'of') return null;
  return { kind: 'beside', day, unit, amount: sign * amount, week: false };
};

/**
 * Widens a named day over a phrase that counts from it: "the day before last Tuesday" is the
 * Monday before, "three days after Christmas" is December 28, "the week of March 6" the week
 * that holds March 6.
 * @example extendOverDayPhrases('the week of March 6', [march6])[0].meaning.kind // 'beside'
 */
export const extendOverDayPhrases = (
  text: string,
  mentions: readonly TimeMention[],
): TimeMention[] =>
  mentions.map((m) => {
    if (!isDay(m)) return m;
    const phrase = BESIDE_DAY.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const meaning = phrase === null ? null : besideMeaning(phrase, m.meaning);
    if (phrase === null || meaning === null) return m;
    return { start: m.start - phrase[0].length, end: m.end, meaning };
  });

// Common time words, which a text capitalises only in a name: "This Week", "60 Minutes", "High
// Noon", "VOA Today". Day, Night and Year are left out: "Election Day", "New Year" are holidays.
const NAME_WORD =
  /^(?:Weeks?|Weekend|Minutes?|Hours?|Noon|Midnight|Today|Tonight|Tomorrow|Yesterday|Now|Months?|Morning)$/;

/**
 * Whether a name may end right before `start`: after a capitalised word that does not open a
 * sentence ("High", "VOA"), or, when `quoted` allows it, after an opening quote.
 */
const followsName = (text: string, start: number, quoted: boolean): boolean => {
  const before = text.slice(Math.max(0, start - 40), start);
  if (quoted && /["“`']$/.test(before)) return true;
  const word = /([A-Z][\w'’]*)\s+$/.exec(before);
  if (word === null) return false;
  const rest = before.slice(0, word.index).replace(/[\s"“”`']+$/, '');
  return rest !== '' && !/[.!?]$/.test(rest);
};

/**
 * Drops mentions that are part of a title or a name: a common time word capitalised after a
 * quote mark (two words or more) or a capitalised word (CBS's "60 Minutes", "This Week With David Brinkley", "High
 * Noon", "VOA Today"). "In 5 Minutes" opening a sentence is still a time.
 * @example dropNames('on ABC\'s "This Week" show', [thisWeek]) // []
 */
export const dropNames = (text: string, mentions: readonly TimeMention[]): TimeMention[] =>
  mentions.filter((m) => {
    const words = text.slice(m.start, m.end).split(/\s+/);
    const capitalised =
      words.length === 1
        ? NAME_WORD.test(words[0] ?? '')
        : words.slice(1).some((w) => NAME_WORD.test(w));
    // A single word after a quote mark opens the quotation (``Today, I am here'').
    return !capitalised || !followsName(text, m.start, words.length > 1);
  });

/**
 * Keeps one mention where several overlap: the longest, and of equal ones the first found
 * (recognisers are listed from the most to the least specific). Returns them in text order.
 * @example selectMentions([a, b]) // the longer of two overlapping mentions
 */
export const selectMentions = (mentions: readonly TimeMention[]): TimeMention[] => {
  const ranked = mentions
    .map((m, order) => ({ m, order }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  const kept: TimeMention[] = [];
  for (const { m } of ranked) {
    if (m.end <= m.start) continue;
    if (kept.every((k) => k.end <= m.start || m.end <= k.start)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
};

/**
 * The meaning of a month (or season) without a year followed by the year it is in: "January 1997" written
 * out ("January nineteen ninety-seven") or counted from publication ("July last year", "in
 * February this year"); null when the two do not make one date.
 */
const monthInYear = (month: TimeMention, year: TimeMention, gap: string): TimeMeaning | null => {
  const m = month.meaning;
  const y = year.meaning;
  // "the winter of nineteen ninety-four", "summer 1998": a season in a year written apart.
  if (
    m.kind === 'season' &&
    m.year === null &&
    m.shift === null &&
    /^,?\s+(?:of\s+)?$/.test(gap) &&
    y.kind === 'fixed' &&
    y.type === TimexType.Date &&
    /^\d{4}$/.test(y.value)
  )
    return { ...m, year: Number(y.value) };
  if (
    m.kind !== 'calendar' ||
    m.year !== null ||
    m.shift !== null ||
    !/^,?\s+(?:of\s+)?$/.test(gap)
  )
    return null;
  if (y.kind === 'fixed' && y.type === TimexType.Date && /^\d{4}$/.test(y.value))
    return { ...m, year: Number(y.value) };
  if (y.kind === 'offset' && y.unit === 'year' && !y.counted && y.anchor === Anchor.Publication)
    return { ...m, yearFromPublication: y.amount };
  return null;
};

/**
 * Joins what TimeML writes as one expression: a weekday and its date ("Friday, Oct. 13"), a
 * clock time and its day ("9 a.m. EST Tuesday", "midnight Friday") and a month and its year
 * ("July last year").
 * @example joinAdjacent('on Friday, Oct. 13', [friday, oct13]) // one mention over "Friday, Oct. 13"
 */
export const joinAdjacent = (text: string, mentions: readonly TimeMention[]): TimeMention[] => {
  const joined: TimeMention[] = [];
  for (const m of mentions) {
    const last = joined[joined.length - 1];
    const gap = last === undefined ? '' : text.slice(last.end, m.start);
    const dated = last === undefined ? null : monthInYear(last, m, gap);
    if (last !== undefined && dated !== null) {
      joined[joined.length - 1] = { start: last.start, end: m.end, meaning: dated };
      continue;
    }
    if (
      last !== undefined &&
      last.meaning.kind === 'weekday' &&
      last.meaning.shift === null &&
      m.meaning.kind === 'calendar' &&
      m.meaning.day !== null &&
      /^,?\s+(?:the\s+)?$/.test(gap)
    ) {
      joined[joined.length - 1] = { start: last.start, end: m.end, meaning: m.meaning };
      continue;
    }
    if (
      last !== undefined &&
      last.meaning.kind === 'clock' &&
      isDay(m) &&
      /^(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?$/.test(gap)
    ) {
      const { hour, minute } = last.meaning;
      joined[joined.length - 1] = {
        start: last.start,
        end: m.end,
        meaning: { kind: 'at', day: m.meaning, hour, minute },
      };
      continue;
    }
    joined.push(m);
  }
  return joined;
};
