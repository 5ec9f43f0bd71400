import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';
import { fixedDeps, testDatabases } from '../support/databases.js';
import { gdelt2Row } from './event-rows.js';

interface EventBody {
  id: string;
  date: string;
  ploverType: string | null;
  sourceActor: { name: string | null; country: string | null; sector: string | null } | null;
  targetActor: { country: string | null } | null;
}

const iran = { code: 'IRNGOV', name: 'IRAN', country: 'IRN', types: ['GOV'] } as const;
const usa = { code: 'USA', name: 'UNITED STATES', country: 'USA' } as const;
const israel = { code: 'ISRMIL', name: 'ISRAEL', country: 'ISR', types: ['MIL'] } as const;

describe.each(testDatabases())('GET /api/events on $name', (engine) => {
  let telltale: Telltale;
  let server: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telltale-events-api-'));
    const file = join(dir, 'events.CSV');
    writeFileSync(
      file,
      [
        gdelt2Row({ id: '11', day: '20260105', actor1: iran, actor2: usa, eventCode: '138' }),
        gdelt2Row({ id: '12', day: '20260120', actor1: usa, actor2: iran, eventCode: '1312' }),
        gdelt2Row({ id: '13', day: '20260203', actor1: israel, actor2: iran, eventCode: '190' }),
        gdelt2Row({ id: '14', day: '20260211', actor1: usa, actor2: israel, eventCode: '042' }),
      ].join('\n'),
    );
    telltale = await openTelltale(await engine.create(), fixedDeps());
    expect(await telltale.events.importFiles('gdelt', [file])).toMatchObject({ imported: 4 });
    server = await buildServer(telltale, { webRoot: null });
  });
  afterAll(async () => {
    await server?.close();
    await telltale?.close();
    await engine.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (url: string): Promise<{ status: number; body: unknown }> => {
    const res = await server.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json<unknown>() };
  };
  const ids = async (url: string): Promise<string[]> => {
    const { status, body } = await get(url);
    expect(status).toBe(200);
    return (body as { events: EventBody[] }).events.map((e) => e.id);
  };

  it('lists events newest first, with their PLOVER type and actors', async () => {
    const { body } = await get('/api/events');
    const events = (body as { events: EventBody[] }).events;
    expect(events.map((e) => e.id)).toEqual(['gdelt_14', 'gdelt_13', 'gdelt_12', 'gdelt_11']);
    expect(events[1]).toMatchObject({
      date: '2026-02-03',
      ploverType: 'ASSAULT',
      sourceActor: { name: 'ISRAEL', country: 'ISR', sector: 'military' },
      targetActor: { country: 'IRN' },
    });
  });

  it('filters by type, country, date range, and pages', async () => {
    expect(await ids('/api/events?type=THREATEN')).toEqual(['gdelt_12', 'gdelt_11']);
    expect(await ids('/api/events?country=ISR')).toEqual(['gdelt_14', 'gdelt_13']);
    expect(await ids('/api/events?country=IRN&from=2026-01-10&to=2026-02')).toEqual([
      'gdelt_13',
      'gdelt_12',
    ]);
    expect(await ids('/api/events?limit=2&offset=1')).toEqual(['gdelt_13', 'gdelt_12']);
  });

  it('answers 400 for a bad filter', async () => {
    for (const query of ['type=BLUSTER', 'country=Iran', 'from=7-2-2026', 'limit=0']) {
      const { status, body } = await get(`/api/events?${query}`);
      expect(status, query).toBe(400);
      expect(body).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    }
  });
});
