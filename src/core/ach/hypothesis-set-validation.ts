import { invalidInput } from '../errors.js';
import type { HypothesisSet } from './hypothesis-set.js';

/** The index of the first key seen before, or −1. */
const firstDuplicate = (keys: readonly string[]): number => {
  const seen = new Set<string>();
  for (const [i, key] of keys.entries()) {
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return -1;
};

/**
 * Checks what a schema cannot: ids are unique, ratings and probabilities name known evidence and
 * hypotheses, each analyst rates a cell at most once and gives a hypothesis at most one
 * probability, and probabilities lie in [0, 1]. Returns the set unchanged or throws InvalidInput
 * naming the field, e.g. `ratings[3].hypothesis: unknown hypothesis "H9"`.
 *
 * @example const set = validateHypothesisSet(candidate);
 */
export const validateHypothesisSet = (set: HypothesisSet): HypothesisSet => {
  const hypothesisIds = new Set<string>(set.hypotheses.map((h) => h.id));
  const evidenceIds = new Set<string>(set.evidence.map((e) => e.id));

  const h = firstDuplicate(set.hypotheses.map((x) => x.id));
  if (h >= 0) throw invalidInput(`hypotheses[${h}].id: duplicate id "${set.hypotheses[h]?.id}"`);
  const e = firstDuplicate(set.evidence.map((x) => x.id));
  if (e >= 0) throw invalidInput(`evidence[${e}].id: duplicate id "${set.evidence[e]?.id}"`);

  set.ratings.forEach((r, i) => {
    if (!evidenceIds.has(r.evidence)) {
      throw invalidInput(`ratings[${i}].evidence: unknown evidence "${r.evidence}"`);
    }
    if (!hypothesisIds.has(r.hypothesis)) {
      throw invalidInput(`ratings[${i}].hypothesis: unknown hypothesis "${r.hypothesis}"`);
    }
  });
  const r = firstDuplicate(
    set.ratings.map((x) => JSON.stringify([x.analyst, x.evidence, x.hypothesis])),
  );
  const rating = set.ratings[r];
  if (rating !== undefined) {
    throw invalidInput(
      `ratings[${r}]: analyst "${rating.analyst}" already rated evidence "${rating.evidence}" against hypothesis "${rating.hypothesis}"`,
    );
  }

  set.probabilities.forEach((p, i) => {
    if (!hypothesisIds.has(p.hypothesis)) {
      throw invalidInput(`probabilities[${i}].hypothesis: unknown hypothesis "${p.hypothesis}"`);
    }
    if (!(p.p >= 0 && p.p <= 1)) {
      throw invalidInput(`probabilities[${i}].p: ${p.p} is not a probability in [0, 1]`);
    }
  });
  const p = firstDuplicate(set.probabilities.map((x) => JSON.stringify([x.analyst, x.hypothesis])));
  const judgement = set.probabilities[p];
  if (judgement !== undefined) {
    throw invalidInput(
      `probabilities[${p}]: analyst "${judgement.analyst}" already gave a probability for hypothesis "${judgement.hypothesis}"`,
    );
  }
  return set;
};
