import { ploverTypeFrom } from '../../core/cameo/plover-type.js';
import { invalidInput, notFound } from '../../core/errors.js';
import type { Clock, IdGenerator, StatementId } from '../../core/ids.js';
import { isoDateFrom } from '../../core/partial-date.js';
import type { Verdict } from '../../core/review.js';
import { ReviewField, type Review, type ReviewedStatement } from '../../core/review.js';
import type { Database } from '../../store/database.js';
import { inTransaction, repositoriesFor } from '../../store/repositories.js';
import { ensureActor } from '../extraction/store-extraction.js';
import {
  hasStanceReview,
  stanceReviews,
  type StanceReviewInput,
} from '../topics/stance-reviews.js';
import { withReviews } from './reviewed-statements.js';

/** What an analyst says of a statement: any of these fields, each optional (stances and topics too). */
export interface StatementReviewInput extends StanceReviewInput {
  /** The speaker's name (found in the registry, or created), or null for "unnamed". */
  readonly speaker?: string | null;
  /** When it was said: YYYY, YYYY-MM or YYYY-MM-DD, or null for "unknown". */
  readonly saidOn?: string | null;
  readonly direct?: boolean;
  readonly verdict?: Verdict;
  /** The PLOVER type of the act the statement performs (AGREE … ASSAULT), or null for none. */
  readonly eventType?: string | null;
}

export interface ReviewDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * Records an analyst's confirmation or correction of a statement. Each changed field is one
 * review (who, when, old value, new value), stored apart from the extractor's output so that it
 * survives re-extraction. Returns the statement as it now reads.
 */
export const reviewStatement = async (
  deps: ReviewDeps,
  statementId: string,
  input: StatementReviewInput,
  analyst: string,
): Promise<ReviewedStatement> => {
  if (!analyst.trim()) throw invalidInput('a review needs the analyst who makes it');
  const fields = Object.entries(input).filter(
    ([key, v]) => v !== undefined && key !== 'stances' && key !== 'topics',
  );
  if (fields.length === 0 && !hasStanceReview(input))
    throw invalidInput(
      'nothing to review: give a speaker, a date, direct, a verdict, a stance or a topic',
    );
  if (
    input.eventType !== undefined &&
    input.eventType !== null &&
    ploverTypeFrom(input.eventType) === null
  ) {
    throw invalidInput(
      `the event type must be a PLOVER type such as REJECT or THREATEN (got "${input.eventType}")`,
    );
  }
  if (input.saidOn !== undefined && input.saidOn !== null && isoDateFrom(input.saidOn) === null) {
    throw invalidInput(
      `the date must be YYYY, YYYY-MM or YYYY-MM-DD and real (got "${input.saidOn}")`,
    );
  }
  const repos = repositoriesFor(deps.database.db);
  const [current] = await withReviews(
    repos,
    await repos.statements.list({ ids: [statementId as StatementId] }),
  );
  if (!current)
    throw notFound(`no statement with id ${statementId}; list them with \`telltale statements\``);
  const anchor = current.contentSpans[0] ?? { start: 0, end: 0 };
  const at = deps.clock.now().toISOString();

  await inTransaction(deps.database, async (tx) => {
    const review = (
      field: Review['field'],
      oldValue: string | null,
      newValue: string | null,
    ): Review => ({
      id: deps.ids.next('rev'),
      sourceId: current.sourceId,
      anchor,
      field,
      oldValue,
      newValue,
      analyst: analyst.trim(),
      at,
    });
    if (input.speaker !== undefined) {
      const actorId =
        input.speaker === null || input.speaker.trim() === ''
          ? null
          : await ensureActor(tx, deps, input.speaker.trim(), at);
      await tx.reviews.insert(
        review(ReviewField.Speaker, current.speaker?.actorId ?? null, actorId),
      );
    }
    if (input.saidOn !== undefined) {
      await tx.reviews.insert(
        review(ReviewField.SaidOn, current.saidOn?.date ?? null, input.saidOn),
      );
    }
    if (input.direct !== undefined) {
      await tx.reviews.insert(
        review(ReviewField.Direct, String(current.direct), String(input.direct)),
      );
    }
    if (input.eventType !== undefined) {
      await tx.reviews.insert(
        review(ReviewField.EventType, current.eventType ?? null, input.eventType),
      );
    }
    if (input.verdict !== undefined) {
      await tx.reviews.insert(review(ReviewField.Verdict, current.verdict, input.verdict));
    }
    for (const r of await stanceReviews(tx, current, input, review)) await tx.reviews.insert(r);
  });
  const [after] = await withReviews(repos, await repos.statements.list({ ids: [current.id] }));
  return after as ReviewedStatement;
};
