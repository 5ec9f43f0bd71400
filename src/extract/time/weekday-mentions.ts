import { TimexType } from './time-expression.js';
import { DAY_PARTS, WEEKDAYS, WEEKDAY_PATTERN } from './time-lexicon.js';
import {
  Anchor,
  cuedMentionsOf,
  mentionsOf,
  type Shift,
  type TimeMention,
} from './time-mention.js';

const WEEKDAY = new RegExp(
  `(?<![\\w-])(?:(last|next|this(?:\\s+past|\\s+coming)?|the\\s+previous|the\\s+following|the\\s+next|that)\\s+)?(${WEEKDAY_PATTERN})(s)?(?:\\s+(morning|afternoon|evening|night)(s)?)?(?![\\w-])`,
  'gi',
);

/**
 * What a weekday typed in lower case may follow and be a day: a preposition, or nothing but the
 * start of a clause ("monday morning" and "next friday" are days as they stand).
 */
const LOWER_CASE_LEAD =
  /(?:\b(?:on|by|until|till|since|from|before|after|to|through|every|each|or|and)\s+|(?:^|[.!?:;,(])\s*)$/i;

const shiftAndAnchor = (word: string | undefined): { shift: Shift; anchor: Anchor } => {
  const w = word?.toLowerCase().replace(/\s+/g, ' ');
  switch (w) {
    case undefined:
      return { shift: null, anchor: Anchor.Publication };
    case 'last':
    case 'this past':
      return { shift: -1, anchor: Anchor.Publication };
    case 'next':
    case 'this coming':
      return { shift: 1, anchor: Anchor.Publication };
    case 'the previous':
      return { shift: -1, anchor: Anchor.Narrative };
    case 'the following':
    case 'the next':
      return { shift: 1, anchor: Anchor.Narrative };
    case 'that':
      return { shift: 0, anchor: Anchor.Narrative };
    default:
      return { shift: 0, anchor: Anchor.Publication };
  }
};

const WEEKEND = /(?<![\w-])the\s+weekend(?![\w-])/gi;
const WEEKEND_CUE = /weekend/i;

/**
 * "the weekend": the last one before publication, or the next in a clause about the future.
 * @example findWeekendMentions('He rested over the weekend.')[0].meaning // { kind: 'weekday', weekday: 6, part: 'WE', ... }
 */
export const findWeekendMentions = (text: string): TimeMention[] =>
  cuedMentionsOf(text, WEEKEND_CUE, WEEKEND, () => ({
    kind: 'weekday',
    weekday: 6,
    shift: null,
    part: 'WE',
    anchor: Anchor.Publication,
  }));

/**
 * Weekday names, with what belongs to them: "Friday", "last Friday", "Wednesday night", "the
 * previous Friday". A plural ("on Mondays", "Tuesday nights") is a SET.
 * @example findWeekdayMentions('He left on Friday.')[0] // { start: 14, end: 20, meaning: { kind: 'weekday', weekday: 5, ... } }
 */
export const findWeekdayMentions = (text: string): TimeMention[] =>
  mentionsOf(text, WEEKDAY, (m) => {
    const name = m[2] ?? '';
    // A weekday in lower case is one only where a day can stand: "on tuesday", "last friday",
    // not "his girl friday" or "the friday market".
    if (
      name.charAt(0) !== name.charAt(0).toUpperCase() &&
      m[1] === undefined &&
      m[4] === undefined &&
      !LOWER_CASE_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      return null;
    const weekday = WEEKDAYS[name.toLowerCase()] ?? 0;
    const part = m[4] !== undefined ? (DAY_PARTS[m[4].toLowerCase()] ?? null) : null;
    if (m[3] !== undefined || m[5] !== undefined) {
      return {
        kind: 'fixed',
        type: TimexType.Set,
        value: `XXXX-WXX-${weekday}${part === null ? '' : `T${part}`}`,
      };
    }
    return { kind: 'weekday', weekday, part, ...shiftAndAnchor(m[1]) };
  });
