import type { AnalystId, HypothesisId, HypothesisSet } from './hypothesis-set.js';

export type HypothesisProbability = { readonly hypothesis: HypothesisId; readonly p: number };

/**
 * The group's probability for each hypothesis, in input order: each analyst's probabilities are
 * normalised to sum to 1 (a hypothesis the analyst gave none for counts as 0), then averaged over
 * the analysts who gave any. An analyst whose probabilities sum to 0 is left out; with no analyst
 * left the result is empty.
 *
 * @example
 * // A: H1 0.6, H2 0.2 → 0.75, 0.25; B: H2 1 → 0, 1
 * consensusProbabilities(set) // → [{ hypothesis: 'H1', p: 0.375 }, { hypothesis: 'H2', p: 0.625 }]
 */
export const consensusProbabilities = (
  set: Pick<HypothesisSet, 'hypotheses' | 'probabilities'>,
): HypothesisProbability[] => {
  const byAnalyst = new Map<AnalystId, Map<HypothesisId, number>>();
  for (const { analyst, hypothesis, p } of set.probabilities) {
    const given = byAnalyst.get(analyst) ?? new Map<HypothesisId, number>();
    given.set(hypothesis, p);
    byAnalyst.set(analyst, given);
  }
  const normalised = [...byAnalyst.values()].flatMap((given) => {
    const total = set.hypotheses.reduce((sum, h) => sum + (given.get(h.id) ?? 0), 0);
    return total > 0 ? [set.hypotheses.map((h) => (given.get(h.id) ?? 0) / total)] : [];
  });
  if (normalised.length === 0) return [];
  return set.hypotheses.map((h, i) => ({
    hypothesis: h.id,
    p: normalised.reduce((sum, ps) => sum + (ps[i] ?? 0), 0) / normalised.length,
  }));
};
