import type { EvidenceId, HypothesisId, Rating } from './hypothesis-set.js';
import { ratingScaleValue } from './rating-scale.js';

/** A non-NA rating with its value on the scale CC = 2, C = 1, N = 0, I = −1, II = −2. */
export type ScaledRating = Rating & { readonly scale: number };

/** The ratings of a set grouped by cell (evidence × hypothesis). */
export type CellRatings = {
  /** Every analyst's rating of the cell, NA included. */
  readonly of: (evidence: EvidenceId, hypothesis: HypothesisId) => readonly Rating[];
  /** The analysts' non-NA ratings of the cell, with their scale values. */
  readonly rated: (evidence: EvidenceId, hypothesis: HypothesisId) => readonly ScaledRating[];
};

const cellKey = (evidence: EvidenceId, hypothesis: HypothesisId): string =>
  JSON.stringify([evidence, hypothesis]);

const scaled = (rating: Rating): ScaledRating[] => {
  const scale = ratingScaleValue(rating.value);
  return scale === null ? [] : [{ ...rating, scale }];
};

/**
 * Groups ratings by cell for repeated look-ups.
 *
 * @example
 * const cells = cellRatingsFrom(set.ratings);
 * cells.rated(e1, h1).map((r) => r.scale) // → [-1, -2]: the non-NA ratings of E1 × H1
 */
export const cellRatingsFrom = (ratings: readonly Rating[]): CellRatings => {
  const byCell = new Map<string, Rating[]>();
  for (const rating of ratings) {
    const key = cellKey(rating.evidence, rating.hypothesis);
    byCell.set(key, [...(byCell.get(key) ?? []), rating]);
  }
  const of = (e: EvidenceId, h: HypothesisId): readonly Rating[] => byCell.get(cellKey(e, h)) ?? [];
  return { of, rated: (e, h) => of(e, h).flatMap(scaled) };
};
