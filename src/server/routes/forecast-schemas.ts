import { z } from 'zod';
import { rationaleLinkKinds } from '../../core/forecast/forecast-question.js';
import { list } from '../schemas.js';

/** The forecasting API's shapes: validated on the way in, documented in the OpenAPI document. */
const prediction = z
  .union([z.number(), z.record(z.string(), z.number())])
  .describe('the probability of yes (binary), or { option: p } (multiple choice)');

export const questionBody = z
  .object({
    id: z.string(),
    type: z.enum(['binary', 'multiple_choice']),
    title: z.string(),
    resolutionCriteria: z.string(),
    options: list(z.string()).optional(),
    opens: z.string(),
    closes: z.string(),
    outcome: z.union([z.boolean(), z.string()]).nullable(),
    annulled: z.boolean(),
    resolvedAt: z.string().optional(),
    status: z.enum(['upcoming', 'open', 'closed', 'resolved', 'annulled']),
  })
  .meta({ id: 'ForecastQuestion' });

export const questionSummaryBody = z
  .object({
    question: questionBody,
    forecasts: z.number().int(),
    analysts: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'ForecastQuestionSummary' });

export const forecastBody = z
  .object({
    analyst: z.string(),
    at: z.string(),
    p: z.number().optional(),
    probabilities: z.record(z.string(), z.number()).optional(),
    rationale: z.string().optional(),
    links: list(z.object({ kind: z.string(), id: z.string() })).optional(),
  })
  .meta({ id: 'Forecast' });

export const questionDetailBody = z
  .object({ question: questionBody, forecasts: list(forecastBody) })
  .meta({ id: 'ForecastQuestionDetail' });

export const newQuestionBody = z
  .object({
    id: z.string().optional().describe('generated when left out'),
    type: z.enum(['binary', 'multiple_choice']),
    title: z.string().optional(),
    resolutionCriteria: z.string().optional(),
    options: z.array(z.string()).optional(),
    opens: z.string(),
    closes: z.string(),
  })
  .catchall(z.unknown())
  .describe('the fields of question in docs/forecast-format.md');

export const newForecastBody = z
  .object({
    analyst: z.string().min(1),
    at: z.string().optional().describe('now when left out'),
    p: z.number().optional(),
    probabilities: z.record(z.string(), z.number()).optional(),
    rationale: z.string().optional(),
    links: z.array(z.object({ kind: z.enum(rationaleLinkKinds), id: z.string() })).optional(),
  })
  .describe('p for a binary question, probabilities for a multiple-choice one');

export const forecastFileBody = z
  .object({
    question: z.record(z.string(), z.unknown()),
    forecasts: z.array(z.unknown()).optional(),
  })
  .describe('a forecast file (docs/forecast-format.md)');

export const resolveBody = z.object({
  outcome: z
    .union([z.boolean(), z.string()])
    .describe('true or false for a binary question, an option for a multiple-choice one'),
  at: z.string().optional().describe('now when left out'),
});

export const annulBody = z.object({ at: z.string().optional() });

const aggregate = {
  median: prediction.nullable(),
  geoMeanOdds: prediction.nullable(),
};

export const scoresBody = z
  .object({
    analysts: list(
      z.object({
        analyst: z.string(),
        brier: z.number().nullable(),
        log: z.number().nullable(),
        timeAveragedBrier: z.number().nullable(),
      }),
    ),
    aggregate: z.object(aggregate),
  })
  .meta({ id: 'ForecastScores' });

export const aggregatePointBody = z
  .object({ at: z.string(), analysts: z.number().int(), ...aggregate })
  .meta({ id: 'AggregatePoint' });

export const calibrationBody = z
  .object({
    analyst: z.string(),
    bins: list(
      z.object({
        lower: z.number(),
        upper: z.number(),
        count: z.number().int(),
        meanForecast: z.number().nullable(),
        observedFrequency: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'AnalystCalibration' });

export const leaderboardEntryBody = z
  .object({
    analyst: z.string(),
    meanBrier: z.number(),
    questions: z.number().int(),
    rank: z.number().int(),
  })
  .meta({ id: 'LeaderboardEntry' });
