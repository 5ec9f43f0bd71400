import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';
import { fixedDeps, testDatabases } from '../support/databases.js';

const doc = readFileSync('docs/forecast-format.md', 'utf8');
const [binaryText = '', , binaryScores = ''] = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => m[1],
);

interface QuestionBody {
  id: string;
  status: string;
  outcome: boolean | string | null;
  annulled: boolean;
}

describe.each(testDatabases())('forecasting API on $name', (engine) => {
  let telltale: Telltale;
  let server: FastifyInstance;

  beforeAll(async () => {
    // The clock stands at 21 November 2026 (fixedDeps).
    telltale = await openTelltale(await engine.create(), fixedDeps());
    server = await buildServer(telltale, { webRoot: null });
  });
  afterAll(async () => {
    await server?.close();
    await telltale?.close();
    await engine.dropAll();
  });

  const call = async <T>(method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await server.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.json<T>() };
  };

  it('imports a forecast file and scores it as the docs show', async () => {
    const imported = await call<{ question: QuestionBody; forecasts: unknown[] }>(
      'POST',
      '/api/forecasts/import',
      JSON.parse(binaryText),
    );
    expect(imported.status).toBe(201);
    expect(imported.body.question).toMatchObject({ id: 'q-resign', status: 'resolved' });
    expect(imported.body.forecasts).toHaveLength(4);
    const scores = await call('GET', '/api/forecasts/questions/q-resign/scores');
    expect(scores.body).toEqual(JSON.parse(binaryScores));
    const again = await call('POST', '/api/forecasts/import', JSON.parse(binaryText));
    expect(again.status).toBe(409);
  });

  it('creates a question, takes forecasts, resolves it, and reports the aggregate over time', async () => {
    const created = await call<QuestionBody>('POST', '/api/forecasts/questions', {
      type: 'multiple_choice',
      title: 'Who chairs the talks?',
      options: ['Oman', 'Qatar'],
      opens: '2026-11-01T00:00:00Z',
      closes: '2026-12-01T00:00:00Z',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', outcome: null, annulled: false });
    const id = created.body.id;
    const first = await call('POST', `/api/forecasts/questions/${id}/forecasts`, {
      analyst: 'ann',
      at: '2026-11-10T00:00:00Z',
      probabilities: { Oman: 0.8, Qatar: 0.2 },
      rationale: 'Muscat hosted the last round.',
      links: [{ kind: 'evidence', id: 'E1' }],
    });
    expect(first).toEqual({
      status: 201,
      body: {
        analyst: 'ann',
        at: '2026-11-10T00:00:00Z',
        probabilities: { Oman: 0.8, Qatar: 0.2 },
        rationale: 'Muscat hosted the last round.',
        links: [{ kind: 'evidence', id: 'E1' }],
      },
    });
    const second = await call<{ at: string }>('POST', `/api/forecasts/questions/${id}/forecasts`, {
      analyst: 'bob',
      probabilities: { Oman: 0.4, Qatar: 0.6 },
    });
    expect(second.body.at).toBe('2026-11-21T12:00:00.000Z');

    const points = await call<{ points: Array<{ analysts: number; median: unknown }> }>(
      'GET',
      `/api/forecasts/questions/${id}/aggregate`,
    );
    expect(points.body.points.map((p) => [p.analysts, p.median])).toEqual([
      [1, { Oman: 0.8, Qatar: 0.2 }],
      [2, { Oman: 0.6000000000000001, Qatar: 0.4 }],
    ]);

    const resolved = await call<QuestionBody>('POST', `/api/forecasts/questions/${id}/resolve`, {
      outcome: 'Oman',
      at: '2026-12-02T00:00:00Z',
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', outcome: 'Oman' });
    const board = await call<{ entries: Array<{ analyst: string; rank: number }> }>(
      'GET',
      '/api/forecasts/leaderboard',
    );
    expect(board.body.entries.map((e) => e.analyst)).toEqual(['ann', 'bob']);
    const calibration = await call<{ analysts: Array<{ analyst: string; bins: unknown[] }> }>(
      'GET',
      '/api/forecasts/calibration?analyst=bob',
    );
    expect(calibration.body.analysts.map((a) => [a.analyst, a.bins.length])).toEqual([['bob', 10]]);
    const late = await call<{ error: { code: string } }>(
      'POST',
      `/api/forecasts/questions/${id}/forecasts`,
      { analyst: 'cy', probabilities: { Oman: 1 } },
    );
    expect(late.status).toBe(409);
  });

  it('annuls a question and lists every question with its status', async () => {
    const created = await call<QuestionBody>('POST', '/api/forecasts/questions', {
      id: 'q-annul',
      type: 'binary',
      opens: '2026-11-01T00:00:00Z',
      closes: '2026-11-15T00:00:00Z',
    });
    expect(created.body.status).toBe('closed');
    const annulled = await call<QuestionBody>('POST', '/api/forecasts/questions/q-annul/annul', {});
    expect(annulled.body).toMatchObject({ status: 'annulled', annulled: true, outcome: null });
    const list = await call<{ questions: Array<{ question: QuestionBody; forecasts: number }> }>(
      'GET',
      '/api/forecasts/questions',
    );
    expect(list.body.questions.map((q) => [q.question.id, q.question.status])).toContainEqual([
      'q-annul',
      'annulled',
    ]);
  });

  it('answers bad input with 400 and unknown questions with 404', async () => {
    const badForecast = await call<{ error: { message: string } }>(
      'POST',
      '/api/forecasts/questions/q-resign/forecasts',
      { analyst: 'ann', p: 1.5 },
    );
    expect(badForecast.status).toBe(400);
    const badOutcome = await call<{ error: { message: string } }>(
      'POST',
      '/api/forecasts/questions/q-resign/resolve',
      { outcome: 'perhaps' },
    );
    expect(badOutcome.status).toBe(400);
    expect(badOutcome.body.error.message).toBe(
      'outcome: a binary question resolves true (yes) or false (no)',
    );
    const missing = await call('GET', '/api/forecasts/questions/q-nope');
    expect(missing.status).toBe(404);
  });
});
