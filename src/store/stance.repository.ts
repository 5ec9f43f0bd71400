import type { Kysely } from 'kysely';
import type { SourceId, StatementId } from '../core/ids.js';
import { ReviewField } from '../core/review.js';
import type { Stance, StanceCue, StanceValue, TopicMatch } from '../core/stance.js';
import type { TopicId } from '../core/topic.js';
import type { Schema } from './schema.js';
import { chunks } from './chunks.js';

/** Which stances a listing wants; all of them when empty. */
export interface StanceFilter {
  readonly topicId?: TopicId;
  readonly statementIds?: readonly StatementId[];
}

/** Statements' stances on topics, as extraction (rules or a model) found them. */
export const createStanceRepository = (db: Kysely<Schema>) => ({
  /**
   * Replaces a source's stances on the given topics by these: what a new linking run found.
   * Call inside a transaction.
   */
  async replace(
    scope: { readonly sourceId: SourceId; readonly topicIds: readonly TopicId[] },
    stances: readonly Stance[],
    linkedAt: string,
  ): Promise<void> {
    if (scope.topicIds.length === 0) return;
    await db
      .deleteFrom('stances')
      .where('source_id', '=', scope.sourceId)
      .where('topic_id', 'in', [...scope.topicIds])
      .execute();
    for (const batch of chunks(stances, 100)) {
      if (batch.length === 0) continue;
      await db
        .insertInto('stances')
        .values(
          batch.map((s) => ({
            statement_id: s.statementId,
            topic_id: s.topicId,
            source_id: s.sourceId,
            value: s.value ?? 0,
            confidence: s.confidence,
            hedged: s.flags.hedged ? 1 : 0,
            conditional: s.flags.conditional ? 1 : 0,
            negated: s.flags.negated ? 1 : 0,
            event_type: s.eventType,
            method: s.method,
            matches: JSON.stringify(s.matches),
            cues: JSON.stringify(s.cues),
            linked_at: linkedAt,
          })),
        )
        .execute();
    }
  },

  /** Stances in source order, filtered by topic and statements. */
  async list(filter: StanceFilter = {}): Promise<Stance[]> {
    if (filter.statementIds !== undefined && filter.statementIds.length === 0) return [];
    const run = (statementIds?: readonly StatementId[]) => {
      let query = db
        .selectFrom('stances')
        .innerJoin('statements', 'statements.id', 'stances.statement_id')
        .selectAll('stances')
        .orderBy('stances.source_id')
        .orderBy('statements.position')
        .orderBy('stances.topic_id');
      if (filter.topicId !== undefined)
        query = query.where('stances.topic_id', '=', filter.topicId);
      if (statementIds !== undefined)
        query = query.where('stances.statement_id', 'in', [...statementIds]);
      return query.execute();
    };
    const rows =
      filter.statementIds === undefined
        ? await run()
        : (await Promise.all(chunks(filter.statementIds).map(run))).flat();
    return rows.map((r): Stance => ({
      statementId: r.statement_id as StatementId,
      sourceId: r.source_id as SourceId,
      topicId: r.topic_id as TopicId,
      value: r.value as StanceValue,
      confidence: Number(r.confidence),
      flags: { hedged: r.hedged === 1, conditional: r.conditional === 1, negated: r.negated === 1 },
      eventType: r.event_type,
      method: r.method,
      matches: JSON.parse(r.matches) as TopicMatch[],
      cues: JSON.parse(r.cues) as StanceCue[],
    }));
  },

  /** How many statements each topic has stances for, as extracted. */
  async countByTopic(): Promise<Map<TopicId, number>> {
    const rows = await db
      .selectFrom('stances')
      .select(['topic_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('topic_id')
      .execute();
    return new Map(rows.map((r) => [r.topic_id as TopicId, Number(r.n)]));
  },

  /** Sources where an analyst reviewed a statement's stance on, or link to, this topic. */
  async sourceIdsReviewedForTopic(topicId: TopicId): Promise<SourceId[]> {
    const rows = await db
      .selectFrom('statement_reviews')
      .select('source_id')
      .distinct()
      .where('field', 'in', [ReviewField.Stance, ReviewField.Topic])
      // Topic ids are slugs ([a-z0-9-]), so nothing in them is a LIKE wildcard.
      .where('new_value', 'like', `${topicId}:%`)
      .execute();
    return rows.map((r) => r.source_id as SourceId);
  },
});

export type StanceRepository = ReturnType<typeof createStanceRepository>;
