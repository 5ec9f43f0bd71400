import type { Brand } from './brand.js';

export type SourceId = Brand<string, 'SourceId'>;
export type ActorId = Brand<string, 'ActorId'>;
export type StatementId = Brand<string, 'StatementId'>;
export type ExtractionRunId = Brand<string, 'ExtractionRunId'>;

/** Makes fresh ids; injected so that tests can be deterministic. */
export interface IdGenerator {
  next(prefix: string): string;
}

/** A clock; injected so that tests can be deterministic. */
export interface Clock {
  now(): Date;
}
