import type { AnalystId } from '../analyst.js';
export type { AnalystId };
import type { Brand } from '../brand.js';

export type HypothesisId = Brand<string, 'HypothesisId'>;
export type EvidenceId = Brand<string, 'EvidenceId'>;

/** How an analyst judges one item of evidence against one hypothesis. */
export const RatingValue = {
  VeryConsistent: 'CC',
  Consistent: 'C',
  Neutral: 'N',
  Inconsistent: 'I',
  VeryInconsistent: 'II',
  NotApplicable: 'NA',
} as const;
export type RatingValue = (typeof RatingValue)[keyof typeof RatingValue];
export const ratingValues: readonly RatingValue[] = Object.values(RatingValue);

/** Credibility and relevance of an item of evidence. */
export const Level = { High: 'High', Medium: 'Medium', Low: 'Low' } as const;
export type Level = (typeof Level)[keyof typeof Level];
export const levels: readonly Level[] = Object.values(Level);

/** What an item of evidence may point at elsewhere in Telltale. */
export const EvidenceLinkKind = {
  Statement: 'statement',
  Event: 'event',
  Source: 'source',
} as const;
export type EvidenceLinkKind = (typeof EvidenceLinkKind)[keyof typeof EvidenceLinkKind];
export const evidenceLinkKinds: readonly EvidenceLinkKind[] = Object.values(EvidenceLinkKind);

export type EvidenceLink = { readonly kind: EvidenceLinkKind; readonly id: string };

export type Hypothesis = { readonly id: HypothesisId; readonly text: string };

export type Evidence = {
  readonly id: EvidenceId;
  readonly text: string;
  readonly credibility: Level;
  readonly relevance: Level;
  /** ISO 8601 date or date-time; shown, never computed with. */
  readonly date?: string;
  /** Free vocabulary, e.g. "statement", "action", "assumption". */
  readonly type?: string;
  readonly link?: EvidenceLink;
  readonly notes?: string;
  /** PARC ACH's evidence code and flag, kept so an import loses nothing. */
  readonly code?: string;
  readonly flagged?: boolean;
};

/** One analyst's current rating of one cell (evidence × hypothesis). */
export type Rating = {
  readonly analyst: AnalystId;
  readonly evidence: EvidenceId;
  readonly hypothesis: HypothesisId;
  readonly value: RatingValue;
  readonly note?: string;
};

/** One analyst's probability for one hypothesis, before normalisation. */
export type ProbabilityJudgement = {
  readonly analyst: AnalystId;
  readonly hypothesis: HypothesisId;
  readonly p: number;
};

export type HypothesisSet = {
  readonly question: string;
  readonly hypotheses: readonly Hypothesis[];
  readonly evidence: readonly Evidence[];
  readonly ratings: readonly Rating[];
  readonly probabilities: readonly ProbabilityJudgement[];
};
