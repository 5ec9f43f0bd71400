import { sectorOfCameoTypes, type ActorSector } from '../../core/cameo/actor-sector.js';
import { iso3OfCameoCountry } from '../../core/cameo/cameo-country.js';
import { isCameoCode, ploverTypeOfCameo } from '../../core/cameo/cameo-to-plover.js';
import {
  EventOrigin,
  importedEventId,
  isQuadClass,
  type EventActor,
  type QuadClass,
} from '../../core/event.js';
import type { IsoDate } from '../../core/partial-date.js';
import type { RowParser } from './row-result.js';

/**
 * Where the fields this importer reads sit in each layout, by the number of columns: GDELT 2.0
 * (61 columns: ADM2 codes added to the three geographies) and GDELT 1.0's daily files (58, with
 * SOURCEURL) and back files (57, without). Columns 0–38 are the same in all three.
 */
const URL_COLUMN: Readonly<Record<number, number | null>> = { 61: 60, 58: 57, 57: null };
const CODER: Readonly<Record<number, string>> = {
  61: 'gdelt@2.0',
  58: 'gdelt@1.0',
  57: 'gdelt@1.0',
};

const C = {
  id: 0,
  sqlDate: 1,
  actor1: { code: 5, name: 6, country: 7, type1: 12 },
  actor2: { code: 15, name: 16, country: 17, type1: 22 },
  eventCode: 26,
  quadClass: 29,
  goldstein: 30,
} as const;

// A row has at most 61 columns; scanning stops one past, which is enough to refuse it.
const MAX_COLUMNS = 62;

/**
 * Reads a GDELT day, `YYYYMMDD`, as an ISO date; null when it is not a real day.
 * @example isoDateOfGdeltDay('20160701') // '2016-07-01'
 */
export const isoDateOfGdeltDay = (value: string): IsoDate | null => {
  if (value.length !== 8 || !/^\d{8}$/.test(value)) return null;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(4, 6));
  const d = Number(value.slice(6, 8));
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` as IsoDate;
};

/**
 * A parser of GDELT event rows (tab-separated, no header; 2.0's 61 columns or 1.0's 57 or 58).
 * Each row becomes an event with its CAMEO code's PLOVER type, its actors' countries as ISO
 * alpha-3 and their sectors from the CAMEO type codes; a row with the wrong number of columns,
 * a bad id, date, CAMEO code, quad class or Goldstein score is refused with the reason.
 */
export const createGdeltRowParser = (): RowParser => {
  // Files hold one day or a few; remembering the last date read saves most of the date checks.
  let lastDay = '';
  let lastDate: IsoDate | null = null;
  // Few distinct country codes and type-code triples recur across millions of rows.
  const countries = new Map<string, string | null>();
  const sectors = new Map<string, ActorSector | null>();
  // Where each column starts in the row being read: one scan for tabs, and only the columns
  // read become strings (a split would make all 61).
  const starts = new Int32Array(MAX_COLUMNS + 1);
  let line = '';
  let columns = 0;
  const field = (i: number): string =>
    i < columns ? line.slice(starts[i], (starts[i + 1] ?? 0) - 1) : '';

  const countryOf = (code: string): string | null => {
    let iso = countries.get(code);
    if (iso === undefined) {
      iso = iso3OfCameoCountry(code);
      countries.set(code, iso);
    }
    return iso;
  };
  const sectorOf = (type1: number): ActorSector | null => {
    const types = line.slice(starts[type1], (starts[type1 + 3] ?? 0) - 1);
    let sector = sectors.get(types);
    if (sector === undefined) {
      sector = sectorOfCameoTypes(types.split('\t'));
      sectors.set(types, sector);
    }
    return sector;
  };
  const actorOf = (at: typeof C.actor1 | typeof C.actor2): EventActor | null => {
    const name = field(at.name) || null;
    const country = countryOf(field(at.country));
    const sector = sectorOf(at.type1);
    if (name === null && country === null && sector === null && field(at.code) === '') return null;
    return { name, country, sector, actorId: null };
  };

  return (row) => {
    line = row;
    columns = 1;
    starts[0] = 0;
    let tab = row.indexOf('\t');
    while (tab !== -1 && columns < MAX_COLUMNS) {
      starts[columns++] = tab + 1;
      tab = row.indexOf('\t', tab + 1);
    }
    starts[columns] = row.length + 1;
    const urlColumn = URL_COLUMN[columns];
    if (urlColumn === undefined)
      return {
        ok: false,
        message: `expected 61 tab-separated columns (GDELT 2.0) or 57 or 58 (GDELT 1.0), found ${columns < MAX_COLUMNS ? columns : row.split('\t').length}`,
      };
    const id = field(C.id);
    if (!/^\d+$/.test(id))
      return { ok: false, message: `GLOBALEVENTID must be a whole number, found "${id}"` };
    const day = field(C.sqlDate);
    if (day !== lastDay) {
      lastDay = day;
      lastDate = isoDateOfGdeltDay(day);
    }
    if (lastDate === null)
      return {
        ok: false,
        message: `bad date in SQLDATE: "${day}" (expected a real day, YYYYMMDD)`,
      };
    const code = field(C.eventCode);
    if (!isCameoCode(code)) return { ok: false, message: `bad CAMEO code in EventCode: "${code}"` };
    const quadText = field(C.quadClass);
    const quadNumber = Number(quadText);
    const quad: QuadClass | null =
      quadText === '' ? null : isQuadClass(quadNumber) ? quadNumber : null;
    if (quadText !== '' && quad === null)
      return { ok: false, message: `QuadClass must be 1, 2, 3 or 4, found "${quadText}"` };
    const goldsteinText = field(C.goldstein);
    const goldstein = goldsteinText === '' ? null : Number(goldsteinText);
    if (goldstein !== null && !(goldstein >= -10 && goldstein <= 10))
      return {
        ok: false,
        message: `GoldsteinScale must be a number from -10 to 10, found "${goldsteinText}"`,
      };
    return {
      ok: true,
      event: {
        id: importedEventId(EventOrigin.Gdelt, id),
        origin: EventOrigin.Gdelt,
        externalId: id,
        date: lastDate,
        ploverType: ploverTypeOfCameo(code),
        cameoCode: code,
        sourceActor: actorOf(C.actor1),
        targetActor: actorOf(C.actor2),
        quadClass: quad,
        goldstein,
        statementId: null,
        sourceId: null,
        url: urlColumn === null ? null : field(urlColumn) || null,
        coder: CODER[columns] ?? 'gdelt',
      },
    };
  };
};
