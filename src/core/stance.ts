import type { SourceId, StatementId } from './ids.js';
import { reviewApplies, ReviewField, type Review } from './review.js';
import type { Span } from './span.js';
import type { Statement } from './statement.js';
import type { TopicId } from './topic.js';

/** A statement's position on a topic: −2 firm refusal or hostility … +2 firm openness or support. */
export type StanceValue = -2 | -1 | 0 | 1 | 2;

export const isStanceValue = (value: unknown): value is StanceValue =>
  value === -2 || value === -1 || value === 0 || value === 1 || value === 2;

/**
 * How a statement words its position. Hedged: "may", "might", "not ruling out"; conditional:
 * "if", "only when", "unless"; negated: a stance word under a negation ("will not refuse").
 * Kept for the ambiguity of what an actor says, not only for its stance.
 */
export interface StanceFlags {
  readonly hedged: boolean;
  readonly conditional: boolean;
  readonly negated: boolean;
}

export const NO_FLAGS: StanceFlags = { hedged: false, conditional: false, negated: false };

/** Where a topic term or pattern matched: in the statement's content, or only in its sentence. */
export interface TopicMatch extends Span {
  /** The term or pattern as the topic gives it. */
  readonly term: string;
  readonly inContent: boolean;
}

/** A word or phrase that moved the stance, with what it weighed after negation and modifiers. */
export interface StanceCue extends Span {
  readonly kind: 'refusal' | 'openness' | 'hedge' | 'conditional' | 'intensifier' | 'negator';
  readonly text: string;
  /** Its share of the score (refusal and openness cues); 0 for modifiers. */
  readonly weight: number;
}

/**
 * A statement linked to a topic, with its stance on it. `method` says who decided: the rules
 * (`rules@1`), a language model (`llm:model@2026-11-21`) or an analyst (`analyst:alice`).
 */
export interface Stance {
  readonly statementId: StatementId;
  readonly sourceId: SourceId;
  readonly topicId: TopicId;
  /** Null when an analyst linked the topic without rating the stance and no rule did. */
  readonly value: StanceValue | null;
  /** 0…1. */
  readonly confidence: number;
  readonly flags: StanceFlags;
  /** The PLOVER event type behind the stance, when one was given or found. */
  readonly eventType: string | null;
  readonly method: string;
  readonly matches: readonly TopicMatch[];
  readonly cues: readonly StanceCue[];
}

/**
 * The method of an analyst's reading.
 * @example analystMethod('alice') // 'analyst:alice'
 */
export const analystMethod = (analyst: string): string => `analyst:${analyst}`;

/**
 * The method of a language model's reading, dated by the day it was made.
 * @example llmMethod('qwen2.5', '2026-11-21') // 'llm:qwen2.5@2026-11-21'
 */
export const llmMethod = (model: string, day: string): string => `llm:${model}@${day}`;

/**
 * A stance review's value: the topic and the stance.
 * @example stanceReviewValue('iran-us-negotiation' as TopicId, -2) // 'iran-us-negotiation:-2'
 */
export const stanceReviewValue = (topicId: TopicId, value: StanceValue | null): string =>
  `${topicId}:${value ?? 'unrated'}`;

/**
 * A topic review's value: the topic, linked or not.
 * @example topicReviewValue('iran-us-negotiation' as TopicId, false) // 'iran-us-negotiation:unlinked'
 */
export const topicReviewValue = (topicId: TopicId, linked: boolean): string =>
  `${topicId}:${linked ? 'linked' : 'unlinked'}`;

type ParsedReview =
  | { readonly topicId: TopicId; readonly kind: 'stance'; readonly value: StanceValue }
  | { readonly topicId: TopicId; readonly kind: 'topic'; readonly linked: boolean };

/** Reads a stance or topic review's value; null for any other review or a malformed value. */
const parseReview = (review: Review): ParsedReview | null => {
  const value = review.newValue;
  if (value === null) return null;
  const colon = value.lastIndexOf(':');
  if (colon <= 0) return null;
  const topicId = value.slice(0, colon) as TopicId;
  const rest = value.slice(colon + 1);
  if (review.field === ReviewField.Stance) {
    const n = Number(rest);
    return isStanceValue(n) ? { topicId, kind: 'stance', value: n } : null;
  }
  if (review.field === ReviewField.Topic && (rest === 'linked' || rest === 'unlinked'))
    return { topicId, kind: 'topic', linked: rest === 'linked' };
  return null;
};

/** The topic a stance or topic review is about, or null for other reviews. */
export const reviewedTopicOf = (review: Review): TopicId | null =>
  parseReview(review)?.topicId ?? null;

/**
 * Applies analysts' stance and topic reviews over the stances found for one statement: for each
 * topic the newest review wins. A stance review sets the value (confidence 1, method
 * `analyst:…`) and links the topic if it was not; a topic review links (keeping any rule's
 * stance, or none) or unlinks it. Reviews are matched to the statement by their anchor, as
 * `applyReviews` does, so they survive re-extraction.
 * @example applyStanceReviews(statement, [], [stanceReview])[0]?.value // -2
 */
export const applyStanceReviews = (
  statement: Statement,
  found: readonly Stance[],
  reviews: readonly Review[],
): Stance[] => {
  const byTopic = new Map<TopicId, Stance>(
    found.filter((s) => s.statementId === statement.id).map((s) => [s.topicId, s]),
  );
  const mine = reviews
    .filter(
      (r) =>
        (r.field === ReviewField.Stance || r.field === ReviewField.Topic) &&
        reviewApplies(r, statement),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const review of mine) {
    const parsed = parseReview(review);
    if (!parsed) continue;
    const current = byTopic.get(parsed.topicId);
    const base: Stance = current ?? {
      statementId: statement.id,
      sourceId: statement.sourceId,
      topicId: parsed.topicId,
      value: null,
      confidence: 0,
      flags: NO_FLAGS,
      eventType: null,
      method: analystMethod(review.analyst),
      matches: [],
      cues: [],
    };
    if (parsed.kind === 'stance') {
      byTopic.set(parsed.topicId, {
        ...base,
        value: parsed.value,
        confidence: 1,
        method: analystMethod(review.analyst),
      });
    } else if (parsed.linked) {
      byTopic.set(parsed.topicId, base);
    } else {
      byTopic.delete(parsed.topicId);
    }
  }
  return [...byTopic.values()].sort((a, b) => a.topicId.localeCompare(b.topicId));
};
