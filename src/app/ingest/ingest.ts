import { invalidInput } from '../../core/errors.js';
import { readItem, expandInputs, type ReaderDeps, type ReadFailure } from './document-reader.js';
import type { IngestInput } from './ingest-input.js';
import { extractionSetup } from '../extraction/extraction-setup.js';
import { linkTopics } from '../topics/link-topics.js';
import {
  prepareDocument,
  storeDocuments,
  type MetadataOverrides,
  type PreparedDocument,
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

/** Documents written per transaction (see `storeDocuments`)… */
const BATCH_DOCUMENTS = 50;
/** …and the longest a document waits for its commit while more are read. */
const BATCH_MILLISECONDS = 1000;

/**
 * What happened to a document or input, kept until the documents read before it are committed
 * so that results are reported, and topics linked, in input order and only once stored.
 */
type Step =
  | { readonly kind: 'write'; readonly origin: string; readonly document: PreparedDocument }
  | { readonly kind: 'duplicate'; readonly origin: string; readonly outcome: StoreOutcome }
  | { readonly kind: 'failed'; readonly failure: ReadFailure }
  | { readonly kind: 'item-done'; readonly done: number };

/**
 * Ingests every document of the inputs, several to a transaction, each under its own savepoint.
 * A failing input is reported with its origin and reason and the run goes on; nothing stored
 * before is touched, and a crash leaves whole documents only.
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
  const stored = async (origin: string, outcome: StoreOutcome): Promise<void> => {
    try {
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
  };
  missing.forEach(fail);
  onEvent({ kind: 'planned', items: items.length });

  let steps: Step[] = [];
  let waiting = 0;
  let firstWaitingAt = 0;
  /** Writes the waiting documents, then reports every step in order. */
  const flush = async (): Promise<void> => {
    const batch = steps;
    steps = [];
    waiting = 0;
    const toWrite = batch.flatMap((s) => (s.kind === 'write' ? [s.document] : []));
    let written: Array<StoreOutcome | Error>;
    try {
      written = toWrite.length > 0 ? await storeDocuments(storeDeps, toWrite) : [];
    } catch (e) {
      written = toWrite.map(() => e as Error);
    }
    let w = 0;
    for (const step of batch) {
      if (step.kind === 'write') {
        const outcome = written[w++] ?? new Error('was not stored');
        if (outcome instanceof Error) fail({ origin: step.origin, message: outcome.message });
        else await stored(step.origin, outcome);
      } else if (step.kind === 'duplicate') await stored(step.origin, step.outcome);
      else if (step.kind === 'failed') fail(step.failure);
      else onEvent({ kind: 'item-done', done: step.done, items: items.length });
    }
  };

  for (const [index, item] of items.entries()) {
    // A URL or standard input may take long to read: what waits is committed first.
    if (item.kind !== 'file' && waiting > 0) await flush();
    for await (const result of readItem(item, deps)) {
      if (!result.ok) {
        steps.push({ kind: 'failed', failure: result.failure });
        continue;
      }
      const { origin, raw } = result.candidate;
      try {
        const prepared = await prepareDocument(storeDeps, raw, origin, overrides);
        if ('status' in prepared) {
          steps.push({ kind: 'duplicate', origin, outcome: prepared });
          continue;
        }
        steps.push({ kind: 'write', origin, document: prepared });
        if (waiting++ === 0) firstWaitingAt = Date.now();
      } catch (e) {
        steps.push({ kind: 'failed', failure: { origin, message: (e as Error).message } });
      }
      if (
        waiting > 0 &&
        (waiting >= BATCH_DOCUMENTS || Date.now() - firstWaitingAt >= BATCH_MILLISECONDS)
      )
        await flush();
    }
    steps.push({ kind: 'item-done', done: index + 1 });
    // With nothing waiting to be written, what happened is reported at once.
    if (waiting === 0) await flush();
  }
  await flush();
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
