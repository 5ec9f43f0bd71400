const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * An ISO date at its own precision, for reading: "2026-03-07" → "7 Mar 2026", "2026-03" →
 * "Mar 2026", "2026" → "2026". Parsed by hand, never through Date, so no time zone can move it
 * a day. Anything else is returned as it came.
 * @example formatIsoDate('2026-01-08') // '8 Jan 2026'
 */
export const formatIsoDate = (iso: string): string => {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
};

/** How the extractor arrived at a statement's date, in words for a tooltip. */
export const describeDateMethod = (method: string | null): string | null => {
  switch (method) {
    case null:
      return null;
    case 'explicit':
      return 'date stated in the text';
    case 'relative_to_publication':
      return 'counted from the publication date';
    case 'relative_to_narrative':
      return 'counted from the last date the article mentioned';
    case 'publication_default':
      return 'no date in the text: the publication date is assumed';
    default:
      return `resolved by ${method.replace(/_/g, ' ')}`;
  }
};
