import type { Kysely, Selectable } from 'kysely';
import type { IsoDateTime } from '../core/analyst.js';
import type { Brand } from '../core/brand.js';
import type {
  AnalystId,
  Evidence,
  EvidenceId,
  EvidenceLinkKind,
  Hypothesis,
  HypothesisId,
  Level,
  ProbabilityJudgement,
  RatingValue,
} from '../core/ach/hypothesis-set.js';
import type { RatingEvent } from '../core/ach/rating-history.js';
import type { AchEvidenceTable, Schema } from './schema.js';
import { chunks } from './chunks.js';

export type HypothesisSetId = Brand<string, 'HypothesisSetId'>;

/** A stored hypothesis set's own fields. */
export interface HypothesisSetHead {
  readonly id: HypothesisSetId;
  readonly question: string;
  readonly createdAt: IsoDateTime;
}

/** A hypothesis set in a list: its own fields and how much it holds. */
export interface HypothesisSetSummary extends HypothesisSetHead {
  readonly hypotheses: number;
  readonly evidence: number;
  /** Analysts who rated any cell. */
  readonly analysts: number;
  /** Rating changes recorded, the first ratings included. */
  readonly ratingEvents: number;
}

/** One probability an analyst gave a hypothesis, and when. */
export type ProbabilityEvent = ProbabilityJudgement & { readonly at: IsoDateTime };

const CHUNK = 200;

/** The append-only logs of a set: each change is a new row, ordered by `seq`. */
type LogTable = 'ach_rating_events' | 'ach_probability_events';

const evidenceFromRow = (r: Selectable<AchEvidenceTable>): Evidence => ({
  id: r.id as EvidenceId,
  text: r.text,
  credibility: r.credibility as Level,
  relevance: r.relevance as Level,
  ...(r.evidence_date === null ? {} : { date: r.evidence_date }),
  ...(r.evidence_type === null ? {} : { type: r.evidence_type }),
  ...(r.link_kind === null || r.link_id === null
    ? {}
    : { link: { kind: r.link_kind as EvidenceLinkKind, id: r.link_id } }),
  ...(r.notes === null ? {} : { notes: r.notes }),
  ...(r.code === null ? {} : { code: r.code }),
  ...(r.flagged === null ? {} : { flagged: r.flagged === 1 }),
});

/**
 * Hypothesis sets: their hypotheses and evidence in display order, and the append-only logs of
 * ratings and probabilities (each change is a new row; nothing is updated or deleted).
 */
export const createAchRepository = (db: Kysely<Schema>) => {
  const nextOrd = async (table: 'ach_hypotheses' | 'ach_evidence', setId: HypothesisSetId) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.max<number | null>('ord').as('ord'))
      .where('set_id', '=', setId)
      .executeTakeFirst();
    return row?.ord === null || row?.ord === undefined ? 0 : Number(row.ord) + 1;
  };

  /** One of a set's append-only logs, in the order its rows were recorded. */
  const log = async <T extends LogTable>(
    table: T,
    setId: HypothesisSetId,
  ): Promise<Array<Selectable<Schema[T]>>> => {
    // Kysely cannot type a query on a generic table name: it is built on either, and gives T's rows.
    const either: LogTable = table;
    const rows = await db
      .selectFrom(either)
      .selectAll()
      .where('set_id', '=', setId)
      .orderBy('seq')
      .execute();
    return rows as Array<Selectable<Schema[T]>>;
  };

  return {
    async insertSet(head: HypothesisSetHead): Promise<void> {
      await db
        .insertInto('hypothesis_sets')
        .values({ id: head.id, question: head.question, created_at: head.createdAt })
        .execute();
    },

    async head(id: HypothesisSetId): Promise<HypothesisSetHead | null> {
      const row = await db
        .selectFrom('hypothesis_sets')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row
        ? {
            id: row.id as HypothesisSetId,
            question: row.question,
            createdAt: row.created_at as IsoDateTime,
          }
        : null;
    },

    /** Every set, newest first, with its counts. */
    async list(): Promise<HypothesisSetSummary[]> {
      const rows = await db
        .selectFrom('hypothesis_sets as s')
        .selectAll('s')
        .select((eb) => [
          eb
            .selectFrom('ach_hypotheses')
            .whereRef('ach_hypotheses.set_id', '=', 's.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('hypotheses'),
          eb
            .selectFrom('ach_evidence')
            .whereRef('ach_evidence.set_id', '=', 's.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('evidence'),
          eb
            .selectFrom('ach_rating_events')
            .whereRef('ach_rating_events.set_id', '=', 's.id')
            .select((e) => e.fn.count<number>('analyst').distinct().as('n'))
            .as('analysts'),
          eb
            .selectFrom('ach_rating_events')
            .whereRef('ach_rating_events.set_id', '=', 's.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('rating_events'),
        ])
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id')
        .execute();
      return rows.map((r) => ({
        id: r.id as HypothesisSetId,
        question: r.question,
        createdAt: r.created_at as IsoDateTime,
        hypotheses: Number(r.hypotheses ?? 0),
        evidence: Number(r.evidence ?? 0),
        analysts: Number(r.analysts ?? 0),
        ratingEvents: Number(r.rating_events ?? 0),
      }));
    },

    async hypotheses(setId: HypothesisSetId): Promise<Hypothesis[]> {
      const rows = await db
        .selectFrom('ach_hypotheses')
        .select(['id', 'text'])
        .where('set_id', '=', setId)
        .orderBy('ord')
        .execute();
      return rows.map((r) => ({ id: r.id as HypothesisId, text: r.text }));
    },

    async evidence(setId: HypothesisSetId): Promise<Evidence[]> {
      const rows = await db
        .selectFrom('ach_evidence')
        .selectAll()
        .where('set_id', '=', setId)
        .orderBy('ord')
        .execute();
      return rows.map(evidenceFromRow);
    },

    /** Adds hypotheses after those the set already has. */
    async addHypotheses(setId: HypothesisSetId, hypotheses: readonly Hypothesis[]): Promise<void> {
      const first = await nextOrd('ach_hypotheses', setId);
      for (const [n, batch] of chunks(hypotheses, CHUNK).entries()) {
        await db
          .insertInto('ach_hypotheses')
          .values(
            batch.map((h, i) => ({
              set_id: setId,
              id: h.id,
              ord: first + n * CHUNK + i,
              text: h.text,
            })),
          )
          .execute();
      }
    },

    /** Adds items of evidence after those the set already has. */
    async addEvidence(setId: HypothesisSetId, evidence: readonly Evidence[]): Promise<void> {
      const first = await nextOrd('ach_evidence', setId);
      for (const [n, batch] of chunks(evidence, CHUNK).entries()) {
        await db
          .insertInto('ach_evidence')
          .values(
            batch.map((e, i) => ({
              set_id: setId,
              id: e.id,
              ord: first + n * CHUNK + i,
              text: e.text,
              credibility: e.credibility,
              relevance: e.relevance,
              evidence_date: e.date ?? null,
              evidence_type: e.type ?? null,
              link_kind: e.link?.kind ?? null,
              link_id: e.link?.id ?? null,
              notes: e.notes ?? null,
              code: e.code ?? null,
              flagged: e.flagged === undefined ? null : e.flagged ? 1 : 0,
            })),
          )
          .execute();
      }
    },

    /** Records rating changes, in the order given. */
    async appendRatings(setId: HypothesisSetId, events: readonly RatingEvent[]): Promise<void> {
      for (const batch of chunks(events, CHUNK)) {
        await db
          .insertInto('ach_rating_events')
          .values(
            batch.map((e) => ({
              set_id: setId,
              evidence_id: e.evidence,
              hypothesis_id: e.hypothesis,
              analyst: e.analyst,
              value: e.value,
              note: e.note ?? null,
              at: e.at,
            })),
          )
          .execute();
      }
    },

    /** Every rating change of a set, in the order they were recorded. */
    async ratingHistory(setId: HypothesisSetId): Promise<RatingEvent[]> {
      const rows = await log('ach_rating_events', setId);
      return rows.map((r) => ({
        analyst: r.analyst as AnalystId,
        evidence: r.evidence_id as EvidenceId,
        hypothesis: r.hypothesis_id as HypothesisId,
        value: r.value as RatingValue,
        ...(r.note === null ? {} : { note: r.note }),
        at: r.at as IsoDateTime,
      }));
    },

    /** Records probability changes, in the order given. */
    async appendProbabilities(
      setId: HypothesisSetId,
      events: readonly ProbabilityEvent[],
    ): Promise<void> {
      for (const batch of chunks(events, CHUNK)) {
        await db
          .insertInto('ach_probability_events')
          .values(
            batch.map((e) => ({
              set_id: setId,
              hypothesis_id: e.hypothesis,
              analyst: e.analyst,
              p: e.p,
              at: e.at,
            })),
          )
          .execute();
      }
    },

    /** Every probability change of a set, in the order they were recorded. */
    async probabilityHistory(setId: HypothesisSetId): Promise<ProbabilityEvent[]> {
      const rows = await log('ach_probability_events', setId);
      return rows.map((r) => ({
        analyst: r.analyst as AnalystId,
        hypothesis: r.hypothesis_id as HypothesisId,
        p: Number(r.p),
        at: r.at as IsoDateTime,
      }));
    },
  };
};

export type AchRepository = ReturnType<typeof createAchRepository>;
