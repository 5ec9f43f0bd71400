import { ActorKind, normaliseName } from '../actor.js';
import { isoDateFrom } from '../partial-date.js';
import {
  isCountryCode,
  type CountryNames,
  type RegistryActor,
  type RegistryRole,
} from './registry-actor.js';
import { compareStart, isOrderedPeriod, overlapsBeyondHandover } from './role-period.js';
import { roleTitleKey, SOLE_HOLDER_TITLES } from './role-title.js';

/** A role as written, before its dates are checked. */
export interface RegistryRoleDraft {
  readonly title: string;
  readonly country: string | null;
  readonly from: string;
  readonly to: string | null;
}

/** An actor as written, before its kind, country, names and roles are checked. */
export interface RegistryActorDraft {
  readonly canonicalName: string;
  readonly kind: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly roles: readonly RegistryRoleDraft[];
}

/** One thing wrong with one entry: which list, which entry (0-based), which field, and what. */
export interface RegistryIssue {
  readonly list: 'actors' | 'countries';
  readonly entry: number;
  /** The entry's name or code, to find it by. */
  readonly name: string;
  /** The field, e.g. `roles[1].from`; null when the entry as a whole is at fault. */
  readonly field: string | null;
  readonly message: string;
}

export type RegistryValidation =
  | { readonly valid: true; readonly actors: readonly RegistryActor[] }
  | { readonly valid: false; readonly issues: readonly RegistryIssue[] };

const KINDS: ReadonlySet<string> = new Set(Object.values(ActorKind));
const nameKey = (name: string): string => normaliseName(name).replace(/^the /, '');

/**
 * Checks the names of countries: codes are ISO3 and unique, every form names one country only.
 * @example validateCountries([{ code: 'IR', names: ['Iran'], adjectives: [], capitals: [], seats: [] }])
 * // [{ list: 'countries', entry: 0, name: 'IR', field: 'code', message: 'expected an ISO 3166 alpha-3 code …' }]
 */
export const validateCountries = (countries: readonly CountryNames[]): RegistryIssue[] => {
  const issues: RegistryIssue[] = [];
  const codes = new Map<string, number>();
  const forms = new Map<string, string>();
  countries.forEach((country, entry) => {
    const issue = (field: string | null, message: string) =>
      issues.push({ list: 'countries', entry, name: country.code, field, message });
    if (!isCountryCode(country.code))
      issue(
        'code',
        `expected an ISO 3166 alpha-3 code in capitals, e.g. IRN; got "${country.code}"`,
      );
    else if (codes.has(country.code))
      issue(
        'code',
        `${country.code} is listed twice (also entry ${(codes.get(country.code) ?? 0) + 1})`,
      );
    codes.set(country.code, entry);
    if (country.names.length === 0) issue('names', 'give at least one name');
    for (const field of ['names', 'adjectives', 'capitals', 'seats'] as const) {
      country[field].forEach((form, i) => {
        const key = nameKey(form);
        const other = forms.get(key);
        if (!key) issue(`${field}[${i}]`, 'is empty');
        else if (other !== undefined && other !== country.code)
          issue(`${field}[${i}]`, `"${form}" also names ${other}; a form must name one country`);
        forms.set(key, country.code);
      });
    }
  });
  return issues;
};

/**
 * Checks actors as written and returns them typed, or every issue found: unknown kinds and
 * countries, impossible or reversed dates, a name two actors share, and two people holding a
 * one-person office in one country at once (beyond a handover day).
 * @example validateRegistry([{ canonicalName: 'Ebrahim Raisi', kind: 'person', country: 'IRN', aliases: [],
 *   roles: [{ title: 'president', country: 'IRN', from: '2021-08-03', to: '2024-05-19' }] }], countries)
 * // { valid: true, actors: [...] }
 */
export const validateRegistry = (
  drafts: readonly RegistryActorDraft[],
  countries: readonly CountryNames[],
): RegistryValidation => {
  const issues: RegistryIssue[] = [];
  const known = new Set(countries.map((c) => c.code));
  const names = new Map<string, number>();
  const tenures: Array<{ entry: number; index: number; key: string; role: RegistryRole }> = [];
  const actors: RegistryActor[] = [];

  drafts.forEach((draft, entry) => {
    const issue = (field: string | null, message: string) =>
      issues.push({ list: 'actors', entry, name: draft.canonicalName, field, message });
    const checkCountry = (field: string, country: string | null) => {
      if (country === null) return;
      if (!isCountryCode(country))
        issue(field, `expected an ISO 3166 alpha-3 code in capitals, e.g. IRN; got "${country}"`);
      else if (known.size > 0 && !known.has(country))
        issue(field, `unknown country ${country}; add it to the countries first`);
    };

    if (!nameKey(draft.canonicalName)) issue('name', 'is empty');
    if (!KINDS.has(draft.kind))
      issue('kind', `expected one of person, organisation, state; got "${draft.kind}"`);
    checkCountry('country', draft.country);

    // Names that differ only in case, accents or punctuation are one name; repeating one is harmless.
    [draft.canonicalName, ...draft.aliases].forEach((name, i) => {
      const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
      const key = nameKey(name);
      if (!key) {
        if (i > 0) issue(field, 'is empty');
        return;
      }
      const other = names.get(key);
      if (other !== undefined && other !== entry)
        issue(
          field,
          `"${name}" is also a name of ${drafts[other]?.canonicalName ?? '?'} (entry ${other + 1}); a name must stand for one actor`,
        );
      names.set(key, entry);
    });

    const roles: RegistryRole[] = [];
    draft.roles.forEach((role, index) => {
      const at = `roles[${index}]`;
      const key = roleTitleKey(role.title);
      if (!key) issue(`${at}.title`, 'is empty');
      checkCountry(`${at}.country`, role.country);
      const from = isoDateFrom(role.from);
      const to = role.to === null ? null : isoDateFrom(role.to);
      if (from === null)
        issue(
          `${at}.from`,
          `expected an ISO date (YYYY-MM-DD, YYYY-MM or YYYY); got "${role.from}"`,
        );
      if (role.to !== null && to === null)
        issue(`${at}.to`, `expected an ISO date (YYYY-MM-DD, YYYY-MM or YYYY); got "${role.to}"`);
      if (from === null || (role.to !== null && to === null)) return;
      const typed: RegistryRole = { title: role.title.trim(), country: role.country, from, to };
      if (!isOrderedPeriod(typed)) issue(`${at}.to`, `${role.to} is before from (${role.from})`);
      const twin = roles.findIndex(
        (r) => roleTitleKey(r.title) === key && r.country === typed.country && r.from === from,
      );
      if (twin >= 0) issue(at, `repeats roles[${twin}]`);
      roles.push(typed);
      tenures.push({ entry, index, key, role: typed });
    });

    actors.push({
      canonicalName: draft.canonicalName.trim(),
      kind: draft.kind as ActorKind,
      country: draft.country,
      aliases: draft.aliases.map((a) => a.trim()),
      roles,
    });
  });

  const offices = new Map<string, typeof tenures>();
  for (const t of tenures) {
    if (!SOLE_HOLDER_TITLES.has(t.key)) continue;
    const office = `${t.key}|${t.role.country ?? ''}`;
    offices.set(office, [...(offices.get(office) ?? []), t]);
  }
  for (const held of offices.values()) {
    const sorted = [...held].sort((a, b) => compareStart(a.role, b.role));
    sorted.forEach((later, i) => {
      const clash = sorted
        .slice(0, i)
        .find(
          (earlier) =>
            earlier.entry !== later.entry && overlapsBeyondHandover(earlier.role, later.role),
        );
      if (clash)
        issues.push({
          list: 'actors',
          entry: later.entry,
          name: drafts[later.entry]?.canonicalName ?? '?',
          field: `roles[${later.index}]`,
          message: `${later.role.title}${later.role.country ? ` (${later.role.country})` : ''} from ${later.role.from} overlaps ${drafts[clash.entry]?.canonicalName ?? '?'}'s term (${clash.role.from} to ${clash.role.to ?? 'now'}); one person holds it at a time`,
        });
    });
  }

  return issues.length > 0 ? { valid: false, issues } : { valid: true, actors };
};
