import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseForecastFile } from '../../src/app/forecast/forecast-file.js';
import { serialiseForecastFile } from '../../src/app/forecast/forecast-file-export.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { fixedDeps, sqliteTestDatabase } from '../support/databases.js';

/** The examples of docs/forecast-format.md: binary, multiple choice, and their scores. */
const doc = readFileSync('docs/forecast-format.md', 'utf8');
const [binaryText = '', choiceText = '', binaryScores = '', choiceScores = ''] = [
  ...doc.matchAll(/```json\n([\s\S]*?)```/g),
].map((m) => m[1]);

describe('forecasting use cases over the store', () => {
  const engine = sqliteTestDatabase();
  let telltale: Telltale;
  let now = Date.parse('2024-05-01T12:00:00Z');

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), {
      ...fixedDeps(),
      clock: { now: () => new Date(now) },
    });
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('imports forecast files and scores them as the docs show', async () => {
    const binary = await telltale.forecasts.importJson(JSON.parse(binaryText));
    const choice = await telltale.forecasts.importJson(JSON.parse(choiceText));
    expect(await telltale.forecasts.score(binary.question.id)).toEqual(JSON.parse(binaryScores));
    expect(await telltale.forecasts.score(choice.question.id)).toEqual(JSON.parse(choiceScores));
    expect(
      (await telltale.forecasts.list()).map((s) => [s.question.id, s.forecasts, s.analysts]),
    ).toEqual([
      ['q-resign', 4, 2],
      ['q-leader', 3, 2],
    ]);
    await expect(telltale.forecasts.importJson(JSON.parse(binaryText))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('reads back what it stored: the export parses to the file it imported', async () => {
    for (const text of [binaryText, choiceText]) {
      const file = parseForecastFile(text);
      const { status, ...stored } = await telltale.forecasts.get(file.question.id);
      expect(status).toBe('resolved');
      expect(stored).toEqual(file);
      expect(parseForecastFile(serialiseForecastFile(stored))).toEqual(file);
    }
  });

  it('takes forecasts over time, resolves, and scores with the aggregate over time', async () => {
    const question = await telltale.forecasts.createQuestion({
      type: 'binary',
      title: 'Will talks resume in Muscat?',
      resolutionCriteria: 'Both delegations meet in Muscat.',
      opens: '2024-05-01T00:00:00Z',
      closes: '2024-05-05T00:00:00Z',
    });
    expect(question.id).toMatch(/^q_/);
    const id = question.id;
    await telltale.forecasts.forecast(id, { analyst: 'ann', p: 0.5 }); // day 0.5
    now += 86_400_000;
    await telltale.forecasts.forecast(id, {
      analyst: 'bob',
      p: 0.9,
      rationale: 'The envoy said the door is open.',
      links: [{ kind: 'statement', id: 'st_1' }],
    });
    now += 86_400_000;
    await telltale.forecasts.forecast(id, { analyst: 'ann', p: 0.8 });

    const points = await telltale.forecasts.aggregateOverTime(id);
    expect(points.map((p) => [p.at, p.analysts, p.median])).toEqual([
      ['2024-05-01T12:00:00.000Z', 1, 0.5],
      ['2024-05-02T12:00:00.000Z', 2, 0.7],
      ['2024-05-03T12:00:00.000Z', 2, 0.8500000000000001],
    ]);
    expect(points[1]?.geoMeanOdds).toBeCloseTo(0.75, 12); // odds 1 and 9 → 3

    const unresolved = await telltale.forecasts.score(id);
    expect(unresolved.analysts.map((a) => a.brier)).toEqual([null, null]);

    await telltale.forecasts.resolve(id, true, '2024-05-06T00:00:00Z');
    const scores = await telltale.forecasts.score(id);
    // ann: 0.5 for 2 days (0.25), 0.8 for 1.5 days (0.04) over 3.5 days.
    expect(scores.analysts[0]).toMatchObject({ analyst: 'ann', brier: 0.03999999999999998 });
    expect(scores.analysts[0]?.timeAveragedBrier).toBeCloseTo((0.25 * 2 + 0.04 * 1.5) / 3.5, 12);
    expect(scores.analysts[1]).toMatchObject({ analyst: 'bob', brier: 0.009999999999999995 });

    await expect(telltale.forecasts.forecast(id, { analyst: 'ann', p: 0.1 })).rejects.toMatchObject(
      { code: 'CONFLICT' },
    );
    const board = await telltale.forecasts.leaderboard();
    // Over the three resolved questions: ann 0.04, 0.24, 0.04; bob 0.64, 0.32, 0.01.
    expect(board.map((e) => [e.analyst, e.questions, e.rank])).toEqual([
      ['ann', 3, 1],
      ['bob', 3, 2],
    ]);
    expect(board[0]?.meanBrier).toBeCloseTo(0.32 / 3, 12);
    const calibration = await telltale.forecasts.calibration('bob');
    expect(calibration).toHaveLength(1);
    expect(calibration[0]?.bins[9]).toMatchObject({ count: 1, observedFrequency: 1 });
  });

  it('checks forecasts and resolutions against the question', async () => {
    const question = await telltale.forecasts.createQuestion({
      id: 'q-mc',
      type: 'multiple_choice',
      options: ['a', 'b'],
      opens: '2024-05-01T00:00:00Z',
      closes: '2024-06-01T00:00:00Z',
    });
    await expect(
      telltale.forecasts.forecast(question.id, { analyst: 'ann', p: 0.5 }),
    ).rejects.toThrow('Invalid forecast: p: is for binary questions; use probabilities');
    await expect(
      telltale.forecasts.forecast(question.id, { analyst: 'ann', probabilities: { a: 0.5 } }),
    ).rejects.toThrow('Invalid forecast: probabilities: sum to 0.5, not 1');
    await expect(
      telltale.forecasts.forecast(question.id, {
        analyst: 'ann',
        probabilities: { a: 1 },
        at: '2024-07-01T00:00:00Z',
      }),
    ).rejects.toThrow(/after the question closed/);
    await expect(telltale.forecasts.resolve(question.id, 'c')).rejects.toThrow(
      'outcome: "c" is not one of the options (a, b)',
    );
    await expect(
      telltale.forecasts.createQuestion({ type: 'binary', opens: 'soon', closes: 'later' }),
    ).rejects.toThrow(/Invalid question: opens/);
    const annulled = await telltale.forecasts.annul(question.id);
    expect(annulled.resolution).toEqual({
      status: 'annulled',
      annulledAt: '2024-05-03T12:00:00.000Z',
    });
    await expect(telltale.forecasts.get('q-nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
