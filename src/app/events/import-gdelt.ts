import {
  EventFileFormatName,
  importEventFiles,
  type EventFileFormat,
  type EventImportDeps,
  type EventImportEvent,
  type EventImportSummary,
} from './event-import.js';
import { createGdeltRowParser } from './gdelt-row.js';

/** GDELT event files: no header; 2.0's 61 columns or 1.0's 57 or 58, told apart row by row. */
export const gdeltFormat: EventFileFormat = {
  name: EventFileFormatName.Gdelt,
  hasHeader: false,
  parserFor: () => ({ ok: true, parse: createGdeltRowParser() }),
};

/**
 * Imports GDELT event files (plain or .gz): each row's CAMEO code becomes its PLOVER type, its
 * actors' CAMEO country codes ISO alpha-3 and their type codes a sector. Events are keyed by
 * GLOBALEVENTID, so importing a file again stores nothing new.
 */
export const importGdelt = async (
  deps: EventImportDeps,
  files: readonly string[],
  onEvent?: (event: EventImportEvent) => void,
): Promise<EventImportSummary> => ({
  ...(await importEventFiles(deps, gdeltFormat, files, onEvent)),
  unresolvedCountries: [],
});
