import { conflict, invalidInput, notFound } from '../../core/errors.js';
import { calibrationByAnalyst, type AnalystCalibration } from '../../core/forecast/calibration.js';
import { aggregateOverTime, type AggregatePoint } from '../../core/forecast/forecast-aggregate.js';
import type {
  Forecast,
  ForecastQuestion,
  IsoDateTime,
  Outcome,
  QuestionId,
  QuestionWithForecasts,
} from '../../core/forecast/forecast-question.js';
import { millisOf } from '../../core/forecast/forecast-timeline.js';
import { leaderboard, type LeaderboardEntry } from '../../core/forecast/leaderboard.js';
import {
  scoreForecastQuestion,
  type QuestionScores,
} from '../../core/forecast/score-forecast-question.js';
import type { Clock, IdGenerator } from '../../core/ids.js';
import type { Database } from '../../store/database.js';
import type { QuestionSummary } from '../../store/forecast.repository.js';
import { inTransaction, isUniqueViolation, repositoriesFor } from '../../store/repositories.js';
import { forecastFileFromJson } from './forecast-file.js';
import { questionStatus, type QuestionStatus } from './question-status.js';
import {
  forecastFrom,
  questionFrom,
  type ForecastInput,
  type QuestionInput,
} from './forecast-inputs.js';

/** A question in a list: its counts and where it stands now. */
export type QuestionListEntry = QuestionSummary & { readonly status: QuestionStatus };

/** A question with every forecast on it, oldest first, and where it stands now. */
export type QuestionDetail = QuestionWithForecasts & { readonly status: QuestionStatus };

/** Forecasting's use cases over the store: questions, forecasts, resolution, scores. */
export interface ForecastService {
  /** Every question, the latest to close first. */
  list(): Promise<QuestionListEntry[]>;
  /** A new question, in the file format's fields; its id is generated unless given. */
  createQuestion(input: QuestionInput): Promise<ForecastQuestion>;
  /** Stores a question with its forecasts, as a forecast file gives them (parsed JSON). */
  importJson(data: unknown): Promise<QuestionWithForecasts>;
  importQuestion(file: QuestionWithForecasts): Promise<QuestionWithForecasts>;
  /** A question with every forecast on it, in the order they were made. */
  get(id: string): Promise<QuestionDetail>;
  /** Records an analyst's forecast on an open question. */
  forecast(id: string, input: ForecastInput): Promise<Forecast>;
  /** Records the outcome: true/false for a binary question, an option for a multiple-choice one. */
  resolve(id: string, outcome: Outcome, at?: string): Promise<ForecastQuestion>;
  annul(id: string, at?: string): Promise<ForecastQuestion>;
  score(id: string): Promise<QuestionScores>;
  /** The aggregate after each forecast, in time order. */
  aggregateOverTime(id: string): Promise<AggregatePoint[]>;
  /** Every analyst's calibration over every resolved question (or one analyst's). */
  calibration(analyst?: string): Promise<AnalystCalibration[]>;
  leaderboard(): Promise<LeaderboardEntry[]>;
  /** Where a question stands now. */
  statusOf(question: ForecastQuestion): QuestionStatus;
}

export interface ForecastDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

const isInstant = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
  !Number.isNaN(Date.parse(value));

export const createForecastService = (deps: ForecastDeps): ForecastService => {
  const repos = repositoriesFor(deps.database.db);
  const now = (): IsoDateTime => deps.clock.now().toISOString() as IsoDateTime;

  const question = async (id: string): Promise<ForecastQuestion> => {
    const found = await repos.forecasts.question(id as QuestionId);
    if (!found) {
      throw notFound(
        `no question with id ${id}; list them with \`telltale forecast list\` or GET /api/forecasts/questions`,
      );
    }
    return found;
  };

  const instant = (at: string | undefined): IsoDateTime => {
    if (at === undefined) return now();
    if (!isInstant(at)) throw invalidInput(`at: "${at}" is not an ISO date-time with an offset`);
    return at as IsoDateTime;
  };

  const store = async (file: QuestionWithForecasts): Promise<QuestionWithForecasts> => {
    try {
      await inTransaction(deps.database, async (tx) => {
        await tx.forecasts.insertQuestion(file.question, now());
        await tx.forecasts.appendForecasts(file.question.id, file.forecasts);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(`a question with id ${file.question.id} already exists`);
      }
      throw error;
    }
    return file;
  };

  const allQuestions = async (): Promise<QuestionWithForecasts[]> => {
    const [summaries, forecasts] = await Promise.all([
      repos.forecasts.list(),
      repos.forecasts.forecasts(),
    ]);
    return summaries.map(({ question: q }) => ({
      question: q,
      forecasts: forecasts.filter((f) => f.questionId === q.id),
    }));
  };

  const setResolution = async (
    id: string,
    resolution: ForecastQuestion['resolution'],
  ): Promise<ForecastQuestion> => {
    const found = await question(id);
    await repos.forecasts.setResolution(found.id, resolution);
    return question(id);
  };

  const withForecasts = async (id: string): Promise<QuestionDetail> => {
    const found = await question(id);
    const forecasts = await repos.forecasts.forecasts(found.id);
    return {
      question: found,
      forecasts: forecasts.map(({ questionId: _q, ...f }) => f),
      status: questionStatus(found, deps.clock.now()),
    };
  };

  return {
    list: async () =>
      (await repos.forecasts.list()).map((s) => ({
        ...s,
        status: questionStatus(s.question, deps.clock.now()),
      })),

    async createQuestion(input) {
      const created = questionFrom(input, deps.ids.next('q'));
      await store({ question: created, forecasts: [] });
      return created;
    },

    importJson: async (data) => store(forecastFileFromJson(data)),
    importQuestion: store,

    get: withForecasts,

    async forecast(id, input) {
      const found = await question(id);
      const made = forecastFrom(found, input, now());
      if (found.resolution.status !== 'unresolved') {
        throw conflict(`question ${id} is ${found.resolution.status}: it takes no more forecasts`);
      }
      if (millisOf(made.at) < millisOf(found.opens)) {
        throw invalidInput(`at: ${made.at} is before the question opens (${found.opens})`);
      }
      if (millisOf(made.at) > millisOf(found.closes)) {
        throw invalidInput(`at: ${made.at} is after the question closed (${found.closes})`);
      }
      await repos.forecasts.appendForecasts(found.id, [made]);
      return made;
    },

    async resolve(id, outcome, at) {
      const found = await question(id);
      const resolvedAt = instant(at);
      if (found.type === 'binary') {
        if (typeof outcome !== 'boolean') {
          throw invalidInput('outcome: a binary question resolves true (yes) or false (no)');
        }
        return setResolution(id, { status: 'resolved', outcome, resolvedAt });
      }
      if (typeof outcome !== 'string' || !found.options.includes(outcome)) {
        throw invalidInput(
          `outcome: "${String(outcome)}" is not one of the options (${found.options.join(', ')})`,
        );
      }
      return setResolution(id, { status: 'resolved', outcome, resolvedAt });
    },

    annul: async (id, at) => setResolution(id, { status: 'annulled', annulledAt: instant(at) }),

    async score(id) {
      const { question: q, forecasts } = await withForecasts(id);
      return scoreForecastQuestion(q, forecasts);
    },

    async aggregateOverTime(id) {
      const { question: q, forecasts } = await withForecasts(id);
      return aggregateOverTime(q, forecasts);
    },

    async calibration(analyst) {
      const all = calibrationByAnalyst(await allQuestions());
      return analyst === undefined ? all : all.filter((c) => c.analyst === analyst);
    },

    leaderboard: async () => leaderboard(await allQuestions()),
    statusOf: (q) => questionStatus(q, deps.clock.now()),
  };
};
