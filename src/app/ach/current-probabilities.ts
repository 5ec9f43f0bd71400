import type { ProbabilityJudgement } from '../../core/ach/hypothesis-set.js';
import type { ProbabilityEvent } from '../../store/ach.repository.js';

/**
 * The current probabilities from their history: the latest event per analyst × hypothesis (by
 * `at`; of events at the same instant the later in the history wins), in order of each pair's
 * first event. The counterpart of `currentRatings` for probabilities.
 *
 * @example currentProbabilities(await repos.ach.probabilityHistory(setId))
 */
export const currentProbabilities = (
  history: readonly ProbabilityEvent[],
): ProbabilityJudgement[] => {
  const latest = new Map<string, ProbabilityEvent>();
  for (const event of history) {
    const key = JSON.stringify([event.analyst, event.hypothesis]);
    const previous = latest.get(key);
    if (previous === undefined || Date.parse(event.at) >= Date.parse(previous.at)) {
      latest.set(key, event);
    }
  }
  return [...latest.values()].map(({ analyst, hypothesis, p }) => ({ analyst, hypothesis, p }));
};
