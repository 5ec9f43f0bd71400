import type { TimexType } from './time-expression.js';
import type { Unit } from './time-lexicon.js';

/** What a mention is counted from when the text does not say. */
export const Anchor = { Publication: 'publication', Narrative: 'narrative' } as const;
export type Anchor = (typeof Anchor)[keyof typeof Anchor];

/** Which way an underspecified date leans: "Tuesday" is the last one unless the text says "next". */
export const Lean = { Past: 'past', Future: 'future', Nearest: 'nearest' } as const;
export type Lean = (typeof Lean)[keyof typeof Lean];

/** "last", "this" or "next" before a calendar name: -1, 0 or +1; null when the text gives none. */
export type Shift = -1 | 0 | 1 | null;

/**
 * The meaning of a time mention before it is resolved against a reference date. Each kind
 * holds only what the words say; the resolver adds what the reference date gives.
 */
export type TimeMeaning =
  /** A value that needs no reference date: PRESENT_REF, P3M, a SET, 1998, 199 (the 1990s). */
  | { readonly kind: 'fixed'; readonly type: TimexType; readonly value: string }
  /** A day or month of the calendar, each field null when the text leaves it out. */
  | {
      readonly kind: 'calendar';
      readonly year: number | null;
      readonly month: number;
      readonly day: number | null;
      readonly shift: Shift;
      readonly hour: number | null;
      readonly minute: number | null;
      /** The weekday written with the date ("Monday, Oct. 26"), which tells the year. */
      readonly weekday?: number | null;
      /** The year counted from publication's when the text names it so: -1 in "July last year". */
      readonly yearFromPublication?: number;
    }
  /** A weekday: "Friday", "last Friday", "Friday night". */
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly shift: Shift;
      readonly part: string | null;
      /** "the previous Friday", "the following Monday": counted from the narrative's day. */
      readonly anchor: Anchor;
    }
  /** A season: "last summer", "the winter of 1994". */
  | {
      readonly kind: 'season';
      readonly season: string;
      readonly year: number | null;
      readonly shift: Shift;
      /** "this past summer": the last such season before publication. */
      readonly recent: boolean;
    }
  /**
   * A quarter or half of a year: "the third quarter", "the year-ago quarter", "the quarter".
   * `quarter` null means the quarter the narrative is about; `yearShift` -1 for "year-ago".
   */
  | {
      readonly kind: 'quarter';
      readonly quarter: number | null;
      readonly half: boolean;
      readonly year: number | null;
      readonly yearShift: number;
      /** The year counted from publication's when the text names it so: -1 in "the third quarter of last year". */
      readonly yearFromPublication?: number;
    }
  /**
   * A date counted from a reference: "yesterday" (day -1), "last year" (year -1), "ten days
   * earlier" (day -10 from the narrative), "that week" (week 0 from the narrative).
   */
  | {
      readonly kind: 'offset';
      readonly unit: Unit;
      readonly amount: number;
      readonly anchor: Anchor;
      readonly part: string | null;
      /** True for a counted span ("a year ago", "two days later"), false for a named unit ("last year"). */
      readonly counted: boolean;
    }
  /** A clock time on a named day: "9 a.m. Tuesday", "midnight Friday". */
  | {
      readonly kind: 'at';
      readonly day: TimeMeaning;
      readonly hour: number;
      readonly minute: number;
    }
  /**
   * A day counted from a named day ("the day before last Tuesday", "two weeks after
   * Thanksgiving": `amount` units on), or its week ("the week of March 6").
   */
  | {
      readonly kind: 'beside';
      readonly day: TimeMeaning;
      readonly unit: Extract<Unit, 'day' | 'week' | 'month' | 'year'>;
      readonly amount: number;
      readonly week: boolean;
    }
  /** A clock time, on the day the narrative is about: "10:35 a.m.", "noon". */
  | {
      readonly kind: 'clock';
      readonly hour: number;
      readonly minute: number;
      readonly dayOffset: number;
    }
  /** A yearly holiday on a fixed or computed day: "Thanksgiving Day", "Christmas". */
  | {
      readonly kind: 'holiday';
      readonly name: string;
      readonly year: number | null;
      readonly shift: Shift;
    };

/** A span of text with its unresolved meaning. */
export interface TimeMention {
  readonly start: number;
  readonly end: number;
  readonly meaning: TimeMeaning;
}

/** Runs a global regular expression over a text and turns each match into mentions. */
export const mentionsOf = (
  text: string,
  pattern: RegExp,
  toMeaning: (match: RegExpExecArray) => TimeMeaning | null,
): TimeMention[] => {
  const found: TimeMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const meaning = toMeaning(match);
    if (meaning !== null)
      found.push({ start: match.index, end: match.index + match[0].length, meaning });
  }
  return found;
};

/** A stretch of a text, as [start, end) offsets. */
export type Stretch = readonly [start: number, end: number];

const SPACE = /\s/;

/**
 * The stretches of a text within `before` characters before a match of `cue` (a global pattern)
 * and `after` characters after it, widened to whole words: each begins at the text's start or
 * after white space, and ends at white space or the text's end. Stretches that touch are joined.
 * @example stretchesNear('No date. Talks end on May 4.', /\d+/g, 8, 2) // [[15, 28]]
 */
export const stretchesNear = (
  text: string,
  cue: RegExp,
  before: number,
  after: number,
): Stretch[] => {
  const stretches: Array<[number, number]> = [];
  for (const m of text.matchAll(cue)) {
    let start = Math.max(0, m.index - before);
    let end = Math.min(text.length, m.index + m[0].length + after);
    while (start > 0 && !SPACE.test(text[start - 1] ?? '')) start--;
    while (end < text.length && !SPACE.test(text[end] ?? '')) end++;
    const last = stretches.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else stretches.push([start, end]);
  }
  return stretches;
};

/**
 * `mentionsOf`, run only when the text holds `cue`: something every match of `pattern` contains,
 * such as one of its key words. Most texts have no "quarter" or "Christmas", and testing for a
 * word costs a fraction of scanning the whole text with a large pattern. `cue` must be neither
 * global nor sticky, so that testing it keeps no state.
 * @example cuedMentionsOf(text, /weekend/i, /(?<![\w-])the\s+weekend(?![\w-])/gi, toMeaning)
 */
export const cuedMentionsOf = (
  text: string,
  cue: RegExp,
  pattern: RegExp,
  toMeaning: (match: RegExpExecArray) => TimeMeaning | null,
): TimeMention[] => (cue.test(text) ? mentionsOf(text, pattern, toMeaning) : []);
