/**
 * The median: the middle value, or the mean of the two middle values; `null` for no values.
 *
 * @example median([0.9, 0.2, 0.5, 0.6]) // → 0.55
 */
export const median = (values: readonly number[]): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  if (upper === undefined) return null;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
};
