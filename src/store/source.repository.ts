import type SQLite from 'better-sqlite3';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { SourceId } from '../core/ids.js';
import type { IsoDate } from '../core/partial-date.js';
import type { Source, SourceFormat, SourceSummary } from '../core/source.js';
import { compiledStatement, insertRow, nativeFor } from './compiled-statements.js';
import { Engine, engineOf } from './engine.js';
import type { Schema, SourcesTable } from './schema.js';

const sourceFromRow = (row: Selectable<SourcesTable>): Source => ({
  id: row.id as SourceId,
  contentHash: row.content_hash,
  title: row.title,
  outlet: row.outlet,
  author: row.author,
  url: row.url,
  publishedOn: row.published_on as IsoDate | null,
  language: row.language,
  format: row.format as SourceFormat,
  origin: row.origin,
  text: row.text,
  ingestedAt: row.ingested_at,
});

export interface SourceQuery {
  readonly query?: string;
  readonly limit?: number;
  readonly offset?: number;
}

const sourceRow = (source: Source): SourcesTable => ({
  id: source.id,
  content_hash: source.contentHash,
  title: source.title,
  outlet: source.outlet,
  author: source.author,
  url: source.url,
  published_on: source.publishedOn,
  language: source.language,
  format: source.format,
  origin: source.origin,
  text: source.text,
  ingested_at: source.ingestedAt,
});

/** The columns of a source but its text: what a list of sources shows. */
const SUMMARY_COLUMNS = [
  'id',
  'content_hash',
  'title',
  'outlet',
  'author',
  'url',
  'published_on',
  'language',
  'format',
  'origin',
  'ingested_at',
] as const satisfies ReadonlyArray<keyof SourcesTable>;

/** The columns of a source row, in the order of the native INSERT's parameters. */
const SOURCE_COLUMNS = [...SUMMARY_COLUMNS, 'text'] as const;

/**
 * Sources: stored once each (by content hash), never changed after. Given the SQLite connection
 * under `db`, the look-up by hash and the insert that ingestion makes for every document run as
 * statements compiled once, when that lands where a query through `db` would (`nativeFor`).
 */
export const createSourceRepository = (db: Kysely<Schema>, sqlite?: SQLite.Database) => ({
  async findIdByHash(contentHash: string): Promise<SourceId | null> {
    // Not from inside another flow's transaction, whose uncommitted rows it would see.
    const native = nativeFor(db, sqlite);
    if (native) {
      const row = compiledStatement(native, 'select id from sources where content_hash = ?').get(
        contentHash,
      ) as { id: string } | undefined;
      return (row?.id as SourceId | undefined) ?? null;
    }
    const row = await db
      .selectFrom('sources')
      .select('id')
      .where('content_hash', '=', contentHash)
      .executeTakeFirst();
    return (row?.id as SourceId | undefined) ?? null;
  },

  async insert(source: Source): Promise<void> {
    const row = sourceRow(source);
    const native = nativeFor(db, sqlite);
    if (native) insertRow(native, 'sources', SOURCE_COLUMNS, row);
    else await db.insertInto('sources').values(row).execute();
  },

  async get(id: SourceId): Promise<Source | null> {
    const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? sourceFromRow(row) : null;
  },

  /** Sources, newest publication first, with how many statements each holds. */
  async list(q: SourceQuery = {}): Promise<SourceSummary[]> {
    let query = db
      .selectFrom('sources')
      .select(SUMMARY_COLUMNS)
      .select((eb) =>
        eb
          .selectFrom('statements')
          .whereRef('statements.source_id', '=', 'sources.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('statement_count'),
      )
      .orderBy('published_on', (ob) => ob.desc().nullsLast())
      .orderBy('ingested_at', 'desc')
      .orderBy('id');
    if (q.query?.trim()) {
      query =
        engineOf(db) === Engine.Postgres
          ? query.where(sql<boolean>`text_tsv @@ plainto_tsquery('english', ${q.query})`)
          : query.where(
              sql<boolean>`sources.rowid in (select rowid from sources_fts where sources_fts match ${fts5Query(q.query)})`,
            );
    }
    if (q.limit !== undefined) query = query.limit(q.limit).offset(q.offset ?? 0);
    const rows = await query.execute();
    return rows.map((row) => {
      const { text: _text, ...rest } = sourceFromRow({ ...row, text: '' });
      return { ...rest, statementCount: Number(row.statement_count ?? 0) };
    });
  },

  /** Every source id, in ingestion order (for re-extraction). */
  async listIds(): Promise<SourceId[]> {
    const rows = await db
      .selectFrom('sources')
      .select('id')
      .orderBy('ingested_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id as SourceId);
  },

  async count(): Promise<number> {
    const row = await db
      .selectFrom('sources')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
});

export type SourceRepository = ReturnType<typeof createSourceRepository>;

/**
 * A user's words as an FTS5 query that cannot be a syntax error: each word quoted, all required.
 * @example fts5Query('nuclear "red line"') // '"nuclear" "red" "line"'
 */
export const fts5Query = (query: string): string =>
  (query.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(' ') || '""';
