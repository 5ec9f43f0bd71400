import type { ActorKind } from '../actor.js';
import type { ActorId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';

/** Where a registry fact came from: the shipped gazetteer, a user's curation, or extraction. */
export const RegistryOrigin = {
  Gazetteer: 'gazetteer',
  User: 'user',
  Extracted: 'extracted',
} as const;
export type RegistryOrigin = (typeof RegistryOrigin)[keyof typeof RegistryOrigin];

/**
 * A role held over a period: `president` of `IRN` from 2021-08-03 to 2024-05-19. `to` is null
 * while the role is held. Dates are ISO dates at day, month or year precision. `country` is
 * null for roles in international bodies (the title then names the body: "UN secretary-general").
 */
export interface RegistryRole {
  readonly title: string;
  /** ISO 3166 alpha-3. */
  readonly country: string | null;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** An actor as the registry knows it: names, kind, country and the roles held over time. */
export interface RegistryActor {
  /** The stored actor's id; absent for actors read from a file that are not stored yet. */
  readonly id?: ActorId;
  readonly canonicalName: string;
  readonly kind: ActorKind;
  /** ISO 3166 alpha-3, when known. */
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly roles: readonly RegistryRole[];
}

/**
 * The ways news text names a country: its names ("Iran", "the Islamic Republic"), adjectives and
 * demonyms ("Iranian"), capitals ("Tehran") and seats of power used as metonyms ("the Kremlin").
 * Forms written in capitals ("US", "U.K.") match only when written in capitals.
 */
export interface CountryNames {
  /** ISO 3166 alpha-3. */
  readonly code: string;
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
  readonly capitals: readonly string[];
  readonly seats: readonly string[];
}

/** An ISO 3166 alpha-3 code as the registry writes it. */
export const isCountryCode = (value: string): boolean => /^[A-Z]{3}$/.test(value);
