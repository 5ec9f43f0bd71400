import type { IsoDateTime } from '../analyst.js';
export type { IsoDateTime };
import type { Rating } from './hypothesis-set.js';

/** One change to a rating: who set the cell to what, and when. */
export type RatingEvent = Rating & { readonly at: IsoDateTime };

/**
 * The current ratings from a history of rating events: the latest event per analyst × cell
 * (by `at`; of events at the same instant the later in the history wins), in order of each
 * analyst × cell's first event.
 *
 * @example
 * currentRatings([
 *   { analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'C', at: '2024-05-01T10:00:00Z' },
 *   { analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'I', at: '2024-05-02T09:00:00Z' },
 * ]) // → [{ analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'I' }]
 */
export const currentRatings = (history: readonly RatingEvent[]): Rating[] => {
  const latest = new Map<string, RatingEvent>();
  for (const event of history) {
    const key = JSON.stringify([event.analyst, event.evidence, event.hypothesis]);
    const previous = latest.get(key);
    if (previous === undefined || Date.parse(event.at) >= Date.parse(previous.at)) {
      latest.set(key, event);
    }
  }
  return [...latest.values()].map(({ at: _at, ...rating }) => rating);
};
