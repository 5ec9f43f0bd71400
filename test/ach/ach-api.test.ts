import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';
import { fixedDeps, testDatabases } from '../support/databases.js';

const doc = readFileSync('docs/ach-format.md', 'utf8');
const [exampleText = '', scoresText = ''] = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => m[1],
);

interface SetBody {
  id: string;
  question: string;
  analysts: string[];
  ratings: Array<{ analyst: string; evidence: string; hypothesis: string; value: string }>;
}

describe.each(testDatabases())('ACH API on $name', (engine) => {
  let telltale: Telltale;
  let server: FastifyInstance;
  let setId: string;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    server = await buildServer(telltale, { webRoot: null });
  });
  afterAll(async () => {
    await server?.close();
    await telltale?.close();
    await engine.dropAll();
  });

  const call = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const res = await server.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.json<T>() };
  };

  it('creates a set from the JSON format, lists it, and scores it', async () => {
    const created = await call<SetBody>('POST', '/api/ach/sets', JSON.parse(exampleText));
    expect(created.status).toBe(201);
    setId = created.body.id;
    expect(created.body.analysts).toEqual(['ann', 'bob']);
    const list = await call<{ sets: Array<{ id: string; evidence: number }> }>(
      'GET',
      '/api/ach/sets',
    );
    expect(list.body.sets).toEqual([expect.objectContaining({ id: setId, evidence: 3 })]);
    const scores = await call('GET', `/api/ach/sets/${setId}/scores`);
    expect(scores.status).toBe(200);
    expect(scores.body).toEqual(JSON.parse(scoresText));
    const exported = await call('GET', `/api/ach/sets/${setId}/export`);
    expect(exported.body).toEqual(JSON.parse(JSON.stringify(await telltale.ach.exportSet(setId))));
  });

  it('sets a rating, keeps the change in the history, and compares an analyst with the group', async () => {
    const rated = await call<{ value: string; at: string }>(
      'POST',
      `/api/ach/sets/${setId}/ratings`,
      { analyst: 'cy', evidence: 'E1', hypothesis: 'H1', value: 'CC', note: 'he looked well' },
    );
    expect(rated.status).toBe(201);
    expect(rated.body).toMatchObject({ value: 'CC', at: '2026-11-21T12:00:00.000Z' });
    await call('POST', `/api/ach/sets/${setId}/ratings`, {
      analyst: 'cy',
      evidence: 'E1',
      hypothesis: 'H1',
      value: 'C',
    });
    const history = await call<{
      events: Array<{ analyst: string; value: string; note?: string }>;
    }>('GET', `/api/ach/sets/${setId}/ratings/history?evidence=E1&hypothesis=H1`);
    expect(history.body.events.map((e) => [e.analyst, e.value, e.note ?? null])).toEqual([
      ['ann', 'II', null],
      ['bob', 'II', null],
      ['cy', 'CC', 'he looked well'],
      ['cy', 'C', null],
    ]);
    const set = await call<SetBody>('GET', `/api/ach/sets/${setId}`);
    expect(set.body.ratings.filter((r) => r.analyst === 'cy')).toEqual([
      { analyst: 'cy', evidence: 'E1', hypothesis: 'H1', value: 'C' },
    ]);
    const comparison = await call('GET', `/api/ach/sets/${setId}/analysts/cy/comparison`);
    expect(comparison.body).toEqual({
      analyst: 'cy',
      cells: [{ evidence: 'E1', hypothesis: 'H1', analystValue: 1, groupMean: -2, difference: 3 }],
    });
  });

  it('adds hypotheses, evidence and probabilities', async () => {
    const h = await call('POST', `/api/ach/sets/${setId}/hypotheses`, { text: 'A family matter' });
    expect(h).toEqual({ status: 201, body: { id: 'H4', text: 'A family matter' } });
    const e = await call('POST', `/api/ach/sets/${setId}/evidence`, {
      text: 'His daughter was hospitalised',
      relevance: 'High',
      date: '2024-05-01',
      type: 'event',
    });
    expect(e.body).toEqual({
      id: 'E4',
      text: 'His daughter was hospitalised',
      credibility: 'Medium',
      relevance: 'High',
      date: '2024-05-01',
      type: 'event',
    });
    const p = await call<{ probabilities: unknown[] }>(
      'PUT',
      `/api/ach/sets/${setId}/probabilities`,
      { analyst: 'cy', probabilities: [{ hypothesis: 'H4', p: 1 }] },
    );
    expect(p.status).toBe(200);
    expect(p.body.probabilities).toEqual([{ analyst: 'cy', hypothesis: 'H4', p: 1 }]);
  });

  it('imports a PARC ACH file sent as bytes', async () => {
    const xml =
      '<ACH><PROJECT-TITLE>Memo</PROJECT-TITLE><MATRIX><HYPOTHESIS><NAME>A</NAME></HYPOTHESIS>' +
      '<EVIDENCE><NAME>x</NAME><VALUES>I</VALUES></EVIDENCE></MATRIX></ACH>';
    const res = await server.inject({
      method: 'POST',
      url: '/api/ach/sets/achz',
      headers: { 'content-type': 'application/octet-stream' },
      payload: gzipSync(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<SetBody>()).toMatchObject({
      question: 'Memo',
      ratings: [{ analyst: 'imported', evidence: 'E1', hypothesis: 'H1', value: 'I' }],
    });
  });

  it('answers bad input with 400 and unknown sets with 404, naming the problem', async () => {
    const badValue = await call<{ error: { code: string; message: string } }>(
      'POST',
      `/api/ach/sets/${setId}/ratings`,
      { analyst: 'cy', evidence: 'E1', hypothesis: 'H1', value: 'maybe' },
    );
    expect(badValue.status).toBe(400);
    expect(badValue.body.error.code).toBe('INVALID_INPUT');
    expect(badValue.body.error.message).toContain('value');
    const badCell = await call<{ error: { message: string } }>(
      'POST',
      `/api/ach/sets/${setId}/ratings`,
      { analyst: 'cy', evidence: 'E9', hypothesis: 'H1', value: 'C' },
    );
    expect(badCell).toMatchObject({ status: 400 });
    expect(badCell.body.error.message).toBe('evidence: unknown evidence "E9"');
    const badFile = await call<{ error: { message: string } }>('POST', '/api/ach/sets', {
      question: 'Q',
      hypotheses: [{ id: 'H1', text: 'a' }],
      evidence: [{ id: 'E1', text: 'b' }],
      ratings: [{ analyst: 'a', evidence: 'E1', hypothesis: 'H9', value: 'C' }],
    });
    expect(badFile.status).toBe(400);
    expect(badFile.body.error.message).toContain('ratings[0].hypothesis: unknown hypothesis "H9"');
    const missing = await call<{ error: { code: string } }>('GET', '/api/ach/sets/ach_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });
});
