import type { AnalystId, IsoDateTime } from '../analyst.js';
export type { AnalystId, IsoDateTime };
import type { Brand } from '../brand.js';

export type QuestionId = Brand<string, 'QuestionId'>;

export const QuestionType = { Binary: 'binary', MultipleChoice: 'multiple_choice' } as const;
export type QuestionType = (typeof QuestionType)[keyof typeof QuestionType];

/** How a question ended, if it has: resolved with an outcome, annulled, or not yet. */
export type Resolution<O> =
  | { readonly status: 'unresolved' }
  | { readonly status: 'resolved'; readonly outcome: O; readonly resolvedAt?: IsoDateTime }
  | { readonly status: 'annulled'; readonly annulledAt?: IsoDateTime };

type QuestionBase = {
  readonly id: QuestionId;
  readonly title: string;
  readonly resolutionCriteria: string;
  readonly opens: IsoDateTime;
  /** Forecasts made after the close are not scored. */
  readonly closes: IsoDateTime;
};

export type BinaryQuestion = QuestionBase & {
  readonly type: typeof QuestionType.Binary;
  readonly resolution: Resolution<boolean>;
};

export type MultipleChoiceQuestion = QuestionBase & {
  readonly type: typeof QuestionType.MultipleChoice;
  readonly options: readonly string[];
  readonly resolution: Resolution<string>;
};

export type ForecastQuestion = BinaryQuestion | MultipleChoiceQuestion;

/** The outcome of a binary question (did it happen) or the option that came true. */
export type Outcome = boolean | string;

/** Probabilities per option of a multiple-choice question, summing to 1. */
export type Distribution = Readonly<Record<string, number>>;

/** The probability of yes for a binary question; a distribution for a multiple-choice one. */
export type Prediction = number | Distribution;

/** What a forecast's rationale may point at: Telltale records or ACH evidence. */
export const RationaleLinkKind = {
  Statement: 'statement',
  Event: 'event',
  Source: 'source',
  Evidence: 'evidence',
} as const;
export type RationaleLinkKind = (typeof RationaleLinkKind)[keyof typeof RationaleLinkKind];
export const rationaleLinkKinds: readonly RationaleLinkKind[] = Object.values(RationaleLinkKind);

export type RationaleLink = { readonly kind: RationaleLinkKind; readonly id: string };

export type Forecast = {
  readonly analyst: AnalystId;
  readonly at: IsoDateTime;
  readonly prediction: Prediction;
  readonly rationale?: string;
  readonly links?: readonly RationaleLink[];
};

export type QuestionWithForecasts = {
  readonly question: ForecastQuestion;
  readonly forecasts: readonly Forecast[];
};

/**
 * The outcome a question is scored against; `null` when it is unresolved or annulled.
 *
 * @example scorableOutcome({ ...question, resolution: { status: 'annulled' } }) // → null
 */
export const scorableOutcome = (question: ForecastQuestion): Outcome | null =>
  question.resolution.status === 'resolved' ? question.resolution.outcome : null;
