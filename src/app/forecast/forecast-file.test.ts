import { describe, expect, it } from 'vitest';
import { scoreForecastQuestion } from '../../core/forecast/score-forecast-question.js';
import { forecastFileFromJson, parseForecastFile } from './forecast-file.js';

const binary = {
  question: {
    id: 'q1',
    type: 'binary',
    title: 'Will the finance minister resign before 1 July?',
    opens: '2024-05-01T00:00:00Z',
    closes: '2024-05-05T00:00:00Z',
    outcome: true,
    annulled: false,
  },
  forecasts: [
    { analyst: 'ann', at: '2024-05-01T00:00:00Z', p: 0.5 },
    {
      analyst: 'ann',
      at: '2024-05-02T00:00:00+00:00',
      p: 0.9,
      rationale: 'He skipped the budget briefing',
      links: [{ kind: 'statement', id: 'st-42' }],
    },
  ],
};

const choice = {
  question: {
    id: 'q2',
    type: 'multiple_choice',
    options: ['a', 'b', 'c'],
    opens: '2024-05-01T00:00:00Z',
    closes: '2024-05-05T00:00:00Z',
    outcome: 'b',
  },
  forecasts: [{ analyst: 'bob', at: '2024-05-03T00:00:00Z', probabilities: { a: 0.2, b: 0.8 } }],
};

const messageOf = (data: unknown): string => {
  try {
    forecastFileFromJson(data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be rejected');
};

describe('forecast file', () => {
  it('parses a binary question with its forecasts', () => {
    const { question, forecasts } = parseForecastFile(JSON.stringify(binary));
    expect(question).toMatchObject({
      id: 'q1',
      type: 'binary',
      resolutionCriteria: '',
      resolution: { status: 'resolved', outcome: true },
    });
    expect(forecasts[1]).toEqual({
      analyst: 'ann',
      at: '2024-05-02T00:00:00+00:00',
      prediction: 0.9,
      rationale: 'He skipped the budget briefing',
      links: [{ kind: 'statement', id: 'st-42' }],
    });
    // 0.5 holds 1 day (Brier 0.25), 0.9 holds 3 days (0.01): (0.25 + 0.03) / 4 = 0.07
    const [ann] = scoreForecastQuestion(question, forecasts).analysts;
    expect(ann?.brier).toBeCloseTo(0.01, 10);
    expect(ann?.timeAveragedBrier).toBeCloseTo(0.07, 10);
  });

  it('parses a multiple-choice question', () => {
    const { question, forecasts } = forecastFileFromJson(choice);
    expect(question).toMatchObject({
      options: ['a', 'b', 'c'],
      resolution: { status: 'resolved', outcome: 'b' },
    });
    expect(forecasts[0]?.prediction).toEqual({ a: 0.2, b: 0.8 });
  });

  it('reads annulled and unresolved questions', () => {
    const annulled = { ...binary, question: { ...binary.question, outcome: null, annulled: true } };
    expect(forecastFileFromJson(annulled).question.resolution).toEqual({ status: 'annulled' });
    const open = { ...binary, question: { ...binary.question, outcome: null } };
    expect(forecastFileFromJson(open).question.resolution).toEqual({ status: 'unresolved' });
  });

  it.each<[string, unknown, RegExp]>([
    [
      'a time without an offset',
      { ...binary, forecasts: [{ analyst: 'ann', at: '2024-05-01T00:00:00', p: 0.5 }] },
      /forecasts\[0\]\.at: /,
    ],
    [
      'p above 1',
      { ...binary, forecasts: [{ analyst: 'ann', at: '2024-05-01T00:00:00Z', p: 1.2 }] },
      /forecasts\[0\]\.p: /,
    ],
    [
      'a binary forecast without p',
      { ...binary, forecasts: [{ analyst: 'ann', at: '2024-05-01T00:00:00Z' }] },
      /forecasts\[0\]\.p: is required for a binary question/,
    ],
    [
      'an outcome on an annulled question',
      { ...binary, question: { ...binary.question, annulled: true } },
      /question\.outcome: must be null when the question is annulled/,
    ],
    [
      'an outcome that is not an option',
      { ...choice, question: { ...choice.question, outcome: 'z' } },
      /question\.outcome: "z" is not one of the options/,
    ],
    [
      'an unknown option',
      {
        ...choice,
        forecasts: [
          { analyst: 'bob', at: '2024-05-03T00:00:00Z', probabilities: { a: 0.2, x: 0.8 } },
        ],
      },
      /forecasts\[0\]\.probabilities\.x: is not one of the options/,
    ],
    [
      'probabilities that do not sum to 1',
      {
        ...choice,
        forecasts: [
          { analyst: 'bob', at: '2024-05-03T00:00:00Z', probabilities: { a: 0.2, b: 0.7 } },
        ],
      },
      /forecasts\[0\]\.probabilities: sum to 0\.9/,
    ],
    [
      'a close before the opening',
      { ...binary, question: { ...binary.question, closes: '2024-04-01T00:00:00Z' } },
      /question\.closes: is before opens/,
    ],
    [
      'an unknown question type',
      { ...binary, question: { ...binary.question, type: 'numeric' } },
      /question\.type: /,
    ],
  ])('rejects %s', (_name, data, message) => {
    expect(messageOf(data)).toMatch(/^Invalid forecast file: /);
    expect(messageOf(data)).toMatch(message);
  });
});
