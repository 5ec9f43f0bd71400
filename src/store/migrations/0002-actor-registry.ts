import type { Kysely, Migration } from 'kysely';

/**
 * The actor registry: where actors and aliases came from, roles held over time, which actor each
 * gazetteer entry became, the names of countries, and the hash of the gazetteer last synced.
 */
export const actorRegistryMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type.
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('actors')
      .addColumn('origin', 'text', (c) => c.notNull().defaultTo('extracted'))
      .execute();
    await db.schema
      .alterTable('actor_aliases')
      .addColumn('origin', 'text', (c) => c.notNull().defaultTo('extracted'))
      .execute();

    await db.schema
      .createTable('actor_roles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('from_on', 'text', (c) => c.notNull())
      .addColumn('to_on', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('actor_roles_actor').on('actor_roles').column('actor_id').execute();
    await db.schema
      .createIndex('actor_roles_office')
      .on('actor_roles')
      .columns(['title_key', 'country'])
      .execute();

    await db.schema
      .createTable('actor_gazetteer_entries')
      .addColumn('entry_key', 'text', (c) => c.primaryKey())
      .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
      .execute();
    await db.schema
      .createIndex('actor_gazetteer_entries_actor')
      .on('actor_gazetteer_entries')
      .column('actor_id')
      .execute();

    await db.schema
      .createTable('country_names')
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('form', 'text', (c) => c.notNull())
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('country_names_pk', ['country', 'form', 'ord'])
      .execute();
    await db.schema
      .createIndex('country_names_key')
      .on('country_names')
      .column('name_key')
      .execute();

    await db.schema
      .createTable('registry_state')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
