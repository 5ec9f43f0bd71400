import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';
import { gdelt2Row, ICEWS_HEADER, icewsRow } from './event-rows.js';

interface Summary {
  rows: number;
  imported: number;
  duplicates: number;
  failed: number;
  failedFiles: number;
  failures: Array<{ file: string; line: number | null; message: string }>;
}

const iran = { code: 'IRNGOV', name: 'IRAN', country: 'IRN', types: ['GOV'] } as const;
const usa = { code: 'USAGOV', name: 'UNITED STATES', country: 'USA', types: ['GOV'] } as const;

describe('telltale import and export', () => {
  let dir: string;
  let db: string;
  let gdeltFile: string;

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'telltale-events-cli-'));
    db = join(dir, 'events.db');
    gdeltFile = join(dir, '20260107.export.CSV');
    writeFileSync(
      gdeltFile,
      [
        gdelt2Row({ id: '501', day: '20260107', actor1: iran, actor2: usa, eventCode: '138' }),
        gdelt2Row({
          id: '502',
          day: '20260107',
          actor1: usa,
          actor2: { ...iran, name: 'TEHRAN, "THE CAPITAL"' },
          eventCode: '036',
          quadClass: '1',
          goldstein: '4.0',
        }),
        gdelt2Row({ id: '503', day: '2026-01-07', actor1: iran, eventCode: '138' }),
        gdelt2Row({ id: '504', day: '20260209', actor1: iran, actor2: usa, eventCode: '1384' }),
      ].join('\n'),
    );
  });

  it('imports GDELT, names each bad row by file and line, and exits 1', async () => {
    const result = await runCli(['import', 'gdelt', gdeltFile, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`✗ ${gdeltFile}:3: bad date in SQLDATE: "2026-01-07"`);
    expect(result.stdout).toMatch(
      /^4 rows read from 1 file: 3 imported, 0 already stored, 1 failed \(\d+\.\d s\)\n$/,
    );
  });

  it('imports the same file again as duplicates only, with a JSON summary', async () => {
    const result = await runCli(['import', 'gdelt', gdeltFile, '--db', db, '--json']);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary).toMatchObject({ rows: 4, imported: 0, duplicates: 3, failed: 1 });
    expect(summary.failures).toEqual([
      {
        file: gdeltFile,
        line: 3,
        message: 'bad date in SQLDATE: "2026-01-07" (expected a real day, YYYYMMDD)',
      },
    ]);
    expect(result.stderr).toBe('');
  });

  it('imports ICEWS and exits 0 when every row is good', async () => {
    const path = join(dir, 'events.2026.tab');
    writeFileSync(
      path,
      `${[
        ICEWS_HEADER,
        icewsRow({
          id: '9001',
          date: '2026-02-07',
          source: ['Ali Khamenei', 'Executive,Government', 'Iran'],
          text: 'Reject proposal to meet, discuss, or negotiate',
          code: '125',
          intensity: '-5',
          target: ['Government (United States)', 'Government', 'United States'],
        }),
      ].join('\r\n')}\r\n`,
    );
    const result = await runCli(['import', 'icews', path, '--db', db, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 1, imported: 1, failed: 0 });
  });

  it('exports events as CSV to standard output, filtered, oldest first', async () => {
    const result = await runCli([
      'export',
      'events',
      '--format',
      'csv',
      '--db',
      db,
      '--country',
      'irn',
      '--from',
      '2026-01',
      '--to',
      '2026-01',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'id,origin,external_id,date,plover_type,cameo_code,source_name,source_country,source_sector,source_actor_id,target_name,target_country,target_sector,target_actor_id,quad_class,goldstein,statement_id,source_id,url,coder',
    );
    expect(lines.slice(1)).toEqual([
      'gdelt_501,gdelt,501,2026-01-07,THREATEN,138,IRAN,IRN,government,,UNITED STATES,USA,government,,3,-4,,,https://news.example.org/501.html,gdelt@2.0',
      'gdelt_502,gdelt,502,2026-01-07,AGREE,036,UNITED STATES,USA,government,,"TEHRAN, ""THE CAPITAL""",IRN,government,,1,4,,,https://news.example.org/502.html,gdelt@2.0',
    ]);
  });

  it('exports JSON Lines to a file, one event a line', async () => {
    const out = join(dir, 'threats.jsonl');
    const result = await runCli([
      'export',
      'events',
      '--format',
      'jsonl',
      '--type',
      'threaten',
      '--db',
      db,
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`2 events written to ${out}\n`);
    const events = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; date: string; ploverType: string });
    expect(events.map((e) => [e.id, e.date, e.ploverType])).toEqual([
      ['gdelt_501', '2026-01-07', 'THREATEN'],
      ['gdelt_504', '2026-02-09', 'THREATEN'],
    ]);
  });

  it('refuses a bad type or date with exit code 2', async () => {
    const badType = await runCli([
      'export',
      'events',
      '--format',
      'csv',
      '--db',
      db,
      '--type',
      'bluster',
    ]);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toMatch(/unknown event type "bluster"; PLOVER types are AGREE, /);
    const badDate = await runCli([
      'export',
      'events',
      '--format',
      'csv',
      '--db',
      db,
      '--from',
      '7 Feb',
    ]);
    expect(badDate.code).toBe(2);
  });

  it('refuses a bad or missing format with exit code 2, and reports a missing file', async () => {
    const badFormat = await runCli(['export', 'events', '--format', 'xml', '--db', db]);
    expect(badFormat.code).toBe(2);
    const noFormat = await runCli(['export', 'events', '--db', db]);
    expect(noFormat.code).toBe(2);
    const noFile = await runCli(['import', 'gdelt', join(dir, 'nope.CSV'), '--db', db]);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain(`✗ ${join(dir, 'nope.CSV')}: no such file`);
  });
});
