/**
 * The arithmetic mean; `null` for no values.
 *
 * @example mean([1, 2, 6]) // → 3
 */
export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, x) => sum + x, 0) / values.length;

/**
 * The population standard deviation √(Σ(x − μ)² / n); `null` for no values.
 *
 * @example populationStdDev([1, -1]) // → 1
 */
export const populationStdDev = (values: readonly number[]): number | null => {
  const mu = mean(values);
  if (mu === null) return null;
  return Math.sqrt(values.reduce((sum, x) => sum + (x - mu) ** 2, 0) / values.length);
};

/** Tolerance for comparing computed scores, which are sums of irrational weights. */
export const SCORE_EPSILON = 1e-9;
