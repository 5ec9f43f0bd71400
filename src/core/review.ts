import type { ActorId, SourceId } from './ids.js';
import { DateMethod, isoDateFrom, precisionOf } from './partial-date.js';
import type { Span } from './span.js';
import type { Statement } from './statement.js';

/** What an analyst can confirm or correct about a statement. */
export const ReviewField = {
  Speaker: 'speaker',
  SaidOn: 'said_on',
  Direct: 'direct',
  Verdict: 'verdict',
  /** The PLOVER type of the act the statement performs, or null for none. */
  EventType: 'event_type',
  /** A stance on a topic, "topic-id:-2"; applied to stances by `applyStanceReviews` (stance.ts). */
  Stance: 'stance',
  /** A topic linked or not, "topic-id:linked" / "topic-id:unlinked"; see `applyStanceReviews`. */
  Topic: 'topic',
} as const;
export type ReviewField = (typeof ReviewField)[keyof typeof ReviewField];

export const Verdict = { Confirmed: 'confirmed', Rejected: 'rejected' } as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];

/**
 * One analyst's confirmation or correction of one field of a statement. It is anchored to the
 * statement's source and first content span, not to the statement's id, so that it survives
 * re-extraction; the newest review of a field wins; the list of reviews is the audit log.
 */
export interface Review {
  readonly id: string;
  readonly sourceId: SourceId;
  readonly anchor: Span;
  readonly field: ReviewField;
  /**
   * Speaker: an actor id, or null for "unnamed"; said_on: an ISO date; direct: "true"/"false";
   * verdict; stance: "topic-id:-2"; topic: "topic-id:linked" or "topic-id:unlinked".
   */
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly analyst: string;
  readonly at: string;
}

/** A statement with the reviews that apply to it. */
export type ReviewedStatement = Statement & {
  readonly reviews: readonly Review[];
  readonly verdict: Verdict | null;
};

const overlapShare = (a: Span, b: Span): number => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
};

/** Whether a review's anchor designates this statement: same source, content overlapping by half or more. */
export const reviewApplies = (review: Review, statement: Statement): boolean => {
  const first = statement.contentSpans[0];
  return (
    review.sourceId === statement.sourceId &&
    first !== undefined &&
    overlapShare(review.anchor, first) >= 0.5
  );
};

/**
 * Applies reviews over what the extractor found: for each field the newest review wins.
 * `actorName` gives the canonical name of a reviewed speaker.
 * @example applyReviews(statement, [speakerReview], (id) => 'Ali Khamenei').speaker?.name // 'Ali Khamenei'
 */
export const applyReviews = (
  statement: Statement,
  reviews: readonly Review[],
  actorName: (id: ActorId) => string | undefined,
): ReviewedStatement => {
  const mine = reviews
    .filter((r) => reviewApplies(r, statement))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  let result: Statement = statement;
  let verdict: Verdict | null = null;
  for (const review of mine) {
    switch (review.field) {
      case ReviewField.Speaker: {
        const id = review.newValue as ActorId | null;
        const name = id ? actorName(id) : undefined;
        result = { ...result, speaker: id && name ? { actorId: id, name } : null };
        break;
      }
      case ReviewField.SaidOn: {
        const date = review.newValue ? isoDateFrom(review.newValue) : null;
        result = {
          ...result,
          saidOn: date ? { date, precision: precisionOf(date), method: DateMethod.Explicit } : null,
        };
        break;
      }
      case ReviewField.Direct:
        result = { ...result, direct: review.newValue === 'true' };
        break;
      case ReviewField.Verdict:
        verdict = review.newValue === Verdict.Rejected ? Verdict.Rejected : Verdict.Confirmed;
        break;
      case ReviewField.EventType:
        result = { ...result, eventType: review.newValue };
        break;
      case ReviewField.Stance:
      case ReviewField.Topic:
        // They change the statement's stances, not the statement: see applyStanceReviews.
        break;
    }
  }
  return { ...result, reviews: mine, verdict };
};
