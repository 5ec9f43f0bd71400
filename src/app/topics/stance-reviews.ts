import { invalidInput, notFound } from '../../core/errors.js';
import { ReviewField, type Review, type ReviewedStatement } from '../../core/review.js';
import {
  applyStanceReviews,
  isStanceValue,
  stanceReviewValue,
  topicReviewValue,
  type Stance,
} from '../../core/stance.js';
import type { TopicId } from '../../core/topic.js';
import type { Repositories } from '../../store/repositories.js';

/** What an analyst says of a statement's topics: stances by topic id, topics linked or not. */
export interface StanceReviewInput {
  /** The stance on each topic, −2 … +2; the topic is linked too. */
  readonly stances?: Readonly<Record<string, number>>;
  /** Topics to link (true) or unlink (false). */
  readonly topics?: Readonly<Record<string, boolean>>;
}

/** Whether the input names any stance or topic. */
export const hasStanceReview = (input: StanceReviewInput): boolean =>
  Object.keys(input.stances ?? {}).length > 0 || Object.keys(input.topics ?? {}).length > 0;

/**
 * A statement's stances as analysts reviewed them: what extraction found, with their stance and
 * topic reviews applied.
 */
export const reviewedStancesOf = async (
  repos: Repositories,
  statement: ReviewedStatement,
): Promise<Stance[]> =>
  applyStanceReviews(
    statement,
    await repos.stances.list({ statementIds: [statement.id] }),
    statement.reviews,
  );

/**
 * The reviews that record an analyst's stances and topic links for a statement, each with the
 * value it replaces. Checks the values and that the topics exist.
 */
export const stanceReviews = async (
  repos: Repositories,
  statement: ReviewedStatement,
  input: StanceReviewInput,
  review: (field: Review['field'], oldValue: string | null, newValue: string | null) => Review,
): Promise<Review[]> => {
  const stances = Object.entries(input.stances ?? {});
  const links = Object.entries(input.topics ?? {});
  for (const [topicId, value] of stances) {
    if (!isStanceValue(value))
      throw invalidInput(`a stance is a whole number from -2 to 2 (got ${value} for ${topicId})`);
  }
  for (const topicId of new Set([...stances, ...links].map(([id]) => id))) {
    if (!(await repos.topics.get(topicId as TopicId)))
      throw notFound(`no topic with id ${topicId}; list them with \`telltale topics\``);
  }
  const current = new Map(
    (await reviewedStancesOf(repos, statement)).map((s) => [s.topicId as string, s]),
  );
  return [
    ...links.map(([topicId, linked]) =>
      review(
        ReviewField.Topic,
        topicReviewValue(topicId as TopicId, current.has(topicId)),
        topicReviewValue(topicId as TopicId, linked),
      ),
    ),
    ...stances.map(([topicId, value]) => {
      const old = current.get(topicId);
      return review(
        ReviewField.Stance,
        old ? stanceReviewValue(old.topicId, old.value) : null,
        stanceReviewValue(topicId as TopicId, isStanceValue(value) ? value : null),
      );
    }),
  ];
};
