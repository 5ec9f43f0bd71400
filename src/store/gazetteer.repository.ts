import type { Kysely } from 'kysely';
import { normaliseName } from '../core/actor.js';
import type { CountryNames } from '../core/actor-registry/registry-actor.js';
import type { ActorId } from '../core/ids.js';
import type { Schema } from './schema.js';

const FORMS = [
  ['names', 'name'],
  ['adjectives', 'adjective'],
  ['capitals', 'capital'],
  ['seats', 'seat'],
] as const;

/**
 * What the registry keeps of the gazetteer: which actor each entry became, the names of
 * countries, and small facts such as the hash of the files last synced.
 */
export const createGazetteerRepository = (db: Kysely<Schema>) => ({
  /** Each gazetteer entry's key, with the actor it was stored as (or merged into). */
  async entryLinks(): Promise<Map<string, ActorId>> {
    const rows = await db.selectFrom('actor_gazetteer_entries').selectAll().execute();
    return new Map(rows.map((r) => [r.entry_key, r.actor_id as ActorId]));
  },

  async link(links: ReadonlyArray<{ entryKey: string; actorId: ActorId }>): Promise<void> {
    for (let i = 0; i < links.length; i += 200)
      await db
        .insertInto('actor_gazetteer_entries')
        .values(
          links.slice(i, i + 200).map((l) => ({ entry_key: l.entryKey, actor_id: l.actorId })),
        )
        .execute();
  },

  async unlink(entryKey: string): Promise<void> {
    await db.deleteFrom('actor_gazetteer_entries').where('entry_key', '=', entryKey).execute();
  },

  /** Points the entries of one actor at another (when the first is merged into the second). */
  async relink(fromId: ActorId, intoId: ActorId): Promise<void> {
    await db
      .updateTable('actor_gazetteer_entries')
      .set({ actor_id: intoId })
      .where('actor_id', '=', fromId)
      .execute();
  },

  async state(key: string): Promise<string | null> {
    const row = await db
      .selectFrom('registry_state')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.value ?? null;
  },

  async setState(key: string, value: string, at: string): Promise<void> {
    await db
      .insertInto('registry_state')
      .values({ key, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute();
  },

  /** Replaces the stored names of countries with these. */
  async replaceCountries(countries: readonly CountryNames[]): Promise<void> {
    await db.deleteFrom('country_names').execute();
    const rows = countries.flatMap((c) =>
      FORMS.flatMap(([field, form]) =>
        c[field].map((name, ord) => ({
          country: c.code,
          form,
          ord,
          name,
          name_key: normaliseName(name),
        })),
      ),
    );
    for (let i = 0; i < rows.length; i += 200)
      await db
        .insertInto('country_names')
        .values(rows.slice(i, i + 200))
        .execute();
  },

  /** The stored names of countries, by code. */
  async countries(): Promise<CountryNames[]> {
    const rows = await db
      .selectFrom('country_names')
      .selectAll()
      .orderBy('country')
      .orderBy('form')
      .orderBy('ord')
      .execute();
    const byCode = new Map<string, Record<(typeof FORMS)[number][0], string[]>>();
    for (const r of rows) {
      const entry = byCode.get(r.country) ?? { names: [], adjectives: [], capitals: [], seats: [] };
      byCode.set(r.country, entry);
      const field = FORMS.find(([, form]) => form === r.form)?.[0];
      if (field) entry[field].push(r.name);
    }
    return [...byCode].map(([code, forms]) => ({ code, ...forms }));
  },
});

export type GazetteerRepository = ReturnType<typeof createGazetteerRepository>;
