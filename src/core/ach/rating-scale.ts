import type { Level, RatingValue } from './hypothesis-set.js';

const scale: Record<RatingValue, number | null> = { CC: 2, C: 1, N: 0, I: -1, II: -2, NA: null };
const points: Record<RatingValue, number | null> = { CC: 0, C: 0, N: 0, I: 1, II: 2, NA: null };
/** Each level's weight as a power of √2, so that products of weights can be formed exactly. */
const halfPowersOfTwo: Record<Level, number> = { High: 1, Medium: 0, Low: -1 };

/**
 * A rating on the numeric scale CC = 2, C = 1, N = 0, I = −1, II = −2; `null` for NA.
 *
 * @example ratingScaleValue('II') // → -2
 */
export const ratingScaleValue = (value: RatingValue): number | null => scale[value];

/**
 * Heuer's inconsistency points: I = 1, II = 2, other ratings 0; `null` for NA.
 * Consistent evidence adds nothing.
 *
 * @example inconsistencyPoints('CC') // → 0
 */
export const inconsistencyPoints = (value: RatingValue): number | null => points[value];

/**
 * The weight of a credibility or relevance: High = √2, Medium = 1, Low = 1/√2,
 * so that credibility × relevance runs from ½ (Low, Low) to 2 (High, High).
 *
 * @example levelWeight('Low') * levelWeight('High') // → 1
 */
export const levelWeight = (level: Level): number => 2 ** (halfPowersOfTwo[level] / 2);

/**
 * The weight of an item of evidence, credibility × relevance, computed as one power of two so
 * that High × High is exactly 2 rather than √2·√2 = 2.0000000000000004.
 *
 * @example evidenceWeight('High', 'High') // → 2
 */
export const evidenceWeight = (credibility: Level, relevance: Level): number =>
  2 ** ((halfPowersOfTwo[credibility] + halfPowersOfTwo[relevance]) / 2);
