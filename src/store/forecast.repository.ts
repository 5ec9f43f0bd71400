import type { Kysely, Selectable } from 'kysely';
import type {
  AnalystId,
  Forecast,
  ForecastQuestion,
  IsoDateTime,
  Prediction,
  QuestionId,
  RationaleLink,
  Resolution,
} from '../core/forecast/forecast-question.js';
import type { ForecastQuestionsTable, Schema } from './schema.js';
import { chunks } from './chunks.js';

/** A question in a list, with how many forecasts and analysts it has. */
export interface QuestionSummary {
  readonly question: ForecastQuestion;
  readonly forecasts: number;
  readonly analysts: number;
  readonly createdAt: IsoDateTime;
}

const CHUNK = 200;

const resolutionFromRow = <O>(
  r: Selectable<ForecastQuestionsTable>,
  outcome: O | null,
): Resolution<O> => {
  const at = r.resolved_at === null ? {} : { resolvedAt: r.resolved_at as IsoDateTime };
  if (r.annulled === 1) {
    return r.resolved_at === null
      ? { status: 'annulled' }
      : { status: 'annulled', annulledAt: r.resolved_at as IsoDateTime };
  }
  return outcome === null ? { status: 'unresolved' } : { status: 'resolved', outcome, ...at };
};

const questionFromRow = (r: Selectable<ForecastQuestionsTable>): ForecastQuestion => {
  const base = {
    id: r.id as QuestionId,
    title: r.title,
    resolutionCriteria: r.resolution_criteria,
    opens: r.opens as IsoDateTime,
    closes: r.closes as IsoDateTime,
  };
  const outcome = r.outcome === null ? null : (JSON.parse(r.outcome) as unknown);
  if (r.type === 'multiple_choice') {
    return {
      ...base,
      type: 'multiple_choice',
      options: JSON.parse(r.options ?? '[]') as string[],
      resolution: resolutionFromRow(r, typeof outcome === 'string' ? outcome : null),
    };
  }
  return {
    ...base,
    type: 'binary',
    resolution: resolutionFromRow(r, typeof outcome === 'boolean' ? outcome : null),
  };
};

/** The columns that say how a question ended. */
const resolutionColumns = (resolution: ForecastQuestion['resolution']) => {
  switch (resolution.status) {
    case 'unresolved':
      return { outcome: null, resolved_at: null, annulled: 0 };
    case 'resolved':
      return {
        outcome: JSON.stringify(resolution.outcome),
        resolved_at: resolution.resolvedAt ?? null,
        annulled: 0,
      };
    case 'annulled':
      return { outcome: null, resolved_at: resolution.annulledAt ?? null, annulled: 1 };
  }
};

/** Forecasting questions and the append-only log of forecasts made on them. */
export const createForecastRepository = (db: Kysely<Schema>) => ({
  async insertQuestion(question: ForecastQuestion, createdAt: IsoDateTime): Promise<void> {
    await db
      .insertInto('forecast_questions')
      .values({
        id: question.id,
        type: question.type,
        title: question.title,
        resolution_criteria: question.resolutionCriteria,
        options: question.type === 'multiple_choice' ? JSON.stringify(question.options) : null,
        opens: question.opens,
        closes: question.closes,
        ...resolutionColumns(question.resolution),
        created_at: createdAt,
      })
      .execute();
  },

  /** Records how a question ended (or that it has not). */
  async setResolution(id: QuestionId, resolution: ForecastQuestion['resolution']): Promise<void> {
    await db
      .updateTable('forecast_questions')
      .set(resolutionColumns(resolution))
      .where('id', '=', id)
      .execute();
  },

  async question(id: QuestionId): Promise<ForecastQuestion | null> {
    const row = await db
      .selectFrom('forecast_questions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? questionFromRow(row) : null;
  },

  /** Every question, the latest to close first, with its counts. */
  async list(): Promise<QuestionSummary[]> {
    const rows = await db
      .selectFrom('forecast_questions as q')
      .selectAll('q')
      .select((eb) => [
        eb
          .selectFrom('forecasts')
          .whereRef('forecasts.question_id', '=', 'q.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('forecast_count'),
        eb
          .selectFrom('forecasts')
          .whereRef('forecasts.question_id', '=', 'q.id')
          .select((e) => e.fn.count<number>('analyst').distinct().as('n'))
          .as('analyst_count'),
      ])
      .orderBy('q.closes', 'desc')
      .orderBy('q.id')
      .execute();
    return rows.map((r) => ({
      question: questionFromRow(r),
      forecasts: Number(r.forecast_count ?? 0),
      analysts: Number(r.analyst_count ?? 0),
      createdAt: r.created_at as IsoDateTime,
    }));
  },

  /** Records forecasts on a question, in the order given. */
  async appendForecasts(questionId: QuestionId, forecasts: readonly Forecast[]): Promise<void> {
    for (const batch of chunks(forecasts, CHUNK)) {
      await db
        .insertInto('forecasts')
        .values(
          batch.map((f) => ({
            question_id: questionId,
            analyst: f.analyst,
            at: f.at,
            probabilities: JSON.stringify(f.prediction),
            rationale: f.rationale ?? null,
            links: f.links === undefined ? null : JSON.stringify(f.links),
          })),
        )
        .execute();
    }
  },

  /** The forecasts on a question (or on every question), in the order they were recorded. */
  async forecasts(questionId?: QuestionId): Promise<Array<Forecast & { questionId: QuestionId }>> {
    let query = db.selectFrom('forecasts').selectAll();
    if (questionId !== undefined) query = query.where('question_id', '=', questionId);
    const rows = await query.orderBy('seq').execute();
    return rows.map((r) => ({
      questionId: r.question_id as QuestionId,
      analyst: r.analyst as AnalystId,
      at: r.at as IsoDateTime,
      prediction: JSON.parse(r.probabilities) as Prediction,
      ...(r.rationale === null ? {} : { rationale: r.rationale }),
      ...(r.links === null ? {} : { links: JSON.parse(r.links) as RationaleLink[] }),
    }));
  },
});

export type ForecastRepository = ReturnType<typeof createForecastRepository>;
