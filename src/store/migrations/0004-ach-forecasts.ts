import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely, Migration } from 'kysely';
import { Engine, engineOf } from '../engine.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type. */

/**
 * An append-only log's order: an integer that grows with each insert, on either engine. It says
 * which of two events at the same instant came later.
 */
const withSequence = (
  db: Kysely<any>,
  table: CreateTableBuilder<string, never>,
): CreateTableBuilder<string, 'seq'> =>
  engineOf(db) === Engine.Postgres
    ? table.addColumn('seq', 'serial', (c: ColumnDefinitionBuilder) => c.primaryKey())
    : table.addColumn('seq', 'integer', (c: ColumnDefinitionBuilder) =>
        c.primaryKey().autoIncrement(),
      );

/**
 * ACH and forecasting: hypothesis sets with their hypotheses and evidence, the append-only logs
 * of ratings and probabilities (the latest per analyst and cell wins; every change is kept), and
 * forecasting questions with each analyst's forecasts over time.
 */
export const achForecastsMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('hypothesis_sets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('ach_hypotheses')
      .addColumn('set_id', 'text', (c) =>
        c.notNull().references('hypothesis_sets.id').onDelete('cascade'),
      )
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ach_hypotheses_pk', ['set_id', 'id'])
      .execute();

    await db.schema
      .createTable('ach_evidence')
      .addColumn('set_id', 'text', (c) =>
        c.notNull().references('hypothesis_sets.id').onDelete('cascade'),
      )
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('credibility', 'text', (c) => c.notNull())
      .addColumn('relevance', 'text', (c) => c.notNull())
      .addColumn('evidence_date', 'text')
      .addColumn('evidence_type', 'text')
      .addColumn('link_kind', 'text')
      .addColumn('link_id', 'text')
      .addColumn('notes', 'text')
      .addColumn('code', 'text')
      .addColumn('flagged', 'integer')
      .addPrimaryKeyConstraint('ach_evidence_pk', ['set_id', 'id'])
      .execute();

    await withSequence(db, db.schema.createTable('ach_rating_events'))
      .addColumn('set_id', 'text', (c) =>
        c.notNull().references('hypothesis_sets.id').onDelete('cascade'),
      )
      .addColumn('evidence_id', 'text', (c) => c.notNull())
      .addColumn('hypothesis_id', 'text', (c) => c.notNull())
      .addColumn('analyst', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('ach_rating_events_set')
      .on('ach_rating_events')
      .columns(['set_id', 'seq'])
      .execute();

    await withSequence(db, db.schema.createTable('ach_probability_events'))
      .addColumn('set_id', 'text', (c) =>
        c.notNull().references('hypothesis_sets.id').onDelete('cascade'),
      )
      .addColumn('hypothesis_id', 'text', (c) => c.notNull())
      .addColumn('analyst', 'text', (c) => c.notNull())
      .addColumn('p', 'double precision', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('ach_probability_events_set')
      .on('ach_probability_events')
      .columns(['set_id', 'seq'])
      .execute();

    await db.schema
      .createTable('forecast_questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('resolution_criteria', 'text', (c) => c.notNull())
      /** JSON array of the options of a multiple-choice question; null for a binary one. */
      .addColumn('options', 'text')
      .addColumn('opens', 'text', (c) => c.notNull())
      .addColumn('closes', 'text', (c) => c.notNull())
      /** JSON: true/false for a binary question, the option's text for a multiple-choice one. */
      .addColumn('outcome', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('annulled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await withSequence(db, db.schema.createTable('forecasts'))
      .addColumn('question_id', 'text', (c) =>
        c.notNull().references('forecast_questions.id').onDelete('cascade'),
      )
      .addColumn('analyst', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      /** JSON: a number (binary) or `{ option: p }` (multiple choice). */
      .addColumn('probabilities', 'text', (c) => c.notNull())
      .addColumn('rationale', 'text')
      /** JSON array of `{ kind, id }`; null when none. */
      .addColumn('links', 'text')
      .execute();
    await db.schema
      .createIndex('forecasts_question')
      .on('forecasts')
      .columns(['question_id', 'seq'])
      .execute();
  },
};
