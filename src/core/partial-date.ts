import type { Brand } from './brand.js';

/** An ISO 8601 calendar date at the precision the text allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = Brand<string, 'IsoDate'>;

export const DatePrecision = { Year: 'year', Month: 'month', Day: 'day' } as const;
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision];

/** How a statement's date was found. */
export const DateMethod = {
  Explicit: 'explicit',
  RelativeToPublication: 'relative_to_publication',
  RelativeToNarrative: 'relative_to_narrative',
  PublicationDefault: 'publication_default',
} as const;
export type DateMethod = (typeof DateMethod)[keyof typeof DateMethod];

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads an ISO date at any of the three precisions, or returns null when it is not one
 * (including impossible days such as 2025-02-30).
 * @example isoDateFrom('2026-01-16') // '2026-01-16'
 */
export const isoDateFrom = (value: string): IsoDate | null => {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return null;
    if (d !== undefined) {
      const day = Number(d);
      const probe = new Date(Date.UTC(Number(y), month - 1, day));
      if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
    }
  }
  return value.trim() as IsoDate;
};

export const isIsoDate = (value: string): value is IsoDate => isoDateFrom(value) !== null;

/** The precision an ISO date is written at. */
export const precisionOf = (date: IsoDate): DatePrecision =>
  date.length === 4
    ? DatePrecision.Year
    : date.length === 7
      ? DatePrecision.Month
      : DatePrecision.Day;

/** The calendar day (UTC) of an instant, as an ISO date. */
export const isoDayOf = (instant: Date): IsoDate => instant.toISOString().slice(0, 10) as IsoDate;
