import type SQLite from 'better-sqlite3';
import {
  sql,
  type Kysely,
  type Insertable,
  type Selectable,
  type SelectQueryBuilder,
} from 'kysely';
import type { ActorSector } from '../core/cameo/actor-sector.js';
import type { PloverType } from '../core/cameo/plover-type.js';
import {
  dayAfter,
  firstDayOf,
  type Event,
  type EventActor,
  type EventFilter,
  type EventId,
  type EventOrigin,
  type QuadClass,
} from '../core/event.js';
import type { ActorId, SourceId, StatementId } from '../core/ids.js';
import type { IsoDate } from '../core/partial-date.js';
import type { Database } from './database.js';
import { Engine, engineOf } from './engine.js';
import type { EventsTable, Schema } from './schema.js';
import { compiledInsert } from './compiled-statements.js';

type EventRow = Insertable<EventsTable>;

/** The columns in the order of the bulk INSERT's parameters. */
const COLUMNS = [
  'id',
  'origin',
  'external_id',
  'occurred_on',
  'plover_type',
  'cameo_code',
  'source_name',
  'source_country',
  'source_sector',
  'source_actor_id',
  'target_name',
  'target_country',
  'target_sector',
  'target_actor_id',
  'quad_class',
  'goldstein',
  'statement_id',
  'source_id',
  'url',
  'coder',
] as const satisfies ReadonlyArray<keyof EventsTable>;

const rowOf = (e: Event): EventRow => ({
  id: e.id,
  origin: e.origin,
  external_id: e.externalId,
  occurred_on: e.date,
  plover_type: e.ploverType,
  cameo_code: e.cameoCode,
  source_name: e.sourceActor?.name ?? null,
  source_country: e.sourceActor?.country ?? null,
  source_sector: e.sourceActor?.sector ?? null,
  source_actor_id: e.sourceActor?.actorId ?? null,
  target_name: e.targetActor?.name ?? null,
  target_country: e.targetActor?.country ?? null,
  target_sector: e.targetActor?.sector ?? null,
  target_actor_id: e.targetActor?.actorId ?? null,
  quad_class: e.quadClass,
  goldstein: e.goldstein,
  statement_id: e.statementId,
  source_id: e.sourceId,
  url: e.url,
  coder: e.coder,
});

/** Writes one event's bulk INSERT parameters, in `COLUMNS` order, into `params` from `at`. */
const putParams = (e: Event, params: unknown[], at: number): void => {
  const s = e.sourceActor;
  const t = e.targetActor;
  params[at] = e.id;
  params[at + 1] = e.origin;
  params[at + 2] = e.externalId;
  params[at + 3] = e.date;
  params[at + 4] = e.ploverType;
  params[at + 5] = e.cameoCode;
  params[at + 6] = s?.name ?? null;
  params[at + 7] = s?.country ?? null;
  params[at + 8] = s?.sector ?? null;
  params[at + 9] = s?.actorId ?? null;
  params[at + 10] = t?.name ?? null;
  params[at + 11] = t?.country ?? null;
  params[at + 12] = t?.sector ?? null;
  params[at + 13] = t?.actorId ?? null;
  params[at + 14] = e.quadClass;
  params[at + 15] = e.goldstein;
  params[at + 16] = e.statementId;
  params[at + 17] = e.sourceId;
  params[at + 18] = e.url;
  params[at + 19] = e.coder;
};

const actorOf = (
  name: string | null,
  country: string | null,
  sector: string | null,
  actorId: string | null,
): EventActor | null =>
  name === null && country === null && sector === null && actorId === null
    ? null
    : {
        name,
        country,
        sector: sector as ActorSector | null,
        actorId: actorId as ActorId | null,
      };

const eventOf = (r: Selectable<EventsTable>): Event => ({
  id: r.id as EventId,
  origin: r.origin as EventOrigin,
  externalId: r.external_id,
  date: r.occurred_on as IsoDate,
  ploverType: r.plover_type as PloverType | null,
  cameoCode: r.cameo_code,
  sourceActor: actorOf(r.source_name, r.source_country, r.source_sector, r.source_actor_id),
  targetActor: actorOf(r.target_name, r.target_country, r.target_sector, r.target_actor_id),
  quadClass: r.quad_class as QuadClass | null,
  goldstein: r.goldstein,
  statementId: r.statement_id as StatementId | null,
  sourceId: r.source_id as SourceId | null,
  url: r.url,
  coder: r.coder,
});

// Rows per multi-row INSERT through Kysely on SQLite: 20 parameters each, under its 32,766.
const KYSELY_BATCH = 500;
/** The PostgreSQL array type of each column that is not text, for the `unnest` insert. */
const PG_ARRAY_TYPE: Partial<Record<(typeof COLUMNS)[number], string>> = {
  quad_class: 'integer[]',
  goldstein: 'double precision[]',
};
// Rows per statement on the native SQLite path: one call into SQLite inserts this many.
const NATIVE_ROWS_PER_STATEMENT = 50;

type EventQuery = SelectQueryBuilder<Schema, 'events', Selectable<EventsTable>>;

const filtered = (query: EventQuery, filter: EventFilter): EventQuery => {
  let q = query;
  if (filter.type !== undefined) q = q.where('plover_type', '=', filter.type);
  if (filter.country !== undefined) {
    const country = filter.country;
    q = q.where((eb) =>
      eb.or([eb('source_country', '=', country), eb('target_country', '=', country)]),
    );
  }
  // Bounds as whole days, so that the comparison is the same under any collation.
  if (filter.from !== undefined) q = q.where('occurred_on', '>=', firstDayOf(filter.from));
  if (filter.to !== undefined) q = q.where('occurred_on', '<', dayAfter(filter.to));
  if (filter.sourceId !== undefined) q = q.where('source_id', '=', filter.sourceId);
  return q;
};

/** Where a page of an export stopped: the last (date, id) read. */
interface PageMark {
  readonly date: string;
  readonly id: string;
}

/**
 * Events: stored once each (by id; imported events' ids derive from the dataset's id), never
 * changed by a later import. Pass the native SQLite connection (`eventRepositoryFor`) for the bulk
 * path; without it every write goes through Kysely, which is right inside a Kysely transaction.
 */
export const createEventRepository = (db: Kysely<Schema>, sqlite?: SQLite.Database) => {
  const engine = engineOf(db);
  const nativeInsert = (rows: number): SQLite.Statement => {
    if (!sqlite) throw new Error('the native insert needs an SQLite connection');
    return compiledInsert(sqlite, 'events', COLUMNS, rows, 'on conflict (id) do nothing');
  };

  /** All the rows in one transaction, many per statement; returns how many were new. */
  const insertNative = (connection: SQLite.Database, events: readonly Event[]): number =>
    connection.transaction(() => {
      let inserted = 0;
      let i = 0;
      const many = nativeInsert(NATIVE_ROWS_PER_STATEMENT);
      const params = new Array<unknown>(NATIVE_ROWS_PER_STATEMENT * COLUMNS.length);
      for (; i + NATIVE_ROWS_PER_STATEMENT <= events.length; i += NATIVE_ROWS_PER_STATEMENT) {
        for (let k = 0; k < NATIVE_ROWS_PER_STATEMENT; k++)
          putParams(events[i + k] as Event, params, k * COLUMNS.length);
        inserted += many.run(params).changes;
      }
      const one = nativeInsert(1);
      const single = new Array<unknown>(COLUMNS.length);
      for (; i < events.length; i++) {
        putParams(events[i] as Event, single, 0);
        inserted += one.run(single).changes;
      }
      return inserted;
    })();

  /**
   * PostgreSQL: one statement per batch, each column sent as one array and spread back into rows
   * by `unnest`: 20 parameters however many rows, so nothing to compile or bind per row.
   */
  const insertUnnest = async (events: readonly Event[]): Promise<number> => {
    const arrays: unknown[][] = COLUMNS.map(() => new Array<unknown>(events.length));
    const params = new Array<unknown>(COLUMNS.length);
    events.forEach((e, row) => {
      putParams(e, params, 0);
      for (let c = 0; c < COLUMNS.length; c++) (arrays[c] as unknown[])[row] = params[c];
    });
    const typed = COLUMNS.map(
      (column, c) => sql`${arrays[c]}::${sql.raw(PG_ARRAY_TYPE[column] ?? 'text[]')}`,
    );
    const result = await sql`insert into events (${sql.join(COLUMNS.map((c) => sql.ref(c)))})
      select * from unnest(${sql.join(typed)}) on conflict (id) do nothing`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  };

  const insertWithKysely = async (events: readonly Event[]): Promise<number> => {
    if (engine === Engine.Postgres) return insertUnnest(events);
    let inserted = 0;
    const size = KYSELY_BATCH;
    for (let i = 0; i < events.length; i += size) {
      const result = await db
        .insertInto('events')
        .values(events.slice(i, i + size).map(rowOf))
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return inserted;
  };

  return {
    /**
     * Stores the events whose id is not stored yet, in one transaction; returns how many were
     * new. An event already stored is left as it is.
     */
    async insertMany(events: readonly Event[]): Promise<number> {
      if (events.length === 0) return 0;
      // A Kysely transaction may be open on the connection (awaiting between its queries); the
      // native path would write into it, so it waits its turn through Kysely instead.
      if (sqlite && !sqlite.inTransaction) return insertNative(sqlite, events);
      if (db.isTransaction) return insertWithKysely(events);
      return db.transaction().execute((trx) => createEventRepository(trx).insertMany(events));
    },

    /** Events matching the filter, newest first. */
    async list(filter: EventFilter = {}): Promise<Event[]> {
      let query = filtered(db.selectFrom('events').selectAll(), filter)
        .orderBy('occurred_on', 'desc')
        .orderBy('id', 'desc');
      if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
      return (await query.execute()).map(eventOf);
    },

    async get(id: EventId): Promise<Event | null> {
      const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? eventOf(row) : null;
    },

    async count(filter: EventFilter = {}): Promise<number> {
      const row = await filtered(db.selectFrom('events').selectAll(), filter)
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * Every event matching the filter (limit and offset ignored), oldest first, read a page at a
     * time by (date, id), so that memory stays flat however many there are.
     */
    async *scan(filter: EventFilter = {}, pageSize = 5000): AsyncGenerator<Event> {
      let mark: PageMark | null = null;
      for (;;) {
        let query = filtered(db.selectFrom('events').selectAll(), filter);
        if (mark) {
          const { date, id } = mark;
          query = query.where((eb) =>
            eb.or([
              eb('occurred_on', '>', date),
              eb.and([eb('occurred_on', '=', date), eb('id', '>', id)]),
            ]),
          );
        }
        const rows = await query.orderBy('occurred_on').orderBy('id').limit(pageSize).execute();
        for (const row of rows) yield eventOf(row);
        const last = rows[rows.length - 1];
        if (!last || rows.length < pageSize) return;
        mark = { date: last.occurred_on, id: last.id };
      }
    },
  };
};

export type EventRepository = ReturnType<typeof createEventRepository>;

/** The event repository over a database, with SQLite's native bulk path when there is one. */
export const eventRepositoryFor = (database: Database): EventRepository =>
  createEventRepository(database.db, database.sqlite);
