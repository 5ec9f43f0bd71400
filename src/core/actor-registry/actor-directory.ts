import { ActorKind, normaliseName } from '../actor.js';
import { precisionOf, type IsoDate } from '../partial-date.js';
import { remembered } from '../remembered.js';
import { createCountryIndex } from './country-index.js';
import type { CountryNames, RegistryActor, RegistryRole } from './registry-actor.js';
import { heldOn } from './role-period.js';
import { equivalentTitleKeys, roleTitleKey } from './role-title.js';

/** Who is who, and who held which office when: what speaker resolution asks of the registry. */
export interface ActorDirectory {
  readonly actors: readonly RegistryActor[];
  /**
   * The actor a name stands for: its canonical name or an alias (ignoring case, accents and
   * punctuation), or a bare surname that exactly one person has; null when none or several do.
   */
  byName(name: string): RegistryActor | null;
  /**
   * The holder of an office in a country on a date, or the current holder when `on` is null.
   * With no country, the title must belong to one country only (or to an international body).
   * Null when nobody, or more than one person, held it then.
   */
  byRole(title: string, country: string | null, on: IsoDate | null): RegistryActor | null;
  /**
   * The actor a role description stands for on a date: "Iran's supreme leader", "the U.S.
   * president", "US Secretary of State", "the president of France", "the supreme leader".
   */
  resolveRoleMention(mention: string, on: IsoDate | null): RegistryActor | null;
  /** The ISO3 code of a country named by its name, adjective, capital or seat of power. */
  countryOf(text: string): string | null;
}

interface Tenure {
  readonly actor: RegistryActor;
  readonly role: RegistryRole;
}

const nameKey = (name: string): string => normaliseName(name).replace(/^the /, '');
const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/** Words that make a description point away from the holder on the date: "the former president". */
const NOT_THE_HOLDER =
  /\b(?:former|ex|late|then|outgoing|incoming|next|previous|future|elect|designate)\b/;
/** Words that change nothing about who holds the office. */
const IDLE_WORDS = /^(?:(?:current|incumbent|sitting|new|present)\s+)+/i;

const indexBy = <T>(entries: Iterable<readonly [string, T]>): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const [key, value] of entries) {
    if (!key) continue;
    const list = map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else map.set(key, [value]);
  }
  return map;
};

const only = <T>(items: readonly T[] | undefined): T | null =>
  items?.length === 1 ? (items[0] ?? null) : null;

/**
 * The holder among tenures of one office on a date. On the day of a handover both the outgoing
 * and the incoming holder held it; the incoming one is taken.
 */
const holderAt = (tenures: readonly Tenure[], on: IsoDate | null): RegistryActor | null => {
  let current =
    on === null
      ? tenures.filter((t) => t.role.to === null)
      : tenures.filter((t) => heldOn(t.role, on));
  const actorsOf = (ts: readonly Tenure[]) => [...new Set(ts.map((t) => t.actor))];
  if (on !== null && precisionOf(on) === 'day' && actorsOf(current).length > 1)
    current = current.filter((t) => t.role.to !== on);
  return only(actorsOf(current));
};

/**
 * An actor directory over a list of actors and the names of countries; pure and immutable.
 * @example
 * const directory = createActorDirectory(actors, countries);
 * directory.resolveRoleMention("Iran's president", '2023-05-01') // Ebrahim Raisi
 * directory.byRole('president', 'IRN', '2025-03-01') // Masoud Pezeshkian
 */
export const createActorDirectory = (
  actors: readonly RegistryActor[],
  countries: readonly CountryNames[],
): ActorDirectory => {
  const countryOf = createCountryIndex(countries);
  const byCanonical = indexBy(actors.map((a) => [nameKey(a.canonicalName), a] as const));
  const byAlias = indexBy(
    actors.flatMap((a) => [a.canonicalName, ...a.aliases].map((n) => [nameKey(n), a] as const)),
  );
  const bySurname = indexBy(
    actors
      .filter((a) => a.kind === ActorKind.Person && nameKey(a.canonicalName).includes(' '))
      .map((a) => [lastWord(nameKey(a.canonicalName)), a] as const),
  );
  const tenures = indexBy(
    actors.flatMap((actor) =>
      actor.roles.map((role) => [roleTitleKey(role.title), { actor, role }] as const),
    ),
  );

  // Remembered: speaker resolution and the event coder ask after the same names again and again.
  const byName = remembered((name: string): RegistryActor | null => {
    const key = nameKey(name);
    if (!key) return null;
    const canonical = byCanonical.get(key);
    if (canonical) return only(canonical);
    const alias = byAlias.get(key);
    if (alias) return only(alias);
    return key.includes(' ') ? null : only(bySurname.get(key));
  });

  const byRole = (
    title: string,
    country: string | null,
    on: IsoDate | null,
  ): RegistryActor | null => {
    const key = roleTitleKey(title);
    if (country === null) {
      const all = tenures.get(key) ?? [];
      if (new Set(all.map((t) => t.role.country)).size !== 1) return null;
      return holderAt(all, on);
    }
    for (const k of equivalentTitleKeys(key)) {
      const held = (tenures.get(k) ?? []).filter((t) => t.role.country === country);
      if (held.length > 0) return holderAt(held, on);
    }
    return null;
  };

  /** The ways a description may split into a country and a title, most specific first. */
  const readings = (description: string): Array<[string | null, string]> => {
    const text = description.replace(IDLE_WORDS, '');
    const found: Array<[string | null, string]> = [];
    const possessive = /^(.+?)'s\s+(.+)$/u.exec(text);
    if (possessive?.[1] && possessive[2]) {
      const [, owner, title] = possessive;
      const country = countryOf(owner);
      found.push(country ? [country, title] : [null, `${owner} ${title}`]);
    }
    const of = text.toLowerCase().lastIndexOf(' of ');
    if (of > 0) {
      const country = countryOf(text.slice(of + 4));
      if (country) found.push([country, text.slice(0, of)]);
    }
    const words = text.split(' ');
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const country = countryOf(words.slice(0, n).join(' '));
      if (country) {
        found.push([country, words.slice(n).join(' ').replace(IDLE_WORDS, '')]);
        break;
      }
    }
    found.push([null, text]);
    return found;
  };

  const resolveRoleMention = (mention: string, on: IsoDate | null): RegistryActor | null => {
    const text = mention
      .replace(/[’‘`]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[,;:]+$/, '')
      .replace(/^the /i, '');
    if (!text || NOT_THE_HOLDER.test(normaliseName(text))) return null;
    for (const [country, title] of readings(text)) {
      const actor = byRole(title, country, on);
      if (actor) return actor;
    }
    return null;
  };

  return { actors, byName, byRole, resolveRoleMention, countryOf };
};
