import { PLOVER_TYPES, ploverTypeFrom } from '../../core/cameo/plover-type.js';
import { invalidInput } from '../../core/errors.js';
import type { Event, EventFilter } from '../../core/event.js';
import type { Clock } from '../../core/ids.js';
import { isoDateFrom } from '../../core/partial-date.js';
import type { Database } from '../../store/database.js';
import { eventRepositoryFor } from '../../store/event.repository.js';
import {
  EventFileFormatName,
  type EventImportEvent,
  type EventImportSummary,
} from './event-import.js';
import { exportEvents, type EventExportFormat, type ExportPiece } from './export-events.js';
import { importGdelt } from './import-gdelt.js';
import { importIcews } from './import-icews.js';

/** Events: imported from GDELT and ICEWS files, listed, exported. */
export interface EventService {
  /** Imports event files of one format; see `importGdelt` and `importIcews`. */
  importFiles(
    format: EventFileFormatName,
    files: readonly string[],
    onEvent?: (event: EventImportEvent) => void,
  ): Promise<EventImportSummary>;
  /** Events matching the filter, newest first. */
  list(filter?: EventFilter): Promise<Event[]>;
  /** Every event matching the filter, oldest first, as CSV or JSON Lines text in pieces. */
  export(filter: EventFilter, format: EventExportFormat): AsyncIterable<ExportPiece>;
}

export const createEventService = (deps: {
  readonly database: Database;
  readonly clock: Clock;
  readonly gazetteerDir?: string;
}): EventService => ({
  importFiles: (format, files, onEvent) => {
    switch (format) {
      case EventFileFormatName.Gdelt:
        return importGdelt(deps, files, onEvent);
      case EventFileFormatName.Icews:
        return importIcews(deps, files, onEvent);
    }
  },
  list: (filter = {}) => eventRepositoryFor(deps.database).list(filter),
  export: (filter, format) => exportEvents(deps.database, filter, format),
});

/** An event filter as a user writes it: any case for the type and country, dates at any precision. */
export interface EventFilterInput {
  readonly type?: string | undefined;
  readonly country?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * Reads a filter written by a user, or throws InvalidInput saying what is wrong.
 * @example eventFilterFrom({ type: 'threaten', country: 'irn', from: '2026-01' })
 */
export const eventFilterFrom = (input: EventFilterInput): EventFilter => {
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (input.type !== undefined) {
    const type = ploverTypeFrom(input.type);
    if (type === null)
      throw invalidInput(
        `unknown event type "${input.type}"; PLOVER types are ${PLOVER_TYPES.join(', ')}`,
      );
    filter.type = type;
  }
  if (input.country !== undefined) {
    const country = input.country.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(country))
      throw invalidInput(
        `a country is an ISO 3166 alpha-3 code such as IRN or USA (got "${input.country}")`,
      );
    filter.country = country;
  }
  for (const bound of ['from', 'to'] as const) {
    const value = input[bound];
    if (value === undefined) continue;
    const date = isoDateFrom(value);
    if (date === null)
      throw invalidInput(
        `"${bound}" must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")`,
      );
    filter[bound] = date;
  }
  return filter;
};
