import { randomUUID } from 'node:crypto';
import type { Actor } from '../core/actor.js';
import { notFound } from '../core/errors.js';
import type { Clock, IdGenerator, SourceId } from '../core/ids.js';
import type { Source, SourceSummary } from '../core/source.js';
import type { Statement, StatementFilter } from '../core/statement.js';
import { openDatabase, describeLocation, type Database, type DbLocation } from '../store/database.js';
import type { Engine } from '../store/engine.js';
import { repositoriesFor, type Repositories } from '../store/repositories.js';
import type { SourceQuery } from '../store/source.repository.js';
import { ingest, type IngestEvent, type IngestSummary } from './ingest/ingest.js';
import type { IngestInput } from './ingest/ingest-input.js';
import type { MetadataOverrides } from './ingest/store-document.js';
import type { FetchLike } from './ingest/url-fetcher.js';

export interface Health {
  readonly status: 'ok';
  readonly engine: Engine;
  readonly sources: number;
  readonly statements: number;
}

/**
 * Everything Telltale can do, as one typed API. The CLI, the HTTP server and (through the server)
 * the web UI all go through it.
 */
export interface Telltale {
  readonly engine: Engine;
  /** Where the database is, safe to print. */
  readonly location: string;
  health(): Promise<Health>;
  ingest(inputs: readonly IngestInput[], overrides?: MetadataOverrides, onEvent?: (e: IngestEvent) => void): Promise<IngestSummary>;
  listSources(query?: SourceQuery): Promise<SourceSummary[]>;
  getSource(id: string): Promise<Source & { readonly statements: readonly Statement[] }>;
  listStatements(filter?: StatementFilter): Promise<Statement[]>;
  listActors(): Promise<Array<Actor & { readonly statementCount: number }>>;
  close(): Promise<void>;
}

export interface TelltaleDeps {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly fetch: FetchLike;
  readonly readStdin: () => Promise<Uint8Array>;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { next: (prefix) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 20)}` };

const readProcessStdin = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

export const defaultDeps: TelltaleDeps = {
  clock: systemClock,
  ids: randomIds,
  fetch: (url, init) => fetch(url, init),
  readStdin: readProcessStdin,
};

/** Opens (creating and migrating as needed) the database and returns the Telltale API over it. */
export const openTelltale = async (location: DbLocation, deps: Partial<TelltaleDeps> = {}): Promise<Telltale> => {
  const database = await openDatabase(location);
  return telltaleOver(database, { ...defaultDeps, ...deps });
};

export const telltaleOver = (database: Database, deps: TelltaleDeps): Telltale => {
  const repos: Repositories = repositoriesFor(database.db);
  return {
    engine: database.engine,
    location: describeLocation(database.location),

    async health() {
      return { status: 'ok', engine: database.engine, sources: await repos.sources.count(), statements: await repos.statements.count() };
    },

    ingest: (inputs, overrides, onEvent) => ingest({ ...deps, database }, inputs, overrides, onEvent),

    listSources: (query) => repos.sources.list(query),

    async getSource(id) {
      const source = await repos.sources.get(id as SourceId);
      if (!source) throw notFound(`no source with id ${id}; list them with \`telltale sources\` or GET /api/sources`);
      const statements = await repos.statements.list({ sourceId: source.id });
      return { ...source, statements: [...statements].sort((a, b) => (a.contentSpans[0]?.start ?? 0) - (b.contentSpans[0]?.start ?? 0)) };
    },

    async listStatements(filter = {}) {
      const speakerIds = filter.speaker?.trim() ? await repos.actors.idsMatching(filter.speaker) : undefined;
      return repos.statements.list({ ...filter, ...(speakerIds ? { speakerIds } : {}) });
    },

    listActors: () => repos.actors.list(),

    close: () => database.close(),
  };
};
