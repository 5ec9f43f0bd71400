import type { DisagreementLevel, RatingValue } from '../../api/ach-client.js';

/** What each rating means, for titles and the legend. */
export const RATING_MEANING: Readonly<Record<RatingValue, string>> = {
  CC: 'very consistent',
  C: 'consistent',
  N: 'neutral',
  I: 'inconsistent',
  II: 'very inconsistent',
  NA: 'not applicable',
};

export const DISAGREEMENT_MEANING: Readonly<Record<DisagreementLevel, string>> = {
  consensus: 'consensus (σ < 0.5)',
  mild: 'mild (0.5 ≤ σ < 1)',
  large: 'large (1 ≤ σ < 1.5)',
  extreme: 'extreme (σ ≥ 1.5)',
};

/** A score for reading: integers as they are, others to three places, with a true minus sign. */
export const figure = (x: number): string => {
  const text = Number.isInteger(x) ? String(Math.abs(x)) : Math.abs(x).toFixed(3);
  return x < 0 ? `−${text}` : text;
};

/** A signed difference on the rating scale: "+1.5", "−2", "0". */
export const signed = (x: number): string => (x > 0 ? `+${figure(x)}` : figure(x));

/** Cell key for look-ups. */
export const cellKey = (evidence: string, hypothesis: string): string =>
  `${evidence}\u0000${hypothesis}`;

/** An ISO instant as "2026-11-21 12:00" (UTC), for histories. */
export const formatInstant = (iso: string): string =>
  iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
