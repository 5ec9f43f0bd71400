import { isoDateFrom, type IsoDate } from '../../core/partial-date.js';

const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/;

/**
 * The calendar day a document was published, read from a metadata value such as
 * `2026-01-16`, `2026-01-16T09:30:00+03:30` or `Fri, 16 Jan 2026 09:30:00 GMT`.
 * An ISO timestamp keeps the day as written (the newsroom's local day), not the UTC day.
 * @example publishedDateFrom('2026-01-16T23:30:00-05:00') // '2026-01-16'
 */
export const publishedDateFrom = (value: string | null): IsoDate | null => {
  if (value === null) return null;
  const trimmed = value.trim();
  const iso = ISO_PREFIX.exec(trimmed);
  if (iso?.[1] !== undefined) return isoDateFrom(iso[1]);
  const partial = isoDateFrom(trimmed);
  if (partial !== null) return partial;
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return null;
  return isoDateFrom(new Date(parsed).toISOString().slice(0, 10));
};
