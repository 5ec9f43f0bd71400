import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { normaliseName, type Actor, type ActorKind } from '../core/actor.js';
import type { ActorProfile, StoredRole } from '../core/actor-registry/actor-profile.js';
import {
  RegistryOrigin,
  type RegistryActor,
  type RegistryRole,
} from '../core/actor-registry/registry-actor.js';
import { roleTitleKey } from '../core/actor-registry/role-title.js';
import type { ActorId } from '../core/ids.js';
import type { IsoDate } from '../core/partial-date.js';
import type { Schema } from './schema.js';
import { chunks } from './chunks.js';

export interface NewActor {
  readonly id: ActorId;
  readonly canonicalName: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly createdAt: string;
  /** Where the actor comes from; extraction unless said otherwise. Its aliases share it. */
  readonly origin?: RegistryOrigin;
}

/** An actor as stored, with where it came from. */
export interface ActorRecord extends Actor {
  readonly origin: RegistryOrigin;
}

/** One name of one actor. */
export interface AliasRecord {
  readonly actorId: ActorId;
  readonly alias: string;
  readonly aliasKey: string;
  readonly origin: RegistryOrigin;
}

/** A role of one actor, as stored. */
export interface ActorRoleRecord extends StoredRole {
  readonly id: string;
  readonly actorId: ActorId;
}

export type NewActorRole = Omit<ActorRoleRecord, 'id'>;

/** What a merge moved to the surviving actor. */
export interface MergeCounts {
  readonly aliases: number;
  readonly roles: number;
  readonly statements: number;
}

/**
 * The id of a role: derived from the actor, the title's key, the country and the start, so that
 * the same role is stored once however often it is added.
 */
export const roleIdOf = (
  actorId: ActorId,
  role: Pick<RegistryRole, 'title' | 'country' | 'from'>,
): string =>
  `role_${createHash('sha256')
    .update([actorId, roleTitleKey(role.title), role.country ?? '', role.from].join('\0'))
    .digest('hex')
    .slice(0, 24)}`;

const CHUNK = 200;
const roleFromRow = (r: Schema['actor_roles']): ActorRoleRecord => ({
  id: r.id,
  actorId: r.actor_id as ActorId,
  title: r.title,
  country: r.country,
  from: r.from_on as IsoDate,
  to: r.to_on as IsoDate | null,
  origin: r.origin as RegistryOrigin,
});

/** Actors with their aliases and roles; names are matched by their normalised key. */
export const createActorRepository = (db: Kysely<Schema>) => {
  const actorRows = () =>
    db
      .selectFrom('actors')
      .selectAll()
      .select((eb) =>
        eb
          .selectFrom('statements')
          .whereRef('statements.speaker_actor_id', '=', 'actors.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('statement_count'),
      )
      .orderBy('canonical_name')
      .execute();

  const aliasesByActor = async (): Promise<Map<string, string[]>> => {
    const aliases = await db
      .selectFrom('actor_aliases')
      .select(['actor_id', 'alias'])
      .orderBy('alias')
      .execute();
    const byActor = new Map<string, string[]>();
    for (const a of aliases) byActor.set(a.actor_id, [...(byActor.get(a.actor_id) ?? []), a.alias]);
    return byActor;
  };

  const roles = async (actorId?: ActorId): Promise<ActorRoleRecord[]> => {
    let query = db.selectFrom('actor_roles').selectAll();
    if (actorId !== undefined) query = query.where('actor_id', '=', actorId);
    const rows = await query.orderBy('from_on').orderBy('title').execute();
    return rows.map(roleFromRow);
  };

  const rolesByActor = async (): Promise<Map<string, ActorRoleRecord[]>> => {
    const byActor = new Map<string, ActorRoleRecord[]>();
    for (const role of await roles())
      byActor.set(role.actorId, [...(byActor.get(role.actorId) ?? []), role]);
    return byActor;
  };

  const aliases = async (actorId?: ActorId): Promise<AliasRecord[]> => {
    let query = db.selectFrom('actor_aliases').selectAll();
    if (actorId !== undefined) query = query.where('actor_id', '=', actorId);
    const rows = await query.orderBy('alias').execute();
    return rows.map((r) => ({
      actorId: r.actor_id as ActorId,
      alias: r.alias,
      aliasKey: r.alias_key,
      origin: r.origin as RegistryOrigin,
    }));
  };

  const addRoles = async (newRoles: readonly NewActorRole[]): Promise<void> => {
    for (const batch of chunks(newRoles, CHUNK)) {
      await db
        .insertInto('actor_roles')
        .values(
          batch.map((r) => ({
            id: roleIdOf(r.actorId, r),
            actor_id: r.actorId,
            title: r.title,
            title_key: roleTitleKey(r.title),
            country: r.country,
            from_on: r.from,
            to_on: r.to,
            origin: r.origin,
          })),
        )
        .execute();
    }
  };

  const toProfile = (
    r: Awaited<ReturnType<typeof actorRows>>[number],
    names: ReadonlyMap<string, string[]>,
    held: ReadonlyMap<string, ActorRoleRecord[]>,
  ): ActorProfile => ({
    id: r.id as ActorId,
    canonicalName: r.canonical_name,
    kind: r.kind as ActorKind,
    country: r.country,
    aliases: (names.get(r.id) ?? []).filter((a) => a !== r.canonical_name),
    origin: r.origin as RegistryOrigin,
    roles: (held.get(r.id) ?? []).map(({ title, country, from, to, origin }) => ({
      title,
      country,
      from,
      to,
      origin,
    })),
    statementCount: Number(r.statement_count ?? 0),
  });

  return {
    /** The actor whose canonical name or an alias matches the name, if exactly one does. */
    async findIdByName(name: string): Promise<ActorId | null> {
      const key = normaliseName(name);
      if (!key) return null;
      const byName = await db
        .selectFrom('actors')
        .select('id')
        .where('name_key', '=', key)
        .executeTakeFirst();
      if (byName) return byName.id as ActorId;
      const byAlias = await db
        .selectFrom('actor_aliases')
        .select('actor_id')
        .distinct()
        .where('alias_key', '=', key)
        .execute();
      return byAlias.length === 1 ? (byAlias[0]?.actor_id as ActorId) : null;
    },

    async insert(actor: NewActor): Promise<void> {
      const origin = actor.origin ?? RegistryOrigin.Extracted;
      await db
        .insertInto('actors')
        .values({
          id: actor.id,
          canonical_name: actor.canonicalName,
          name_key: normaliseName(actor.canonicalName),
          kind: actor.kind,
          country: actor.country,
          created_at: actor.createdAt,
          origin,
        })
        .execute();
      const aliases = new Map<string, string>();
      for (const alias of [actor.canonicalName, ...actor.aliases])
        aliases.set(normaliseName(alias), alias);
      await db
        .insertInto('actor_aliases')
        .values(
          [...aliases].map(([key, alias]) => ({
            actor_id: actor.id,
            alias,
            alias_key: key,
            origin,
          })),
        )
        .execute();
    },

    /** Ids of the actors a speaker filter names: by canonical name, alias, or surname. */
    async idsMatching(name: string): Promise<ActorId[]> {
      const key = normaliseName(name);
      if (!key) return [];
      const rows = await db
        .selectFrom('actors')
        .select('id')
        .where((eb) =>
          eb.or([
            eb('name_key', '=', key),
            eb('name_key', 'like', `% ${key}`),
            eb(
              'id',
              'in',
              eb.selectFrom('actor_aliases').select('actor_id').where('alias_key', '=', key),
            ),
          ]),
        )
        .execute();
      return rows.map((r) => r.id as ActorId);
    },

    async list(): Promise<Array<Actor & { statementCount: number }>> {
      const [rows, names] = await Promise.all([actorRows(), aliasesByActor()]);
      return rows.map((r) => ({
        id: r.id as ActorId,
        canonicalName: r.canonical_name,
        kind: r.kind as ActorKind,
        country: r.country,
        aliases: (names.get(r.id) ?? []).filter((a) => a !== r.canonical_name),
        statementCount: Number(r.statement_count ?? 0),
      }));
    },

    /** Every actor with its origin, aliases, roles and statement count, by canonical name. */
    async profiles(): Promise<ActorProfile[]> {
      const [rows, names, held] = await Promise.all([
        actorRows(),
        aliasesByActor(),
        rolesByActor(),
      ]);
      return rows.map((r) => toProfile(r, names, held));
    },

    /** One actor's profile, or null. */
    async profile(id: ActorId): Promise<ActorProfile | null> {
      const row = await db
        .selectFrom('actors')
        .selectAll()
        .select((eb) =>
          eb
            .selectFrom('statements')
            .whereRef('statements.speaker_actor_id', '=', 'actors.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('statement_count'),
        )
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      const names = new Map<string, string[]>([[id, (await aliases(id)).map((a) => a.alias)]]);
      return toProfile(row, names, new Map<string, ActorRoleRecord[]>([[id, await roles(id)]]));
    },

    /** Every actor's own fields, without aliases. */
    async records(): Promise<Array<Omit<ActorRecord, 'aliases'>>> {
      const rows = await db.selectFrom('actors').selectAll().orderBy('canonical_name').execute();
      return rows.map((r) => ({
        id: r.id as ActorId,
        canonicalName: r.canonical_name,
        kind: r.kind as ActorKind,
        country: r.country,
        origin: r.origin as RegistryOrigin,
      }));
    },

    async get(id: ActorId): Promise<ActorRecord | null> {
      const row = await db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id as ActorId,
        canonicalName: row.canonical_name,
        kind: row.kind as ActorKind,
        country: row.country,
        origin: row.origin as RegistryOrigin,
        aliases: (await aliases(id)).map((a) => a.alias).filter((a) => a !== row.canonical_name),
      };
    },

    /** Every stored actor with its names and roles, as the registry's directory reads them. */
    async registryActors(): Promise<RegistryActor[]> {
      const [rows, names, held] = await Promise.all([
        db.selectFrom('actors').selectAll().orderBy('canonical_name').execute(),
        aliasesByActor(),
        rolesByActor(),
      ]);
      return rows.map((r) => ({
        id: r.id as ActorId,
        canonicalName: r.canonical_name,
        kind: r.kind as ActorKind,
        country: r.country,
        aliases: (names.get(r.id) ?? []).filter((a) => a !== r.canonical_name),
        roles: (held.get(r.id) ?? []).map(({ title, country, from, to }) => ({
          title,
          country,
          from,
          to,
        })),
      }));
    },

    /** Ids of every actor that has the name as an alias (canonical names are aliases too). */
    async idsWithAlias(name: string): Promise<ActorId[]> {
      const key = normaliseName(name);
      if (!key) return [];
      const rows = await db
        .selectFrom('actor_aliases')
        .select('actor_id')
        .distinct()
        .where('alias_key', '=', key)
        .orderBy('actor_id')
        .execute();
      return rows.map((r) => r.actor_id as ActorId);
    },

    /** Aliases of one actor, or of all; each actor's canonical name is among them. */
    aliases,

    async addAliases(
      rows: ReadonlyArray<{ actorId: ActorId; alias: string; origin: RegistryOrigin }>,
    ): Promise<void> {
      for (const batch of chunks(rows, CHUNK)) {
        await db
          .insertInto('actor_aliases')
          .values(
            batch.map((r) => ({
              actor_id: r.actorId,
              alias: r.alias,
              alias_key: normaliseName(r.alias),
              origin: r.origin,
            })),
          )
          .execute();
      }
    },

    async removeAliases(
      rows: ReadonlyArray<{ actorId: ActorId; aliasKey: string }>,
    ): Promise<void> {
      for (const r of rows) {
        await db
          .deleteFrom('actor_aliases')
          .where('actor_id', '=', r.actorId)
          .where('alias_key', '=', r.aliasKey)
          .execute();
      }
    },

    /** Roles of one actor, or of all, by start date. */
    roles,
    addRoles,

    /** Changes what a role says beyond its identity: the title as written and its end. */
    async updateRole(id: string, fields: { title: string; to: IsoDate | null }): Promise<void> {
      await db
        .updateTable('actor_roles')
        .set({ title: fields.title, to_on: fields.to })
        .where('id', '=', id)
        .execute();
    },

    async removeRoles(ids: readonly string[]): Promise<void> {
      for (const batch of chunks(ids, CHUNK)) {
        if (batch.length > 0) await db.deleteFrom('actor_roles').where('id', 'in', batch).execute();
      }
    },

    /** Changes an actor's canonical name, kind, country or origin. */
    async update(
      id: ActorId,
      fields: Partial<Pick<ActorRecord, 'canonicalName' | 'kind' | 'country' | 'origin'>>,
    ): Promise<void> {
      const values = {
        ...(fields.canonicalName !== undefined
          ? { canonical_name: fields.canonicalName, name_key: normaliseName(fields.canonicalName) }
          : {}),
        ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
        ...(fields.country !== undefined ? { country: fields.country } : {}),
        ...(fields.origin !== undefined ? { origin: fields.origin } : {}),
      };
      if (Object.keys(values).length > 0)
        await db.updateTable('actors').set(values).where('id', '=', id).execute();
    },

    /**
     * Moves one actor's aliases, roles and statements to another and deletes it. What moves is
     * marked as the user's, so that a gazetteer sync leaves it alone; names and roles the
     * survivor already has are dropped.
     */
    async moveInto(fromId: ActorId, intoId: ActorId): Promise<MergeCounts> {
      const moved = await db
        .updateTable('actor_aliases')
        .set({ actor_id: intoId, origin: RegistryOrigin.User })
        .where('actor_id', '=', fromId)
        .where((eb) =>
          eb(
            'alias_key',
            'not in',
            eb
              .selectFrom('actor_aliases as own')
              .select('own.alias_key')
              .where('own.actor_id', '=', intoId),
          ),
        )
        .executeTakeFirst();
      const existing = new Set((await roles(intoId)).map((r) => r.id));
      const movedRoles = (await roles(fromId)).filter((r) => !existing.has(roleIdOf(intoId, r)));
      await addRoles(
        movedRoles.map((r) => ({ ...r, actorId: intoId, origin: RegistryOrigin.User })),
      );
      const statements = await db
        .updateTable('statements')
        .set({ speaker_actor_id: intoId })
        .where('speaker_actor_id', '=', fromId)
        .executeTakeFirst();
      await db.deleteFrom('actors').where('id', '=', fromId).execute();
      return {
        aliases: Number(moved.numUpdatedRows),
        roles: movedRoles.length,
        statements: Number(statements.numUpdatedRows),
      };
    },
  };
};

export type ActorRepository = ReturnType<typeof createActorRepository>;
