/**
 * The ACH part of Telltale's API (src/server/routes/ach-schemas.ts holds the shapes these types
 * mirror): hypothesis sets, ratings and their history, scores, analyst comparison.
 */
import { getJson, sendJson, type StatementId } from './client.js';

export const RATING_VALUES = ['CC', 'C', 'N', 'I', 'II', 'NA'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];
export type Level = 'High' | 'Medium' | 'Low';
export type DisagreementLevel = 'consensus' | 'mild' | 'large' | 'extreme';

export interface Hypothesis {
  readonly id: string;
  readonly text: string;
}

export interface EvidenceLink {
  readonly kind: 'statement' | 'event' | 'source';
  readonly id: string;
}

export interface Evidence {
  readonly id: string;
  readonly text: string;
  readonly credibility: Level;
  readonly relevance: Level;
  readonly date?: string;
  readonly type?: string;
  readonly link?: EvidenceLink;
  readonly notes?: string;
}

export interface Rating {
  readonly analyst: string;
  readonly evidence: string;
  readonly hypothesis: string;
  readonly value: RatingValue;
  readonly note?: string;
}

export interface RatingEvent extends Rating {
  readonly at: string;
}

export interface HypothesisSetSummary {
  readonly id: string;
  readonly question: string;
  readonly createdAt: string;
  readonly hypotheses: number;
  readonly evidence: number;
  readonly analysts: number;
  readonly ratingEvents: number;
}

export interface HypothesisSet {
  readonly id: string;
  readonly question: string;
  readonly createdAt: string;
  readonly hypotheses: readonly Hypothesis[];
  readonly evidence: readonly Evidence[];
  readonly ratings: readonly Rating[];
  readonly probabilities: ReadonlyArray<{ analyst: string; hypothesis: string; p: number }>;
  readonly analysts: readonly string[];
}

export interface RankedHypothesis {
  readonly id: string;
  readonly inconsistency: number;
  readonly weighted: number;
  readonly rank: number;
}

export interface HypothesisSetScores {
  readonly hypotheses: readonly RankedHypothesis[];
  readonly evidence: ReadonlyArray<{ id: string; diagnosticity: number }>;
  readonly cells: ReadonlyArray<{
    evidence: string;
    hypothesis: string;
    disagreement: number;
    level: DisagreementLevel;
  }>;
  readonly probabilities: ReadonlyArray<{ hypothesis: string; p: number }>;
  readonly sensitivity: ReadonlyArray<{ evidence: string; changesTop: boolean }>;
  readonly rankingWithoutLowCredibility: readonly RankedHypothesis[];
}

export interface CellComparison {
  readonly evidence: string;
  readonly hypothesis: string;
  readonly analystValue: number;
  readonly groupMean: number | null;
  readonly difference: number | null;
}

const set = (id: string) => `/ach/sets/${encodeURIComponent(id)}`;

export const listHypothesisSets = async (signal?: AbortSignal) =>
  (await getJson<{ sets: HypothesisSetSummary[] }>('/ach/sets', {}, signal)).sets;

export const getHypothesisSet = (id: string, signal?: AbortSignal) =>
  getJson<HypothesisSet>(set(id), {}, signal);

export const getHypothesisSetScores = (id: string, signal?: AbortSignal) =>
  getJson<HypothesisSetScores>(`${set(id)}/scores`, {}, signal);

/** Creates a set from the JSON format of docs/ach-format.md. */
export const createHypothesisSet = (file: unknown) =>
  sendJson<HypothesisSet>('POST', '/ach/sets', file);

/** Imports a PARC ACH .achz file as it is. */
export const importAchz = (file: Blob) => sendJson<HypothesisSet>('POST', '/ach/sets/achz', file);

export const rateCell = (id: string, rating: Rating) =>
  sendJson<RatingEvent>('POST', `${set(id)}/ratings`, rating);

export const getRatingHistory = async (
  id: string,
  filter: { analyst?: string; evidence?: string; hypothesis?: string },
  signal?: AbortSignal,
) =>
  (await getJson<{ events: RatingEvent[] }>(`${set(id)}/ratings/history`, filter, signal)).events;

export const compareAnalyst = async (id: string, analyst: string, signal?: AbortSignal) =>
  (
    await getJson<{ cells: CellComparison[] }>(
      `${set(id)}/analysts/${encodeURIComponent(analyst)}/comparison`,
      {},
      signal,
    )
  ).cells;

export const addHypothesis = (id: string, text: string) =>
  sendJson<Hypothesis>('POST', `${set(id)}/hypotheses`, { text });

export const addEvidence = (
  id: string,
  evidence: Omit<Evidence, 'id' | 'credibility' | 'relevance'> & Partial<Evidence>,
) => sendJson<Evidence>('POST', `${set(id)}/evidence`, evidence);

export const setProbabilities = (
  id: string,
  analyst: string,
  probabilities: ReadonlyArray<{ hypothesis: string; p: number }>,
) =>
  sendJson<{ probabilities: Array<{ analyst: string; hypothesis: string; p: number }> }>(
    'PUT',
    `${set(id)}/probabilities`,
    { analyst, probabilities },
  );

/** Where a statement was said: its source, for the reader link. */
export const getStatementSource = async (id: StatementId, signal?: AbortSignal) =>
  (await getJson<{ sourceId: string }>(`/statements/${encodeURIComponent(id)}`, {}, signal))
    .sourceId;
