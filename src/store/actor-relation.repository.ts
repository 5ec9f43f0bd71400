import type { Kysely } from 'kysely';
import type { ActorId } from '../core/ids.js';
import type { IsoDate } from '../core/partial-date.js';
import type { RelationId, SpeaksFor } from '../core/signals/speaks-for.js';
import type { Schema } from './schema.js';

const SPEAKS_FOR = 'speaks_for';

/** Which relations a listing wants; all of them when empty. */
export interface RelationFilter {
  /** Relations in which this actor is the proxy or the principal. */
  readonly actorId?: ActorId;
  readonly principalId?: ActorId;
  readonly proxyId?: ActorId;
}

/** Relations between actors: who speaks for whom, and when. */
export const createActorRelationRepository = (db: Kysely<Schema>) => {
  const select = () =>
    db
      .selectFrom('actor_relations as r')
      .innerJoin('actors as proxy', 'proxy.id', 'r.proxy_actor_id')
      .innerJoin('actors as principal', 'principal.id', 'r.principal_actor_id')
      .selectAll('r')
      .select(['proxy.canonical_name as proxy_name', 'principal.canonical_name as principal_name'])
      .where('r.kind', '=', SPEAKS_FOR);

  type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];
  const toRelation = (r: Row): SpeaksFor => ({
    id: r.id as RelationId,
    proxy: { id: r.proxy_actor_id as ActorId, name: r.proxy_name },
    principal: { id: r.principal_actor_id as ActorId, name: r.principal_name },
    from: r.from_on as IsoDate | null,
    to: r.to_on as IsoDate | null,
    note: r.note,
    createdAt: r.created_at,
  });

  return {
    async insert(relation: SpeaksFor): Promise<void> {
      await db
        .insertInto('actor_relations')
        .values({
          id: relation.id,
          kind: SPEAKS_FOR,
          proxy_actor_id: relation.proxy.id,
          principal_actor_id: relation.principal.id,
          from_on: relation.from,
          to_on: relation.to,
          note: relation.note,
          created_at: relation.createdAt,
        })
        .execute();
    },

    async get(id: RelationId): Promise<SpeaksFor | null> {
      const row = await select().where('r.id', '=', id).executeTakeFirst();
      return row ? toRelation(row) : null;
    },

    /** Speaks-for relations, by principal, proxy and start. */
    async list(filter: RelationFilter = {}): Promise<SpeaksFor[]> {
      let query = select();
      if (filter.actorId !== undefined) {
        const id = filter.actorId;
        query = query.where((eb) =>
          eb.or([eb('r.proxy_actor_id', '=', id), eb('r.principal_actor_id', '=', id)]),
        );
      }
      if (filter.principalId !== undefined)
        query = query.where('r.principal_actor_id', '=', filter.principalId);
      if (filter.proxyId !== undefined)
        query = query.where('r.proxy_actor_id', '=', filter.proxyId);
      const rows = await query
        .orderBy('principal.canonical_name')
        .orderBy('proxy.canonical_name')
        .orderBy('r.from_on')
        .orderBy('r.id')
        .execute();
      return rows.map(toRelation);
    },

    /** Deletes a relation; false when there was none with this id. */
    async delete(id: RelationId): Promise<boolean> {
      const result = await db.deleteFrom('actor_relations').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Gives one actor's relations to another (when actors are merged). */
    async moveActor(fromId: ActorId, intoId: ActorId): Promise<void> {
      await db
        .updateTable('actor_relations')
        .set({ proxy_actor_id: intoId })
        .where('proxy_actor_id', '=', fromId)
        .execute();
      await db
        .updateTable('actor_relations')
        .set({ principal_actor_id: intoId })
        .where('principal_actor_id', '=', fromId)
        .execute();
      // A merge can make an actor speak for itself; such a relation means nothing.
      await db
        .deleteFrom('actor_relations')
        .whereRef('proxy_actor_id', '=', 'principal_actor_id')
        .execute();
    },
  };
};

export type ActorRelationRepository = ReturnType<typeof createActorRelationRepository>;
