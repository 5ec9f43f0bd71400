import { createHash } from 'node:crypto';
import { normaliseName } from '../../core/actor.js';
import {
  RegistryOrigin,
  type RegistryActor,
  type RegistryRole,
} from '../../core/actor-registry/registry-actor.js';
import type { ActorId, Clock } from '../../core/ids.js';
import {
  roleIdOf,
  type ActorRecord,
  type ActorRoleRecord,
  type AliasRecord,
} from '../../store/actor.repository.js';
import type { Database } from '../../store/database.js';
import {
  inTransaction,
  isUniqueViolation,
  repositoriesFor,
  type Repositories,
} from '../../store/repositories.js';
import { parseGazetteer, type Gazetteer } from './gazetteer-format.js';
import { defaultGazetteerDir, readGazetteerFiles } from './gazetteer-files.js';

/** How many actors a sync created, and how many existing ones it changed. */
export interface SyncResult {
  readonly added: number;
  readonly updated: number;
}

/** The registry_state key under which the hash of the gazetteer last synced is kept. */
export const GAZETTEER_HASH = 'gazetteer_hash';

const systemClock: Clock = { now: () => new Date() };

/**
 * The id of the actor a gazetteer entry creates: the same in every database, unless an actor
 * already has it (one created under a name the file later changed).
 */
const gazetteerActorId = (entryKey: string, taken: ReadonlyMap<ActorId, unknown>): ActorId => {
  for (let n = 0; ; n++) {
    const seed = n === 0 ? entryKey : `${entryKey}\0${n}`;
    const id = `act_${createHash('sha256').update(`gazetteer\0${seed}`).digest('hex').slice(0, 20)}`;
    if (!taken.has(id as ActorId)) return id as ActorId;
  }
};

interface Entry {
  readonly key: string;
  readonly actor: RegistryActor;
}

type StoredActor = Omit<ActorRecord, 'aliases'>;

const group = <K, V>(items: readonly V[], keyOf: (v: V) => K): Map<K, V[]> => {
  const map = new Map<K, V[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
};

/** Which stored actor each entry stands for; entries with none are left out. */
const matchEntries = (
  entries: readonly Entry[],
  links: ReadonlyMap<string, ActorId>,
  actors: ReadonlyMap<ActorId, StoredActor>,
  aliasOwners: ReadonlyMap<string, readonly ActorId[]>,
): Map<string, ActorId> => {
  const targets = new Map<string, ActorId>();
  const byNameKey = new Map(
    [...actors.values()].map((a) => [normaliseName(a.canonicalName), a.id]),
  );
  for (const { key } of entries) {
    const linked = links.get(key);
    const owners = aliasOwners.get(key) ?? [];
    const found =
      (linked !== undefined && actors.has(linked) ? linked : undefined) ??
      byNameKey.get(key) ??
      (owners.length === 1 ? owners[0] : undefined);
    if (found !== undefined) targets.set(key, found);
  }
  // An actor that extraction created under one of an entry's other names ("Khamenei") becomes it.
  const claimed = new Set(targets.values());
  for (const { key, actor } of entries) {
    if (targets.has(key)) continue;
    for (const alias of actor.aliases) {
      const owners = aliasOwners.get(normaliseName(alias)) ?? [];
      const owner = owners.length === 1 ? owners[0] : undefined;
      const record = owner === undefined ? undefined : actors.get(owner);
      if (record && record.origin === RegistryOrigin.Extracted && !claimed.has(record.id)) {
        targets.set(key, record.id);
        claimed.add(record.id);
        break;
      }
    }
  }
  return targets;
};

const sameRole = (a: RegistryRole, b: ActorRoleRecord): boolean =>
  a.title === b.title && a.to === b.to;

/**
 * Brings the stored registry in line with the gazetteer: creates the actors it adds, and sets
 * the aliases and roles that came from it. What users added or merged is never removed or
 * overwritten; actors are never deleted (statements may name them).
 */
const applyGazetteer = async (
  repos: Repositories,
  gazetteer: Gazetteer,
  now: string,
): Promise<SyncResult> => {
  const entries: Entry[] = gazetteer.actors.map((actor) => ({
    key: normaliseName(actor.canonicalName),
    actor,
  }));
  const [links, records, aliasRows, roleRows] = await Promise.all([
    repos.gazetteer.entryLinks(),
    repos.actors.records(),
    repos.actors.aliases(),
    repos.actors.roles(),
  ]);
  const actors = new Map(records.map((r) => [r.id, r]));
  const aliasOwners = new Map<string, ActorId[]>();
  for (const a of aliasRows) {
    const owners = aliasOwners.get(a.aliasKey) ?? [];
    if (!owners.includes(a.actorId)) aliasOwners.set(a.aliasKey, [...owners, a.actorId]);
  }
  const aliasesOf = group(aliasRows, (a) => a.actorId);
  const rolesOf = group(roleRows, (r) => r.actorId);

  const targets = matchEntries(entries, links, actors, aliasOwners);
  const created = new Set<ActorId>();
  const changed = new Set<ActorId>();

  // Entries that match no actor create one.
  for (const { key, actor } of entries) {
    if (targets.has(key)) continue;
    const id = gazetteerActorId(key, actors);
    const free = actor.aliases.filter((alias) => {
      const owners = aliasOwners.get(normaliseName(alias)) ?? [];
      return owners.length === 0;
    });
    await repos.actors.insert({
      id,
      canonicalName: actor.canonicalName,
      kind: actor.kind,
      country: actor.country,
      aliases: free,
      createdAt: now,
      origin: RegistryOrigin.Gazetteer,
    });
    for (const name of [actor.canonicalName, ...free]) {
      const k = normaliseName(name);
      aliasOwners.set(k, [...(aliasOwners.get(k) ?? []), id]);
    }
    actors.set(id, { ...actor, id, origin: RegistryOrigin.Gazetteer });
    aliasesOf.set(
      id,
      [actor.canonicalName, ...free].map((alias) => ({
        actorId: id,
        alias,
        aliasKey: normaliseName(alias),
        origin: RegistryOrigin.Gazetteer,
      })),
    );
    targets.set(key, id);
    created.add(id);
  }
  for (const [key, id] of links) if (targets.get(key) !== id) await repos.gazetteer.unlink(key);
  await repos.gazetteer.link(
    [...targets]
      .filter(([key, id]) => links.get(key) !== id)
      .map(([entryKey, actorId]) => ({ entryKey, actorId })),
  );

  // Every actor an entry stands for, or stood for until the entry left the file.
  const entriesOf = group(
    entries.filter((e) => targets.has(e.key)),
    (e) => targets.get(e.key) as ActorId,
  );
  // An entry gone from the file takes its aliases and roles with it, but not its actor.
  for (const [key, id] of links)
    if (!targets.has(key) && actors.has(id) && !entriesOf.has(id)) entriesOf.set(id, []);

  const newRoles: Array<RegistryRole & { actorId: ActorId }> = [];
  const staleRoles: string[] = [];
  const newAliases: Array<{ actorId: ActorId; alias: string; origin: RegistryOrigin }> = [];
  const staleAliases: Array<{ actorId: ActorId; aliasKey: string }> = [];

  for (const [id, own] of entriesOf) {
    const record = actors.get(id);
    if (!record) continue;
    const markChanged = () => {
      if (!created.has(id)) changed.add(id);
    };

    // One entry, and not the user's: the file decides the name, kind and country.
    const single = own.length === 1 ? own[0] : undefined;
    let canonicalKey = normaliseName(record.canonicalName);
    if (single && record.origin !== RegistryOrigin.User) {
      const nameFree =
        single.key === canonicalKey ||
        ![...actors.values()].some(
          (a) => a.id !== id && normaliseName(a.canonicalName) === single.key,
        );
      const fields = {
        ...(nameFree && record.canonicalName !== single.actor.canonicalName
          ? { canonicalName: single.actor.canonicalName }
          : {}),
        ...(record.kind !== single.actor.kind ? { kind: single.actor.kind } : {}),
        ...(record.country !== single.actor.country ? { country: single.actor.country } : {}),
        ...(record.origin !== RegistryOrigin.Gazetteer ? { origin: RegistryOrigin.Gazetteer } : {}),
      };
      if (Object.keys(fields).length > 0) {
        await repos.actors.update(id, fields);
        if (fields.canonicalName !== undefined) canonicalKey = single.key;
        markChanged();
      }
    }

    const wantedAliases = new Map<string, string>();
    for (const e of own)
      for (const name of [e.actor.canonicalName, ...e.actor.aliases]) {
        const k = normaliseName(name);
        if (!wantedAliases.has(k)) wantedAliases.set(k, name);
      }
    const held: AliasRecord[] = aliasesOf.get(id) ?? [];
    const heldKeys = new Set(held.map((a) => a.aliasKey));
    for (const [k, alias] of wantedAliases) {
      if (heldKeys.has(k) || (aliasOwners.get(k) ?? []).some((owner) => owner !== id)) continue;
      newAliases.push({ actorId: id, alias, origin: RegistryOrigin.Gazetteer });
      aliasOwners.set(k, [...(aliasOwners.get(k) ?? []), id]);
      markChanged();
    }
    for (const a of held) {
      if (a.origin !== RegistryOrigin.Gazetteer || wantedAliases.has(a.aliasKey)) continue;
      if (a.aliasKey === canonicalKey) continue;
      staleAliases.push({ actorId: id, aliasKey: a.aliasKey });
      markChanged();
    }

    const wantedRoles = new Map<string, RegistryRole>();
    for (const e of own)
      for (const role of e.actor.roles) wantedRoles.set(roleIdOf(id, role), role);
    const heldRoles = new Map((rolesOf.get(id) ?? []).map((r) => [r.id, r]));
    for (const [roleId, role] of wantedRoles) {
      const stored = heldRoles.get(roleId);
      if (!stored) {
        newRoles.push({ ...role, actorId: id });
        markChanged();
      } else if (stored.origin === RegistryOrigin.Gazetteer && !sameRole(role, stored)) {
        await repos.actors.updateRole(roleId, { title: role.title, to: role.to });
        markChanged();
      }
    }
    for (const [roleId, stored] of heldRoles) {
      if (stored.origin !== RegistryOrigin.Gazetteer || wantedRoles.has(roleId)) continue;
      staleRoles.push(roleId);
      markChanged();
    }
  }

  await repos.actors.removeAliases(staleAliases);
  await repos.actors.addAliases(newAliases);
  await repos.actors.removeRoles(staleRoles);
  await repos.actors.addRoles(newRoles.map((r) => ({ ...r, origin: RegistryOrigin.Gazetteer })));
  await repos.gazetteer.replaceCountries(gazetteer.countries);
  return { added: created.size, updated: changed.size };
};

/**
 * Brings the database's actor registry in line with the gazetteer files in a directory (by
 * default the one shipped with Telltale), in one transaction. Does nothing when the files have
 * not changed since the last sync, so it is cheap to call on every open. Never removes or
 * overwrites what users added or merged.
 * @example await syncGazetteer(database) // { added: 290, updated: 0 } the first time, then { added: 0, updated: 0 }
 */
export const syncGazetteer = async (
  database: Database,
  gazetteerDir: string = defaultGazetteerDir,
  options: { readonly clock?: Clock } = {},
): Promise<SyncResult> => {
  const files = await readGazetteerFiles(gazetteerDir);
  const upToDate = async (repos: Repositories) =>
    (await repos.gazetteer.state(GAZETTEER_HASH)) === files.hash;
  const nothing: SyncResult = { added: 0, updated: 0 };
  if (await upToDate(repositoriesFor(database.db))) return nothing;
  const gazetteer = parseGazetteer(files);
  const now = (options.clock ?? systemClock).now().toISOString();
  const sync = () =>
    inTransaction(database, async (repos) => {
      // Another process may have synced the same files since we looked.
      if (await upToDate(repos)) return nothing;
      const result = await applyGazetteer(repos, gazetteer, now);
      await repos.gazetteer.setState(GAZETTEER_HASH, files.hash, now);
      return result;
    });
  try {
    return await sync();
  } catch (e) {
    if (isUniqueViolation(e)) return sync();
    throw e;
  }
};
