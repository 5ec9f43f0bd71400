import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';
import { OPENAPI_PATH, renderOpenApiDocument } from '../../scripts/openapi-document.js';
import { fixedDeps, testDatabases } from '../support/databases.js';

interface StatementBody {
  id: string;
  sourceId: string;
  speaker: string | null;
  content: string;
  saidOn: string | null;
  spans: Array<{ start: number; end: number }>;
}

describe.each(testDatabases())('HTTP API on $name', (engine) => {
  let telltale: Telltale;
  let server: FastifyInstance;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await telltale.ingest(ingestInputsFrom(['examples/corpus']));
    server = await buildServer(telltale, { webRoot: null });
  });
  afterAll(async () => {
    await server?.close();
    await telltale?.close();
    await engine.dropAll();
  });

  const get = async <T>(url: string): Promise<{ status: number; body: T }> => {
    const res = await server.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json<T>() };
  };

  it('reports health', async () => {
    const { status, body } = await get<{ status: string; engine: string; sources: number }>(
      '/api/health',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', engine: engine.name });
    expect(body.sources).toBeGreaterThan(10);
  });

  it('lists sources and returns one with its text and statements', async () => {
    const { body } = await get<{
      sources: Array<{ id: string; statementCount: number; publishedOn: string }>;
    }>('/api/sources');
    const dates = body.sources.map((s) => s.publishedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const withStatements = body.sources.find((s) => s.statementCount > 0);
    const one = await get<{ text: string; statements: StatementBody[] }>(
      `/api/sources/${withStatements?.id}`,
    );
    expect(one.status).toBe(200);
    expect(one.body.statements).toHaveLength(withStatements?.statementCount ?? -1);
    for (const s of one.body.statements) {
      expect(s.spans.map((sp) => one.body.text.slice(sp.start, sp.end)).join(' … ')).toBe(
        s.content,
      );
    }
    const search = await get<{ sources: unknown[] }>('/api/sources?q=snapback');
    expect(search.body.sources.length).toBeGreaterThan(0);
    expect(search.body.sources.length).toBeLessThan(body.sources.length);
  });

  it('filters statements by speaker, source, date range and text', async () => {
    const all = (await get<{ statements: StatementBody[] }>('/api/statements')).body.statements;
    const trump = (
      await get<{ statements: StatementBody[] }>('/api/statements?speaker=Donald%20Trump')
    ).body.statements;
    expect(trump.length).toBeGreaterThan(0);
    expect(trump.every((s) => s.speaker === 'Donald Trump')).toBe(true);
    const january = (
      await get<{ statements: StatementBody[] }>('/api/statements?from=2026-01-01&to=2026-01-31')
    ).body.statements;
    expect(january.length).toBeGreaterThan(0);
    expect(
      january.every(
        (s) => s.saidOn !== null && s.saidOn >= '2026-01-01' && s.saidOn <= '2026-01-31',
      ),
    ).toBe(true);
    expect(january.length).toBeLessThan(all.length);
    const negotiation = (
      await get<{ statements: StatementBody[] }>('/api/statements?q=negotiation')
    ).body.statements;
    expect(negotiation.length).toBeGreaterThan(0);
    expect(negotiation.every((s) => /negotiat/i.test(s.content))).toBe(true);
    const first = all[0] as StatementBody;
    const bySource = (
      await get<{ statements: StatementBody[] }>(`/api/statements?source=${first.sourceId}`)
    ).body.statements;
    expect(bySource.every((s) => s.sourceId === first.sourceId)).toBe(true);
    const page = (await get<{ statements: StatementBody[] }>('/api/statements?limit=2&offset=1'))
      .body.statements;
    expect(page.map((s) => s.id)).toEqual(all.slice(1, 3).map((s) => s.id));
  });

  it('reviews a statement and returns it as reviewed', async () => {
    const [first] = (await get<{ statements: StatementBody[] }>('/api/statements?limit=1')).body
      .statements;
    const res = await server.inject({
      method: 'POST',
      url: `/api/statements/${first?.id}/reviews`,
      payload: { analyst: 'dana', saidOn: '2026-01', verdict: 'confirmed' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: first?.id,
      saidOn: '2026-01',
      verdict: 'confirmed',
      reviews: [{ field: 'said_on', analyst: 'dana' }, { field: 'verdict' }],
    });
    expect((await get<{ saidOn: string }>(`/api/statements/${first?.id}`)).body.saidOn).toBe(
      '2026-01',
    );
    const bad = await server.inject({
      method: 'POST',
      url: `/api/statements/${first?.id}/reviews`,
      payload: { saidOn: '2026-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('analyst');
    expect(
      (await server.inject({ method: 'GET', url: '/api/statements/st_nope' })).statusCode,
    ).toBe(404);
  });

  it('lists actors', async () => {
    const { body } = await get<{
      actors: Array<{ canonicalName: string; statementCount: number }>;
    }>('/api/actors');
    expect(
      body.actors.find((a) => a.canonicalName === 'Donald Trump')?.statementCount,
    ).toBeGreaterThan(0);
  });

  it('answers errors as {"error":{"code","message"}} with the right status and no stack', async () => {
    const missing = await get<{ error: { code: string; message: string } }>(
      '/api/sources/src_nope',
    );
    expect(missing).toEqual({
      status: 404,
      body: {
        error: { code: 'NOT_FOUND', message: expect.stringContaining('src_nope') as string },
      },
    });
    const badDate = await get<{ error: { code: string; message: string } }>(
      '/api/statements?from=07/02/2026',
    );
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.code).toBe('INVALID_INPUT');
    expect(badDate.body.error.message).toContain('YYYY');
    const badLimit = await get<{ error: { code: string } }>('/api/statements?limit=0');
    expect(badLimit.status).toBe(400);
    const noRoute = await get<{ error: { code: string } }>('/api/nothing');
    expect(noRoute).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(JSON.stringify([missing, badDate, badLimit, noRoute])).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('publishes the OpenAPI document', async () => {
    const { status, body } = await get<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/sources',
        '/api/sources/{id}',
        '/api/statements',
        '/api/actors',
      ]),
    );
  });
});

describe('the committed OpenAPI document', () => {
  it('is what the server publishes (run `npm run openapi` after changing a route)', async () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(await renderOpenApiDocument());
  });
});
