import type { Kysely } from 'kysely';
import { normaliseName, type Actor, type ActorKind } from '../core/actor.js';
import type { ActorId } from '../core/ids.js';
import type { Schema } from './schema.js';

export interface NewActor {
  readonly id: ActorId;
  readonly canonicalName: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly createdAt: string;
}

/** Actors with their aliases; names are matched by their normalised key. */
export const createActorRepository = (db: Kysely<Schema>) => ({
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
    await db
      .insertInto('actors')
      .values({
        id: actor.id,
        canonical_name: actor.canonicalName,
        name_key: normaliseName(actor.canonicalName),
        kind: actor.kind,
        country: actor.country,
        created_at: actor.createdAt,
      })
      .execute();
    const aliases = new Map<string, string>();
    for (const alias of [actor.canonicalName, ...actor.aliases])
      aliases.set(normaliseName(alias), alias);
    await db
      .insertInto('actor_aliases')
      .values([...aliases].map(([key, alias]) => ({ actor_id: actor.id, alias, alias_key: key })))
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
    const rows = await db
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
    const aliases = await db
      .selectFrom('actor_aliases')
      .select(['actor_id', 'alias'])
      .orderBy('alias')
      .execute();
    const byActor = new Map<string, string[]>();
    for (const a of aliases) byActor.set(a.actor_id, [...(byActor.get(a.actor_id) ?? []), a.alias]);
    return rows.map((r) => ({
      id: r.id as ActorId,
      canonicalName: r.canonical_name,
      kind: r.kind as ActorKind,
      country: r.country,
      aliases: (byActor.get(r.id) ?? []).filter((a) => a !== r.canonical_name),
      statementCount: Number(r.statement_count ?? 0),
    }));
  },
});

export type ActorRepository = ReturnType<typeof createActorRepository>;
