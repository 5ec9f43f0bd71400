import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';
import { fixedDeps, testDatabases } from '../support/databases.js';

interface TopicStanceBody {
  statementId: string;
  speaker: string | null;
  saidOn: string | null;
  stance: number | null;
  confidence: number;
  hedged: boolean;
  conditional: boolean;
  negated: boolean;
  method: string;
  matches: Array<{ term: string; start: number; end: number; inContent: boolean }>;
  cues: Array<{ kind: string; text: string; start: number; end: number; weight: number }>;
}

describe.each(testDatabases())('topics over HTTP on $name', (engine) => {
  let telltale: Telltale;
  let server: FastifyInstance;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await telltale.ingest(ingestInputsFrom(['test/topics/fixtures']));
    server = await buildServer(telltale, { webRoot: null });
  });
  afterAll(async () => {
    await server?.close();
    await telltale?.close();
    await engine.dropAll();
  });

  const call = async <T>(method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await server.inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json<T>() };
  };

  it('defines a topic and links the stored statements to it', async () => {
    const created = await call<{
      topic: { id: string; statementCount: number };
      linking: { stances: number };
    }>('POST', '/api/topics', {
      id: 'iran-us-negotiation',
      label: 'Iran–US negotiations',
      terms: ['negotiation', 'talks', 'contacts', 'meeting'],
      countries: ['IRN', 'USA'],
    });
    expect(created.status).toBe(201);
    expect(created.body.topic).toMatchObject({ id: 'iran-us-negotiation', statementCount: 4 });
    expect(created.body.linking.stances).toBe(4);

    const list = await call<{ topics: Array<{ id: string; countries: string[] }> }>(
      'GET',
      '/api/topics',
    );
    expect(list.body.topics).toMatchObject([
      { id: 'iran-us-negotiation', countries: ['IRN', 'USA'] },
    ]);
  });

  it('returns a topic with its stances, their flags and the words behind them', async () => {
    const { status, body } = await call<{ topic: { id: string }; stances: TopicStanceBody[] }>(
      'GET',
      '/api/topics/iran-us-negotiation',
    );
    expect(status).toBe(200);
    expect(body.stances.map((s) => [s.speaker, s.saidOn, s.stance, s.method])).toEqual([
      ['Ali Khamenei', '2026-03-02', -2, 'rules@1'],
      ['Abbas Araghchi', '2026-03-02', -1, 'rules@1'],
      ['Abbas Araghchi', '2026-03-09', 1, 'rules@1'],
      ['Donald Trump', '2026-03-09', 1, 'rules@1'],
    ]);
    const source = await call<{ text: string }>(
      'GET',
      `/api/sources/${(await telltale.getStatement(body.stances[0]?.statementId ?? '')).sourceId}`,
    );
    const refusal = body.stances[0];
    expect(refusal).toMatchObject({ negated: true, hedged: false, conditional: false });
    // Offsets point into the source text.
    for (const c of refusal?.cues ?? [])
      expect(source.body.text.slice(c.start, c.end)).toBe(c.text);
    expect(refusal?.matches.map((m) => source.body.text.slice(m.start, m.end))).toEqual([
      'Talking',
    ]);
  });

  it('takes an analyst’s stance through the statement review, and shows it per statement', async () => {
    const [, conditional] = (await telltale.topics.get('iran-us-negotiation')).stances;
    const id = conditional?.statement.id ?? '';
    const reviewed = await call<{
      reviews: Array<{ field: string; oldValue: string; newValue: string }>;
    }>('POST', `/api/statements/${id}/reviews`, {
      analyst: 'alice',
      stances: { 'iran-us-negotiation': -2 },
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.reviews).toMatchObject([
      { field: 'stance', oldValue: 'iran-us-negotiation:-1', newValue: 'iran-us-negotiation:-2' },
    ]);
    const stances = await call<{
      stances: Array<{ topicId: string; stance: number; method: string; conditional: boolean }>;
    }>('GET', `/api/statements/${id}/stances`);
    expect(stances.body.stances).toEqual([
      expect.objectContaining({
        topicId: 'iran-us-negotiation',
        stance: -2,
        method: 'analyst:alice',
        conditional: true,
      }),
    ]);
  });

  it('answers bad requests with the error shape', async () => {
    const duplicate = await call<{ error: { code: string } }>('POST', '/api/topics', {
      id: 'iran-us-negotiation',
      label: 'Again',
      terms: ['x'],
    });
    expect(duplicate).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    const noTerms = await call<{ error: { message: string } }>('POST', '/api/topics', {
      id: 'empty',
      label: 'Empty',
    });
    expect(noTerms.status).toBe(400);
    expect(noTerms.body.error.message).toMatch(/at least one term/);
    expect((await call('GET', '/api/topics/nope')).status).toBe(404);
    expect((await call('GET', '/api/statements/st_nope/stances')).status).toBe(404);
    const badStance = await call('POST', `/api/statements/st_nope/reviews`, {
      analyst: 'alice',
      stances: { 'iran-us-negotiation': 3 },
    });
    expect(badStance.status).toBe(400);
  });
});
