import type { Migration } from 'kysely';
import { initialMigration } from './0001-initial.js';
import { actorRegistryMigration } from './0002-actor-registry.js';
import { statementReviewsMigration } from './0003-statement-reviews.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initialMigration,
  '0002-actor-registry': actorRegistryMigration,
  '0003-statement-reviews': statementReviewsMigration,
};
