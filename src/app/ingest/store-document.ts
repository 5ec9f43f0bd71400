import { createHash } from 'node:crypto';
import { invalidInput } from '../../core/errors.js';
import type { ActorId, Clock, IdGenerator, SourceId } from '../../core/ids.js';
import type { IsoDate } from '../../core/partial-date.js';
import type { Source } from '../../core/source.js';
import { publishedDateFrom } from '../../extract/formats/published-date.js';
import type { RawDocument } from '../../extract/formats/raw-document.js';
import { extract, type Extraction, type ExtractionOptions } from '../../extract/pipeline.js';
import type { Database } from '../../store/database.js';
import { isUniqueViolation, repositoriesFor } from '../../store/repositories.js';
import { storeExtraction } from '../extraction/store-extraction.js';

/** Metadata the user gives for an input, which wins over what the document says. */
export interface MetadataOverrides {
  readonly published?: IsoDate;
  readonly title?: string;
}

export type StoreOutcome =
  | {
      readonly status: 'ingested';
      readonly sourceId: SourceId;
      readonly statements: number;
      readonly tokens: number;
    }
  | { readonly status: 'duplicate'; readonly sourceId: SourceId };

export interface StoreDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** The actor registry and event lexicon the extractor runs with. */
  readonly extraction: ExtractionOptions;
  /** Actor ids by speaker name, shared across the documents of one run. */
  readonly knownActors?: Map<string, ActorId>;
}

/** The hash that identifies a document's content: SHA-256 of its normalised text. */
export const contentHashOf = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** A document checked and extracted, ready to be written. */
export interface PreparedDocument {
  readonly source: Source;
  readonly extraction: Extraction;
}

/**
 * Everything before a document is written: its content hash, the check that the same content is
 * not stored already (then it is a duplicate and is not extracted), and its extraction.
 */
export const prepareDocument = async (
  deps: StoreDeps,
  raw: RawDocument,
  origin: string,
  overrides: MetadataOverrides = {},
): Promise<PreparedDocument | Extract<StoreOutcome, { status: 'duplicate' }>> => {
  if (raw.text.trim() === '')
    throw invalidInput('has no text to ingest once markup and metadata are removed');
  const contentHash = contentHashOf(raw.text);
  const { sources } = repositoriesFor(deps.database.db, deps.database.sqlite);
  const existing = await sources.findIdByHash(contentHash);
  if (existing) return { status: 'duplicate', sourceId: existing };

  const publishedOn = overrides.published ?? publishedDateFrom(raw.published);
  const extraction = extract({ text: raw.text, publishedOn }, deps.extraction);
  const source: Source = {
    id: `src_${contentHash.slice(0, 16)}` as SourceId,
    contentHash,
    title: overrides.title ?? raw.title,
    outlet: raw.outlet,
    author: raw.author,
    url: raw.url,
    publishedOn,
    language: raw.language ?? 'en',
    format: raw.format,
    origin,
    text: raw.text,
    ingestedAt: deps.clock.now().toISOString(),
  };
  return { source, extraction };
};

/**
 * Writes prepared documents in one transaction, each under its own savepoint: a document that
 * fails is rolled back alone and the others are stored; a crash before the commit stores none of
 * them, so the database never holds half a document. One commit for many documents saves most
 * of the cost of a commit (the WAL, the full-text indexes). Each document gives its
 * outcome, or the error it failed with; content stored meanwhile by another process (or earlier
 * in the same batch) is a duplicate. Actors created by the documents are added to
 * `deps.knownActors` once they are committed.
 */
export const storeDocuments = async (
  deps: StoreDeps,
  documents: readonly PreparedDocument[],
): Promise<Array<StoreOutcome | Error>> => {
  // Actor ids seen in this transaction: committed with it, or forgotten with it.
  const batchActors = new Map(deps.knownActors);
  const batchDeps: StoreDeps = { ...deps, knownActors: batchActors };
  const outcomes: Array<StoreOutcome | Error> = [];
  const trx = await deps.database.db.startTransaction().execute();
  try {
    for (const { source, extraction } of documents) {
      const atDocument = await trx.savepoint('document').execute();
      const repos = repositoriesFor(atDocument, deps.database.sqlite);
      try {
        await repos.sources.insert(source);
        const { createdActors } = await storeExtraction(repos, batchDeps, source, extraction);
        await atDocument.releaseSavepoint('document').execute();
        for (const [name, id] of createdActors) batchActors.set(name, id);
        outcomes.push({
          status: 'ingested',
          sourceId: source.id,
          statements: extraction.statements.length,
          tokens: extraction.tokenCount,
        });
      } catch (e) {
        await atDocument.rollbackToSavepoint('document').execute();
        await atDocument.releaseSavepoint('document').execute();
        const duplicateOf = isUniqueViolation(e)
          ? await repositoriesFor(trx).sources.findIdByHash(source.contentHash)
          : null;
        outcomes.push(duplicateOf ? { status: 'duplicate', sourceId: duplicateOf } : (e as Error));
      }
    }
    await trx.commit().execute();
  } catch (e) {
    if (!trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute();
    throw e;
  }
  for (const [name, id] of batchActors) deps.knownActors?.set(name, id);
  return outcomes;
};
