import type { CellRatings } from './cell-ratings.js';
import type { EvidenceId, HypothesisSet } from './hypothesis-set.js';
import { mean, populationStdDev } from './statistics.js';

/**
 * How well one item of evidence tells the hypotheses apart: the population standard deviation,
 * across hypotheses, of the cell means on the scale CC = 2 … II = −2. NA ratings are left out,
 * a hypothesis with no other rating of the evidence is left out, and the result is 0 when fewer
 * than two hypotheses remain.
 *
 * @example
 * // E1 rated CC against H1 and II against H2: means 2 and −2 → 2
 * evidenceDiagnosticity(cellRatingsFrom(set.ratings), set, e1) // → 2
 */
export const evidenceDiagnosticity = (
  cells: CellRatings,
  set: Pick<HypothesisSet, 'hypotheses'>,
  evidence: EvidenceId,
): number => {
  const means = set.hypotheses.flatMap(({ id }) => {
    const m = mean(cells.rated(evidence, id).map((r) => r.scale));
    return m === null ? [] : [m];
  });
  return means.length < 2 ? 0 : (populationStdDev(means) ?? 0);
};
