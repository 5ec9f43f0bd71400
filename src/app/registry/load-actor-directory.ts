import {
  createActorDirectory,
  type ActorDirectory,
} from '../../core/actor-registry/actor-directory.js';
import type { Database } from '../../store/database.js';
import { repositoriesFor } from '../../store/repositories.js';
import { GAZETTEER_HASH, syncGazetteer } from './sync-gazetteer.js';

/**
 * The actor registry stored in a database, as a directory for speaker resolution: every actor
 * (from the gazetteer, added by users, or extracted) with its names and roles, and the names of
 * countries. A database never synced is first seeded from the gazetteer shipped with Telltale;
 * one synced before is read as it is (run `syncGazetteer` to take in a changed gazetteer).
 * @example
 * const directory = await loadActorDirectory(database);
 * directory.resolveRoleMention("Iran's supreme leader", '2026-02-07')?.canonicalName // 'Ali Khamenei'
 */
export const loadActorDirectory = async (database: Database): Promise<ActorDirectory> => {
  const repos = repositoriesFor(database.db);
  if ((await repos.gazetteer.state(GAZETTEER_HASH)) === null) await syncGazetteer(database);
  const [actors, countries] = await Promise.all([
    repos.actors.registryActors(),
    repos.gazetteer.countries(),
  ]);
  return createActorDirectory(actors, countries);
};
