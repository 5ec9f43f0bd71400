import type { Kysely } from 'kysely';
import type { SourceId } from '../core/ids.js';
import type { Review, ReviewField } from '../core/review.js';
import type { Schema } from './schema.js';

/** Analysts' reviews: append-only, so the table is also the audit log. */
export const createReviewRepository = (db: Kysely<Schema>) => ({
  async insert(review: Review): Promise<void> {
    await db
      .insertInto('statement_reviews')
      .values({
        id: review.id,
        source_id: review.sourceId,
        anchor_start: review.anchor.start,
        anchor_end: review.anchor.end,
        field: review.field,
        old_value: review.oldValue,
        new_value: review.newValue,
        analyst: review.analyst,
        created_at: review.at,
      })
      .execute();
  },

  /** Points speaker reviews at the actor another was merged into. */
  async moveSpeaker(fromId: string, intoId: string): Promise<void> {
    for (const column of ['new_value', 'old_value'] as const) {
      await db
        .updateTable('statement_reviews')
        .set({ [column]: intoId })
        .where('field', '=', 'speaker')
        .where(column, '=', fromId)
        .execute();
    }
  },

  /** Sources where an analyst gave a statement to one of these actors. */
  async sourceIdsReviewedToSpeakers(actorIds: readonly string[]): Promise<SourceId[]> {
    if (actorIds.length === 0) return [];
    const rows = await db
      .selectFrom('statement_reviews')
      .select('source_id')
      .distinct()
      .where('field', '=', 'speaker')
      .where('new_value', 'in', [...actorIds])
      .execute();
    return rows.map((r) => r.source_id as SourceId);
  },

  async listForSources(sourceIds: readonly SourceId[]): Promise<Review[]> {
    if (sourceIds.length === 0) return [];
    const rows = await db
      .selectFrom('statement_reviews')
      .selectAll()
      .where('source_id', 'in', [...new Set(sourceIds)])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      sourceId: r.source_id as SourceId,
      anchor: { start: r.anchor_start, end: r.anchor_end },
      field: r.field as ReviewField,
      oldValue: r.old_value,
      newValue: r.new_value,
      analyst: r.analyst,
      at: r.created_at,
    }));
  },
});

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
