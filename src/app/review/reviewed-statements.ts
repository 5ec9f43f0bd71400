import type { ActorId } from '../../core/ids.js';
import { applyReviews, type ReviewedStatement } from '../../core/review.js';
import type { Statement } from '../../core/statement.js';
import type { Repositories } from '../../store/repositories.js';

/** Statements with their analysts' reviews applied: what an analyst corrected wins. */
export const withReviews = async (
  repos: Repositories,
  statements: readonly Statement[],
): Promise<ReviewedStatement[]> => {
  const reviews = await repos.reviews.listForSources(statements.map((s) => s.sourceId));
  if (reviews.length === 0) return statements.map((s) => ({ ...s, reviews: [], verdict: null }));
  const names = new Map((await repos.actors.list()).map((a) => [a.id as string, a.canonicalName]));
  return statements.map((s) => applyReviews(s, reviews, (id: ActorId) => names.get(id)));
};
