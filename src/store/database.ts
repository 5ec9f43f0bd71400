import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type MigrationProvider,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import { unavailable } from '../core/errors.js';
import { Engine } from './engine.js';
import { migrations } from './migrations/index.js';
import type { Schema } from './schema.js';

/** Where the database is: an SQLite file (or `:memory:`) or a PostgreSQL URL. */
export type DbLocation =
  | { readonly engine: typeof Engine.Sqlite; readonly path: string }
  | { readonly engine: typeof Engine.Postgres; readonly url: string };

/** An open, migrated database. */
export interface Database {
  readonly db: Kysely<Schema>;
  readonly engine: Engine;
  readonly location: DbLocation;
  /**
   * The SQLite connection under Kysely (SQLite only), for the store's bulk paths that cannot
   * afford a query compile per row (event import). Same connection, so same transactions.
   */
  readonly sqlite?: SQLite.Database;
  close(): Promise<void>;
}

/**
 * Reads a database location: `postgres://…` or `postgresql://…` is PostgreSQL, anything else is
 * the path of an SQLite file.
 */
export const dbLocationFrom = (value: string): DbLocation =>
  /^postgres(?:ql)?:\/\//i.test(value)
    ? { engine: Engine.Postgres, url: value }
    : { engine: Engine.Sqlite, path: value };

/** A location as it may be shown: a PostgreSQL URL without its password. */
export const describeLocation = (location: DbLocation): string => {
  if (location.engine === Engine.Sqlite) return location.path;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
};

// PostgreSQL returns bigint (count(*)) as a string; our counts fit easily in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/**
 * better-sqlite3 compiles a statement on every `prepare`; Kysely prepares every query it runs.
 * Ingestion repeats a handful of statements thousands of times, so compiled statements are kept
 * (a small LRU by SQL text). Safe because Kysely runs one query at a time per connection.
 */
const withStatementCache = (sqlite: SQLite.Database, size = 200): SqliteDatabase => {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (statement) {
        cache.delete(sqlText);
      } else {
        statement = sqlite.prepare(sqlText);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sqlText, statement);
      return statement;
    },
  };
};

const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};

/**
 * Opens the database at a location, creating it (SQLite) and bringing its schema up to date.
 * SQLite runs in WAL mode with foreign keys on.
 */
export const openDatabase = async (location: DbLocation): Promise<Database> => {
  let db: Kysely<Schema>;
  let native: SQLite.Database | undefined;
  if (location.engine === Engine.Sqlite) {
    let sqlite: SQLite.Database;
    try {
      sqlite = new SQLite(location.path);
    } catch (e) {
      throw unavailable(
        `cannot open the SQLite database ${location.path}: ${(e as Error).message}`,
        e,
      );
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    native = sqlite;
    db = new Kysely<Schema>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
  } else {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    // An idle connection the server closes (a restart, a dropped database) must not crash the process;
    // the next query gets a fresh connection, or a clear error.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      client.release();
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw unavailable(
        `cannot connect to PostgreSQL at ${describeLocation(location)}: ${(e as Error).message}. Is the server running and the database created?`,
        e,
      );
    }
    db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  }
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw unavailable(
      `cannot bring the database schema up to date: ${(error as Error).message}`,
      error,
    );
  }
  return {
    db,
    engine: location.engine,
    location,
    ...(native ? { sqlite: native } : {}),
    close: () => db.destroy(),
  };
};
