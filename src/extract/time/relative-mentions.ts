import { durationValue } from './duration-mentions.js';
import { TimexType } from './time-expression.js';
import { AMOUNT_PATTERN, DAY_PARTS, UNIT_WORDS, amountOf, type Unit } from './time-lexicon.js';
import {
  Anchor,
  cuedMentionsOf,
  mentionsOf,
  type TimeMeaning,
  type TimeMention,
} from './time-mention.js';

const offset = (
  unit: Unit,
  amount: number,
  anchor: Anchor,
  part: string | null = null,
  counted = false,
): TimeMeaning => ({
  kind: 'offset',
  unit,
  amount,
  anchor,
  part,
  counted,
});

const DEICTIC =
  /(?<![\w-])(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(morning|afternoon|evening|night))?(?![\w-])/gi;

const deicticMeaning = (m: RegExpExecArray): TimeMeaning => {
  const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const partWord = m[2]?.toLowerCase();
  const part = partWord !== undefined ? (DAY_PARTS[partWord] ?? null) : null;
  switch (word) {
    case 'yesterday':
      return offset('day', -1, Anchor.Publication, part);
    case 'tomorrow':
      return offset('day', 1, Anchor.Publication, part);
    case 'last night':
      return offset('day', -1, Anchor.Publication, 'NI');
    case 'this morning':
      return offset('day', 0, Anchor.Publication, 'MO');
    case 'this afternoon':
      return offset('day', 0, Anchor.Publication, 'AF');
    case 'this evening':
      return offset('day', 0, Anchor.Publication, 'EV');
    default:
      return offset('day', 0, Anchor.Publication, part);
  }
};

// "last week", "this year", "next month", "that week", "the previous day", "the same year",
// "the current year" (and "current year", as a headline or a table writes it).
const UNIT_RELATIVE =
  /(?<![\w-])(last|this|next|(?:the\s+)?current|this\s+past|the\s+past|that|that\s+same|the\s+same|the\s+previous|the\s+following|the\s+next|the\s+prior)\s+(?:fiscal\s+)?(day|week|weekend|month|quarter|year|decade|century|morning|night|evening|afternoon)(?![\w-])/gi;

const unitRelativeMeaning = (m: RegExpExecArray): TimeMeaning | null => {
  const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const word = (m[2] ?? '').toLowerCase();
  const part = DAY_PARTS[word] ?? null;
  const unit: Unit | 'weekend' =
    part !== null ? 'day' : word === 'weekend' ? 'weekend' : (UNIT_WORDS[word] ?? 'day');
  const narrative =
    which.startsWith('that') ||
    (which.startsWith('the ') && which !== 'the current' && which !== 'the past');
  const anchor = narrative ? Anchor.Narrative : Anchor.Publication;
  const amount = /last|previous|prior|past/.test(which) ? -1 : /next|following/.test(which) ? 1 : 0;
  // "this century" reads as the span of a hundred years (P100Y), as TimeBank has it; "the
  // next year" as a span too; "next day" alone is no date.
  if (unit === 'century')
    return which === 'this'
      ? { kind: 'fixed', type: TimexType.Duration, value: durationValue(1, 'century') }
      : null;
  if (which === 'the next' && unit !== 'day') return null;
  if (which === 'next' && unit === 'day') return null;
  if (unit === 'day' && part === null && !narrative) return null;
  if (unit === 'weekend') return offset('week', amount, anchor, 'WE');
  return offset(unit, amount, anchor, part);
};

// "the day before", "the week after", "the night before" (not "the day before the vote").
const UNIT_BEFORE =
  /(?<![\w-])the\s+(day|week|month|year|night|morning)\s+(before|after|earlier|later)(?![\w-])/gi;
const NOUN_PHRASE_AFTER =
  /^\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|I|[A-Z0-9])\b/;

// "ten days earlier", "a year ago", "two days after", "about six weeks ago", "hours later".
// A match starts a word, so the leading \b changes nothing but fails fast inside words: the scan
// is a quarter faster. The same in NTH_DAY_TODAY and PART_OF_UNIT, DURATION and VAGUE
// (duration-mentions.ts), MONTH (month-mentions.ts) and the references (reference-mentions.ts).
const AGO = new RegExp(
  `\\b(?<![\\w-])(?:(?:about|nearly|almost|some|more\\s+than|less\\s+than|just|only|roughly|barely|fully|over|around|at\\s+least)\\s+)?(?:(${AMOUNT_PATTERN})[\\s-]+)?(second|minute|hour|day|week|month|year|decade)s?(?:\\s+or\\s+so)?\\s+(ago|earlier|before|later|after|afterwards?|from\\s+now|hence)(?![\\w-])`,
  'gi',
);

const HEDGED =
  /^(?:about|nearly|almost|more\s+than|less\s+than|roughly|barely|over|around|at\s+least)\s/i;

const agoMeaning = (m: RegExpExecArray, after: string): TimeMeaning | null => {
  const amount = m[1] !== undefined ? amountOf(m[1]) : 'X';
  const unit = UNIT_WORDS[(m[2] ?? '').toLowerCase()];
  const direction = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (amount === null || unit === undefined) return null;
  // "two days after the attack": counted from an event, not a date; only the span is a duration.
  if ((direction === 'before' || direction === 'after') && NOUN_PHRASE_AFTER.test(after))
    return null;
  const sign = /ago|earlier|before/.test(direction) ? -1 : 1;
  const anchor =
    direction === 'ago' || direction === 'from now' || direction === 'hence'
      ? Anchor.Publication
      : Anchor.Narrative;
  if (amount === 'X') {
    if (unit === 'second' || unit === 'minute' || unit === 'hour') return offset('day', 0, anchor);
    if (direction === 'ago') return { kind: 'fixed', type: TimexType.Date, value: 'PAST_REF' };
    return null;
  }
  // "at least 30 days before", "over an hour later": a hedged count from the narrative names no
  // date, only the length of time between, which TimeBank annotates as a DURATION. ("about two
  // years ago" stays a date, counted from publication, as TimeML has it.)
  if (anchor === Anchor.Narrative && HEDGED.test(m[0]))
    return { kind: 'fixed', type: TimexType.Duration, value: durationValue(amount, unit) };
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return offset('day', 0, anchor);
  return offset(unit, sign * amount, anchor, null, true);
};

// "the end of the year", "earlier in the month", "year-end": a bare "year" that is a date, not a span.
const PART_OF_UNIT =
  /\b(?<![\w-])(?:(?:(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|balance|close|turn|first\s+half|second\s+half)\s+of|(?:earlier|later)\s+in)\s+the\s+(week|month|year|quarter|day)|(year)(?:-|\s+|'s\s+)end)(?![\w-])/gi;

// "today's world", "many of today's computers": the present age in general, which TimeBank
// leaves out, unlike "today's meeting".
const GENERIC_TODAY_AFTER =
  /^'s\s+(?:world|society|youth|young|generation|standards|dollars|terms|age|culture|children|kids|teenagers|students|economy)\b/i;
const GENERIC_TODAY_BEFORE = /\b(?:many|most|all|some|much|few)\s+of\s+$/i;

// "Today is the eighth day of the strike", "It's the second day of talks": the day of
// publication, counted within something still going on.
const NTH_DAY_TODAY =
  /\b(?<=\b(?:[Tt]oday|[Ii]t|[Tt]his)\s+is\s+|\b(?:[Tt]oday|[Ii]t)['’]s\s+)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day(?![\w-])/g;
// Every ordinal ends in st, nd, rd or th: a text with no "…th day" is not scanned.
const NTH_DAY_CUE = /(?:st|nd|rd|th)\s+(?:(?:straight|consecutive|full)\s+)?day(?![\w-])/;

// "mid-afternoon yesterday", "by midmorning": the middle of a part of the day.
const MID_PART =
  /(?<![\w-])mid[\s-]?(morning|afternoon|evening)(?:\s+(yesterday|today|tomorrow))?(?![\w-])/gi;
const MID_PART_CUE = /mid[\s-]?(?:morning|afternoon|evening)/i;

/**
 * Dates counted from the publication or from the narrative: "yesterday", "last week", "this
 * year", "a year ago", "ten days earlier", "the previous day", "the day before", "that week",
 * "hours later", "the end of the year".
 * @example findRelativeMentions('Ten days earlier he fled.')[0].meaning // { kind: 'offset', unit: 'day', amount: -10, anchor: 'narrative', part: null }
 */
export const findRelativeMentions = (text: string): TimeMention[] => [
  ...mentionsOf(text, DEICTIC, (m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (
      /^today$/i.test(m[0]) &&
      (GENERIC_TODAY_AFTER.test(after) ||
        (/^'s\b/.test(after) && GENERIC_TODAY_BEFORE.test(before)))
    )
      return null;
    return deicticMeaning(m);
  }),
  ...cuedMentionsOf(text, MID_PART_CUE, MID_PART, (m) => {
    const part = DAY_PARTS[(m[1] ?? '').toLowerCase()] ?? null;
    const day = (m[2] ?? '').toLowerCase();
    if (day === '') return offset('day', 0, Anchor.Narrative, part);
    return offset(
      'day',
      day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0,
      Anchor.Publication,
      part,
    );
  }),
  ...mentionsOf(text, UNIT_RELATIVE, unitRelativeMeaning),
  ...cuedMentionsOf(text, NTH_DAY_CUE, NTH_DAY_TODAY, () => offset('day', 0, Anchor.Publication)),
  ...mentionsOf(text, UNIT_BEFORE, (m) => {
    if (NOUN_PHRASE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      return null;
    const word = (m[1] ?? '').toLowerCase();
    const part = DAY_PARTS[word] ?? null;
    const unit: Unit = part !== null ? 'day' : (UNIT_WORDS[word] ?? 'day');
    return offset(unit, /before|earlier/.test(m[2] ?? '') ? -1 : 1, Anchor.Narrative, part);
  }),
  ...mentionsOf(text, AGO, (m) =>
    agoMeaning(m, text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
  ),
  ...mentionsOf(text, PART_OF_UNIT, (m) => {
    const unit = UNIT_WORDS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 'year';
    return unit === 'quarter'
      ? { kind: 'quarter', quarter: null, half: false, year: null, yearShift: 0 }
      : offset(unit, 0, unit === 'day' ? Anchor.Narrative : Anchor.Publication);
  }),
];
