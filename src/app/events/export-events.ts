import type { Event, EventActor, EventFilter } from '../../core/event.js';
import type { Database } from '../../store/database.js';
import { eventRepositoryFor } from '../../store/event.repository.js';

export const EventExportFormat = { Csv: 'csv', Jsonl: 'jsonl' } as const;
export type EventExportFormat = (typeof EventExportFormat)[keyof typeof EventExportFormat];

/** The CSV columns, one per field, the actors' fields flattened. */
export const EVENT_CSV_COLUMNS = [
  'id',
  'origin',
  'external_id',
  'date',
  'plover_type',
  'cameo_code',
  'source_name',
  'source_country',
  'source_sector',
  'source_actor_id',
  'target_name',
  'target_country',
  'target_sector',
  'target_actor_id',
  'quad_class',
  'goldstein',
  'statement_id',
  'source_id',
  'url',
  'coder',
] as const;

/** A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
const csvField = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const actorFields = (a: EventActor | null): Array<string | null> => [
  a?.name ?? null,
  a?.country ?? null,
  a?.sector ?? null,
  a?.actorId ?? null,
];

/** One event as a CSV record (no line break), in `EVENT_CSV_COLUMNS` order. */
export const eventCsvRecord = (e: Event): string =>
  [
    e.id,
    e.origin,
    e.externalId,
    e.date,
    e.ploverType,
    e.cameoCode,
    ...actorFields(e.sourceActor),
    ...actorFields(e.targetActor),
    e.quadClass,
    e.goldstein,
    e.statementId,
    e.sourceId,
    e.url,
    e.coder,
  ]
    .map(csvField)
    .join(',');

// Output goes out in pieces of about this many characters: few writes, little memory.
const PIECE = 64 * 1024;

/** A piece of an export: text ready to write, and how many events it holds. */
export interface ExportPiece {
  readonly text: string;
  readonly events: number;
}

/**
 * Events as CSV (a header line, then one record a line) or JSON Lines (one event object a line),
 * in pieces of text ready to write.
 */
export async function* eventLines(
  events: AsyncIterable<Event>,
  format: EventExportFormat,
): AsyncGenerator<ExportPiece> {
  let text = format === EventExportFormat.Csv ? `${EVENT_CSV_COLUMNS.join(',')}\n` : '';
  let count = 0;
  for await (const event of events) {
    text += `${format === EventExportFormat.Csv ? eventCsvRecord(event) : JSON.stringify(event)}\n`;
    count++;
    if (text.length >= PIECE) {
      yield { text, events: count };
      text = '';
      count = 0;
    }
  }
  if (text.length > 0) yield { text, events: count };
}

/**
 * Every event matching the filter (limit and offset aside), oldest first, as CSV or JSON Lines:
 * read from the database a page at a time and handed out in pieces, so that an export of
 * millions of events needs no more memory than one of ten.
 */
export const exportEvents = (
  database: Database,
  filter: EventFilter,
  format: EventExportFormat,
): AsyncIterable<ExportPiece> => eventLines(eventRepositoryFor(database).scan(filter), format);
