import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';
import { fixedDeps, testDatabases } from '../support/databases.js';
import { ingestArticles, statementWith } from '../signals/signal-fixtures.js';

interface CommitmentBody {
  id: string;
  status: string;
  recordedStatus: string;
  overdue: boolean;
  history: Array<{ status: string; evidence: { kind: string; id: string } | null }>;
}

describe.each(testDatabases())('commitments API on $name', (engine) => {
  let telltale: Telltale;
  let server: FastifyInstance;

  beforeAll(async () => {
    // The clock stands at 21 November 2026 (fixedDeps).
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await ingestArticles(telltale);
    server = await buildServer(telltale, { webRoot: null });
  });
  afterAll(async () => {
    await server?.close();
    await telltale?.close();
    await engine.dropAll();
  });

  const call = async <T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const res = await server.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.json<T>() };
  };

  it('lists candidates, accepts one, resolves it with evidence; credibility follows', async () => {
    const threat = await statementWith(telltale, 'Iran has 60 days');
    const candidates = await call<{
      candidates: Array<{ statementId: string; kind: string; deadline: string }>;
    }>('GET', '/api/commitments/candidates');
    expect(candidates.body.candidates).toEqual([
      expect.objectContaining({ statementId: threat, kind: 'ultimatum', deadline: '2026-03-08' }),
    ]);

    const accepted = await call<CommitmentBody>(
      'POST',
      `/api/commitments/candidates/${threat}/accept`,
      { to: 'Iran', analyst: 'ana' },
    );
    expect(accepted.status).toBe(201);
    // The deadline passed long before today (21 Nov 2026).
    expect(accepted.body).toMatchObject({
      status: 'expired',
      recordedStatus: 'pending',
      overdue: true,
    });

    const before = await call<{ overall: { posterior: { mean: number } } }>(
      'GET',
      `/api/actors/${encodeURIComponent('Donald Trump')}/credibility`,
    );
    expect(before.body.overall.posterior.mean).toBe(0.5);

    const strikes = await statementWith(telltale, 'struck three sites');
    const resolved = await call<CommitmentBody>(
      'POST',
      `/api/commitments/${accepted.body.id}/resolve`,
      {
        status: 'carried_out',
        evidence: { kind: 'statement', id: strikes },
        on: '2026-03-10',
        analyst: 'bob',
      },
    );
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'carried_out', overdue: false });
    expect(resolved.body.history.map((h) => [h.status, h.evidence?.id])).toEqual([
      ['pending', threat],
      ['carried_out', strikes],
    ]);

    const after = await call<{
      overall: {
        posterior: { alpha: number; beta: number; mean: number; interval: { low: number } };
      };
    }>('GET', '/api/actors/Trump/credibility?kind=ultimatum');
    expect(after.body.overall.posterior).toMatchObject({ alpha: 2, beta: 1, mean: 0.6667 });
    expect(after.body.overall.posterior.interval.low).toBe(0.2236);

    const again = await call('POST', `/api/commitments/${accepted.body.id}/resolve`, {
      status: 'carried_out',
      evidence: { kind: 'statement', id: strikes },
      on: '2026-03-10',
    });
    expect(again.status).toBe(409);
  });

  it('enters, edits, lists and shows commitments; says what is wrong', async () => {
    const created = await call<CommitmentBody & { kind: string; to: string }>(
      'POST',
      '/api/commitments',
      {
        actor: 'Donald Trump',
        to: 'Iran',
        kind: 'red_line',
        text: 'No nuclear weapon, ever.',
        madeOn: '2025-03',
      },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'red_line', to: 'Iran', status: 'pending' });
    const edited = await call<{ deadline: string }>(
      'PATCH',
      `/api/commitments/${created.body.id}`,
      {
        deadline: '2026-12',
      },
    );
    expect(edited.body.deadline).toBe('2026-12');
    const listed = await call<{ commitments: Array<{ id: string }> }>(
      'GET',
      '/api/commitments?kind=red_line&status=pending',
    );
    expect(listed.body.commitments.map((c) => c.id)).toEqual([created.body.id]);
    expect((await call('GET', `/api/commitments/${created.body.id}`)).status).toBe(200);
    expect((await call('GET', '/api/commitments/cmt_none')).status).toBe(404);
    expect(
      (await call('POST', '/api/commitments', { actor: 'Trump', kind: 'warning', text: 'x' }))
        .status,
    ).toBe(400);
    expect(
      (
        await call('POST', `/api/commitments/${created.body.id}/resolve`, {
          status: 'withdrawn',
          evidence: { kind: 'event', id: 'ev_none' },
          on: '2026-01-01',
        })
      ).status,
    ).toBe(404);
  });
});
