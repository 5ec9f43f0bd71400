import type { Kysely, Migration } from 'kysely';

/**
 * Topics analysts follow (with the terms and patterns that signal them) and the stances of
 * statements on them. Stances are extraction output: replaced when a source is linked again, and
 * deleted with their statement. Analysts' corrections live in statement_reviews.
 */
export const topicsStancesMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type.
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('topics')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      // One or two ISO 3166 alpha-3 codes, comma-separated; empty when the topic names none.
      .addColumn('countries', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('topic_terms')
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id').onDelete('cascade'))
      // 'term' or 'pattern'.
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('topic_terms_pk', ['topic_id', 'kind', 'ord'])
      .execute();
    await db.schema
      .createTable('stances')
      .addColumn('statement_id', 'text', (c) =>
        c.notNull().references('statements.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id').onDelete('cascade'))
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('value', 'integer', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .addColumn('hedged', 'integer', (c) => c.notNull())
      .addColumn('conditional', 'integer', (c) => c.notNull())
      .addColumn('negated', 'integer', (c) => c.notNull())
      .addColumn('event_type', 'text')
      .addColumn('method', 'text', (c) => c.notNull())
      // JSON arrays: where the topic matched, and the words that moved the stance.
      .addColumn('matches', 'text', (c) => c.notNull())
      .addColumn('cues', 'text', (c) => c.notNull())
      .addColumn('linked_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('stances_pk', ['statement_id', 'topic_id'])
      .execute();
    await db.schema.createIndex('stances_topic').on('stances').column('topic_id').execute();
    await db.schema
      .createIndex('stances_source')
      .on('stances')
      .columns(['source_id', 'topic_id'])
      .execute();
  },
};
