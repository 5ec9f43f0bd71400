import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forecastToFileForm, questionToFileForm } from '../../app/forecast/forecast-file-export.js';
import type { QuestionDetail } from '../../app/forecast/forecast-service.js';
import type { QuestionStatus } from '../../app/forecast/question-status.js';
import type { Telltale } from '../../app/telltale.js';
import type { ForecastQuestion } from '../../core/forecast/forecast-question.js';
import { errorBody, idParams, list } from '../schemas.js';
import {
  aggregatePointBody,
  annulBody,
  calibrationBody,
  forecastBody,
  forecastFileBody,
  leaderboardEntryBody,
  newForecastBody,
  newQuestionBody,
  questionBody,
  questionDetailBody,
  questionSummaryBody,
  resolveBody,
  scoresBody,
} from './forecast-schemas.js';

const tags = ['forecasts'];

/** Questions and forecasts are presented in the file format's terms (docs/forecast-format.md). */
const questionView = (question: ForecastQuestion, status: QuestionStatus) => ({
  ...questionToFileForm(question),
  status,
});

const detailView = ({ question, forecasts, status }: QuestionDetail) => ({
  question: questionView(question, status),
  forecasts: forecasts.map(forecastToFileForm),
});

/** The forecasting API under /api/forecasts: questions, forecasts, resolution and scores. */
export const forecastRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    /** A question with its status as of now. */
    const questionNow = (question: ForecastQuestion) =>
      questionView(question, telltale.forecasts.statusOf(question));

    app.get(
      '/questions',
      {
        schema: {
          summary: 'Questions, the latest to close first',
          tags,
          response: { 200: z.object({ questions: list(questionSummaryBody) }) },
        },
      },
      async () => ({
        questions: (await telltale.forecasts.list()).map(({ question, status, ...counts }) => ({
          ...counts,
          question: questionView(question, status),
        })),
      }),
    );

    app.post(
      '/questions',
      {
        schema: {
          summary: 'Create a question (binary or multiple choice)',
          tags,
          body: newQuestionBody,
          response: { 201: questionBody, 400: errorBody, 409: errorBody },
        },
      },
      async (req, reply) => {
        const question = await telltale.forecasts.createQuestion(req.body);
        return reply.status(201).send(questionNow(question));
      },
    );

    app.post(
      '/import',
      {
        schema: {
          summary: 'Import a forecast file: a question with its forecasts',
          tags,
          body: forecastFileBody,
          response: { 201: questionDetailBody, 400: errorBody, 409: errorBody },
        },
      },
      async (req, reply) => {
        const { question } = await telltale.forecasts.importJson(req.body);
        return reply.status(201).send(detailView(await telltale.forecasts.get(question.id)));
      },
    );

    app.get(
      '/questions/:id',
      {
        schema: {
          summary: 'One question with every forecast on it, oldest first',
          tags,
          params: idParams,
          response: { 200: questionDetailBody, 404: errorBody },
        },
      },
      async (req) => detailView(await telltale.forecasts.get(req.params.id)),
    );

    app.post(
      '/questions/:id/forecasts',
      {
        schema: {
          summary: "Record an analyst's forecast on an open question",
          tags,
          params: idParams,
          body: newForecastBody,
          response: { 201: forecastBody, 400: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(forecastToFileForm(await telltale.forecasts.forecast(req.params.id, req.body))),
    );

    app.post(
      '/questions/:id/resolve',
      {
        schema: {
          summary: 'Resolve a question with its outcome',
          tags,
          params: idParams,
          body: resolveBody,
          response: { 200: questionBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req) => {
        const question = await telltale.forecasts.resolve(
          req.params.id,
          req.body.outcome,
          req.body.at,
        );
        return questionNow(question);
      },
    );

    app.post(
      '/questions/:id/annul',
      {
        schema: {
          summary: 'Annul a question: it is no longer scored',
          tags,
          params: idParams,
          body: annulBody,
          response: { 200: questionBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req) => questionNow(await telltale.forecasts.annul(req.params.id, req.body.at)),
    );

    app.get(
      '/questions/:id/scores',
      {
        schema: {
          summary: "Each analyst's Brier, log and time-averaged Brier scores, and the aggregate",
          tags,
          params: idParams,
          response: { 200: scoresBody, 404: errorBody },
        },
      },
      (req) => telltale.forecasts.score(req.params.id),
    );

    app.get(
      '/questions/:id/aggregate',
      {
        schema: {
          summary: 'The aggregate (median, geometric mean of odds) after each forecast',
          tags,
          params: idParams,
          response: { 200: z.object({ points: list(aggregatePointBody) }), 404: errorBody },
        },
      },
      async (req) => ({ points: await telltale.forecasts.aggregateOverTime(req.params.id) }),
    );

    app.get(
      '/calibration',
      {
        schema: {
          summary: "Each analyst's calibration over every resolved question",
          tags,
          querystring: z.object({ analyst: z.string().optional() }),
          response: { 200: z.object({ analysts: list(calibrationBody) }) },
        },
      },
      async (req) => ({ analysts: await telltale.forecasts.calibration(req.query.analyst) }),
    );

    app.get(
      '/leaderboard',
      {
        schema: {
          summary: 'Analysts ranked by mean Brier score over resolved questions',
          tags,
          response: { 200: z.object({ entries: list(leaderboardEntryBody) }) },
        },
      },
      async () => ({ entries: await telltale.forecasts.leaderboard() }),
    );
  };
