import type {
  Forecast,
  ForecastQuestion,
  QuestionWithForecasts,
} from '../../core/forecast/forecast-question.js';

/** A question in the file format's terms (docs/forecast-format.md): flat outcome and annulled. */
export type QuestionFileForm = {
  readonly id: string;
  readonly type: ForecastQuestion['type'];
  readonly title: string;
  readonly resolutionCriteria: string;
  readonly options?: readonly string[];
  readonly opens: string;
  readonly closes: string;
  readonly outcome: boolean | string | null;
  readonly annulled: boolean;
  readonly resolvedAt?: string;
};

/** A forecast in the file format's terms: `p` for binary questions, `probabilities` otherwise. */
export type ForecastFileForm = {
  readonly analyst: string;
  readonly at: string;
  readonly p?: number;
  readonly probabilities?: Readonly<Record<string, number>>;
  readonly rationale?: string;
  readonly links?: ReadonlyArray<{ readonly kind: string; readonly id: string }>;
};

/**
 * A question as the file writes it; `forecastFileFromJson` reads it back to the same question.
 *
 * @example questionToFileForm(question) // → { id, type: 'binary', …, outcome: true, annulled: false }
 */
export const questionToFileForm = (question: ForecastQuestion): QuestionFileForm => {
  const { resolution } = question;
  const at =
    resolution.status === 'resolved'
      ? resolution.resolvedAt
      : resolution.status === 'annulled'
        ? resolution.annulledAt
        : undefined;
  return {
    id: question.id,
    type: question.type,
    title: question.title,
    resolutionCriteria: question.resolutionCriteria,
    ...(question.type === 'multiple_choice' ? { options: [...question.options] } : {}),
    opens: question.opens,
    closes: question.closes,
    outcome: resolution.status === 'resolved' ? resolution.outcome : null,
    annulled: resolution.status === 'annulled',
    ...(at === undefined ? {} : { resolvedAt: at }),
  };
};

/** A forecast as the file writes it. */
export const forecastToFileForm = (forecast: Forecast): ForecastFileForm => ({
  analyst: forecast.analyst,
  at: forecast.at,
  ...(typeof forecast.prediction === 'number'
    ? { p: forecast.prediction }
    : { probabilities: { ...forecast.prediction } }),
  ...(forecast.rationale === undefined ? {} : { rationale: forecast.rationale }),
  ...(forecast.links === undefined ? {} : { links: forecast.links.map((l) => ({ ...l })) }),
});

/**
 * A question with its forecasts as the text of a forecast file, indented, ending in a newline;
 * `parseForecastFile` reads it back to the same question and forecasts.
 */
export const serialiseForecastFile = ({ question, forecasts }: QuestionWithForecasts): string =>
  `${JSON.stringify(
    { question: questionToFileForm(question), forecasts: forecasts.map(forecastToFileForm) },
    null,
    2,
  )}\n`;
