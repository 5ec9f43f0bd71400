import type { Generated } from 'kysely';

/**
 * The database schema as Kysely sees it; one schema for SQLite and PostgreSQL. Booleans are stored
 * as 0/1 integers and dates and times as ISO 8601 text, so both engines hold identical values.
 */
export interface SourcesTable {
  id: string;
  content_hash: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published_on: string | null;
  language: string;
  format: string;
  origin: string;
  text: string;
  ingested_at: string;
}

export interface ActorsTable {
  id: string;
  canonical_name: string;
  /** The canonical name, normalised for comparison; unique. */
  name_key: string;
  kind: string;
  country: string | null;
  created_at: string;
  /** Where the actor came from: 'extracted' (the default), 'gazetteer' or 'user'. */
  origin: Generated<string>;
}

export interface ActorAliasesTable {
  actor_id: string;
  alias: string;
  alias_key: string;
  /** 'extracted' (the default), 'gazetteer' or 'user'. */
  origin: Generated<string>;
}

/** Offices an actor held: title, country (null for international bodies) and dates. */
export interface ActorRolesTable {
  /** Derived from actor, title key, country and start, so the same role is stored once. */
  id: string;
  actor_id: string;
  /** The title as written, e.g. "UN secretary-general". */
  title: string;
  /** The title's comparison key, e.g. "un secretary general". */
  title_key: string;
  country: string | null;
  /** ISO date at day, month or year precision. */
  from_on: string;
  to_on: string | null;
  /** 'gazetteer' or 'user'. */
  origin: string;
}

/** Which actor each gazetteer entry (by the key of its name) was stored as, or merged into. */
export interface ActorGazetteerEntriesTable {
  entry_key: string;
  actor_id: string;
}

/** The ways text names a country (from the gazetteer's countries file). */
export interface CountryNamesTable {
  /** ISO 3166 alpha-3. */
  country: string;
  /** 'name', 'adjective', 'capital' or 'seat'. */
  form: string;
  ord: number;
  name: string;
  name_key: string;
}

/** Small facts about the registry, such as the hash of the gazetteer last synced. */
export interface RegistryStateTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ExtractionRunsTable {
  id: string;
  source_id: string;
  extractor: string;
  started_at: string;
  finished_at: string | null;
  statement_count: number;
}

export interface StatementsTable {
  id: string;
  source_id: string;
  run_id: string;
  extractor: string;
  speaker_actor_id: string | null;
  speaker_mention: string | null;
  cue: string | null;
  content: string;
  direct: number;
  said_on: string | null;
  said_on_precision: string | null;
  said_on_method: string | null;
  /** Offset of the first content span, for ordering statements as they appear in the source. */
  position: number;
}

export interface StatementSpansTable {
  statement_id: string;
  role: string;
  ord: number;
  start_offset: number;
  end_offset: number;
}

/** An analyst's review of one field of a statement, anchored to its source and content span. */
export interface StatementReviewsTable {
  id: string;
  source_id: string;
  anchor_start: number;
  anchor_end: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
  analyst: string;
  created_at: string;
}

export interface Schema {
  sources: SourcesTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  actor_roles: ActorRolesTable;
  actor_gazetteer_entries: ActorGazetteerEntriesTable;
  country_names: CountryNamesTable;
  registry_state: RegistryStateTable;
  extraction_runs: ExtractionRunsTable;
  statements: StatementsTable;
  statement_spans: StatementSpansTable;
  statement_reviews: StatementReviewsTable;
}

export const SpanRole = { Content: 'content', Source: 'source', Cue: 'cue' } as const;
export type SpanRole = (typeof SpanRole)[keyof typeof SpanRole];
