import type { StatementId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';
import type { StanceValue } from '../stance.js';
import { dayOf, endDayOf, isoOfDay, startDayOf } from './signal-date.js';
import { sortPoints, type StancePoint } from './stance-point.js';

/** A statement behind an ambiguity index, with what it adds to it. */
export interface AmbiguityDriver {
  readonly statementId: StatementId;
  readonly saidOn: IsoDate;
  readonly speaker: string;
  readonly via: string | null;
  readonly stance: StanceValue;
  /** Its distance from the window's mean stance. */
  readonly deviation: number;
  readonly hedged: boolean;
  readonly conditional: boolean;
  /**
   * Its share of the index: the spread part ½·min(1, σ/2) shared in proportion to (v − μ)², plus
   * ½/n when it is hedged or conditional. The contributions sum to the index.
   */
  readonly contribution: number;
}

/**
 * How ambiguous an actor's line is in a window ("dual positioning", "calculated ambiguity"):
 * `index` = ½ · min(1, σ/2) + ½ · h, in [0, 1], where σ is the population standard deviation of
 * the stances said in the window (2 at most, when half are −2 and half +2) and h the share of
 * them that were hedged or conditional. 0 is one clear position said plainly; 1 is opposite
 * positions, every one of them hedged.
 */
export interface Ambiguity {
  readonly index: number;
  /** σ, the population standard deviation of the stances. */
  readonly spread: number;
  /** h, the share of statements hedged or conditional. */
  readonly hedgedOrConditionalShare: number;
  readonly meanStance: number | null;
  readonly statementCount: number;
  /** The window, inclusive; null bounds when no window was given and no statement was found. */
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  /** The statements of the window, those that add most to the index first. */
  readonly drivers: readonly AmbiguityDriver[];
}

/**
 * The ambiguity index of a set of statements (see `Ambiguity`); the caller picks the window.
 * @example ambiguityOf([plusTwo, minusTwoHedged]).index // 0.5·1 + 0.5·0.5 = 0.75
 */
export const ambiguityOf = (
  points: readonly StancePoint[],
  window: { readonly from?: IsoDate | null; readonly to?: IsoDate | null } = {},
): Ambiguity => {
  const sorted = sortPoints(points);
  const n = sorted.length;
  const from = window.from ?? sorted[0]?.saidOn ?? null;
  const to = window.to ?? sorted[n - 1]?.saidOn ?? null;
  if (n === 0)
    return {
      index: 0,
      spread: 0,
      hedgedOrConditionalShare: 0,
      meanStance: null,
      statementCount: 0,
      from,
      to,
      drivers: [],
    };
  const mean = sorted.reduce((a, p) => a + p.stance, 0) / n;
  const spread = Math.sqrt(sorted.reduce((a, p) => a + (p.stance - mean) ** 2, 0) / n);
  const flagged = sorted.filter((p) => p.hedged || p.conditional).length;
  const share = flagged / n;
  const index = 0.5 * Math.min(1, spread / 2) + 0.5 * share;
  const spreadPart = 0.5 * Math.min(1, spread / 2);
  const drivers = sorted
    .map((p): AmbiguityDriver => {
      const deviation = p.stance - mean;
      return {
        statementId: p.statementId,
        saidOn: p.saidOn,
        speaker: p.speaker,
        via: p.via,
        stance: p.stance,
        deviation,
        hedged: p.hedged,
        conditional: p.conditional,
        contribution:
          (spread === 0 ? 0 : (spreadPart * deviation ** 2) / (n * spread ** 2)) +
          (p.hedged || p.conditional ? 0.5 / n : 0),
      };
    })
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.contribution - a.d.contribution || a.i - b.i)
    .map(({ d }) => d);
  return {
    index,
    spread,
    hedgedOrConditionalShare: share,
    meanStance: mean,
    statementCount: n,
    from,
    to,
    drivers,
  };
};

/**
 * The statements said in the `windowDays` days up to and including `endDay` (by the day each
 * stands for), and the window's bounds as dates.
 */
export const trailingWindow = (
  points: readonly StancePoint[],
  endDay: number,
  windowDays: number,
): { readonly points: StancePoint[]; readonly from: IsoDate; readonly to: IsoDate } => {
  const startDay = endDay - windowDays;
  return {
    points: points.filter((p) => {
      const day = dayOf(p.saidOn);
      return day >= startDay && day <= endDay;
    }),
    from: isoOfDay(startDay),
    to: isoOfDay(endDay),
  };
};

/** The statements whose day falls between two dates' periods (inclusive). */
export const pointsBetween = (
  points: readonly StancePoint[],
  from: IsoDate | null,
  to: IsoDate | null,
): StancePoint[] => {
  const lo = from === null ? -Infinity : startDayOf(from);
  const hi = to === null ? Infinity : endDayOf(to);
  return points.filter((p) => {
    const day = dayOf(p.saidOn);
    return day >= lo && day <= hi;
  });
};
