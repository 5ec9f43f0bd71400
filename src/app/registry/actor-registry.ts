import { ActorKind, normaliseName } from '../../core/actor.js';
import type { ActorProfile } from '../../core/actor-registry/actor-profile.js';
import { createCountryIndex } from '../../core/actor-registry/country-index.js';
import { isCountryCode, RegistryOrigin } from '../../core/actor-registry/registry-actor.js';
import { isOrderedPeriod } from '../../core/actor-registry/role-period.js';
import { roleTitleKey } from '../../core/actor-registry/role-title.js';
import { conflict, invalidInput, notFound } from '../../core/errors.js';
import type { ActorId, Clock, IdGenerator } from '../../core/ids.js';
import { isoDateFrom, type IsoDate } from '../../core/partial-date.js';
import { roleIdOf, type MergeCounts } from '../../store/actor.repository.js';
import type { Database } from '../../store/database.js';
import { inTransaction, repositoriesFor, type Repositories } from '../../store/repositories.js';
import { syncGazetteer, type SyncResult } from './sync-gazetteer.js';

/** A new actor as a user describes it. */
export interface NewActorInput {
  readonly name: string;
  /** person (the default), organisation or state. */
  readonly kind?: string;
  /** ISO3 code, or a country's name ("Iran"). */
  readonly country?: string | null;
  readonly aliases?: readonly string[];
}

/** A role as a user describes it; the country defaults to the actor's. */
export interface NewRoleInput {
  readonly title: string;
  readonly country?: string | null;
  /** ISO date: YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly from: string;
  readonly to?: string | null;
}

export interface MergeOutcome {
  readonly survivor: ActorProfile;
  readonly merged: { readonly id: ActorId; readonly canonicalName: string };
  readonly moved: MergeCounts;
}

/** The actor registry's use cases: read it and curate it. */
export interface ActorRegistry {
  /** Every actor with its aliases, roles and statement count. */
  list(): Promise<ActorProfile[]>;
  /** One actor, by canonical name, alias or id. */
  show(name: string): Promise<ActorProfile>;
  add(input: NewActorInput): Promise<ActorProfile>;
  addAlias(name: string, alias: string): Promise<ActorProfile>;
  addRole(name: string, role: NewRoleInput): Promise<ActorProfile>;
  /** Moves one actor's aliases, roles and statements to another and deletes it, in one transaction. */
  merge(from: string, into: string): Promise<MergeOutcome>;
  /** Takes in the gazetteer files if they changed since the last sync. */
  sync(): Promise<SyncResult>;
}

export interface ActorRegistryDeps {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Where the gazetteer is; the one shipped with Telltale when absent. */
  readonly gazetteerDir?: string;
}

const KINDS: Readonly<Record<string, ActorKind>> = {
  person: ActorKind.Person,
  organisation: ActorKind.Organisation,
  organization: ActorKind.Organisation,
  state: ActorKind.State,
};

const LIST_HINT = 'list actors with `telltale actors`';

const kindFrom = (kind: string | undefined): ActorKind => {
  const found = KINDS[(kind ?? 'person').trim().toLowerCase()];
  if (!found) throw invalidInput(`unknown kind "${kind}"; use person, organisation or state`);
  return found;
};

const dateFrom = (what: string, value: string): IsoDate => {
  const date = isoDateFrom(value);
  if (date === null)
    throw invalidInput(
      `the ${what} date "${value}" is not an ISO date (YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)`,
    );
  return date;
};

const describeActor = (a: { canonicalName: string; id: string }): string =>
  `${a.canonicalName} (${a.id})`;

/** The actor registry over a database; the gazetteer is synced into it before first use. */
export const actorRegistryOver = (database: Database, deps: ActorRegistryDeps): ActorRegistry => {
  let ready: Promise<SyncResult> | null = null;
  const synced = async (): Promise<void> => {
    ready ??= syncGazetteer(database, deps.gazetteerDir, { clock: deps.clock });
    try {
      await ready;
    } catch (e) {
      ready = null;
      throw e;
    }
  };

  /**
   * The actor a name stands for: an id, the canonical name, an alias only one actor has, or a
   * bare surname only one actor has.
   */
  const resolve = async (repos: Repositories, name: string): Promise<ActorId> => {
    const wanted = name.trim();
    if (!normaliseName(wanted)) throw invalidInput('give the name of an actor');
    const byId = await repos.actors.get(wanted as ActorId);
    if (byId) return byId.id;
    const found = await repos.actors.findIdByName(wanted);
    if (found) return found;
    const owners = await repos.actors.idsWithAlias(wanted);
    if (owners.length > 1) {
      const names = await Promise.all(owners.map((id) => repos.actors.get(id)));
      throw conflict(
        `"${wanted}" is a name of ${owners.length} actors: ${names
          .flatMap((a) => (a ? [describeActor(a)] : []))
          .join(', ')}; use a canonical name or an id`,
      );
    }
    const similar = (await repos.actors.idsMatching(wanted)).slice(0, 5);
    if (similar.length === 1 && similar[0] !== undefined && !normaliseName(wanted).includes(' '))
      return similar[0];
    const suggestions = (await Promise.all(similar.map((id) => repos.actors.get(id)))).flatMap(
      (a) => (a ? [a.canonicalName] : []),
    );
    throw notFound(
      `no actor named "${wanted}"${suggestions.length > 0 ? `; did you mean ${suggestions.join(' or ')}?` : ''} (${LIST_HINT}, or add one with \`telltale actors add\`)`,
    );
  };

  const countryFrom = async (repos: Repositories, value: string | null): Promise<string | null> => {
    if (value === null || value.trim() === '') return null;
    const code = value.trim();
    // A name or abbreviation the gazetteer knows ("Iran", "UAE"), else an ISO3 code as given.
    const byName = createCountryIndex(await repos.gazetteer.countries())(code);
    if (byName) return byName;
    if (isCountryCode(code.toUpperCase())) return code.toUpperCase();
    throw invalidInput(
      `"${code}" is not a country: give an ISO 3166 alpha-3 code such as IRN or USA`,
    );
  };

  /** Refuses a name another actor already has (or this one, when `self` is given). */
  const ensureFree = async (repos: Repositories, name: string, self?: ActorId): Promise<void> => {
    const owners = [
      ...new Set([
        ...(await repos.actors.idsWithAlias(name)),
        ...[await repos.actors.findIdByName(name)].filter((id): id is ActorId => id !== null),
      ]),
    ];
    for (const id of owners) {
      const owner = await repos.actors.get(id);
      if (!owner) continue;
      if (id === self) throw conflict(`"${name}" is already a name of ${describeActor(owner)}`);
      if (self === undefined && normaliseName(owner.canonicalName) === normaliseName(name))
        throw conflict(`an actor named "${name}" already exists: ${describeActor(owner)}`);
      throw conflict(
        `"${name}" is already a name of ${describeActor(owner)}; if they are one actor, merge them with \`telltale actors merge\``,
      );
    }
  };

  const profileOf = async (repos: Repositories, id: ActorId): Promise<ActorProfile> => {
    const profile = await repos.actors.profile(id);
    if (!profile) throw notFound(`no actor with id ${id} (${LIST_HINT})`);
    return profile;
  };

  return {
    async list() {
      await synced();
      return repositoriesFor(database.db).actors.profiles();
    },

    async show(name) {
      await synced();
      const repos = repositoriesFor(database.db);
      return profileOf(repos, await resolve(repos, name));
    },

    async add(input) {
      await synced();
      const name = input.name.trim();
      if (!normaliseName(name)) throw invalidInput('give the new actor a name');
      const kind = kindFrom(input.kind);
      const aliases = (input.aliases ?? []).map((a) => a.trim());
      if (aliases.some((a) => !normaliseName(a))) throw invalidInput('an alias is empty');
      return inTransaction(database, async (repos) => {
        const country = await countryFrom(repos, input.country ?? null);
        await ensureFree(repos, name);
        for (const alias of aliases) {
          if (normaliseName(alias) !== normaliseName(name)) await ensureFree(repos, alias);
        }
        const id = deps.ids.next('act') as ActorId;
        await repos.actors.insert({
          id,
          canonicalName: name,
          kind,
          country,
          aliases,
          createdAt: deps.clock.now().toISOString(),
          origin: RegistryOrigin.User,
        });
        return profileOf(repos, id);
      });
    },

    async addAlias(name, alias) {
      await synced();
      const wanted = alias.trim();
      if (!normaliseName(wanted)) throw invalidInput('give the alias to add');
      return inTransaction(database, async (repos) => {
        const id = await resolve(repos, name);
        await ensureFree(repos, wanted, id);
        await repos.actors.addAliases([
          { actorId: id, alias: wanted, origin: RegistryOrigin.User },
        ]);
        return profileOf(repos, id);
      });
    },

    async addRole(name, input) {
      await synced();
      const title = input.title.trim();
      if (!roleTitleKey(title))
        throw invalidInput('give the role a title, e.g. "foreign minister"');
      const from = dateFrom('from', input.from);
      const to = input.to === undefined || input.to === null ? null : dateFrom('to', input.to);
      if (!isOrderedPeriod({ from, to }))
        throw invalidInput(`the role would end (${to}) before it starts (${from})`);
      return inTransaction(database, async (repos) => {
        const id = await resolve(repos, name);
        const actor = await repos.actors.get(id);
        if (!actor) throw notFound(`no actor with id ${id} (${LIST_HINT})`);
        const country =
          input.country === undefined ? actor.country : await countryFrom(repos, input.country);
        const roleId = roleIdOf(id, { title, country, from });
        if ((await repos.actors.roles(id)).some((r) => r.id === roleId))
          throw conflict(
            `${actor.canonicalName} already holds the role ${title}${country ? ` (${country})` : ''} from ${from}`,
          );
        await repos.actors.addRoles([
          { actorId: id, title, country, from, to, origin: RegistryOrigin.User },
        ]);
        return profileOf(repos, id);
      });
    },

    async merge(from, into) {
      await synced();
      return inTransaction(database, async (repos) => {
        const fromId = await resolve(repos, from);
        const intoId = await resolve(repos, into);
        const [merged, survivor] = await Promise.all([
          repos.actors.get(fromId),
          repos.actors.get(intoId),
        ]);
        if (!merged || !survivor) throw notFound(`no such actor (${LIST_HINT})`);
        if (fromId === intoId)
          throw invalidInput(
            `"${from}" and "${into}" are the same actor, ${describeActor(survivor)}`,
          );
        await repos.gazetteer.relink(fromId, intoId);
        // Commitments, speaks-for relations and group memberships follow the actor they name.
        await repos.relations.moveActor(fromId, intoId);
        await repos.groups.moveActor(fromId, intoId);
        await repos.commitments.moveActor(fromId, intoId);
        await repos.reviews.moveSpeaker(fromId, intoId);
        const moved = await repos.actors.moveInto(fromId, intoId);
        // The survivor keeps its own facts; it takes the merged actor's only where it has none.
        await repos.actors.update(intoId, {
          ...(survivor.country === null && merged.country !== null
            ? { country: merged.country }
            : {}),
          ...(survivor.kind === ActorKind.Unknown && merged.kind !== ActorKind.Unknown
            ? { kind: merged.kind }
            : {}),
        });
        return {
          survivor: await profileOf(repos, intoId),
          merged: { id: fromId, canonicalName: merged.canonicalName },
          moved,
        };
      });
    },

    sync: () => syncGazetteer(database, deps.gazetteerDir, { clock: deps.clock }),
  };
};
