import type { Migration } from 'kysely';
import { initialMigration } from './0001-initial.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initialMigration,
};
