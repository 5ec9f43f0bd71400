import { cellRatingsFrom } from './cell-ratings.js';
import type { AnalystId, EvidenceId, HypothesisId, HypothesisSet } from './hypothesis-set.js';
import { mean } from './statistics.js';

export type CellComparison = {
  readonly evidence: EvidenceId;
  readonly hypothesis: HypothesisId;
  /** The analyst's rating on the scale CC = 2 … II = −2. */
  readonly analystValue: number;
  /** The mean of the other analysts' non-NA ratings; `null` when no one else rated the cell. */
  readonly groupMean: number | null;
  /** `analystValue − groupMean`; `null` when there is no group mean. */
  readonly difference: number | null;
};

/**
 * One analyst against the group, cell by cell (evidence, then hypothesis, in input order), over
 * the cells the analyst rated other than NA.
 *
 * @example
 * // ann rated E1 × H1 as CC (2); bob I (−1) and cy II (−2)
 * compareAnalystWithGroup(set, 'ann')
 * // → [{ evidence: 'E1', hypothesis: 'H1', analystValue: 2, groupMean: -1.5, difference: 3.5 }]
 */
export const compareAnalystWithGroup = (
  set: HypothesisSet,
  analyst: AnalystId,
): CellComparison[] => {
  const cells = cellRatingsFrom(set.ratings);
  return set.evidence.flatMap((e) =>
    set.hypotheses.flatMap((h) => {
      const ratings = cells.rated(e.id, h.id);
      const own = ratings.find((r) => r.analyst === analyst);
      if (own === undefined) return [];
      const analystValue = own.scale;
      const others = ratings.filter((r) => r.analyst !== analyst);
      const groupMean = mean(others.map((r) => r.scale));
      const difference = groupMean === null ? null : analystValue - groupMean;
      return [{ evidence: e.id, hypothesis: h.id, analystValue, groupMean, difference }];
    }),
  );
};
