import type { QuestionWithForecasts } from '../../core/forecast/forecast-question.js';
import { invalidInput } from '../../core/errors.js';
import { readInputFile } from '../read-input-file.js';
import { parseForecastFile } from './forecast-file.js';

/**
 * A question with its forecasts from a forecast file (docs/forecast-format.md).
 *
 * @example const { question, forecasts } = await loadForecastFile('q.json');
 */
export const loadForecastFile = async (path: string): Promise<QuestionWithForecasts> => {
  const bytes = await readInputFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw invalidInput(`Invalid forecast file: ${path} is not UTF-8 text`, cause);
  }
  return parseForecastFile(text);
};
