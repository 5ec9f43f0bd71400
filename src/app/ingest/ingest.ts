import { invalidInput } from '../../core/errors.js';
import { readItem, expandInputs, type ReaderDeps, type ReadFailure } from './document-reader.js';
import type { IngestInput } from './ingest-input.js';
import { extractionSetup } from '../extraction/extraction-setup.js';
import { linkTopics } from '../topics/link-topics.js';
import {
  storeDocument,
  type MetadataOverrides,
  type StoreDeps,
  type StoreOutcome,
} from './store-document.js';

/** What happened to one document or input, as it happens. */
export type IngestEvent =
  | { readonly kind: 'planned'; readonly items: number }
  | { readonly kind: 'stored'; readonly origin: string; readonly outcome: StoreOutcome }
  | { readonly kind: 'failed'; readonly origin: string; readonly message: string }
  | { readonly kind: 'item-done'; readonly done: number; readonly items: number };

export interface IngestSummary {
  readonly ingested: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly statements: number;
  readonly tokens: number;
  readonly documents: ReadonlyArray<{ readonly origin: string } & StoreOutcome>;
  readonly failures: readonly ReadFailure[];
}

/**
 * Ingests every document of the inputs, one transaction each. A failing input is reported with
 * its origin and reason and the run goes on; nothing stored before is touched.
 */
export const ingest = async (
  deps: Omit<StoreDeps, 'extraction'> & ReaderDeps & { readonly gazetteerDir?: string },
  inputs: readonly IngestInput[],
  overrides: MetadataOverrides = {},
  onEvent: (event: IngestEvent) => void = () => undefined,
): Promise<IngestSummary> => {
  if (inputs.length === 0)
    throw invalidInput('nothing to ingest: give files, folders, URLs or - for standard input');
  if ((overrides.published !== undefined || overrides.title !== undefined) && inputs.length > 1) {
    throw invalidInput('--published and --title apply to a single input; give one file, URL or -');
  }
  const { items, failures: missing } = await expandInputs(inputs);
  const storeDeps: StoreDeps = {
    ...deps,
    extraction: await extractionSetup(deps.database, deps.gazetteerDir),
    knownActors: new Map(),
  };
  const documents: Array<{ origin: string } & StoreOutcome> = [];
  const failures: ReadFailure[] = [];
  const fail = (failure: ReadFailure): void => {
    failures.push(failure);
    onEvent({ kind: 'failed', ...failure });
  };
  missing.forEach(fail);
  onEvent({ kind: 'planned', items: items.length });

  for (const [index, item] of items.entries()) {
    for await (const result of readItem(item, deps)) {
      if (!result.ok) {
        fail(result.failure);
        continue;
      }
      const { origin, raw } = result.candidate;
      try {
        const outcome = await storeDocument(storeDeps, raw, origin, overrides);
        // Stances on the analyst's topics, once the statements are committed.
        if (outcome.status === 'ingested') {
          await linkTopics(deps, {
            sourceId: outcome.sourceId,
            directory: storeDeps.extraction.directory ?? undefined,
          });
        }
        documents.push({ origin, ...outcome });
        onEvent({ kind: 'stored', origin, outcome });
      } catch (e) {
        fail({ origin, message: (e as Error).message });
      }
    }
    onEvent({ kind: 'item-done', done: index + 1, items: items.length });
  }
  let statements = 0;
  let tokens = 0;
  for (const d of documents) {
    if (d.status === 'ingested') {
      statements += d.statements;
      tokens += d.tokens;
    }
  }
  return {
    ingested: documents.filter((d) => d.status === 'ingested').length,
    duplicates: documents.filter((d) => d.status === 'duplicate').length,
    failed: failures.length,
    statements,
    tokens,
    documents,
    failures,
  };
};
