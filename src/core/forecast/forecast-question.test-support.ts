import type {
  AnalystId,
  BinaryQuestion,
  Forecast,
  IsoDateTime,
  MultipleChoiceQuestion,
  Prediction,
  QuestionId,
} from './forecast-question.js';

/** Midnight UTC, `n` days after 1 January 2024. */
export const day = (n: number): IsoDateTime =>
  new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString() as IsoDateTime;

/** A binary question open from day 0 to day 4 that resolved yes. */
export const binaryQuestion = (overrides: Partial<BinaryQuestion> = {}): BinaryQuestion => ({
  id: 'q-binary' as QuestionId,
  type: 'binary',
  title: 'Will the bill pass?',
  resolutionCriteria: 'The bill passes its final reading.',
  opens: day(0),
  closes: day(4),
  resolution: { status: 'resolved', outcome: true },
  ...overrides,
});

/** A multiple-choice question over a, b, c open from day 0 to day 4 that resolved b. */
export const multipleChoiceQuestion = (
  overrides: Partial<MultipleChoiceQuestion> = {},
): MultipleChoiceQuestion => ({
  id: 'q-choice' as QuestionId,
  type: 'multiple_choice',
  title: 'Who wins the leadership race?',
  resolutionCriteria: 'The party announces the winner.',
  opens: day(0),
  closes: day(4),
  options: ['a', 'b', 'c'],
  resolution: { status: 'resolved', outcome: 'b' },
  ...overrides,
});

export const forecast = (analyst: string, dayNumber: number, prediction: Prediction): Forecast => ({
  analyst: analyst as AnalystId,
  at: day(dayNumber),
  prediction,
});
