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
}

export interface ActorAliasesTable {
  actor_id: string;
  alias: string;
  alias_key: string;
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

export interface Schema {
  sources: SourcesTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  extraction_runs: ExtractionRunsTable;
  statements: StatementsTable;
  statement_spans: StatementSpansTable;
}

export const SpanRole = { Content: 'content', Source: 'source', Cue: 'cue' } as const;
export type SpanRole = (typeof SpanRole)[keyof typeof SpanRole];
