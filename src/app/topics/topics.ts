import { conflict, notFound } from '../../core/errors.js';
import type { Clock, SourceId, StatementId } from '../../core/ids.js';
import type { ReviewedStatement } from '../../core/review.js';
import { applyStanceReviews, type Stance } from '../../core/stance.js';
import { topicFrom, type Topic, type TopicId, type TopicInput } from '../../core/topic.js';
import type { Database } from '../../store/database.js';
import { inTransaction, isUniqueViolation, repositoriesFor } from '../../store/repositories.js';
import type { LlmConfig } from '../llm/llm-config.js';
import { withReviews } from '../review/reviewed-statements.js';
import { linkTopics, type LinkEvent, type LinkSummary } from './link-topics.js';
import { reviewedStancesOf } from './stance-reviews.js';

/** A topic with how many statements extraction linked to it. */
export type TopicSummary = Topic & { readonly statementCount: number };

/** A stance with the statement it belongs to. */
export interface StatementStance {
  readonly stance: Stance;
  readonly statement: ReviewedStatement;
}

/** Topics analysts follow, and statements' stances on them. */
export interface TopicsApi {
  /** Defines a topic and links the stored statements to it (rules only). */
  add(input: TopicInput): Promise<{ readonly topic: TopicSummary; readonly linking: LinkSummary }>;
  list(): Promise<TopicSummary[]>;
  /** A topic with its statements' stances as analysts reviewed them, oldest statement first. */
  get(id: string): Promise<{ readonly topic: TopicSummary; readonly stances: StatementStance[] }>;
  /** Links statements to topics again (all, or one topic or source), refined by a model if given. */
  link(
    options?: {
      readonly topicId?: string;
      readonly sourceId?: string;
      readonly llm?: LlmConfig | null;
    },
    onEvent?: (e: LinkEvent) => void,
  ): Promise<LinkSummary>;
  /** A statement's stances as analysts reviewed them. */
  stancesOf(statementId: string): Promise<Stance[]>;
}

const bySaidOn = (a: StatementStance, b: StatementStance): number => {
  const x = a.statement.saidOn?.date ?? '\uffff';
  const y = b.statement.saidOn?.date ?? '\uffff';
  return (
    x.localeCompare(y) ||
    a.statement.sourceId.localeCompare(b.statement.sourceId) ||
    (a.statement.contentSpans[0]?.start ?? 0) - (b.statement.contentSpans[0]?.start ?? 0)
  );
};

export const topicsOver = (database: Database, deps: { readonly clock: Clock }): TopicsApi => {
  const repos = repositoriesFor(database.db);
  const link: TopicsApi['link'] = (options = {}, onEvent) =>
    linkTopics(
      { database, clock: deps.clock },
      {
        ...(options.topicId ? { topicId: options.topicId } : {}),
        ...(options.sourceId ? { sourceId: options.sourceId as SourceId } : {}),
        llm: options.llm ?? null,
      },
      onEvent,
    );
  const summary = async (topic: Topic): Promise<TopicSummary> => ({
    ...topic,
    statementCount: (await repos.stances.countByTopic()).get(topic.id) ?? 0,
  });

  return {
    async add(input) {
      const topic = topicFrom(input, deps.clock.now().toISOString());
      try {
        await inTransaction(database, (tx) => tx.topics.insert(topic));
      } catch (e) {
        if (isUniqueViolation(e))
          throw conflict(`a topic with id ${topic.id} exists already; see \`telltale topics\``);
        throw e;
      }
      const linking = await link({ topicId: topic.id });
      return { topic: await summary(topic), linking };
    },

    async list() {
      const counts = await repos.stances.countByTopic();
      return (await repos.topics.list()).map((t) => ({
        ...t,
        statementCount: counts.get(t.id) ?? 0,
      }));
    },

    async get(id) {
      const topic = await repos.topics.get(id as TopicId);
      if (!topic) throw notFound(`no topic with id ${id}; list them with \`telltale topics\``);
      const found = await repos.stances.list({ topicId: topic.id });
      // Statements the rules linked, and those in sources where an analyst linked or rated one.
      const ids = [...new Set(found.map((s) => s.statementId))];
      // In slices, to stay under the engines' limits on bound parameters.
      const linked = (
        await Promise.all(
          Array.from({ length: Math.ceil(ids.length / 500) }, (_, i) =>
            repos.statements.list({ ids: ids.slice(i * 500, (i + 1) * 500) }),
          ),
        )
      ).flat();
      const reviewedSources = await repos.stances.sourceIdsReviewedForTopic(topic.id);
      const reviewed = (
        await Promise.all(reviewedSources.map((sourceId) => repos.statements.list({ sourceId })))
      ).flat();
      const statements = new Map([...linked, ...reviewed].map((s) => [s.id, s]));
      const stances = (await withReviews(repos, [...statements.values()]))
        .flatMap((statement) =>
          applyStanceReviews(statement, found, statement.reviews)
            .filter((s) => s.topicId === topic.id)
            .map((stance) => ({ stance, statement })),
        )
        .sort(bySaidOn);
      return { topic: await summary(topic), stances };
    },

    link,

    async stancesOf(statementId) {
      const [statement] = await withReviews(
        repos,
        await repos.statements.list({ ids: [statementId as StatementId] }),
      );
      if (!statement)
        throw notFound(
          `no statement with id ${statementId}; list them with \`telltale statements\``,
        );
      return reviewedStancesOf(repos, statement);
    },
  };
};
