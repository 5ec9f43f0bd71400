import { sectorOfIcewsSectors, type ActorSector } from '../../core/cameo/actor-sector.js';
import { isCameoCode, ploverTypeOfCameo } from '../../core/cameo/cameo-to-plover.js';
import { EventOrigin, importedEventId, type EventActor } from '../../core/event.js';
import { isoDateFrom, precisionOf, DatePrecision } from '../../core/partial-date.js';
import type { RowParser, RowResult } from './row-result.js';

/** The ICEWS columns this importer reads, by their header names. */
const COLUMNS = {
  id: 'Event ID',
  date: 'Event Date',
  sourceName: 'Source Name',
  sourceSectors: 'Source Sectors',
  sourceCountry: 'Source Country',
  cameo: 'CAMEO Code',
  intensity: 'Intensity',
  targetName: 'Target Name',
  targetSectors: 'Target Sectors',
  targetCountry: 'Target Country',
} as const;
type Column = keyof typeof COLUMNS;

/** ICEWS writes NA for a missing value. */
const valueOf = (field: string | undefined): string | null =>
  field === undefined || field === '' || field === 'NA' ? null : field;

export type IcewsHeader =
  | { readonly ok: true; readonly parse: RowParser }
  | { readonly ok: false; readonly message: string };

/**
 * Reads an ICEWS header line (tab-separated column names) and returns a parser of the rows under
 * it. Columns are found by name, so their order may vary between releases. Country names become
 * ISO alpha-3 through `countryOf` (null when it does not know the name), sectors one of Telltale's
 * sectors; a row with the wrong number of columns, no event id, a bad date, CAMEO code or
 * intensity is refused with the reason.
 */
export const parseIcewsHeader = (
  header: string,
  countryOf: (name: string) => string | null,
): IcewsHeader => {
  const names = header.split('\t').map((n) => n.trim());
  const at = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const [key, name] of Object.entries(COLUMNS) as Array<[Column, string]>) {
    const index = names.indexOf(name);
    if (index < 0) missing.push(name);
    at[key] = index;
  }
  if (missing.length > 0)
    return {
      ok: false,
      message: `not an ICEWS events file: the header (line 1) lacks the column${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')}`,
    };
  const width = names.length;

  // Few distinct sector lists and country names recur across millions of rows.
  const sectors = new Map<string, ActorSector | null>();
  const sectorOf = (field: string | null): ActorSector | null => {
    if (field === null) return null;
    let sector = sectors.get(field);
    if (sector === undefined) {
      sector = sectorOfIcewsSectors(field);
      sectors.set(field, sector);
    }
    return sector;
  };
  const actorOf = (
    fields: readonly string[],
    name: Column,
    sectorList: Column,
    country: Column,
  ): EventActor | null => {
    const actorName = valueOf(fields[at[name]]);
    const countryName = valueOf(fields[at[country]]);
    const sector = sectorOf(valueOf(fields[at[sectorList]]));
    if (actorName === null && countryName === null && sector === null) return null;
    return {
      name: actorName,
      country: countryName === null ? null : countryOf(countryName),
      sector,
      actorId: null,
    };
  };

  const parse = (line: string): RowResult => {
    const fields = line.split('\t');
    if (fields.length !== width)
      return {
        ok: false,
        message: `expected ${width} tab-separated columns as in the header, found ${fields.length}`,
      };
    const id = fields[at.id]?.trim() ?? '';
    if (!/^[\w.:-]+$/.test(id))
      return { ok: false, message: `Event ID must be a single word, found "${id}"` };
    const dateText = fields[at.date] ?? '';
    const date = isoDateFrom(dateText);
    if (date === null || precisionOf(date) !== DatePrecision.Day)
      return { ok: false, message: `bad date in Event Date: "${dateText}" (expected YYYY-MM-DD)` };
    const code = fields[at.cameo] ?? '';
    if (!isCameoCode(code)) return { ok: false, message: `bad CAMEO code: "${code}"` };
    const intensityText = valueOf(fields[at.intensity]);
    const intensity = intensityText === null ? null : Number(intensityText);
    if (intensity !== null && !(intensity >= -10 && intensity <= 10))
      return {
        ok: false,
        message: `Intensity must be a number from -10 to 10, found "${intensityText}"`,
      };
    return {
      ok: true,
      event: {
        id: importedEventId(EventOrigin.Icews, id),
        origin: EventOrigin.Icews,
        externalId: id,
        date,
        ploverType: ploverTypeOfCameo(code),
        cameoCode: code,
        sourceActor: actorOf(fields, 'sourceName', 'sourceSectors', 'sourceCountry'),
        targetActor: actorOf(fields, 'targetName', 'targetSectors', 'targetCountry'),
        quadClass: null,
        goldstein: intensity,
        statementId: null,
        sourceId: null,
        url: null,
        coder: 'icews',
      },
    };
  };
  return { ok: true, parse };
};
