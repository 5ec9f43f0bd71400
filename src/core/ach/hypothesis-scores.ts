import { cellRatingsFrom, type CellRatings } from './cell-ratings.js';
import type { Evidence, HypothesisId, HypothesisSet } from './hypothesis-set.js';
import { evidenceWeight, inconsistencyPoints } from './rating-scale.js';
import { mean } from './statistics.js';

export type HypothesisScore = {
  readonly id: HypothesisId;
  /** Σ over evidence of the cell's mean inconsistency points. */
  readonly inconsistency: number;
  /** Σ over evidence of credibility × relevance × the cell's mean inconsistency points. */
  readonly weighted: number;
};

/**
 * The mean inconsistency points (I = 1, II = 2, others 0) of one cell over the analysts
 * whose rating is not NA; 0 when there is none.
 *
 * @example cellPoints(cells, e1, h1) // I from one analyst, II from another → 1.5
 */
export const cellPoints = (
  cells: CellRatings,
  evidence: Evidence,
  hypothesis: HypothesisId,
): number =>
  mean(
    cells.of(evidence.id, hypothesis).flatMap((r) => {
      const p = inconsistencyPoints(r.value);
      return p === null ? [] : [p];
    }),
  ) ?? 0;

/**
 * Heuer's scores of every hypothesis, in input order: a hypothesis is judged by the evidence
 * inconsistent with it. `inconsistency(H) = Σ_e points(e,H)`,
 * `weighted(H) = Σ_e cred(e)·rel(e)·points(e,H)` with High = √2, Medium = 1, Low = 1/√2.
 *
 * @example
 * scoreHypotheses(set) // → [{ id: 'H1', inconsistency: 1, weighted: 2 }, …]
 */
export const scoreHypotheses = (set: HypothesisSet): HypothesisScore[] => {
  const cells = cellRatingsFrom(set.ratings);
  return set.hypotheses.map(({ id }) => {
    let inconsistency = 0;
    let weighted = 0;
    for (const evidence of set.evidence) {
      const points = cellPoints(cells, evidence, id);
      inconsistency += points;
      weighted += evidenceWeight(evidence.credibility, evidence.relevance) * points;
    }
    return { id, inconsistency, weighted };
  });
};
