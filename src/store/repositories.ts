import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { createAchRepository } from './ach.repository.js';
import { createActorRepository } from './actor.repository.js';
import type { Database } from './database.js';
import { createEventRepository } from './event.repository.js';
import { createExtractionRunRepository } from './extraction-run.repository.js';
import { createForecastRepository } from './forecast.repository.js';
import { createReviewRepository } from './review.repository.js';
import { createGazetteerRepository } from './gazetteer.repository.js';
import type { Schema } from './schema.js';
import { createSourceRepository } from './source.repository.js';
import { createStatementRepository } from './statement.repository.js';
import { createStanceRepository } from './stance.repository.js';
import { createTopicRepository } from './topic.repository.js';
import { createActorRelationRepository } from './actor-relation.repository.js';
import { createActorGroupRepository } from './actor-group.repository.js';
import { createCommitmentRepository } from './commitment.repository.js';

/**
 * Every repository over one connection or transaction. Given the SQLite connection under `db`, the
 * writes ingestion makes for every document (source, run, statements) and its look-up of a
 * source by hash go to it directly, inside the same transaction.
 */
export const repositoriesFor = (db: Kysely<Schema>, sqlite?: SQLite.Database) => ({
  sources: createSourceRepository(db, sqlite),
  actors: createActorRepository(db),
  runs: createExtractionRunRepository(db, sqlite),
  statements: createStatementRepository(db, sqlite),
  reviews: createReviewRepository(db),
  gazetteer: createGazetteerRepository(db),
  ach: createAchRepository(db),
  forecasts: createForecastRepository(db),
  events: createEventRepository(db),
  topics: createTopicRepository(db),
  stances: createStanceRepository(db),
  relations: createActorRelationRepository(db),
  groups: createActorGroupRepository(db),
  commitments: createCommitmentRepository(db),
});

export type Repositories = ReturnType<typeof repositoriesFor>;

/** Runs `work` in one transaction: all of its writes are stored, or none. */
export const inTransaction = <T>(
  database: Database,
  work: (repos: Repositories) => Promise<T>,
): Promise<T> => database.db.transaction().execute((trx) => work(repositoriesFor(trx)));

/** Whether an error is a unique-constraint violation, on either engine. */
export const isUniqueViolation = (e: unknown): boolean => {
  const err = e as { code?: unknown; message?: unknown };
  return (
    err.code === '23505' ||
    err.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
};
