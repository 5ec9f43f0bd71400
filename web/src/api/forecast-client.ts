/**
 * The forecasting part of Telltale's API (src/server/routes/forecast-schemas.ts holds the shapes
 * these types mirror). Questions and forecasts come in the file format of docs/forecast-format.md.
 */
import { getJson, sendJson } from './client.js';

export type QuestionStatus = 'upcoming' | 'open' | 'closed' | 'resolved' | 'annulled';
/** The probability of yes (binary), or `{ option: p }` (multiple choice). */
export type Prediction = number | Readonly<Record<string, number>>;

export interface Question {
  readonly id: string;
  readonly type: 'binary' | 'multiple_choice';
  readonly title: string;
  readonly resolutionCriteria: string;
  readonly options?: readonly string[];
  readonly opens: string;
  readonly closes: string;
  readonly outcome: boolean | string | null;
  readonly annulled: boolean;
  readonly resolvedAt?: string;
  readonly status: QuestionStatus;
}

export interface RationaleLink {
  readonly kind: 'statement' | 'event' | 'source' | 'evidence';
  readonly id: string;
}

export interface Forecast {
  readonly analyst: string;
  readonly at: string;
  readonly p?: number;
  readonly probabilities?: Readonly<Record<string, number>>;
  readonly rationale?: string;
  readonly links?: readonly RationaleLink[];
}

export interface QuestionSummary {
  readonly question: Question;
  readonly forecasts: number;
  readonly analysts: number;
}

export interface ForecastScores {
  readonly analysts: ReadonlyArray<{
    analyst: string;
    brier: number | null;
    log: number | null;
    timeAveragedBrier: number | null;
  }>;
  readonly aggregate: { median: Prediction | null; geoMeanOdds: Prediction | null };
}

export interface AggregatePoint {
  readonly at: string;
  readonly analysts: number;
  readonly median: Prediction | null;
  readonly geoMeanOdds: Prediction | null;
}

export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly meanForecast: number | null;
  readonly observedFrequency: number | null;
}

export interface AnalystCalibration {
  readonly analyst: string;
  readonly bins: readonly CalibrationBin[];
}

export interface LeaderboardEntry {
  readonly analyst: string;
  readonly meanBrier: number;
  readonly questions: number;
  readonly rank: number;
}

const question = (id: string) => `/forecasts/questions/${encodeURIComponent(id)}`;

export const listQuestions = async (signal?: AbortSignal) =>
  (await getJson<{ questions: QuestionSummary[] }>('/forecasts/questions', {}, signal)).questions;

export const getQuestion = (id: string, signal?: AbortSignal) =>
  getJson<{ question: Question; forecasts: Forecast[] }>(question(id), {}, signal);

export const getQuestionScores = (id: string, signal?: AbortSignal) =>
  getJson<ForecastScores>(`${question(id)}/scores`, {}, signal);

export const getAggregateOverTime = async (id: string, signal?: AbortSignal) =>
  (await getJson<{ points: AggregatePoint[] }>(`${question(id)}/aggregate`, {}, signal)).points;

export const getCalibration = async (signal?: AbortSignal) =>
  (await getJson<{ analysts: AnalystCalibration[] }>('/forecasts/calibration', {}, signal))
    .analysts;

export const getLeaderboard = async (signal?: AbortSignal) =>
  (await getJson<{ entries: LeaderboardEntry[] }>('/forecasts/leaderboard', {}, signal)).entries;

export interface NewQuestion {
  readonly type: 'binary' | 'multiple_choice';
  readonly title: string;
  readonly resolutionCriteria: string;
  readonly options?: readonly string[];
  readonly opens: string;
  readonly closes: string;
}

export const createQuestion = (input: NewQuestion) =>
  sendJson<Question>('POST', '/forecasts/questions', input);

export const addForecast = (id: string, forecast: Omit<Forecast, 'at'>) =>
  sendJson<Forecast>('POST', `${question(id)}/forecasts`, forecast);

export const resolveQuestion = (id: string, outcome: boolean | string) =>
  sendJson<Question>('POST', `${question(id)}/resolve`, { outcome });

export const annulQuestion = (id: string) =>
  sendJson<Question>('POST', `${question(id)}/annul`, {});
