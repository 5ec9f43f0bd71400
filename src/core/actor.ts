import type { ActorId } from './ids.js';

export const ActorKind = {
  Person: 'person',
  Organisation: 'organisation',
  State: 'state',
  Unknown: 'unknown',
} as const;
export type ActorKind = (typeof ActorKind)[keyof typeof ActorKind];

/** A person, organisation or state that says things. */
export interface Actor {
  readonly id: ActorId;
  readonly canonicalName: string;
  readonly kind: ActorKind;
  /** ISO 3166 alpha-3, when known. */
  readonly country: string | null;
  readonly aliases: readonly string[];
}

/**
 * The key under which names are compared: case, accents, punctuation and spacing removed.
 * @example normaliseName("  Ali  Khamene'i ") // 'ali khamenei'
 */
export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
