/**
 * Event rows written for the tests, in the exact layouts of GDELT 2.0 (61 columns), GDELT 1.0 (58
 * and 57) and ICEWS (tab-separated with a header). The events are made up.
 */

export interface GdeltActorFields {
  readonly code?: string;
  readonly name?: string;
  readonly country?: string;
  readonly types?: readonly [string?, string?, string?];
}

export interface GdeltFields {
  readonly id: string;
  /** YYYYMMDD */
  readonly day: string;
  readonly actor1?: GdeltActorFields;
  readonly actor2?: GdeltActorFields;
  readonly eventCode: string;
  readonly quadClass?: string;
  readonly goldstein?: string;
  readonly url?: string;
}

const putActor = (f: string[], at: number, a: GdeltActorFields | undefined): void => {
  if (!a) return;
  f[at] = a.code ?? '';
  f[at + 1] = a.name ?? '';
  f[at + 2] = a.country ?? '';
  const [t1 = '', t2 = '', t3 = ''] = a.types ?? [];
  f[at + 7] = t1;
  f[at + 8] = t2;
  f[at + 9] = t3;
};

/** The columns every GDELT version shares (0–38 in 2.0's numbering), filled in. */
const commonColumns = (e: GdeltFields, width: number): string[] => {
  const f = new Array<string>(width).fill('');
  f[0] = e.id;
  f[1] = e.day;
  f[2] = e.day.slice(0, 6);
  f[3] = e.day.slice(0, 4);
  f[4] = '2026.0192';
  putActor(f, 5, e.actor1);
  putActor(f, 15, e.actor2);
  f[25] = '1';
  f[26] = e.eventCode;
  f[27] = e.eventCode.slice(0, 3);
  f[28] = e.eventCode.slice(0, 2);
  f[29] = e.quadClass ?? '3';
  f[30] = e.goldstein ?? '-4.0';
  f[31] = '4';
  f[32] = '1';
  f[33] = '4';
  f[34] = '-3.5087719298';
  f[35] = '4';
  f[36] = 'Tehran, Tehran, Iran';
  f[37] = 'IR';
  f[38] = 'IR26';
  return f;
};

/** A GDELT 2.0 row: 61 columns, ADM2 codes in 39, 47 and 55, DATEADDED with a time, SOURCEURL last. */
export const gdelt2Row = (e: GdeltFields): string => {
  const f = commonColumns(e, 61);
  f[40] = '35.75';
  f[41] = '51.5148';
  f[42] = '10074674';
  f[59] = `${e.day}101500`;
  f[60] = e.url ?? `https://news.example.org/${e.id}.html`;
  return f.join('\t');
};

/** A GDELT 1.0 daily-file row: 58 columns (no ADM2 codes), DATEADDED a day, SOURCEURL last. */
export const gdelt1Row = (e: GdeltFields): string => {
  const f = commonColumns(e, 58);
  f[56] = e.day;
  f[57] = e.url ?? `https://news.example.org/${e.id}.html`;
  return f.join('\t');
};

/** A GDELT 1.0 back-file row: 57 columns, no SOURCEURL. */
export const gdelt1BackfileRow = (e: GdeltFields): string => {
  const f = commonColumns(e, 57);
  f[56] = e.day;
  return f.join('\t');
};

/** ICEWS's header line, as its files have it. */
export const ICEWS_HEADER = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
].join('\t');

export interface IcewsFields {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly source: readonly [name: string, sectors: string, country: string];
  readonly text: string;
  readonly code: string;
  readonly intensity: string;
  readonly target: readonly [name: string, sectors: string, country: string];
}

/** An ICEWS row under `ICEWS_HEADER`. */
export const icewsRow = (e: IcewsFields): string =>
  [
    e.id,
    e.date,
    ...e.source,
    e.text,
    e.code,
    e.intensity,
    ...e.target,
    '91000001',
    '2',
    'Test Wire',
    'Tehran',
    'NA',
    'Tehran',
    'Iran',
    '35.6944',
    '51.4215',
  ].join('\t');
