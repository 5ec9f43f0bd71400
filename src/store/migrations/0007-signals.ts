import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { Engine, engineOf } from '../engine.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type. */

/**
 * The signals workbench: relations between actors (a proxy *speaks for* a principal, between
 * dates), the groups analysts put actors in, and the commitments ledger — threats, red lines,
 * ultimatums and promises, with every status change and the evidence for it (append-only), and
 * the earlier commitments each cites as precedent.
 *
 * Actors are referenced without cascade: deleting an actor that has relations, group
 * memberships or commitments fails until they are moved (see each repository's `moveActor`).
 * Statements are referenced by id, source and anchor, without a foreign key, because
 * re-extraction replaces a source's statements with new ids: the source and anchor find the
 * statement again, as reviews do.
 */
export const signalsMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('actor_relations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // 'speaks_for' (the only kind so far).
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('proxy_actor_id', 'text', (c) => c.notNull().references('actors.id'))
      .addColumn('principal_actor_id', 'text', (c) => c.notNull().references('actors.id'))
      // ISO dates at any precision; null for an open end.
      .addColumn('from_on', 'text')
      .addColumn('to_on', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('actor_relations_principal')
      .on('actor_relations')
      .columns(['principal_actor_id', 'kind'])
      .execute();
    await db.schema
      .createIndex('actor_relations_proxy')
      .on('actor_relations')
      .column('proxy_actor_id')
      .execute();

    await db.schema
      .createTable('actor_groups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      // The name normalised for comparison; unique.
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('actor_group_members')
      .addColumn('group_id', 'text', (c) =>
        c.notNull().references('actor_groups.id').onDelete('cascade'),
      )
      .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id'))
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('actor_group_members_pk', ['group_id', 'actor_id'])
      .execute();
    await db.schema
      .createIndex('actor_group_members_actor')
      .on('actor_group_members')
      .column('actor_id')
      .execute();

    await db.schema
      .createTable('commitments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id'))
      // To whom: an actor of the registry, or only a name; both null when unspecified.
      .addColumn('addressee_actor_id', 'text', (c) => c.references('actors.id'))
      .addColumn('addressee_name', 'text')
      // 'threat', 'red_line', 'ultimatum' or 'promise'.
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('condition', 'text')
      .addColumn('deadline', 'text')
      .addColumn('made_on', 'text')
      // The statement that made it: id, source and the first content span.
      .addColumn('statement_id', 'text')
      .addColumn('statement_source_id', 'text')
      .addColumn('statement_anchor_start', 'integer')
      .addColumn('statement_anchor_end', 'integer')
      // The status last recorded: 'pending', 'carried_out', 'not_carried_out' or 'withdrawn'.
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('commitments_actor')
      .on('commitments')
      .columns(['actor_id', 'status'])
      .execute();
    await db.schema
      .createIndex('commitments_statement_source')
      .on('commitments')
      .column('statement_source_id')
      .execute();

    const seq = (c: ColumnDefinitionBuilder) =>
      engineOf(db) === Engine.Postgres ? c.primaryKey() : c.primaryKey().autoIncrement();
    await db.schema
      .createTable('commitment_status_changes')
      .addColumn('seq', engineOf(db) === Engine.Postgres ? 'serial' : 'integer', seq)
      .addColumn('commitment_id', 'text', (c) =>
        c.notNull().references('commitments.id').onDelete('cascade'),
      )
      .addColumn('status', 'text', (c) => c.notNull())
      // When it happened, as the evidence dates it (ISO date at any precision).
      .addColumn('changed_on', 'text', (c) => c.notNull())
      // 'statement', 'event' or 'source' and its id; null only for the initial 'pending'.
      .addColumn('evidence_kind', 'text')
      .addColumn('evidence_id', 'text')
      // For statement evidence: its source and first content span, to find it after re-extraction.
      .addColumn('evidence_source_id', 'text')
      .addColumn('evidence_anchor_start', 'integer')
      .addColumn('evidence_anchor_end', 'integer')
      .addColumn('note', 'text')
      .addColumn('analyst', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('commitment_status_changes_commitment')
      .on('commitment_status_changes')
      .columns(['commitment_id', 'seq'])
      .execute();

    await db.schema
      .createTable('commitment_precedents')
      .addColumn('commitment_id', 'text', (c) =>
        c.notNull().references('commitments.id').onDelete('cascade'),
      )
      .addColumn('precedent_id', 'text', (c) =>
        c.notNull().references('commitments.id').onDelete('cascade'),
      )
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('commitment_precedents_pk', ['commitment_id', 'precedent_id'])
      .execute();
  },
};
