import type { Actor } from '../actor.js';
import type { RegistryOrigin, RegistryRole } from './registry-actor.js';

/** A role as stored, with where it came from. */
export interface StoredRole extends RegistryRole {
  readonly origin: RegistryOrigin;
}

/** An actor as the registry shows it: names, kind, country, roles held and statements attributed. */
export interface ActorProfile extends Actor {
  readonly origin: RegistryOrigin;
  /** Ordered by start date. */
  readonly roles: readonly StoredRole[];
  readonly statementCount: number;
}
