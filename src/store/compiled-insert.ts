import type SQLite from 'better-sqlite3';

/** Compiled INSERTs by connection, then by table, row count and tail. */
const compiled = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

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
): SQLite.Statement => {
  let statements = compiled.get(sqlite);
  if (!statements) {
    statements = new Map();
    compiled.set(sqlite, statements);
  }
  const key = `${table} ${rows} ${tail}`;
  let statement = statements.get(key);
  if (!statement) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const values = Array.from({ length: rows }, () => tuple).join(', ');
    statement = sqlite.prepare(
      `insert into ${table} (${columns.join(', ')}) values ${values} ${tail}`,
    );
    statements.set(key, statement);
  }
  return statement;
};
