import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreForecastQuestion } from '../../core/forecast/score-forecast-question.js';
import { parseForecastFile } from './forecast-file.js';

// Keeps docs/forecast-format.md honest: its examples must parse and score to the output it shows.
const doc = readFileSync(new URL('../../../docs/forecast-format.md', import.meta.url), 'utf8');
const [binary, choice, binaryOutput, choiceOutput] = [
  ...doc.matchAll(/```json\n([\s\S]*?)```/g),
].map((m) => m[1] ?? '');

const scoresOf = (text: string | undefined): unknown => {
  const { question, forecasts } = parseForecastFile(text ?? '');
  return JSON.parse(JSON.stringify(scoreForecastQuestion(question, forecasts)));
};

describe('docs/forecast-format.md', () => {
  it('shows the scores of its binary example', () => {
    expect(scoresOf(binary)).toEqual(JSON.parse(binaryOutput ?? ''));
  });

  it('shows the scores of its multiple-choice example', () => {
    expect(scoresOf(choice)).toEqual(JSON.parse(choiceOutput ?? ''));
  });
});
