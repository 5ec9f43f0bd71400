import type { AnalystId, Forecast, IsoDateTime } from './forecast-question.js';

/** Milliseconds since the epoch of an ISO 8601 date-time (which carries its offset). */
export const millisOf = (at: IsoDateTime): number => Date.parse(at);

/**
 * Forecasts in time order; forecasts made at the same instant keep their input order.
 *
 * @example inTimeOrder(forecasts).map((f) => f.at)
 */
export const inTimeOrder = (forecasts: readonly Forecast[]): Forecast[] =>
  forecasts
    .map((forecast, i) => ({ forecast, i, t: millisOf(forecast.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ forecast }) => forecast);

/**
 * The forecasts made at or before an instant.
 *
 * @example forecastsUntil(forecasts, question.closes)
 */
export const forecastsUntil = (forecasts: readonly Forecast[], until: IsoDateTime): Forecast[] =>
  forecasts.filter((f) => millisOf(f.at) <= millisOf(until));

/**
 * Each analyst's latest forecast (of forecasts at the same instant, the later in the input),
 * keyed in order of the analysts' first appearance in the input.
 *
 * @example latestPerAnalyst(forecastsUntil(forecasts, question.closes))
 */
export const latestPerAnalyst = (forecasts: readonly Forecast[]): Map<AnalystId, Forecast> => {
  const latest = new Map<AnalystId, Forecast>();
  for (const forecast of forecasts) latest.set(forecast.analyst, forecast); // keeps first-seen key order
  for (const forecast of inTimeOrder(forecasts)) latest.set(forecast.analyst, forecast);
  return latest;
};

/**
 * The analysts in order of their first appearance in the input.
 *
 * @example analystsOf(forecasts) // → ['ann', 'bob']
 */
export const analystsOf = (forecasts: readonly Forecast[]): AnalystId[] => [
  ...new Set(forecasts.map((f) => f.analyst)),
];
