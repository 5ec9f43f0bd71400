import { createCountryIndex } from '../../core/actor-registry/country-index.js';
import { defaultGazetteerDir, loadGazetteer } from '../registry/gazetteer-files.js';
import {
  EventFileFormatName,
  importEventFiles,
  type EventFileFormat,
  type EventImportDeps,
  type EventImportEvent,
  type EventImportSummary,
} from './event-import.js';
import { parseIcewsHeader } from './icews-row.js';

const MAX_UNRESOLVED_SHOWN = 20;

/**
 * Imports ICEWS event files (tab-separated with a header; plain or .gz). Country names become ISO
 * alpha-3 through the gazetteer's countries (names and official names); those it does not know are
 * left empty and listed in the summary, so that they can be added to countries.yaml. Events are
 * keyed by Event ID, so importing a file again stores nothing new.
 */
export const importIcews = async (
  deps: EventImportDeps & { readonly gazetteerDir?: string },
  files: readonly string[],
  onEvent?: (event: EventImportEvent) => void,
): Promise<EventImportSummary> => {
  const gazetteer = await loadGazetteer(deps.gazetteerDir ?? defaultGazetteerDir);
  const index = createCountryIndex(gazetteer.countries);
  const known = new Map<string, string | null>();
  const unresolved = new Map<string, number>();
  const countryOf = (name: string): string | null => {
    let code = known.get(name);
    if (code === undefined) {
      code = index(name);
      known.set(name, code);
    }
    if (code === null) unresolved.set(name, (unresolved.get(name) ?? 0) + 1);
    return code;
  };
  const format: EventFileFormat = {
    name: EventFileFormatName.Icews,
    hasHeader: true,
    parserFor: (header) => parseIcewsHeader(header ?? '', countryOf),
  };
  const summary = await importEventFiles(deps, format, files, onEvent);
  return {
    ...summary,
    unresolvedCountries: [...unresolved]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_UNRESOLVED_SHOWN)
      .map(([name, rows]) => ({ name, rows })),
  };
};
