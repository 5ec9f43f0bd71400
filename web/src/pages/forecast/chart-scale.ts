/** Small helpers for the hand-written SVG charts: linear scales, ticks, colours, formats. */

/** A linear map from [d0, d1] onto [r0, r1]. */
export const linearScale =
  (d0: number, d1: number, r0: number, r1: number) =>
  (x: number): number =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((x - d0) / (d1 - d0)) * (r1 - r0);

const DAY = 86_400_000;

/**
 * About `count` evenly spaced instants from t0 to t1, rounded to whole days (UTC) when the
 * span is longer than a few days, for the time axis.
 */
export const timeTicks = (t0: number, t1: number, count = 5): number[] => {
  if (t1 <= t0) return [t0];
  const span = t1 - t0;
  if (span < 3 * DAY) return Array.from({ length: count }, (_, i) => t0 + (span * i) / (count - 1));
  const step = Math.max(1, Math.round(span / DAY / (count - 1))) * DAY;
  const first = Math.ceil(t0 / DAY) * DAY;
  const ticks: number[] = [];
  for (let t = first; t <= t1; t += step) ticks.push(t);
  return ticks;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An instant as "7 Mar" (UTC), or "7 Mar 14:00" when `withTime`. */
export const shortDate = (t: number, withTime = false): string => {
  const d = new Date(t);
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
  return withTime
    ? `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : day;
};

/** An ISO instant as "21 Nov 2026, 12:00 UTC". */
export const longDate = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${shortDate(d.getTime())} ${d.getUTCFullYear()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
};

/** Colours for series, distinguishable in print and for common colour blindness. */
export const PALETTE = [
  '#1f5f8b',
  '#c0582b',
  '#2f8a4d',
  '#8a4fa8',
  '#b08a12',
  '#4a535b',
  '#d0457e',
];

export const percent = (p: number): string => `${Math.round(p * 1000) / 10}%`;
