import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { ExtractionRunId, SourceId } from '../core/ids.js';
import { insertRow, nativeFor } from './compiled-statements.js';
import type { ExtractionRunsTable, Schema } from './schema.js';

export interface ExtractionRun {
  readonly id: ExtractionRunId;
  readonly sourceId: SourceId;
  readonly extractor: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly statementCount: number;
}

/** The columns of a run row, in the order of the native INSERT's parameters. */
const RUN_COLUMNS = [
  'id',
  'source_id',
  'extractor',
  'started_at',
  'finished_at',
  'statement_count',
] as const satisfies ReadonlyArray<keyof ExtractionRunsTable>;

/**
 * One run of an extractor over one source: what ran, when, and how much it found. Given the
 * SQLite connection under `db`, a run is written by a statement compiled once (one a document
 * during ingestion) when that lands where a query through `db` would (`nativeFor`).
 */
export const createExtractionRunRepository = (db: Kysely<Schema>, sqlite?: SQLite.Database) => ({
  async insert(run: ExtractionRun): Promise<void> {
    const row: ExtractionRunsTable = {
      id: run.id,
      source_id: run.sourceId,
      extractor: run.extractor,
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      statement_count: run.statementCount,
    };
    const native = nativeFor(db, sqlite);
    if (native) insertRow(native, 'extraction_runs', RUN_COLUMNS, row);
    else await db.insertInto('extraction_runs').values(row).execute();
  },

  async listForSource(sourceId: SourceId): Promise<ExtractionRun[]> {
    const rows = await db
      .selectFrom('extraction_runs')
      .selectAll()
      .where('source_id', '=', sourceId)
      .orderBy('started_at')
      .execute();
    return rows.map((r) => ({
      id: r.id as ExtractionRunId,
      sourceId: r.source_id as SourceId,
      extractor: r.extractor,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      statementCount: r.statement_count,
    }));
  },
});

export type ExtractionRunRepository = ReturnType<typeof createExtractionRunRepository>;
