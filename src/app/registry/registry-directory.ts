import {
  createActorDirectory,
  type ActorDirectory,
} from '../../core/actor-registry/actor-directory.js';
import type { Database } from '../../store/database.js';
import { defaultGazetteerDir, loadGazetteer } from './gazetteer-files.js';
import { loadActorDirectory } from './load-actor-directory.js';
import { syncGazetteer } from './sync-gazetteer.js';

/**
 * The registry an extraction run resolves speakers with: the database's, after taking in the
 * gazetteer when its files changed (a cheap check when they did not).
 */
export const directoryForExtraction = async (
  database: Database,
  gazetteerDir: string = defaultGazetteerDir,
): Promise<ActorDirectory> => {
  await syncGazetteer(database, gazetteerDir);
  return loadActorDirectory(database);
};

/** The gazetteer alone as a directory, for runs with no database (`telltale eval`). */
export const directoryFromGazetteer = async (
  gazetteerDir: string = defaultGazetteerDir,
): Promise<ActorDirectory> => {
  const gazetteer = await loadGazetteer(gazetteerDir);
  return createActorDirectory(gazetteer.actors, gazetteer.countries);
};
