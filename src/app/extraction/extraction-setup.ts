import type { ExtractionOptions } from '../../extract/pipeline.js';
import type { Database } from '../../store/database.js';
import { directoryForExtraction } from '../registry/registry-directory.js';
import { loadEventLexicon } from './event-lexicon-files.js';

/**
 * What an extraction run needs beyond each document, read once per run: the actor registry (the
 * gazetteer synced in when it changed) and the event lexicon.
 */
export const extractionSetup = async (
  database: Database,
  gazetteerDir?: string,
): Promise<Required<ExtractionOptions>> => ({
  directory: await directoryForExtraction(database, gazetteerDir),
  eventLexicon: await loadEventLexicon(),
});
