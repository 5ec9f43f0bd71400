import { createHash } from 'node:crypto';
import { invalidInput } from '../../core/errors.js';
import type { ActorId, Clock, IdGenerator, SourceId } from '../../core/ids.js';
import type { IsoDate } from '../../core/partial-date.js';
import type { Source } from '../../core/source.js';
import { publishedDateFrom } from '../../extract/formats/published-date.js';
import type { RawDocument } from '../../extract/formats/raw-document.js';
import { extract, type ExtractionOptions } from '../../extract/pipeline.js';
import type { Database } from '../../store/database.js';
import { inTransaction, isUniqueViolation, repositoriesFor } from '../../store/repositories.js';
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

/**
 * Extracts and stores one document in one transaction: the source, its extraction run, the
 * actors it names and its statements. The same content stored before is reported as a duplicate
 * and nothing is written.
 */
export const storeDocument = async (
  deps: StoreDeps,
  raw: RawDocument,
  origin: string,
  overrides: MetadataOverrides = {},
): Promise<StoreOutcome> => {
  if (raw.text.trim() === '')
    throw invalidInput('has no text to ingest once markup and metadata are removed');
  const contentHash = contentHashOf(raw.text);
  const sources = repositoriesFor(deps.database.db).sources;
  const existing = await sources.findIdByHash(contentHash);
  if (existing) return { status: 'duplicate', sourceId: existing };

  const publishedOn = overrides.published ?? publishedDateFrom(raw.published);
  const extraction = extract({ text: raw.text, publishedOn }, deps.extraction);
  const now = deps.clock.now().toISOString();
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
    ingestedAt: now,
  };
  try {
    const { createdActors } = await inTransaction(deps.database, async (repos) => {
      await repos.sources.insert(source);
      return storeExtraction(repos, deps, source, extraction);
    });
    for (const [name, id] of createdActors) deps.knownActors?.set(name, id);
  } catch (e) {
    // Another process stored the same content between our check and our insert.
    if (isUniqueViolation(e)) {
      const id = await sources.findIdByHash(contentHash);
      if (id) return { status: 'duplicate', sourceId: id };
    }
    throw e;
  }
  return {
    status: 'ingested',
    sourceId: source.id,
    statements: extraction.statements.length,
    tokens: extraction.tokenCount,
  };
};
