import type { IsoDate } from '../partial-date.js';
import { dayOf, isoOfDay } from './signal-date.js';
import { pointWeight, type StancePoint } from './stance-point.js';

/** One day of a smoothed line: where the actor stood, as far as what was said by then shows. */
export interface LineValue {
  readonly date: IsoDate;
  /** −2 … +2. */
  readonly value: number;
  /**
   * The total decayed weight behind the value: near 1 just after a confident statement, falling
   * by half every half-life of silence. A line to draw fainter where it is thin.
   */
  readonly weight: number;
  /** How many statements stand for this day. */
  readonly statements: number;
}

export interface SmoothingOptions {
  /** Days after which a statement weighs half as much; 14 by default. */
  readonly halfLifeDays?: number;
  /** The weight of a statement made through a proxy, relative to the actor's own; ½ by default. */
  readonly viaWeight?: number;
}

export const DEFAULT_HALF_LIFE_DAYS = 14;
export const DEFAULT_VIA_WEIGHT = 0.5;

/**
 * A confidence-weighted, time-decayed moving average of stances, one value a day from the first
 * statement to the last. The value on day t is Σ wᵢ·vᵢ·2^(−(t−tᵢ)/h) / Σ wᵢ·2^(−(t−tᵢ)/h) over the
 * statements said on or before t, where vᵢ is the stance, tᵢ the day it stands for (a month's
 * 15th, a year's 2 July), h the half-life and wᵢ the point's weight (confidence × precision
 * weight × the via weight for a proxy's statement). Only earlier statements count, so the line
 * on a day says what was known that day. Days before any weight has accrued are left out.
 * @example smoothedLine([{ ...point, saidOn: '2026-01-01', stance: 2 }, { ...point, saidOn: '2026-01-15', stance: -2 }])
 *   // 15 values; the last is 2·0.5 − 2·1 over 1.5 ≈ −0.67
 */
export const smoothedLine = (
  points: readonly StancePoint[],
  options: SmoothingOptions = {},
): LineValue[] => {
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const viaWeight = options.viaWeight ?? DEFAULT_VIA_WEIGHT;
  if (points.length === 0) return [];
  const byDay = new Map<number, StancePoint[]>();
  for (const p of points) {
    const day = dayOf(p.saidOn);
    byDay.set(day, [...(byDay.get(day) ?? []), p]);
  }
  const days = [...byDay.keys()];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const decay = 2 ** (-1 / halfLife);
  const line: LineValue[] = [];
  let num = 0;
  let den = 0;
  for (let day = first; day <= last; day++) {
    num *= decay;
    den *= decay;
    const today = byDay.get(day) ?? [];
    for (const p of today) {
      const w = pointWeight(p, viaWeight);
      num += w * p.stance;
      den += w;
    }
    if (den > 0)
      line.push({ date: isoOfDay(day), value: num / den, weight: den, statements: today.length });
  }
  return line;
};
