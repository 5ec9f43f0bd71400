import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { timelineView } from '../../src/app/signals/signal-views.js';
import { timelineCsv } from '../../src/app/signals/timeline-csv.js';
import { uuidV5 } from '../../src/app/exports/stix-bundle.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { fixedDeps, sqliteTestDatabase } from '../support/databases.js';

/** The properties STIX 2.1 requires of each object type we emit (STIX 2.1 §4–5). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  identity: ['type', 'spec_version', 'id', 'created', 'modified', 'name'],
  note: ['type', 'spec_version', 'id', 'created', 'modified', 'content', 'object_refs'],
  report: ['type', 'spec_version', 'id', 'created', 'modified', 'name', 'published', 'object_refs'],
};
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const ID =
  /^([a-z][a-z0-9-]*)--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('exports', () => {
  const engine = sqliteTestDatabase();
  let telltale: Telltale;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await telltale.ingest(ingestInputsFrom(['examples/corpus']));
    await telltale.topics.add({
      id: 'iran-us-negotiation',
      label: 'Iran–US negotiations',
      terms: ['negotiat*', 'talks'],
      countries: ['IRN', 'USA'],
    });
    const [trump] = await telltale.listStatements({ speaker: 'Donald Trump' });
    await telltale.commitments.add({
      actor: 'Donald Trump',
      to: 'Iran',
      kind: 'threat',
      text: 'Strikes if no deal',
      statementId: trump?.id ?? null,
    });
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('uuidV5 follows RFC 4122 (version and variant bits) and is repeatable', () => {
    expect(uuidV5('a')).toBe(uuidV5('a'));
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
    expect(uuidV5('a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('writes a STIX 2.1 bundle whose objects carry their required properties and resolvable references', async () => {
    const bundle = await telltale.exportStix();
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--/);
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    const types = new Set(bundle.objects.map((o) => o.type));
    expect([...types].sort()).toEqual(['identity', 'note', 'report']);
    for (const o of bundle.objects) {
      for (const property of REQUIRED[o.type] ?? [])
        expect(o, `${o.type} ${o.id} lacks ${property}`).toHaveProperty(property);
      expect(o.spec_version).toBe('2.1');
      expect(o.id).toMatch(ID);
      expect(o.id.split('--')[0]).toBe(o.type);
      expect(o.created).toMatch(TIMESTAMP);
      expect(o.modified).toMatch(TIMESTAMP);
      const refs = (o['object_refs'] as string[] | undefined) ?? [];
      if (o.type !== 'identity') expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ids.has(ref), `${o.id} refers to missing ${ref}`).toBe(true);
    }
    const labels = bundle.objects.flatMap((o) => (o['labels'] as string[] | undefined) ?? []);
    expect(labels).toEqual(expect.arrayContaining(['statement', 'event', 'commitment']));
    const khamenei = bundle.objects.find(
      (o) => o.type === 'identity' && o['name'] === 'Ali Khamenei',
    );
    expect(khamenei).toMatchObject({ identity_class: 'individual' });
    const statementNote = bundle.objects.find((o) =>
      (o['labels'] as string[] | undefined)?.includes('statement'),
    );
    const report = bundle.objects.find(
      (o) =>
        o.type === 'report' && (o['object_refs'] as string[]).includes(statementNote?.id ?? ''),
    );
    expect(report?.['external_references']).toEqual([
      expect.objectContaining({ external_id: expect.stringMatching(/^src_/) as string }),
    ]);
  });

  it('writes a timeline as CSV, one row a point', async () => {
    const view = timelineView(
      await telltale.signals.timeline('Ali Khamenei', 'iran-us-negotiation'),
    );
    const csv = timelineCsv(view);
    const [header, ...rows] = csv.trimEnd().split('\n');
    expect(header).toBe(
      'statementId,saidOn,stance,confidence,direct,via,speaker,sourceId,hedged,conditional,deniable',
    );
    expect(rows).toHaveLength(view.points.length);
    expect(
      rows[0]?.startsWith(
        `${view.points[0]?.statementId},${view.points[0]?.saidOn},${view.points[0]?.stance},`,
      ),
    ).toBe(true);
  });
});

describe('GET /api/export/stix', () => {
  it('serves the bundle', async () => {
    const engine = sqliteTestDatabase();
    const telltale = await openTelltale(await engine.create(), fixedDeps());
    try {
      await telltale.ingest(ingestInputsFrom(['examples/corpus/05-trump-sixty-day-deadline.md']));
      const { buildServer } = await import('../../src/server/server.js');
      const server = await buildServer(telltale, { webRoot: null });
      const res = await server.inject({ method: 'GET', url: '/api/export/stix' });
      expect(res.statusCode).toBe(200);
      const bundle = res.json<{ type: string; objects: Array<{ type: string }> }>();
      expect(bundle.type).toBe('bundle');
      expect(bundle.objects.some((o) => o.type === 'report')).toBe(true);
      await server.close();
    } finally {
      await telltale.close();
      await engine.dropAll();
    }
  });
});
