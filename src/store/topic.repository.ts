import type { Kysely } from 'kysely';
import type { Topic, TopicId } from '../core/topic.js';
import type { Schema, TopicsTable } from './schema.js';

const TermKind = { Term: 'term', Pattern: 'pattern' } as const;

/** Topics with their terms and patterns. */
export const createTopicRepository = (db: Kysely<Schema>) => {
  const withTerms = async (
    rows: ReadonlyArray<Omit<TopicsTable, 'countries'> & { countries: string }>,
  ): Promise<Topic[]> => {
    if (rows.length === 0) return [];
    const terms = await db
      .selectFrom('topic_terms')
      .selectAll()
      .where(
        'topic_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('topic_id')
      .orderBy('kind')
      .orderBy('ord')
      .execute();
    return rows.map((r) => {
      const mine = terms.filter((t) => t.topic_id === r.id);
      return {
        id: r.id as TopicId,
        label: r.label,
        description: r.description,
        terms: mine.filter((t) => t.kind === TermKind.Term).map((t) => t.value),
        patterns: mine.filter((t) => t.kind === TermKind.Pattern).map((t) => t.value),
        countries: r.countries ? r.countries.split(',') : [],
        createdAt: r.created_at,
      };
    });
  };

  return {
    /** Stores a new topic; a topic with the same id makes it fail with a unique violation. */
    async insert(topic: Topic): Promise<void> {
      await db
        .insertInto('topics')
        .values({
          id: topic.id,
          label: topic.label,
          description: topic.description,
          countries: topic.countries.join(','),
          created_at: topic.createdAt,
        })
        .execute();
      const terms = [
        ...topic.terms.map((value, ord) => ({ kind: TermKind.Term, ord, value })),
        ...topic.patterns.map((value, ord) => ({ kind: TermKind.Pattern, ord, value })),
      ];
      if (terms.length > 0)
        await db
          .insertInto('topic_terms')
          .values(terms.map((t) => ({ topic_id: topic.id, ...t })))
          .execute();
    },

    async get(id: TopicId): Promise<Topic | null> {
      const row = await db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? ((await withTerms([row]))[0] ?? null) : null;
    },

    /** Every topic, by id. */
    async list(): Promise<Topic[]> {
      return withTerms(await db.selectFrom('topics').selectAll().orderBy('id').execute());
    },
  };
};

export type TopicRepository = ReturnType<typeof createTopicRepository>;
