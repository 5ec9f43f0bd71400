import { SCORE_EPSILON, populationStdDev } from './statistics.js';

/** How far analysts disagree on one cell. */
export const DisagreementLevel = {
  Consensus: 'consensus',
  Mild: 'mild',
  Large: 'large',
  Extreme: 'extreme',
} as const;
export type DisagreementLevel = (typeof DisagreementLevel)[keyof typeof DisagreementLevel];

/**
 * The analysts' disagreement on one cell: the population standard deviation of their non-NA
 * ratings on the scale CC = 2 … II = −2; 0 for one rating or none.
 *
 * @example cellDisagreement([2, -2]) // → 2
 */
export const cellDisagreement = (scaleValues: readonly number[]): number =>
  populationStdDev(scaleValues) ?? 0;

/**
 * The named level of a disagreement: below 0.5 consensus, below 1.0 mild, below 1.5 large,
 * else extreme (a value within 1e-9 of a bound counts as reaching it).
 *
 * @example disagreementLevel(0.5) // → 'mild'
 */
export const disagreementLevel = (disagreement: number): DisagreementLevel => {
  if (disagreement < 0.5 - SCORE_EPSILON) return DisagreementLevel.Consensus;
  if (disagreement < 1.0 - SCORE_EPSILON) return DisagreementLevel.Mild;
  if (disagreement < 1.5 - SCORE_EPSILON) return DisagreementLevel.Large;
  return DisagreementLevel.Extreme;
};
