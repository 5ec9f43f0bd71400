import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, startCli } from '../support/cli.js';

interface StatementJson {
  id: string;
  sourceId: string;
  speaker: string | null;
  content: string;
  direct: boolean;
  saidOn: string | null;
  spans: Array<{ start: number; end: number }>;
}

describe('the telltale command', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'telltale-cli-'));
    db = join(dir, 'cli.db');
    const result = await runCli(['ingest', resolve('examples/corpus'), '--db', db, '--json']);
    expect(result.code).toBe(0);
  });

  it('ingest --json prints a machine-readable summary', async () => {
    const result = await runCli(['ingest', resolve('examples/corpus'), '--db', db, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      ingested: number;
      duplicates: number;
      failed: number;
      statements: number;
    };
    expect(summary).toMatchObject({ ingested: 0, failed: 0, statements: 0 });
    expect(summary.duplicates).toBeGreaterThanOrEqual(10);
  });

  it('statements --json follows the contract, with spans into the source text', async () => {
    const result = await runCli(['statements', '--db', db, '--json']);
    expect(result.code).toBe(0);
    const statements = JSON.parse(result.stdout) as StatementJson[];
    expect(statements.length).toBeGreaterThan(20);
    for (const s of statements) {
      expect(Object.keys(s)).toEqual(
        expect.arrayContaining([
          'id',
          'sourceId',
          'speaker',
          'content',
          'direct',
          'saidOn',
          'spans',
        ]),
      );
      expect(typeof s.direct).toBe('boolean');
      expect(s.saidOn === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.saidOn)).toBe(true);
      expect(s.spans.length).toBeGreaterThan(0);
    }
    const trump = await runCli(['statements', '--db', db, '--speaker', 'trump', '--json']);
    const byTrump = JSON.parse(trump.stdout) as StatementJson[];
    expect(byTrump.length).toBeGreaterThan(2);
    expect(new Set(byTrump.map((s) => s.speaker))).toEqual(new Set(['Donald Trump']));
    const one = statements[0] as StatementJson;
    const bySource = JSON.parse(
      (await runCli(['statements', '--db', db, '--source', one.sourceId, '--json'])).stdout,
    ) as StatementJson[];
    expect(bySource.every((s) => s.sourceId === one.sourceId)).toBe(true);
  });

  it('reads standard input with --published and --title', async () => {
    const result = await runCli(
      ['ingest', '-', '--db', db, '--published', '2026-02-07', '--title', 'From stdin', '--json'],
      {
        input:
          'Ayatollah Ali Khamenei addressed air force commanders. “Negotiating with that government is neither wise nor honourable,” Khamenei said.',
      },
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { documents: Array<{ sourceId: string }> };
    const sourceId = summary.documents[0]?.sourceId ?? '';
    const statements = JSON.parse(
      (await runCli(['statements', '--db', db, '--source', sourceId, '--json'])).stdout,
    ) as StatementJson[];
    expect(statements).toEqual([
      expect.objectContaining({
        speaker: 'Ali Khamenei',
        direct: true,
        saidOn: '2026-02-07',
        content: 'Negotiating with that government is neither wise nor honourable,',
      }),
    ]);
  });

  it('a wrong --published date is refused with a clear message and exit code 2', async () => {
    const result = await runCli(['ingest', '-', '--db', db, '--published', '2026-02-30'], {
      input: 'text',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--published must be a real date written YYYY-MM-DD');
  });

  it('a failed input is named, the others go on, and the exit code is 1', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(
      good,
      '“Our patience has limits,” President Emmanuel Macron said in Paris on a visit.',
    );
    const result = await runCli(['ingest', join(dir, 'missing.txt'), good, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'missing.txt')}: does not exist; check the path`);
    expect(result.stdout.trim()).toBe('1 ingested, 0 duplicates, 1 failed, 1 statements found');
  });

  it('--db beats TELLTALE_DB, which beats ./telltale.db', async () => {
    const envDb = join(dir, 'env.db');
    const cwd = mkdtempSync(join(tmpdir(), 'telltale-cwd-'));
    const file = join(dir, 'p.txt');
    writeFileSync(file, '“We do not want war,” Prime Minister Keir Starmer said.');
    await runCli(['ingest', file], { env: { TELLTALE_DB: envDb }, cwd });
    const viaEnv = JSON.parse(
      (await runCli(['sources', '--json'], { env: { TELLTALE_DB: envDb }, cwd })).stdout,
    ) as unknown[];
    expect(viaEnv).toHaveLength(1);
    const viaFlag = JSON.parse(
      (await runCli(['sources', '--json', '--db', db], { env: { TELLTALE_DB: envDb }, cwd }))
        .stdout,
    ) as unknown[];
    expect(viaFlag.length).toBeGreaterThan(10);
    await runCli(['ingest', file], { cwd });
    const viaDefault = JSON.parse(
      (await runCli(['sources', '--json', '--db', join(cwd, 'telltale.db')], { cwd })).stdout,
    ) as unknown[];
    expect(viaDefault).toHaveLength(1);
  });

  it('serve answers the API and the UI, and prints its address', async () => {
    const child = startCli(['serve', '--db', db, '--port', '0']);
    const address = await new Promise<string>((resolveAddress, reject) => {
      let seen = '';
      child.stdout?.on('data', (d: Buffer) => {
        seen += d.toString();
        const m = /at (http:\/\/[^/\s]+)\//.exec(seen);
        if (m?.[1]) resolveAddress(m[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${seen}`)));
    });
    try {
      const health = (await (await fetch(`${address}/api/health`)).json()) as {
        status: string;
        sources: number;
      };
      expect(health.status).toBe('ok');
      expect(health.sources).toBeGreaterThan(10);
      const page = await fetch(`${address}/statements`);
      expect(page.headers.get('content-type')).toContain('text/html');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
