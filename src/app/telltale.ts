import { randomBytes } from 'node:crypto';
import type { Actor } from '../core/actor.js';
import { notFound } from '../core/errors.js';
import type { Clock, IdGenerator, SourceId } from '../core/ids.js';
import type { Source, SourceSummary } from '../core/source.js';
import type { ReviewedStatement } from '../core/review.js';
import type { StatementFilter } from '../core/statement.js';
import {
  openDatabase,
  describeLocation,
  type Database,
  type DbLocation,
} from '../store/database.js';
import type { Engine } from '../store/engine.js';
import { repositoriesFor, type Repositories } from '../store/repositories.js';
import type { SourceQuery } from '../store/source.repository.js';
import { ingest, type IngestEvent, type IngestSummary } from './ingest/ingest.js';
import type { IngestInput } from './ingest/ingest-input.js';
import type { MetadataOverrides } from './ingest/store-document.js';
import type { FetchLike } from './ingest/url-fetcher.js';
import { createAchService, type AchService } from './ach/ach-service.js';
import { createForecastService, type ForecastService } from './forecast/forecast-service.js';
import { createEventService, type EventService } from './events/event-service.js';
import { topicsOver, type TopicsApi } from './topics/topics.js';
import { actorRegistryOver, type ActorRegistry } from './registry/actor-registry.js';
import { exportStix } from './exports/export-stix.js';
import type { StixBundle } from './exports/stix-bundle.js';
import { reextract, type ReextractEvent, type ReextractSummary } from './extraction/reextract.js';
import { reviewStatement, type StatementReviewInput } from './review/review-statement.js';
import { withReviews } from './review/reviewed-statements.js';
import { createSignalsService, type SignalsService } from './signals/signals-service.js';
import {
  createCommitmentService,
  type CommitmentService,
} from './commitments/commitment-service.js';

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
  ingest(
    inputs: readonly IngestInput[],
    overrides?: MetadataOverrides,
    onEvent?: (e: IngestEvent) => void,
  ): Promise<IngestSummary>;
  listSources(query?: SourceQuery): Promise<SourceSummary[]>;
  getSource(id: string): Promise<Source & { readonly statements: readonly ReviewedStatement[] }>;
  /** Statements as analysts reviewed them (a correction wins over the extractor). */
  listStatements(filter?: StatementFilter): Promise<ReviewedStatement[]>;
  getStatement(id: string): Promise<ReviewedStatement>;
  /** Confirms or corrects a statement; kept apart from the extractor's output and audited. */
  reviewStatement(
    id: string,
    review: StatementReviewInput,
    analyst: string,
  ): Promise<ReviewedStatement>;
  /** Runs the current extractor again over stored sources (all, or one). */
  reextract(
    options?: { readonly sourceId?: string },
    onEvent?: (e: ReextractEvent) => void,
  ): Promise<ReextractSummary>;
  listActors(): Promise<Array<Actor & { readonly statementCount: number }>>;
  /** The actor registry (roles, curation); the gazetteer in `gazetteerDir`, or the shipped one, is synced in on first use. */
  actorRegistry(options?: { readonly gazetteerDir?: string }): ActorRegistry;
  /** Analysis of Competing Hypotheses: hypothesis sets, ratings and their history, scores. */
  readonly ach: AchService;
  /** Forecasting questions, analysts' forecasts, resolution, scores and calibration. */
  readonly forecasts: ForecastService;
  /** Events: GDELT and ICEWS import, listing with filters, CSV and JSON Lines export. */
  readonly events: EventService;
  /** Topics analysts follow, and statements' stances on them (linking, model refinement). */
  readonly topics: TopicsApi;
  /** Actors' lines over time (shifts, ambiguity), speaks-for relations and groups of actors. */
  readonly signals: SignalsService;
  /** The commitments ledger (threats, red lines, ultimatums, promises) and credibility. */
  readonly commitments: CommitmentService;
  /** Everything held, as a STIX 2.1 bundle (actors, statements, sources, events, commitments). */
  exportStix(): Promise<StixBundle>;
  close(): Promise<void>;
}

export interface TelltaleDeps {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly fetch: FetchLike;
  readonly readStdin: () => Promise<Uint8Array>;
  /** The gazetteer folder (actors.yaml, countries.yaml); the one shipped with Telltale by default. */
  readonly gazetteerDir?: string;
}

export const systemClock: Clock = { now: () => new Date() };
/**
 * Ids that sort in the order they were made: 12 hex digits of the millisecond clock, then 12 of a
 * counter that starts at a random value in each process. Rows written together then sit together
 * in every index keyed by id, so an ingest transaction touches a few index pages, not one per row.
 * @example timeOrderedIds().next('st') // 'st_019a7c3e1f2b5d04e8a91c3f'
 */
export const timeOrderedIds = (): IdGenerator => {
  const span = 2 ** 48;
  let counter = randomBytes(6).readUIntBE(0, 6);
  return {
    next: (prefix) => {
      counter = (counter + 1) % span;
      const time = Date.now().toString(16).padStart(12, '0');
      return `${prefix}_${time}${counter.toString(16).padStart(12, '0')}`;
    },
  };
};

const readProcessStdin = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

export const defaultDeps: TelltaleDeps = {
  clock: systemClock,
  ids: timeOrderedIds(),
  fetch: (url, init) => fetch(url, init),
  readStdin: readProcessStdin,
};

/** Opens (creating and migrating as needed) the database and returns the Telltale API over it. */
export const openTelltale = async (
  location: DbLocation,
  deps: Partial<TelltaleDeps> = {},
): Promise<Telltale> => {
  const database = await openDatabase(location);
  return telltaleOver(database, { ...defaultDeps, ...deps });
};

export const telltaleOver = (database: Database, deps: TelltaleDeps): Telltale => {
  const repos: Repositories = repositoriesFor(database.db);
  const telltale: Telltale = {
    engine: database.engine,
    location: describeLocation(database.location),

    async health() {
      return {
        status: 'ok',
        engine: database.engine,
        sources: await repos.sources.count(),
        statements: await repos.statements.count(),
      };
    },

    ingest: (inputs, overrides, onEvent) =>
      ingest({ ...deps, database }, inputs, overrides, onEvent),

    listSources: (query) => repos.sources.list(query),

    async getSource(id) {
      const source = await repos.sources.get(id as SourceId);
      if (!source)
        throw notFound(
          `no source with id ${id}; list them with \`telltale sources\` or GET /api/sources`,
        );
      const statements = await withReviews(
        repos,
        await repos.statements.list({ sourceId: source.id }),
      );
      return {
        ...source,
        statements: [...statements].sort(
          (a, b) => (a.contentSpans[0]?.start ?? 0) - (b.contentSpans[0]?.start ?? 0),
        ),
      };
    },

    async listStatements(filter = {}) {
      const speakerIds = filter.speaker?.trim()
        ? await repos.actors.idsMatching(filter.speaker)
        : undefined;
      if (!speakerIds) return withReviews(repos, await repos.statements.list(filter));
      // A reviewed speaker wins: take the extractor's statements of these speakers and those an
      // analyst gave to them, then keep the ones whose speaker, after review, is one of them.
      const { limit, offset, ...unpaged } = filter;
      const extracted = await repos.statements.list({ ...unpaged, speakerIds });
      const reviewedSources = await repos.reviews.sourceIdsReviewedToSpeakers(speakerIds);
      const given = (
        await Promise.all(
          reviewedSources.map((sourceId) => repos.statements.list({ ...unpaged, sourceId })),
        )
      ).flat();
      const byId = new Map([...extracted, ...given].map((s) => [s.id, s]));
      const order = new Map([...extracted, ...given].map((s, i) => [s.id, i]));
      const reviewed = (await withReviews(repos, [...byId.values()]))
        .filter((s) => s.speaker !== null && speakerIds.includes(s.speaker.actorId))
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return reviewed.slice(offset ?? 0, limit === undefined ? undefined : (offset ?? 0) + limit);
    },

    async getStatement(id) {
      const [statement] = await withReviews(
        repos,
        await repos.statements.list({ ids: [id as never] }),
      );
      if (!statement)
        throw notFound(`no statement with id ${id}; list them with \`telltale statements\``);
      return statement;
    },

    reviewStatement: (id, review, analyst) =>
      reviewStatement({ ...deps, database }, id, review, analyst),

    reextract: (options = {}, onEvent) =>
      reextract(
        { ...deps, database },
        options.sourceId ? { sourceId: options.sourceId as SourceId } : {},
        onEvent,
      ),

    listActors: () => repos.actors.list(),

    actorRegistry: (options = {}) =>
      actorRegistryOver(database, {
        clock: deps.clock,
        ids: deps.ids,
        ...(deps.gazetteerDir ? { gazetteerDir: deps.gazetteerDir } : {}),
        ...options,
      }),

    ach: createAchService({ database, clock: deps.clock, ids: deps.ids }),
    forecasts: createForecastService({ database, clock: deps.clock, ids: deps.ids }),
    events: createEventService({
      database,
      clock: deps.clock,
      ...(deps.gazetteerDir ? { gazetteerDir: deps.gazetteerDir } : {}),
    }),
    topics: topicsOver(database, { clock: deps.clock }),
    signals: createSignalsService({
      database,
      clock: deps.clock,
      ids: deps.ids,
      topics: topicsOver(database, { clock: deps.clock }),
      ...(deps.gazetteerDir ? { gazetteerDir: deps.gazetteerDir } : {}),
    }),
    commitments: createCommitmentService({
      database,
      clock: deps.clock,
      ids: deps.ids,
      ...(deps.gazetteerDir ? { gazetteerDir: deps.gazetteerDir } : {}),
    }),

    exportStix: () => exportStix(telltale, deps.clock.now()),

    close: () => database.close(),
  };
  return telltale;
};
