/** Probabilities are kept within [1e-15, 1 − 1e-15] so that 0 and 1 have finite odds. */
export const ODDS_CLAMP = 1e-15;

/**
 * The geometric mean of the odds p/(1 − p), turned back into a probability g/(1 + g); `null` for
 * no values. Each p is first clamped to [1e-15, 1 − 1e-15], so one forecast of 0 or 1 pulls the
 * result towards it without fixing it there.
 *
 * @example geometricMeanOfOdds([0.5, 0.9]) // odds 1 and 9 → g = 3 → 0.75
 */
export const geometricMeanOfOdds = (ps: readonly number[]): number | null => {
  if (ps.length === 0) return null;
  const meanLogOdds =
    ps.reduce((sum, p) => {
      const q = Math.min(Math.max(p, ODDS_CLAMP), 1 - ODDS_CLAMP);
      return sum + Math.log(q / (1 - q));
    }, 0) / ps.length;
  const g = Math.exp(meanLogOdds);
  return g / (1 + g);
};
