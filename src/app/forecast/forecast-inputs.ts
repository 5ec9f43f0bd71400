import { invalidInput, isTelltaleError } from '../../core/errors.js';
import type {
  Forecast,
  ForecastQuestion,
  IsoDateTime,
} from '../../core/forecast/forecast-question.js';
import { forecastFileFromJson } from './forecast-file.js';
import { questionToFileForm } from './forecast-file-export.js';

/** A new question in the file format's fields (docs/forecast-format.md); `id` optional. */
export type QuestionInput = Record<string, unknown>;

/** A new forecast in the file format's fields; `at` defaults to now. */
export type ForecastInput = Record<string, unknown>;

/**
 * Reads through the file format's schema, which knows every rule of a question and its
 * forecasts, and words its errors for what was given rather than for a file.
 */
const throughFileSchema = (what: string, data: unknown, prefix: RegExp) => {
  try {
    return forecastFileFromJson(data);
  } catch (error) {
    if (!isTelltaleError(error)) throw error;
    const detail = error.message
      .replace(/^Invalid forecast file: /, '')
      .replace(new RegExp(prefix.source, 'g'), '');
    throw invalidInput(`Invalid ${what}: ${detail}`, error);
  }
};

/**
 * A question checked as the file format checks it, with the given id if it has none.
 *
 * @example questionFrom({ type: 'binary', title: 'Will he resign?', opens, closes }, 'q_1')
 */
export const questionFrom = (input: QuestionInput, id: string): ForecastQuestion => {
  const given = typeof input['id'] === 'string' && input['id'].trim() ? input['id'] : id;
  return throughFileSchema('question', { question: { ...input, id: given } }, /question\./)
    .question;
};

/**
 * A forecast on a question, checked as the file format checks it (p for binary, probabilities
 * over the options summing to 1 for multiple choice), made `at` unless it says when.
 */
export const forecastFrom = (
  question: ForecastQuestion,
  input: ForecastInput,
  at: IsoDateTime,
): Forecast => {
  const data = {
    question: questionToFileForm(question),
    forecasts: [{ ...input, at: typeof input['at'] === 'string' ? input['at'] : at }],
  };
  const [forecast] = throughFileSchema('forecast', data, /forecasts\[0\]\./).forecasts;
  if (!forecast) throw invalidInput('Invalid forecast: nothing given');
  return forecast;
};
