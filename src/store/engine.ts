import { PostgresAdapter, type Kysely } from 'kysely';

export const Engine = { Sqlite: 'sqlite', Postgres: 'postgres' } as const;
export type Engine = (typeof Engine)[keyof typeof Engine];

/** Which engine a Kysely instance talks to; the few places where SQL differs ask this. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the adapter is read.
export const engineOf = (db: Kysely<any>): Engine =>
  db.getExecutor().adapter instanceof PostgresAdapter ? Engine.Postgres : Engine.Sqlite;
