import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, startCli } from '../support/cli.js';
import { syntheticArticle } from '../../bench/synthetic-articles.js';

const DOCUMENTS = 400;

const count = (db: SQLite.Database, sql: string): number =>
  (db.prepare(sql).get() as { n: number }).n;

describe('an ingest killed with SIGKILL halfway through a folder', () => {
  let dir: string;
  let dbPath: string;

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'telltale-crash-'));
    mkdirSync(join(dir, 'corpus'));
    for (let i = 0; i < DOCUMENTS; i++) {
      writeFileSync(
        join(dir, 'corpus', `article-${String(i).padStart(4, '0')}.txt`),
        syntheticArticle(i),
      );
    }
    dbPath = join(dir, 'crash.db');
  });

  it('leaves a consistent database, and a second run completes with no duplicates', async () => {
    const child = startCli(['ingest', join(dir, 'corpus'), '--db', dbPath]);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Wait until some, but not all, documents are stored; then kill without warning.
    let stored = 0;
    for (let i = 0; i < 600 && stored < 40; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const probe = new SQLite(dbPath, { readonly: true, fileMustExist: true });
        stored = count(probe, 'select count(*) as n from sources');
        probe.close();
      } catch {
        /* not created yet */
      }
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const db = new SQLite(dbPath);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const sources = count(db, 'select count(*) as n from sources');
      expect(sources).toBeGreaterThan(0);
      expect(sources).toBeLessThan(DOCUMENTS);
      // No half-stored document: every source has its finished run, and the run's count of statements is all there.
      expect(
        count(
          db,
          'select count(*) as n from sources where id not in (select source_id from extraction_runs where finished_at is not null)',
        ),
      ).toBe(0);
      expect(
        count(
          db,
          `select count(*) as n from extraction_runs r
                   where r.statement_count <> (select count(*) from statements s where s.run_id = r.id)`,
        ),
      ).toBe(0);
      expect(count(db, 'select count(*) as n from statements_fts')).toBe(
        count(db, 'select count(*) as n from statements'),
      );
    } finally {
      db.close();
    }

    const second = await runCli(['ingest', join(dir, 'corpus'), '--db', dbPath, '--json']);
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as {
      ingested: number;
      duplicates: number;
      failed: number;
    };
    expect(summary.failed).toBe(0);
    expect(summary.ingested + summary.duplicates).toBe(DOCUMENTS);
    const after = new SQLite(dbPath, { readonly: true });
    try {
      expect(count(after, 'select count(*) as n from sources')).toBe(DOCUMENTS);
      expect(count(after, 'select count(distinct content_hash) as n from sources')).toBe(DOCUMENTS);
    } finally {
      after.close();
    }
  }, 120_000);
});
