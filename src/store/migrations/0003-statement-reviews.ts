import type { Kysely, Migration } from 'kysely';

/** Analysts' reviews of statements, kept apart from what the extractor found. */
export const statementReviewsMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type.
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('statement_reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('anchor_start', 'integer', (c) => c.notNull())
      .addColumn('anchor_end', 'integer', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('old_value', 'text')
      .addColumn('new_value', 'text')
      .addColumn('analyst', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('statement_reviews_source')
      .on('statement_reviews')
      .columns(['source_id', 'anchor_start'])
      .execute();
  },
};
