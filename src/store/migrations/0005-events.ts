import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Events: who did what to whom, imported from GDELT or ICEWS or coded from statements. Built for
 * bulk import: the primary key and one index on the date; the links to statements, sources and
 * actors are indexed only where set (partial indexes), so imported rows do not pay for them.
 */
export const eventsMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type.
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text')
      .addColumn('occurred_on', 'text', (c) => c.notNull())
      .addColumn('plover_type', 'text')
      .addColumn('cameo_code', 'text')
      .addColumn('source_name', 'text')
      .addColumn('source_country', 'text')
      .addColumn('source_sector', 'text')
      .addColumn('source_actor_id', 'text', (c) => c.references('actors.id').onDelete('set null'))
      .addColumn('target_name', 'text')
      .addColumn('target_country', 'text')
      .addColumn('target_sector', 'text')
      .addColumn('target_actor_id', 'text', (c) => c.references('actors.id').onDelete('set null'))
      .addColumn('quad_class', 'integer')
      .addColumn('goldstein', 'double precision')
      .addColumn('statement_id', 'text', (c) => c.references('statements.id').onDelete('cascade'))
      .addColumn('source_id', 'text', (c) => c.references('sources.id').onDelete('cascade'))
      .addColumn('url', 'text')
      .addColumn('coder', 'text', (c) => c.notNull())
      .execute();
    // Listing and export go in date order, paging by (date, id).
    await db.schema
      .createIndex('events_occurred_on')
      .on('events')
      .columns(['occurred_on', 'id'])
      .execute();
    for (const column of ['statement_id', 'source_id', 'source_actor_id', 'target_actor_id']) {
      await db.schema
        .createIndex(`events_${column}`)
        .on('events')
        .column(column)
        .where(sql.ref(column), 'is not', null)
        .execute();
    }
  },
};
