import type SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { ActorId, ExtractionRunId, SourceId, StatementId } from '../core/ids.js';
import type { DateMethod, DatePrecision, IsoDate } from '../core/partial-date.js';
import type { Span } from '../core/span.js';
import type { Statement, StatementFilter } from '../core/statement.js';
import { Engine, engineOf } from './engine.js';
import { SpanRole, type Schema, type StatementSpansTable } from './schema.js';
import { fts5Query } from './source.repository.js';
import { chunks } from './chunks.js';
import { compiledInsert, nativeFor } from './compiled-statements.js';

/** A statement as it is written: the speaker given by actor id. */
export type NewStatement = Omit<Statement, 'speaker'> & { readonly speakerActorId: ActorId | null };

/** The columns of a statement row, in the order of the native INSERT's parameters. */
const STATEMENT_COLUMNS = [
  'id',
  'source_id',
  'run_id',
  'extractor',
  'speaker_actor_id',
  'speaker_mention',
  'cue',
  'content',
  'direct',
  'said_on',
  'said_on_precision',
  'said_on_method',
  'position',
] as const;
const SPAN_COLUMNS = ['statement_id', 'role', 'ord', 'start_offset', 'end_offset'] as const;

const statementRow = (s: NewStatement) => ({
  id: s.id,
  source_id: s.sourceId,
  run_id: s.runId,
  extractor: s.extractor,
  speaker_actor_id: s.speakerActorId,
  speaker_mention: s.speakerMention,
  cue: s.cue,
  content: s.content,
  direct: s.direct ? 1 : 0,
  said_on: s.saidOn?.date ?? null,
  said_on_precision: s.saidOn?.precision ?? null,
  said_on_method: s.saidOn?.method ?? null,
  position: s.contentSpans[0]?.start ?? 0,
});

/**
 * The statements' spans as rows: for each statement its content, then source, then cue spans,
 * each in order. Pushed into one array: some eighty rows a document, without arrays in between.
 */
const spanRows = (statements: readonly NewStatement[]) => {
  const rows: StatementSpansTable[] = [];
  for (const s of statements) {
    const add = (role: SpanRole, spans: readonly Span[]): void =>
      spans.forEach((span, ord) =>
        rows.push({
          statement_id: s.id,
          role,
          ord,
          start_offset: span.start,
          end_offset: span.end,
        }),
      );
    add(SpanRole.Content, s.contentSpans);
    add(SpanRole.Source, s.sourceSpans);
    add(SpanRole.Cue, s.cueSpans);
  }
  return rows;
};

// Rows per INSERT: SQLite's full-text index writes out what it gathered at every statement, so
// rows go many to a statement (as Kysely's multi-row inserts do), not one.
const NATIVE_ROWS = 100;

/** Inserts rows into a table through the native connection, NATIVE_ROWS to a statement. */
const insertNative = <C extends string>(
  sqlite: SQLite.Database,
  table: string,
  columns: readonly C[],
  rows: ReadonlyArray<Record<C, unknown>>,
): void => {
  for (const batch of chunks(rows, NATIVE_ROWS)) {
    // A plain loop: `flatMap` over rows and columns cost several times what the loop does.
    const values: unknown[] = [];
    for (const row of batch) for (const c of columns) values.push(row[c]);
    compiledInsert(sqlite, table, columns, batch.length).run(values);
  }
};

/**
 * Statements and their spans; listed in source order, filtered by speaker, source, date, text.
 * Given the SQLite connection under `db`, rows are written by statements compiled once, not by a
 * query built per batch: ingestion writes some forty statements and eighty spans per document.
 * The native path is taken when it lands where a query through `db` would (`nativeFor`).
 */
export const createStatementRepository = (db: Kysely<Schema>, sqlite?: SQLite.Database) => ({
  async insertMany(statements: readonly NewStatement[]): Promise<void> {
    const native = nativeFor(db, sqlite);
    if (native) {
      insertNative(native, 'statements', STATEMENT_COLUMNS, statements.map(statementRow));
      insertNative(native, 'statement_spans', SPAN_COLUMNS, spanRows(statements));
      return;
    }
    for (const batch of chunks(statements, 100)) {
      if (batch.length === 0) continue;
      await db.insertInto('statements').values(batch.map(statementRow)).execute();
    }
    for (const batch of chunks(spanRows(statements), 150)) {
      await db.insertInto('statement_spans').values(batch).execute();
    }
  },

  /** Removes a source's statements and extraction runs, before the source is extracted again. */
  async deleteForSource(sourceId: SourceId): Promise<void> {
    await db.deleteFrom('statements').where('source_id', '=', sourceId).execute();
    await db.deleteFrom('extraction_runs').where('source_id', '=', sourceId).execute();
  },

  async list(
    filter: StatementFilter & { speakerIds?: readonly ActorId[]; ids?: readonly StatementId[] },
  ): Promise<Statement[]> {
    let query = db
      .selectFrom('statements')
      .leftJoin('actors', 'actors.id', 'statements.speaker_actor_id')
      .leftJoin('sources', 'sources.id', 'statements.source_id')
      .selectAll('statements')
      .select('actors.canonical_name as speaker_name')
      .orderBy('sources.published_on', (ob) => ob.desc().nullsLast())
      .orderBy('statements.source_id')
      .orderBy('statements.position');
    if (filter.speakerIds !== undefined) {
      if (filter.speakerIds.length === 0) return [];
      query = query.where('statements.speaker_actor_id', 'in', [...filter.speakerIds]);
    }
    if (filter.ids !== undefined) {
      if (filter.ids.length === 0) return [];
      query = query.where('statements.id', 'in', [...filter.ids]);
    }
    if (filter.sourceId !== undefined)
      query = query.where('statements.source_id', '=', filter.sourceId);
    if (filter.from !== undefined) query = query.where('statements.said_on', '>=', filter.from);
    // A bound such as 2026-02 covers every day of that month.
    if (filter.to !== undefined)
      query = query.where('statements.said_on', '<=', `${filter.to}\uffff`);
    if (filter.query?.trim()) {
      query =
        engineOf(db) === Engine.Postgres
          ? query.where(
              sql<boolean>`statements.content_tsv @@ plainto_tsquery('english', ${filter.query})`,
            )
          : query.where(
              sql<boolean>`statements.rowid in (select rowid from statements_fts where statements_fts match ${fts5Query(filter.query)})`,
            );
    }
    if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
    const rows = await query.execute();

    // The act each statement performs, from the events coded out of it (first by position).
    const eventTypes = new Map<string, string>();
    for (const batch of chunks(rows.map((r) => r.id))) {
      const events = await db
        .selectFrom('events')
        .select(['statement_id', 'plover_type'])
        .where('statement_id', 'in', batch)
        .where('plover_type', 'is not', null)
        .orderBy('id')
        .execute();
      for (const e of events)
        if (e.statement_id && e.plover_type && !eventTypes.has(e.statement_id))
          eventTypes.set(e.statement_id, e.plover_type);
    }
    const spansById = new Map<string, { content: Span[]; source: Span[]; cue: Span[] }>();
    for (const batch of chunks(rows.map((r) => r.id))) {
      const spans = await db
        .selectFrom('statement_spans')
        .selectAll()
        .where('statement_id', 'in', batch)
        .orderBy('statement_id')
        .orderBy('role')
        .orderBy('ord')
        .execute();
      for (const sp of spans) {
        const entry = spansById.get(sp.statement_id) ?? { content: [], source: [], cue: [] };
        const span = { start: sp.start_offset, end: sp.end_offset };
        if (sp.role === SpanRole.Content) entry.content.push(span);
        else if (sp.role === SpanRole.Source) entry.source.push(span);
        else entry.cue.push(span);
        spansById.set(sp.statement_id, entry);
      }
    }
    return rows.map((r): Statement => {
      const spans = spansById.get(r.id) ?? { content: [], source: [], cue: [] };
      return {
        id: r.id as StatementId,
        sourceId: r.source_id as SourceId,
        runId: r.run_id as ExtractionRunId,
        extractor: r.extractor,
        speaker:
          r.speaker_actor_id && r.speaker_name
            ? { actorId: r.speaker_actor_id as ActorId, name: r.speaker_name }
            : null,
        speakerMention: r.speaker_mention,
        sourceSpans: spans.source,
        cue: r.cue,
        cueSpans: spans.cue,
        content: r.content,
        contentSpans: spans.content,
        direct: r.direct === 1,
        eventType: eventTypes.get(r.id) ?? null,
        saidOn:
          r.said_on !== null
            ? {
                date: r.said_on as IsoDate,
                precision: r.said_on_precision as DatePrecision,
                method: r.said_on_method as DateMethod,
              }
            : null,
      };
    });
  },

  async count(): Promise<number> {
    const row = await db
      .selectFrom('statements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
});

export type StatementRepository = ReturnType<typeof createStatementRepository>;
