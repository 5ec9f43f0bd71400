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

/** One Analysis of Competing Hypotheses. */
export interface HypothesisSetsTable {
  id: string;
  question: string;
  created_at: string;
}

export interface AchHypothesesTable {
  set_id: string;
  id: string;
  ord: number;
  text: string;
}

export interface AchEvidenceTable {
  set_id: string;
  id: string;
  ord: number;
  text: string;
  credibility: string;
  relevance: string;
  evidence_date: string | null;
  evidence_type: string | null;
  /** 'statement', 'event' or 'source', with the id it points at. */
  link_kind: string | null;
  link_id: string | null;
  notes: string | null;
  code: string | null;
  flagged: number | null;
}

/** Every rating an analyst gave a cell, append-only; the latest per analyst and cell is current. */
export interface AchRatingEventsTable {
  seq: Generated<number>;
  set_id: string;
  evidence_id: string;
  hypothesis_id: string;
  analyst: string;
  value: string;
  note: string | null;
  at: string;
}

/** Every probability an analyst gave a hypothesis, append-only; the latest is current. */
export interface AchProbabilityEventsTable {
  seq: Generated<number>;
  set_id: string;
  hypothesis_id: string;
  analyst: string;
  p: number;
  at: string;
}

export interface ForecastQuestionsTable {
  id: string;
  /** 'binary' or 'multiple_choice'. */
  type: string;
  title: string;
  resolution_criteria: string;
  /** JSON array of options (multiple choice), else null. */
  options: string | null;
  opens: string;
  closes: string;
  /** JSON of the outcome (true/false, or an option), null while unresolved or when annulled. */
  outcome: string | null;
  resolved_at: string | null;
  annulled: Generated<number>;
  created_at: string;
}

/** Each analyst's forecasts over time, append-only. */
export interface ForecastsTable {
  seq: Generated<number>;
  question_id: string;
  analyst: string;
  at: string;
  /** JSON: a number (binary) or `{ option: p }` (multiple choice). */
  probabilities: string;
  rationale: string | null;
  /** JSON array of `{ kind, id }`, or null. */
  links: string | null;
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
  hypothesis_sets: HypothesisSetsTable;
  ach_hypotheses: AchHypothesesTable;
  ach_evidence: AchEvidenceTable;
  ach_rating_events: AchRatingEventsTable;
  ach_probability_events: AchProbabilityEventsTable;
  forecast_questions: ForecastQuestionsTable;
  forecasts: ForecastsTable;
  events: EventsTable;
  topics: TopicsTable;
  topic_terms: TopicTermsTable;
  stances: StancesTable;
  actor_relations: ActorRelationsTable;
  actor_groups: ActorGroupsTable;
  actor_group_members: ActorGroupMembersTable;
  commitments: CommitmentsTable;
  commitment_status_changes: CommitmentStatusChangesTable;
  commitment_precedents: CommitmentPrecedentsTable;
}

/** A relation between two actors: a proxy *speaks for* a principal, between dates. */
export interface ActorRelationsTable {
  id: string;
  /** 'speaks_for'. */
  kind: string;
  proxy_actor_id: string;
  principal_actor_id: string;
  /** ISO dates at any precision; null for an open end. */
  from_on: string | null;
  to_on: string | null;
  note: string | null;
  created_at: string;
}

/** Actors an analyst groups together ("hardliners"). */
export interface ActorGroupsTable {
  id: string;
  name: string;
  /** The name normalised for comparison; unique. */
  name_key: string;
  description: string | null;
  created_at: string;
}

export interface ActorGroupMembersTable {
  group_id: string;
  actor_id: string;
  added_at: string;
}

/** A threat, red line, ultimatum or promise. */
export interface CommitmentsTable {
  id: string;
  actor_id: string;
  addressee_actor_id: string | null;
  addressee_name: string | null;
  /** 'threat', 'red_line', 'ultimatum' or 'promise'. */
  kind: string;
  text: string;
  condition: string | null;
  deadline: string | null;
  made_on: string | null;
  /** The statement that made it, with its source and first content span (to survive re-extraction). */
  statement_id: string | null;
  statement_source_id: string | null;
  statement_anchor_start: number | null;
  statement_anchor_end: number | null;
  /** The status last recorded: 'pending', 'carried_out', 'not_carried_out' or 'withdrawn'. */
  status: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Every status change of a commitment with its evidence, append-only. */
export interface CommitmentStatusChangesTable {
  seq: Generated<number>;
  commitment_id: string;
  status: string;
  changed_on: string;
  /** 'statement', 'event' or 'source'; null only for the initial 'pending'. */
  evidence_kind: string | null;
  evidence_id: string | null;
  evidence_source_id: string | null;
  evidence_anchor_start: number | null;
  evidence_anchor_end: number | null;
  note: string | null;
  analyst: string | null;
  recorded_at: string;
}

/** The earlier commitments a commitment cites as precedent, in order. */
export interface CommitmentPrecedentsTable {
  commitment_id: string;
  precedent_id: string;
  ord: number;
}

/** A topic analysts follow. */
export interface TopicsTable {
  id: string;
  label: string;
  description: string | null;
  /** One or two ISO 3166 alpha-3 codes, comma-separated; '' when none. */
  countries: Generated<string>;
  created_at: string;
}

/** The terms ('term') and regular expressions ('pattern') that signal a topic, in order. */
export interface TopicTermsTable {
  topic_id: string;
  kind: string;
  ord: number;
  value: string;
}

/** A statement's stance on a topic it speaks to, as the rules or a model found it. */
export interface StancesTable {
  statement_id: string;
  topic_id: string;
  source_id: string;
  /** −2 … +2. */
  value: number;
  confidence: number;
  hedged: number;
  conditional: number;
  negated: number;
  event_type: string | null;
  /** `rules@1`, `llm:model@date`. */
  method: string;
  /** JSON: where the topic's terms matched. */
  matches: string;
  /** JSON: the words that moved the stance. */
  cues: string;
  linked_at: string;
}

/** Events: imported (GDELT, ICEWS), coded from statements, or entered by analysts. */
export interface EventsTable {
  /** For imported events, origin and dataset id (`gdelt_1203417562`), so a re-import is a no-op. */
  id: string;
  /** 'extracted', 'gdelt', 'icews' or 'analyst'. */
  origin: string;
  external_id: string | null;
  /** ISO date. */
  occurred_on: string;
  plover_type: string | null;
  cameo_code: string | null;
  source_name: string | null;
  /** ISO 3166 alpha-3. */
  source_country: string | null;
  source_sector: string | null;
  source_actor_id: string | null;
  target_name: string | null;
  target_country: string | null;
  target_sector: string | null;
  target_actor_id: string | null;
  quad_class: number | null;
  goldstein: number | null;
  statement_id: string | null;
  source_id: string | null;
  url: string | null;
  coder: string;
}

export const SpanRole = { Content: 'content', Source: 'source', Cue: 'cue' } as const;
export type SpanRole = (typeof SpanRole)[keyof typeof SpanRole];
