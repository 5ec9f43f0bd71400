import type { HypothesisId } from './hypothesis-set.js';
import type { HypothesisScore } from './hypothesis-scores.js';
import { SCORE_EPSILON } from './statistics.js';

export type RankedHypothesis = HypothesisScore & { readonly rank: number };

/** Whether `a` ranks strictly ahead of `b`: lower weighted score, then lower inconsistency. */
const ranksAhead = (a: HypothesisScore, b: HypothesisScore): boolean => {
  if (a.weighted < b.weighted - SCORE_EPSILON) return true;
  if (a.weighted > b.weighted + SCORE_EPSILON) return false;
  return a.inconsistency < b.inconsistency - SCORE_EPSILON;
};

/**
 * Competition ranking ("1, 1, 3") by weighted score ascending, ties broken by inconsistency;
 * scores within 1e-9 count as equal. Keeps the input order.
 *
 * @example
 * rankHypotheses([{ id: 'H1', inconsistency: 1, weighted: 1 }, { id: 'H2', inconsistency: 0, weighted: 0 }])
 * // → H1 rank 2, H2 rank 1
 */
export const rankHypotheses = (scores: readonly HypothesisScore[]): RankedHypothesis[] =>
  scores.map((score) => ({
    ...score,
    rank: 1 + scores.filter((other) => ranksAhead(other, score)).length,
  }));

/**
 * The hypotheses ranked 1.
 *
 * @example topHypotheses(rankHypotheses(scoreHypotheses(set))) // → Set { 'H2' }
 */
export const topHypotheses = (ranked: readonly RankedHypothesis[]): ReadonlySet<HypothesisId> =>
  new Set(ranked.filter((h) => h.rank === 1).map((h) => h.id));
