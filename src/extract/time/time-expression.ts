import type { DateMethod, IsoDate } from '../../core/partial-date.js';

/** The four TIMEX3 types of TimeML. */
export const TimexType = { Date: 'DATE', Time: 'TIME', Duration: 'DURATION', Set: 'SET' } as const;
export type TimexType = (typeof TimexType)[keyof typeof TimexType];

/** A time expression found in a text, normalised as a TimeML TIMEX3. */
export interface TimeExpression {
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just past the last character. */
  readonly end: number;
  readonly type: TimexType;
  /**
   * TimeML TIMEX3 value: 2013-03-15, 2013-03, 2013, 2013-W11, 1998-Q1, 2012-SU, 199, PRESENT_REF,
   * PAST_REF, FUTURE_REF, P3D, PT2H, 2013-03-15T14:00, P1W (a SET "every week") ...
   */
  readonly value: string;
  /** For a DATE or TIME that names a calendar year, month or day: that date (YYYY, YYYY-MM or YYYY-MM-DD); else null. */
  readonly date: IsoDate | null;
  /** How `date` was found: explicit, relative_to_publication or relative_to_narrative; null when `date` is null. */
  readonly method: DateMethod | null;
}
