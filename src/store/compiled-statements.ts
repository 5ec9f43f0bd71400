import type SQLite from 'better-sqlite3';

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
  compiledAs(sqlite, `insert ${table} ${rows} ${tail}`, () => {
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
