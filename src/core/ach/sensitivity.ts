import type { Evidence, EvidenceId, HypothesisSet } from './hypothesis-set.js';
import { rankHypotheses, topHypotheses, type RankedHypothesis } from './hypothesis-ranking.js';
import { scoreHypotheses } from './hypothesis-scores.js';

export type EvidenceSensitivity = {
  readonly evidence: EvidenceId;
  /** Whether leaving this evidence out changes the set of hypotheses ranked 1. */
  readonly changesTop: boolean;
};

/**
 * The set with the evidence that `leaveOut` selects removed, ratings of it included.
 *
 * @example withoutEvidence(set, (e) => e.id === 'E1')
 */
export const withoutEvidence = (
  set: HypothesisSet,
  leaveOut: (evidence: Evidence) => boolean,
): HypothesisSet => {
  const kept = set.evidence.filter((e) => !leaveOut(e));
  const keptIds = new Set(kept.map((e) => e.id));
  return { ...set, evidence: kept, ratings: set.ratings.filter((r) => keptIds.has(r.evidence)) };
};

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * For each item of evidence, in input order, whether leaving it out changes the top-ranked
 * hypotheses (the set of hypotheses ranked 1).
 *
 * @example evidenceSensitivity(set) // → [{ evidence: 'E1', changesTop: true }, …]
 */
export const evidenceSensitivity = (set: HypothesisSet): EvidenceSensitivity[] => {
  const top = topHypotheses(rankHypotheses(scoreHypotheses(set)));
  return set.evidence.map(({ id }) => {
    const without = withoutEvidence(set, (e) => e.id === id);
    return {
      evidence: id,
      changesTop: !sameSet(top, topHypotheses(rankHypotheses(scoreHypotheses(without)))),
    };
  });
};

/**
 * The ranking with every Low-credibility item of evidence left out.
 *
 * @example rankingWithoutLowCredibility(set) // → [{ id: 'H1', inconsistency, weighted, rank }, …]
 */
export const rankingWithoutLowCredibility = (set: HypothesisSet): RankedHypothesis[] =>
  rankHypotheses(scoreHypotheses(withoutEvidence(set, (e) => e.credibility === 'Low')));
