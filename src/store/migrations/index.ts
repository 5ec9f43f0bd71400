import type { Migration } from 'kysely';
import { initialMigration } from './0001-initial.js';
import { actorRegistryMigration } from './0002-actor-registry.js';
import { statementReviewsMigration } from './0003-statement-reviews.js';
import { achForecastsMigration } from './0004-ach-forecasts.js';
import { eventsMigration } from './0005-events.js';
import { topicsStancesMigration } from './0006-topics-stances.js';
import { signalsMigration } from './0007-signals.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initialMigration,
  '0002-actor-registry': actorRegistryMigration,
  '0003-statement-reviews': statementReviewsMigration,
  '0004-ach-forecasts': achForecastsMigration,
  '0005-events': eventsMigration,
  '0006-topics-stances': topicsStancesMigration,
  '0007-signals': signalsMigration,
};
