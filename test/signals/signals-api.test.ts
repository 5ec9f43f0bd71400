import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';
import { fixedDeps, testDatabases } from '../support/databases.js';
import { buildSeries, ingestArticles, TOPIC } from './signal-fixtures.js';

describe.each(testDatabases())('signals API on $name', (engine) => {
  let telltale: Telltale;
  let server: FastifyInstance;
  let ids: Awaited<ReturnType<typeof buildSeries>>;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await ingestArticles(telltale);
    ids = await buildSeries(telltale);
    server = await buildServer(telltale, { webRoot: null });
  });
  afterAll(async () => {
    await server?.close();
    await telltale?.close();
    await engine.dropAll();
  });

  const call = async <T>(method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) => {
    const res = await server.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.json<T>() };
  };

  it('relations, then a timeline with the proxy’s point on the principal’s line', async () => {
    const added = await call<{ id: string; proxy: string; principal: string }>(
      'POST',
      '/api/relations',
      {
        proxy: 'Khatami',
        principal: 'Khamenei',
        from: '2026-01',
      },
    );
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ proxy: 'Ahmad Khatami', principal: 'Ali Khamenei' });
    const list = await call<{ relations: unknown[] }>('GET', '/api/relations?actor=Khamenei');
    expect(list.body.relations).toHaveLength(1);

    const t = await call<{
      actor: string;
      topic: string;
      points: Array<{
        statementId: string;
        via: string | null;
        deniable: { reason: string } | null;
      }>;
      shifts: Array<{ fromStatementId: string; toStatementId: string; label: string }>;
      ambiguity: number;
    }>('GET', `/api/actors/Khamenei/timeline?topic=${TOPIC}`);
    expect(t.status).toBe(200);
    expect(t.body).toMatchObject({ actor: 'Ali Khamenei', topic: TOPIC });
    expect(t.body.points.map((p) => [p.statementId, p.via, p.deniable?.reason ?? null])).toEqual([
      [ids.opening, null, null],
      [ids.sermon, 'Ahmad Khatami', 'differs'],
      [ids.refusal, null, null],
      [ids.nowruz, 'Ahmad Khatami', 'principal_silent'],
    ]);
    expect(t.body.shifts).toEqual([
      expect.objectContaining({
        fromStatementId: ids.opening,
        toStatementId: ids.refusal,
        label: '7 Feb 2026: −2, after 28 Jan: +1',
      }),
    ]);
    expect(typeof t.body.ambiguity).toBe('number');

    const a = await call<{ index: number; statementCount: number }>(
      'GET',
      `/api/actors/Khamenei/ambiguity?topic=${TOPIC}&from=2026-01-20&to=2026-02-10`,
    );
    expect(a.body.statementCount).toBe(3);

    expect((await call('GET', `/api/actors/Khamenei/timeline?topic=nope`)).status).toBe(404);
    expect(
      (await call('GET', `/api/actors/Khamenei/timeline?topic=${TOPIC}&from=2026-13`)).status,
    ).toBe(400);
    expect((await call('DELETE', `/api/relations/${added.body.id}`)).status).toBe(200);
    expect((await call('DELETE', `/api/relations/${added.body.id}`)).status).toBe(404);
  });

  it('groups and a group’s line', async () => {
    const created = await call<{ created: boolean; group: { name: string; members: unknown[] } }>(
      'POST',
      '/api/groups',
      { name: 'establishment', actors: ['Khamenei', 'Khatami'] },
    );
    expect(created.status).toBe(201);
    expect(created.body.group.members).toHaveLength(2);
    const groups = await call<{ groups: Array<{ name: string }> }>('GET', '/api/groups');
    expect(groups.body.groups.map((g) => g.name)).toEqual(['establishment']);
    const line = await call<{ points: unknown[]; members: Array<{ statements: number }> }>(
      'GET',
      `/api/groups/establishment/line?topic=${TOPIC}`,
    );
    expect(line.body.points).toHaveLength(4);
    const removed = await call<{ members: unknown[] }>(
      'DELETE',
      '/api/groups/establishment/members/Khatami',
    );
    expect(removed.body.members).toHaveLength(1);
    expect((await call('DELETE', '/api/groups/establishment')).status).toBe(200);
    expect((await call('GET', '/api/groups/establishment')).status).toBe(404);
  });
});
