import type { ReviewedStatement } from '../../core/review.js';
import type { Stance } from '../../core/stance.js';
import type { Topic } from '../../core/topic.js';

/** A topic as the CLI's `--json` and the HTTP API present it. */
export interface TopicView {
  readonly id: string;
  readonly label: string;
  readonly description: string | null;
  readonly terms: string[];
  readonly patterns: string[];
  readonly countries: string[];
  readonly createdAt: string;
  /** Statements the rules (or a model) linked to it, before analysts' reviews. */
  readonly statementCount: number;
}

/** A statement's stance on one topic, with why: the topic's matches and the cues that moved it. */
export interface StanceView {
  readonly topicId: string;
  /** −2 … +2, or null when an analyst linked the topic without rating it. */
  readonly stance: number | null;
  readonly confidence: number;
  readonly hedged: boolean;
  readonly conditional: boolean;
  readonly negated: boolean;
  readonly eventType: string | null;
  /** `rules@1`, `llm:model@date` or `analyst:id`. */
  readonly method: string;
  readonly matches: Array<{ term: string; start: number; end: number; inContent: boolean }>;
  readonly cues: Array<{ kind: string; text: string; start: number; end: number; weight: number }>;
}

/** A stance on a topic with the statement it belongs to, for a topic's page. */
export interface TopicStanceView extends StanceView {
  readonly statementId: string;
  readonly sourceId: string;
  readonly speaker: string | null;
  readonly saidOn: string | null;
  readonly content: string;
  readonly verdict: string | null;
}

export const topicView = (topic: Topic, statementCount: number): TopicView => ({
  id: topic.id,
  label: topic.label,
  description: topic.description,
  terms: [...topic.terms],
  patterns: [...topic.patterns],
  countries: [...topic.countries],
  createdAt: topic.createdAt,
  statementCount,
});

export const stanceView = (s: Stance): StanceView => ({
  topicId: s.topicId,
  stance: s.value,
  confidence: s.confidence,
  hedged: s.flags.hedged,
  conditional: s.flags.conditional,
  negated: s.flags.negated,
  eventType: s.eventType,
  method: s.method,
  matches: s.matches.map(({ term, start, end, inContent }) => ({ term, start, end, inContent })),
  cues: s.cues.map(({ kind, text, start, end, weight }) => ({ kind, text, start, end, weight })),
});

export const topicStanceView = (s: Stance, statement: ReviewedStatement): TopicStanceView => ({
  ...stanceView(s),
  statementId: statement.id,
  sourceId: statement.sourceId,
  speaker: statement.speaker?.name ?? null,
  saidOn: statement.saidOn?.date ?? null,
  content: statement.content,
  verdict: statement.verdict,
});
