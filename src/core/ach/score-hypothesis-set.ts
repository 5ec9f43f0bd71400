import { cellRatingsFrom } from './cell-ratings.js';
import { consensusProbabilities, type HypothesisProbability } from './consensus-probabilities.js';
import { evidenceDiagnosticity } from './diagnosticity.js';
import { cellDisagreement, disagreementLevel, type DisagreementLevel } from './disagreement.js';
import type { EvidenceId, HypothesisId, HypothesisSet } from './hypothesis-set.js';
import { rankHypotheses, type RankedHypothesis } from './hypothesis-ranking.js';
import { scoreHypotheses } from './hypothesis-scores.js';
import {
  evidenceSensitivity,
  rankingWithoutLowCredibility,
  type EvidenceSensitivity,
} from './sensitivity.js';

export type CellDisagreement = {
  readonly evidence: EvidenceId;
  readonly hypothesis: HypothesisId;
  readonly disagreement: number;
  readonly level: DisagreementLevel;
};

/** The result of `telltale ach score --json`. */
export type HypothesisSetScores = {
  /** In input order. */
  readonly hypotheses: readonly RankedHypothesis[];
  readonly evidence: readonly { readonly id: EvidenceId; readonly diagnosticity: number }[];
  /** Every evidence × hypothesis cell with at least one non-NA rating. */
  readonly cells: readonly CellDisagreement[];
  readonly probabilities: readonly HypothesisProbability[];
  readonly sensitivity: readonly EvidenceSensitivity[];
  readonly rankingWithoutLowCredibility: readonly RankedHypothesis[];
};

/**
 * Every score of a hypothesis set: Heuer's inconsistency and weighted scores with their ranking,
 * each evidence's diagnosticity, each rated cell's disagreement, the consensus probabilities and
 * the sensitivity of the top-ranked hypotheses. Lists follow the input order.
 *
 * @example
 * const scores = scoreHypothesisSet(set);
 * scores.hypotheses.filter((h) => h.rank === 1) // the most likely hypotheses
 */
export const scoreHypothesisSet = (set: HypothesisSet): HypothesisSetScores => {
  const cells = cellRatingsFrom(set.ratings);
  return {
    hypotheses: rankHypotheses(scoreHypotheses(set)),
    evidence: set.evidence.map(({ id }) => ({
      id,
      diagnosticity: evidenceDiagnosticity(cells, set, id),
    })),
    cells: set.evidence.flatMap((e) =>
      set.hypotheses.flatMap((h) => {
        const values = cells.rated(e.id, h.id).map((r) => r.scale);
        if (values.length === 0) return [];
        const disagreement = cellDisagreement(values);
        const level = disagreementLevel(disagreement);
        return [{ evidence: e.id, hypothesis: h.id, disagreement, level }];
      }),
    ),
    probabilities: consensusProbabilities(set),
    sensitivity: evidenceSensitivity(set),
    rankingWithoutLowCredibility: rankingWithoutLowCredibility(set),
  };
};
