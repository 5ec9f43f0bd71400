import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventImportEvent } from '../../src/app/events/event-import.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import { fixedDeps, testDatabases } from '../support/databases.js';
import {
  gdelt1BackfileRow,
  gdelt1Row,
  gdelt2Row,
  ICEWS_HEADER,
  icewsRow,
  type GdeltFields,
} from './event-rows.js';

const iranGov = { code: 'IRNGOV', name: 'IRAN', country: 'IRN', types: ['GOV'] } as const;
const usa = { code: 'USA', name: 'UNITED STATES', country: 'USA' } as const;
const row = (id: string, code: string, extra: Partial<GdeltFields> = {}): GdeltFields => ({
  id,
  day: '20260107',
  actor1: iranGov,
  actor2: usa,
  eventCode: code,
  ...extra,
});

/** Line by line: what each line of the GDELT test file holds. */
const gdeltLines = [
  gdelt2Row(row('1100000001', '1384', { goldstein: '-7.0' })), // 1
  gdelt2Row(row('1100000002', '036', { quadClass: '1', goldstein: '4.0' })), // 2
  gdelt2Row(row('1100000003', '999')), // 3: bad CAMEO code
  gdelt1Row(row('1100000004', '042', { day: '20260108', quadClass: '1' })), // 4: GDELT 1.0, 58 columns
  '', // 5: blank
  gdelt2Row(row('1100000005', '173', { day: '20260230' })), // 6: bad date
  gdelt2Row(row('1100000006', '125')).split('\t').slice(0, 59).join('\t'), // 7: 59 columns
  gdelt1BackfileRow(row('1100000007', '1123', { day: '20251231' })), // 8: GDELT 1.0, 57 columns
  gdelt2Row(row('1100000001', '1384', { goldstein: '-7.0' })), // 9: line 1 again
];

const icewsLines = [
  ICEWS_HEADER,
  icewsRow({
    id: '40000001',
    date: '2026-02-07',
    source: ['Ali Khamenei', 'Executive,Executive Office,Government', 'Iran'],
    text: 'Reject proposal to meet, discuss, or negotiate',
    code: '125',
    intensity: '-5',
    target: ['Government (United States)', 'Government', 'United States'],
  }),
  icewsRow({
    id: '40000002',
    date: '2026-01-28',
    source: ['Foreign Affairs (Iran)', 'Executive,Foreign Ministry,Government', 'Iran'],
    text: 'Express intent to meet or negotiate',
    code: '036',
    intensity: '4',
    target: ['Oman', 'NA', 'Oman'],
  }),
  icewsRow({
    id: '40000003',
    date: '2026-01-29',
    source: ['Military (Russia)', 'Military,Government', 'Russian Federation'],
    text: 'Employ aerial weapons',
    code: '195',
    intensity: '-9.5',
    target: ['Citizen (Ukraine)', 'General Population / Civilian / Social,Social', 'Ukraine'],
  }),
  icewsRow({
    id: '40000004',
    date: '2026-01-30',
    source: ['Citizen (Atlantis)', 'Social', 'Atlantis'],
    text: 'Demonstrate or rally',
    code: '141',
    intensity: '-6.5',
    target: ['Government (Atlantis)', 'Government', 'Atlantis'],
  }),
];

describe.each(testDatabases())('event import on $name', (engine) => {
  let telltale: Telltale;
  let dir: string;
  const file = (name: string, lines: readonly string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telltale-events-'));
    telltale = await openTelltale(await engine.create(), fixedDeps());
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the good rows of a GDELT file and reports each bad one with its line', async () => {
    const path = file('20260107.export.CSV', gdeltLines);
    const seen: EventImportEvent[] = [];
    const summary = await telltale.events.importFiles('gdelt', [path], (e) => seen.push(e));
    expect(summary).toMatchObject({
      format: 'gdelt',
      files: 1,
      rows: 8,
      imported: 4,
      duplicates: 1,
      failed: 3,
      failedFiles: 0,
    });
    expect(summary.failures.map((f) => [f.file, f.line, f.message])).toEqual([
      [path, 3, 'bad CAMEO code in EventCode: "999"'],
      [path, 6, 'bad date in SQLDATE: "20260230" (expected a real day, YYYYMMDD)'],
      [path, 7, 'expected 61 tab-separated columns (GDELT 2.0) or 57 or 58 (GDELT 1.0), found 59'],
    ]);
    expect(seen[0]).toMatchObject({ kind: 'planned', files: 1 });
    expect(seen.filter((e) => e.kind === 'failed')).toHaveLength(3);
    expect(seen.at(-1)).toMatchObject({ kind: 'file-done', imported: 4, failed: 3 });

    const stored = await telltale.events.list();
    expect(stored.map((e) => [e.externalId, e.date, e.ploverType, e.coder])).toEqual([
      ['1100000004', '2026-01-08', 'CONSULT', 'gdelt@1.0'],
      ['1100000002', '2026-01-07', 'AGREE', 'gdelt@2.0'],
      ['1100000001', '2026-01-07', 'THREATEN', 'gdelt@2.0'],
      ['1100000007', '2025-12-31', 'ACCUSE', 'gdelt@1.0'],
    ]);
    expect(stored[2]).toMatchObject({
      sourceActor: { name: 'IRAN', country: 'IRN', sector: 'government' },
      targetActor: { name: 'UNITED STATES', country: 'USA', sector: null },
      goldstein: -7,
      url: 'https://news.example.org/1100000001.html',
    });
  });

  it('stores each event once however often the file is imported, changing nothing stored', async () => {
    const before = await telltale.events.list();
    const changed = file('changed.CSV', [
      gdelt2Row(row('1100000001', '0874', { goldstein: '9.0', actor1: usa, actor2: iranGov })),
    ]);
    const again = await telltale.events.importFiles('gdelt', [
      join(dir, '20260107.export.CSV'),
      changed,
    ]);
    expect(again).toMatchObject({ rows: 9, imported: 0, duplicates: 6, failed: 3 });
    expect(await telltale.events.list()).toEqual(before);
  });

  it('reads .gz files, and reports a missing or unreadable file and goes on', async () => {
    const gz = join(dir, 'more.CSV.gz');
    writeFileSync(gz, gzipSync(`${gdelt2Row(row('1100000010', '190', { day: '20260109' }))}\r\n`));
    const broken = join(dir, 'broken.CSV.gz');
    writeFileSync(broken, 'not gzip at all');
    const summary = await telltale.events.importFiles('gdelt', [
      join(dir, 'missing.CSV'),
      gz,
      broken,
    ]);
    expect(summary).toMatchObject({ files: 3, rows: 1, imported: 1, failed: 0, failedFiles: 2 });
    expect(summary.failures[0]).toEqual({
      file: join(dir, 'missing.CSV'),
      line: null,
      message: `no such file: ${join(dir, 'missing.CSV')}`,
    });
    expect(summary.failures[1]).toMatchObject({ file: broken, line: null });
    const [event] = await telltale.events.list({ from: '2026-01-09' as IsoDate });
    expect(event).toMatchObject({ externalId: '1100000010', ploverType: 'ASSAULT' });
    expect(event?.url).toBe('https://news.example.org/1100000010.html');
  });

  it('imports ICEWS: country names through the gazetteer, sectors, intensity', async () => {
    const path = file('events.2026.tab', [
      ...icewsLines,
      icewsLines[1]?.replace('2026-02-07', '2026-02-31') ?? '',
      (icewsLines[2] ?? '').split('\t').slice(0, 12).join('\t'),
    ]);
    const summary = await telltale.events.importFiles('icews', [path]);
    expect(summary).toMatchObject({ rows: 6, imported: 4, failed: 2, failedFiles: 0 });
    expect(summary.failures.map((f) => f.line)).toEqual([6, 7]);
    // Oman is in the shipped gazetteer; Atlantis, named by both actors of one row, is not.
    expect(summary.unresolvedCountries).toEqual([{ name: 'Atlantis', rows: 2 }]);
    const [refusal] = await telltale.events.list({
      from: '2026-02-07' as IsoDate,
      to: '2026-02-07' as IsoDate,
    });
    expect(refusal).toMatchObject({
      id: 'icews_40000001',
      origin: 'icews',
      ploverType: 'REJECT',
      goldstein: -5,
      sourceActor: { name: 'Ali Khamenei', country: 'IRN', sector: 'government' },
      targetActor: { country: 'USA', sector: 'government' },
    });
    const strikes = await telltale.events.list({ type: 'ASSAULT', country: 'UKR' });
    expect(
      strikes.map((e) => [
        e.externalId,
        e.sourceActor?.country,
        e.sourceActor?.sector,
        e.targetActor?.sector,
      ]),
    ).toEqual([['40000003', 'RUS', 'military', 'civilian']]);

    const again = await telltale.events.importFiles('icews', [path]);
    expect(again).toMatchObject({ imported: 0, duplicates: 4, failed: 2 });
  });

  it('refuses a file without the ICEWS header, and an empty list of files', async () => {
    const path = file('headless.tab', icewsLines.slice(1));
    const summary = await telltale.events.importFiles('icews', [path]);
    expect(summary).toMatchObject({ rows: 0, imported: 0, failedFiles: 1 });
    expect(summary.failures[0]?.message).toMatch(/not an ICEWS events file/);
    await expect(telltale.events.importFiles('gdelt', [])).rejects.toThrow(/nothing to import/);
  });
});
