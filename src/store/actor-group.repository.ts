import type { Kysely } from 'kysely';
import { normaliseName } from '../core/actor.js';
import type { ActorId } from '../core/ids.js';
import type { ActorGroup, GroupId } from '../core/signals/actor-group.js';
import type { Schema } from './schema.js';

/** Groups of actors, with their members. */
export const createActorGroupRepository = (db: Kysely<Schema>) => {
  const withMembers = async (
    rows: ReadonlyArray<Schema['actor_groups']>,
  ): Promise<ActorGroup[]> => {
    if (rows.length === 0) return [];
    const members = await db
      .selectFrom('actor_group_members as m')
      .innerJoin('actors as a', 'a.id', 'm.actor_id')
      .select(['m.group_id', 'm.actor_id', 'a.canonical_name'])
      .where(
        'm.group_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('a.canonical_name')
      .orderBy('m.actor_id')
      .execute();
    return rows.map((r) => ({
      id: r.id as GroupId,
      name: r.name,
      description: r.description,
      members: members
        .filter((m) => m.group_id === r.id)
        .map((m) => ({ id: m.actor_id as ActorId, name: m.canonical_name })),
      createdAt: r.created_at,
    }));
  };

  return {
    /** Stores a new group (without members); a name already taken fails with a unique violation. */
    async insert(group: Omit<ActorGroup, 'members'>): Promise<void> {
      await db
        .insertInto('actor_groups')
        .values({
          id: group.id,
          name: group.name,
          name_key: normaliseName(group.name),
          description: group.description,
          created_at: group.createdAt,
        })
        .execute();
    },

    /** The group with this id, or whose name matches this one (case, accents, punctuation aside). */
    async find(idOrName: string): Promise<ActorGroup | null> {
      const row = await db
        .selectFrom('actor_groups')
        .selectAll()
        .where((eb) =>
          eb.or([eb('id', '=', idOrName), eb('name_key', '=', normaliseName(idOrName))]),
        )
        .orderBy('id')
        .executeTakeFirst();
      return row ? ((await withMembers([row]))[0] ?? null) : null;
    },

    /** Every group, by name. */
    async list(): Promise<ActorGroup[]> {
      return withMembers(
        await db.selectFrom('actor_groups').selectAll().orderBy('name_key').execute(),
      );
    },

    /** Adds actors to a group; those already in it are left as they are. Returns how many were added. */
    async addMembers(
      groupId: GroupId,
      actorIds: readonly ActorId[],
      addedAt: string,
    ): Promise<number> {
      const existing = new Set(
        (
          await db
            .selectFrom('actor_group_members')
            .select('actor_id')
            .where('group_id', '=', groupId)
            .execute()
        ).map((r) => r.actor_id),
      );
      const fresh = [...new Set(actorIds)].filter((id) => !existing.has(id));
      if (fresh.length > 0)
        await db
          .insertInto('actor_group_members')
          .values(fresh.map((actor_id) => ({ group_id: groupId, actor_id, added_at: addedAt })))
          .execute();
      return fresh.length;
    },

    /** Takes actors out of a group; returns how many were in it. */
    async removeMembers(groupId: GroupId, actorIds: readonly ActorId[]): Promise<number> {
      if (actorIds.length === 0) return 0;
      const result = await db
        .deleteFrom('actor_group_members')
        .where('group_id', '=', groupId)
        .where('actor_id', 'in', [...actorIds])
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async delete(groupId: GroupId): Promise<void> {
      await db.deleteFrom('actor_groups').where('id', '=', groupId).execute();
    },

    /** Gives one actor's memberships to another (when actors are merged). */
    async moveActor(fromId: ActorId, intoId: ActorId): Promise<void> {
      await db
        .deleteFrom('actor_group_members')
        .where('actor_id', '=', fromId)
        .where((eb) =>
          eb(
            'group_id',
            'in',
            eb
              .selectFrom('actor_group_members as own')
              .select('own.group_id')
              .where('own.actor_id', '=', intoId),
          ),
        )
        .execute();
      await db
        .updateTable('actor_group_members')
        .set({ actor_id: intoId })
        .where('actor_id', '=', fromId)
        .execute();
    },
  };
};

export type ActorGroupRepository = ReturnType<typeof createActorGroupRepository>;
