import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DbLocation } from '../../src/store/database.js';

/**
 * The engines every storage test runs on: a fresh SQLite file, and a fresh database on the
 * PostgreSQL server of this machine (TELLTALE_TEST_PG, default postgres://postgres@127.0.0.1:5432/postgres,
 * is the admin connection used to create and drop it).
 */
export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  create(): Promise<DbLocation>;
  dropAll(): Promise<void>;
}

const adminUrl = (): string =>
  process.env['TELLTALE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const sqliteTestDatabase = (): TestDatabase => {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    create() {
      const dir = mkdtempSync(join(tmpdir(), 'telltale-test-'));
      dirs.push(dir);
      return Promise.resolve({ engine: 'sqlite', path: join(dir, 'test.db') });
    },
    dropAll() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
};

export const postgresTestDatabase = (): TestDatabase => {
  const names: string[] = [];
  return {
    name: 'postgres',
    async create() {
      const name = `telltale_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect().catch((e: Error) => {
        throw new Error(
          `PostgreSQL is not reachable at ${adminUrl()} (${e.message}); start it or set TELLTALE_TEST_PG`,
        );
      });
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      names.push(name);
      const url = new URL(adminUrl());
      url.pathname = `/${name}`;
      return { engine: 'postgres', url: url.toString() };
    },
    async dropAll() {
      if (names.length === 0) return;
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      try {
        for (const name of names.splice(0))
          await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
};

/** Both engines, for `describe.each`. */
export const testDatabases = (): TestDatabase[] => [sqliteTestDatabase(), postgresTestDatabase()];

/** A fixed clock and counting ids, so that runs are repeatable. */
export const fixedDeps = () => {
  let n = 0;
  return {
    clock: { now: () => new Date('2026-11-21T12:00:00Z') },
    ids: { next: (prefix: string) => `${prefix}_${String(++n).padStart(6, '0')}` },
  };
};
