import type { TimelineView } from './signal-views.js';

const CSV_COLUMNS = [
  'statementId',
  'saidOn',
  'stance',
  'confidence',
  'direct',
  'via',
  'speaker',
  'sourceId',
  'hedged',
  'conditional',
  'deniable',
] as const;

/** A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
const field = (value: string | number | boolean | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** An actor's timeline on a topic as CSV: one row a point, with a header line. */
export const timelineCsv = (t: TimelineView): string =>
  [
    CSV_COLUMNS.join(','),
    ...t.points.map((p) =>
      [
        p.statementId,
        p.saidOn,
        p.stance,
        p.confidence,
        p.direct,
        p.via,
        p.speaker,
        p.sourceId,
        p.hedged,
        p.conditional,
        p.deniable?.reason ?? '',
      ]
        .map(field)
        .join(','),
    ),
  ].join('\n') + '\n';
