import type { Kysely } from 'kysely';
import type { ExtractionRunId, SourceId } from '../core/ids.js';
import type { Schema } from './schema.js';

export interface ExtractionRun {
  readonly id: ExtractionRunId;
  readonly sourceId: SourceId;
  readonly extractor: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly statementCount: number;
}

/** One run of an extractor over one source: what ran, when, and how much it found. */
export const createExtractionRunRepository = (db: Kysely<Schema>) => ({
  async insert(run: ExtractionRun): Promise<void> {
    await db
      .insertInto('extraction_runs')
      .values({
        id: run.id,
        source_id: run.sourceId,
        extractor: run.extractor,
        started_at: run.startedAt,
        finished_at: run.finishedAt,
        statement_count: run.statementCount,
      })
      .execute();
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
