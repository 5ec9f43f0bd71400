import { sql, type Kysely, type Migration } from 'kysely';
import { Engine, engineOf } from '../engine.js';

/** Sources, actors and aliases, extraction runs, statements and their spans, full-text search. */
export const initialMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type.
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text')
      .addColumn('outlet', 'text')
      .addColumn('author', 'text')
      .addColumn('url', 'text')
      .addColumn('published_on', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('sources_published_on')
      .on('sources')
      .column('published_on')
      .execute();

    await db.schema
      .createTable('actors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('canonical_name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('actor_aliases')
      .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
      .addColumn('alias', 'text', (c) => c.notNull())
      .addColumn('alias_key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('actor_aliases_pk', ['actor_id', 'alias_key'])
      .execute();
    await db.schema
      .createIndex('actor_aliases_key')
      .on('actor_aliases')
      .column('alias_key')
      .execute();

    await db.schema
      .createTable('extraction_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('extractor', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('statement_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('extraction_runs_source')
      .on('extraction_runs')
      .column('source_id')
      .execute();

    await db.schema
      .createTable('statements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('run_id', 'text', (c) =>
        c.notNull().references('extraction_runs.id').onDelete('cascade'),
      )
      .addColumn('extractor', 'text', (c) => c.notNull())
      .addColumn('speaker_actor_id', 'text', (c) => c.references('actors.id').onDelete('set null'))
      .addColumn('speaker_mention', 'text')
      .addColumn('cue', 'text')
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('direct', 'integer', (c) => c.notNull())
      .addColumn('said_on', 'text')
      .addColumn('said_on_precision', 'text')
      .addColumn('said_on_method', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('statements_source')
      .on('statements')
      .columns(['source_id', 'position'])
      .execute();
    await db.schema
      .createIndex('statements_speaker')
      .on('statements')
      .column('speaker_actor_id')
      .execute();
    await db.schema.createIndex('statements_said_on').on('statements').column('said_on').execute();

    await db.schema
      .createTable('statement_spans')
      .addColumn('statement_id', 'text', (c) =>
        c.notNull().references('statements.id').onDelete('cascade'),
      )
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addColumn('start_offset', 'integer', (c) => c.notNull())
      .addColumn('end_offset', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('statement_spans_pk', ['statement_id', 'role', 'ord'])
      .execute();

    if (engineOf(db) === Engine.Postgres) {
      await sql`alter table statements add column content_tsv tsvector
        generated always as (to_tsvector('english', content)) stored`.execute(db);
      await sql`create index statements_content_tsv on statements using gin (content_tsv)`.execute(
        db,
      );
      await sql`alter table sources add column text_tsv tsvector
        generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored`.execute(
        db,
      );
      await sql`create index sources_text_tsv on sources using gin (text_tsv)`.execute(db);
    } else {
      // FTS5 tables keyed by their base table's rowid, kept in step by triggers in the same transaction.
      await sql`create virtual table statements_fts using fts5(content, tokenize = 'porter unicode61')`.execute(
        db,
      );
      await sql`create trigger statements_fts_insert after insert on statements begin
        insert into statements_fts (rowid, content) values (new.rowid, new.content); end`.execute(
        db,
      );
      await sql`create trigger statements_fts_delete after delete on statements begin
        delete from statements_fts where rowid = old.rowid; end`.execute(db);
      await sql`create virtual table sources_fts using fts5(title, text, tokenize = 'porter unicode61')`.execute(
        db,
      );
      await sql`create trigger sources_fts_insert after insert on sources begin
        insert into sources_fts (rowid, title, text) values (new.rowid, new.title, new.text); end`.execute(
        db,
      );
      await sql`create trigger sources_fts_delete after delete on sources begin
        delete from sources_fts where rowid = old.rowid; end`.execute(db);
    }
  },
};
