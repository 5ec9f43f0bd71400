import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

/** Compiled statements by connection, then by key (an INSERT's shape, or a statement's text). */
const compiled = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/** The statement kept under `key` on a connection, compiled from `sqlText()` the first time. */
const compiledAs = (
  sqlite: SQLite.Database,
  key: string,
  sqlText: () => string,
): SQLite.Statement => {
  let statements = compiled.get(sqlite);
  if (!statements) {
    statements = new Map();
    compiled.set(sqlite, statements);
  }
  let statement = statements.get(key);
  if (!statement) {
    statement = sqlite.prepare(sqlText());
    statements.set(key, statement);
  }
  return statement;
};

/**
 * An INSERT of `rows` rows into `table` on a native SQLite connection, compiled once per
 * connection: bulk writes (events, statements and their spans) run the same few shapes thousands
 * of times, and SQLite's full-text index writes out what it gathered at every statement, so rows
 * go many to a statement. `tail` ends the statement ("on conflict (id) do nothing").
 */
export const compiledInsert = (
  sqlite: SQLite.Database,
  table: string,
  columns: readonly string[],
  rows: number,
  tail = '',
): SQLite.Statement =>
  compiledAs(sqlite, `insert ${table} (${columns.join(',')}) ${rows} ${tail}`, () => {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const values = Array.from({ length: rows }, () => tuple).join(', ');
    return `insert into ${table} (${columns.join(', ')}) values ${values} ${tail}`;
  });

/**
 * A statement of fixed text on a native SQLite connection, compiled once per connection: for the
 * reads and writes ingestion makes once a document, which need no query built each time.
 */
export const compiledStatement = (sqlite: SQLite.Database, sqlText: string): SQLite.Statement =>
  compiledAs(sqlite, sqlText, () => sqlText);

/**
 * The native connection under `db`, when a statement run on it acts where one through `db`
 * would: `db` is the transaction open on the connection, or none is open. While another flow's
 * Kysely transaction holds the connection (awaiting between its queries), a native write would
 * land in that transaction and share its fate, and a read would see its uncommitted rows, so
 * there is none: the statement waits its turn through Kysely instead.
 */
export const nativeFor = (
  db: Kysely<Schema>,
  sqlite: SQLite.Database | undefined,
): SQLite.Database | undefined =>
  sqlite !== undefined && (db.isTransaction || !sqlite.inTransaction) ? sqlite : undefined;

/** Writes one row by a compiled INSERT: `columns` in the statement's order, values from `row`. */
export const insertRow = <Row extends object>(
  sqlite: SQLite.Database,
  table: string,
  columns: ReadonlyArray<keyof Row & string>,
  row: Row,
): void => {
  compiledInsert(sqlite, table, columns, 1).run(columns.map((c) => row[c]));
};
