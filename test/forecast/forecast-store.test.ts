import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AnalystId,
  BinaryQuestion,
  IsoDateTime,
  MultipleChoiceQuestion,
  QuestionId,
} from '../../src/core/forecast/forecast-question.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { inTransaction, repositoriesFor } from '../../src/store/repositories.js';
import { testDatabases } from '../support/databases.js';

const at = (iso: string) => iso as IsoDateTime;
const ann = 'ann' as AnalystId;
const bob = 'bob' as AnalystId;

const binary: BinaryQuestion = {
  id: 'q-resign' as QuestionId,
  type: 'binary',
  title: 'Will the minister resign?',
  resolutionCriteria: 'An official announcement.',
  opens: at('2024-05-01T00:00:00Z'),
  closes: at('2024-05-11T00:00:00Z'),
  resolution: { status: 'unresolved' },
};

const choice: MultipleChoiceQuestion = {
  id: 'q-leader' as QuestionId,
  type: 'multiple_choice',
  title: 'Who leads the party?',
  resolutionCriteria: 'The congress announces it.',
  options: ['Okafor', 'Lindqvist', 'Moreau'],
  opens: at('2024-04-01T00:00:00Z'),
  closes: at('2024-05-01T00:00:00Z'),
  resolution: { status: 'resolved', outcome: 'Lindqvist', resolvedAt: at('2024-05-02T00:00:00Z') },
};

describe.each(testDatabases())('forecast storage on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
  });
  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('saves questions with their forecasts and reads them back', async () => {
    await inTransaction(database, async (r) => {
      await r.forecasts.insertQuestion(binary, at('2024-05-01T00:00:00.000Z'));
      await r.forecasts.appendForecasts(binary.id, [
        { analyst: ann, at: at('2024-05-01T00:00:00Z'), prediction: 0.5 },
        {
          analyst: bob,
          at: at('2024-05-03T00:00:00Z'),
          prediction: 0.2,
          rationale: 'He denied it twice.',
          links: [
            { kind: 'statement', id: 'st_1' },
            { kind: 'evidence', id: 'E1' },
          ],
        },
        // Same instant as ann's first: the order of recording is kept.
        { analyst: ann, at: at('2024-05-01T00:00:00Z'), prediction: 0.6 },
      ]);
      await r.forecasts.insertQuestion(choice, at('2024-04-01T00:00:00.000Z'));
      await r.forecasts.appendForecasts(choice.id, [
        {
          analyst: ann,
          at: at('2024-04-02T00:00:00Z'),
          prediction: { Okafor: 0.5, Lindqvist: 0.5 },
        },
      ]);
    });
    const repos = repositoriesFor(database.db);
    expect(await repos.forecasts.question(binary.id)).toEqual(binary);
    expect(await repos.forecasts.question(choice.id)).toEqual(choice);
    expect(await repos.forecasts.question('q-none' as QuestionId)).toBeNull();
    const forecasts = await repos.forecasts.forecasts(binary.id);
    expect(forecasts.map((f) => [f.analyst, f.prediction])).toEqual([
      ['ann', 0.5],
      ['bob', 0.2],
      ['ann', 0.6],
    ]);
    expect(forecasts[1]).toEqual({
      questionId: binary.id,
      analyst: bob,
      at: '2024-05-03T00:00:00Z',
      prediction: 0.2,
      rationale: 'He denied it twice.',
      links: [
        { kind: 'statement', id: 'st_1' },
        { kind: 'evidence', id: 'E1' },
      ],
    });
    expect((await repos.forecasts.forecasts(choice.id))[0]?.prediction).toEqual({
      Okafor: 0.5,
      Lindqvist: 0.5,
    });
  });

  it('records a resolution and an annulment, and lists questions with their counts', async () => {
    const repos = repositoriesFor(database.db);
    await repos.forecasts.setResolution(binary.id, {
      status: 'resolved',
      outcome: false,
      resolvedAt: at('2024-06-01T00:00:00Z'),
    });
    expect((await repos.forecasts.question(binary.id))?.resolution).toEqual({
      status: 'resolved',
      outcome: false,
      resolvedAt: '2024-06-01T00:00:00Z',
    });
    await repos.forecasts.setResolution(choice.id, { status: 'annulled' });
    expect((await repos.forecasts.question(choice.id))?.resolution).toEqual({ status: 'annulled' });
    const list = await repos.forecasts.list();
    expect(list.map((s) => [s.question.id, s.forecasts, s.analysts])).toEqual([
      ['q-resign', 3, 2],
      ['q-leader', 1, 1],
    ]);
  });
});
