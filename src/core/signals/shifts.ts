import type { StatementId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';
import type { StanceValue } from '../stance.js';
import { dateLabel, dayOf, signedLabel } from './signal-date.js';
import { sortPoints, type StancePoint } from './stance-point.js';

/** A shift in an actor's stance: from one statement to a later one within the window. */
export interface Shift {
  readonly fromStatementId: StatementId;
  readonly toStatementId: StatementId;
  readonly fromStance: StanceValue;
  readonly toStance: StanceValue;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
  /** 'reversal' when the sign flipped, 'move' when it moved by 2 or more on one side of zero. */
  readonly kind: 'reversal' | 'move';
  /** Days between the two statements. */
  readonly days: number;
  /** "7 Feb 2026: −2, after 28 Jan: +1". */
  readonly label: string;
}

export const DEFAULT_WINDOW_DAYS = 30;

const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);

/** Whether going from `a` to `b` is a shift: the sign reverses, or the stance moves by 2 or more. */
const isShift = (a: StanceValue, b: StanceValue): boolean =>
  sign(a) * sign(b) < 0 || Math.abs(b - a) >= 2;

/**
 * The label of a shift: the later statement first, then the one it departs from.
 * @example shiftLabel('2026-02-07', -2, '2026-01-28', 1) // '7 Feb 2026: −2, after 28 Jan: +1'
 */
export const shiftLabel = (
  toDate: IsoDate,
  toStance: number,
  fromDate: IsoDate,
  fromStance: number,
): string => {
  const sameYear = toDate.slice(0, 4) === fromDate.slice(0, 4) && fromDate.length > 4;
  return `${dateLabel(toDate)}: ${signedLabel(toStance)}, after ${dateLabel(fromDate, sameYear)}: ${signedLabel(fromStance)}`;
};

/**
 * Where an actor's stance reverses sign or moves by 2 or more within `windowDays`. Each later
 * statement j is compared with the earlier statements i of the window, the most recent first;
 * the first i such that i → j is a shift, and that the move was not already made, names the
 * shift. A move was already made when a statement k between i and j departs from i in the same
 * direction by a shift too: after +1, −2, −2 only the first −2 is a shift, and after +2, −1, −2
 * only the −1. Statements of one day are compared in the order given. A zero is on neither side,
 * so +1 → 0 is no reversal (nor a move of 2).
 * @example detectShifts([plusOneOn28Jan, minusTwoOn7Feb])[0]?.label // '7 Feb 2026: −2, after 28 Jan: +1'
 */
export const detectShifts = (
  points: readonly StancePoint[],
  windowDays = DEFAULT_WINDOW_DAYS,
): Shift[] => {
  const sorted = sortPoints(points);
  const days = sorted.map((p) => dayOf(p.saidOn));
  const shifts: Shift[] = [];
  for (let j = 1; j < sorted.length; j++) {
    const to = sorted[j] as StancePoint;
    const toDay = days[j] as number;
    for (let i = j - 1; i >= 0; i--) {
      const from = sorted[i] as StancePoint;
      const fromDay = days[i] as number;
      if (toDay - fromDay > windowDays) break;
      if (!isShift(from.stance, to.stance)) continue;
      const direction = sign(to.stance - from.stance);
      const alreadyMade = sorted
        .slice(i + 1, j)
        .some((k) => isShift(from.stance, k.stance) && sign(k.stance - from.stance) === direction);
      if (alreadyMade) continue;
      shifts.push({
        fromStatementId: from.statementId,
        toStatementId: to.statementId,
        fromStance: from.stance,
        toStance: to.stance,
        fromDate: from.saidOn,
        toDate: to.saidOn,
        kind: sign(from.stance) * sign(to.stance) < 0 ? 'reversal' : 'move',
        days: toDay - fromDay,
        label: shiftLabel(to.saidOn, to.stance, from.saidOn, from.stance),
      });
      break;
    }
  }
  return shifts;
};
