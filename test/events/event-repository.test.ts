import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event, EventActor, EventId } from '../../src/core/event.js';
import type { ActorId, ExtractionRunId, SourceId, StatementId } from '../../src/core/ids.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { eventRepositoryFor } from '../../src/store/event.repository.js';
import { inTransaction, repositoriesFor } from '../../src/store/repositories.js';
import { testDatabases } from '../support/databases.js';

const actor = (
  name: string | null,
  country: string | null,
  sector: EventActor['sector'] = null,
  actorId: string | null = null,
): EventActor => ({ name, country, sector, actorId: actorId as ActorId | null });

const imported = (
  n: number,
  date: string,
  type: Event['ploverType'],
  source: EventActor | null,
  target: EventActor | null,
): Event => ({
  id: `gdelt_${n}` as EventId,
  origin: 'gdelt',
  externalId: String(n),
  date: date as IsoDate,
  ploverType: type,
  cameoCode: type === 'THREATEN' ? '138' : type === 'CONSULT' ? '040' : '010',
  sourceActor: source,
  targetActor: target,
  quadClass: 3,
  goldstein: -6.5,
  statementId: null,
  sourceId: null,
  url: `https://news.example.org/${n}`,
  coder: 'gdelt@2.0',
});

/** An event an extractor coded from a statement, linked to it, its source and its speaker. */
const extracted: Event = {
  id: 'evt_000001' as EventId,
  origin: 'extracted',
  externalId: null,
  date: '2026-02-07' as IsoDate,
  ploverType: 'REJECT',
  cameoCode: null,
  sourceActor: actor('Ali Khamenei', 'IRN', 'government', 'act_k'),
  targetActor: actor('United States', 'USA'),
  quadClass: null,
  goldstein: null,
  statementId: 'st_1' as StatementId,
  sourceId: 'src_a' as SourceId,
  url: null,
  coder: 'plover-rules@1',
};

const iran = actor('IRAN', 'IRN', 'government');
const usa = actor('UNITED STATES', 'USA', 'military');
const events: Event[] = [
  imported(1, '2026-01-05', 'THREATEN', iran, usa),
  imported(2, '2026-01-05', 'CONSULT', usa, iran),
  imported(3, '2026-01-31', 'THREATEN', usa, null),
  imported(4, '2026-02-01', null, actor('RUSSIA', 'RUS'), null),
  imported(5, '2025-12-31', 'CONSULT', null, actor(null, 'IRN', 'civilian')),
];

describe.each(testDatabases())('event repository on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
    await inTransaction(database, async (r) => {
      await r.sources.insert({
        id: 'src_a' as SourceId,
        contentHash: 'hash-a',
        title: null,
        outlet: null,
        author: null,
        url: null,
        publishedOn: '2026-02-07' as IsoDate,
        language: 'en',
        format: 'text',
        origin: 'a.txt',
        text: 'Khamenei said “No talks with America.”',
        ingestedAt: '2026-11-21T12:00:00.000Z',
      });
      await r.actors.insert({
        id: 'act_k' as ActorId,
        canonicalName: 'Ali Khamenei',
        kind: 'person',
        country: 'IRN',
        aliases: [],
        createdAt: 'now',
      });
      await r.runs.insert({
        id: 'run_a' as ExtractionRunId,
        sourceId: 'src_a' as SourceId,
        extractor: 'rules@test',
        startedAt: 'now',
        finishedAt: 'now',
        statementCount: 1,
      });
      await r.statements.insertMany([
        {
          id: 'st_1' as StatementId,
          sourceId: 'src_a' as SourceId,
          runId: 'run_a' as ExtractionRunId,
          extractor: 'rules@test',
          speakerActorId: 'act_k' as ActorId,
          speakerMention: 'Khamenei',
          sourceSpans: [{ start: 0, end: 8 }],
          cue: 'said',
          cueSpans: [{ start: 9, end: 13 }],
          content: 'No talks with America.',
          contentSpans: [{ start: 15, end: 37 }],
          direct: true,
          saidOn: { date: '2026-02-07' as IsoDate, precision: 'day', method: 'explicit' },
        },
      ]);
    });
  });

  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('stores events once each and reads them back exactly, with their links', async () => {
    const repo = eventRepositoryFor(database);
    expect(await repo.insertMany([...events, extracted])).toBe(6);
    expect(await repo.get('gdelt_1' as EventId)).toEqual(events[0]);
    expect(await repo.get('evt_000001' as EventId)).toEqual(extracted);
    expect(await repo.get('gdelt_99' as EventId)).toBeNull();
  });

  it('stores nothing new and changes nothing on a second insert of the same ids', async () => {
    const repo = eventRepositoryFor(database);
    const changed = { ...events[0], goldstein: 9, ploverType: 'AID' } as Event;
    expect(await repo.insertMany([changed, ...events.slice(1)])).toBe(0);
    expect(await repo.get('gdelt_1' as EventId)).toEqual(events[0]);
    expect(await repo.count()).toBe(6);
  });

  it('writes through Kysely inside a transaction, and a failed transaction stores nothing', async () => {
    await inTransaction(database, async (r) => {
      expect(await r.events.insertMany([imported(6, '2026-03-01', 'CONSULT', usa, iran)])).toBe(1);
      expect(await r.events.insertMany([imported(6, '2026-03-01', 'AID', usa, iran)])).toBe(0);
    });
    await expect(
      inTransaction(database, async (r) => {
        await r.events.insertMany([imported(7, '2026-03-02', 'CONSULT', usa, iran)]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const repo = eventRepositoryFor(database);
    expect(await repo.get('gdelt_6' as EventId)).toMatchObject({ ploverType: 'CONSULT' });
    expect(await repo.get('gdelt_7' as EventId)).toBeNull();
  });

  it('filters by type, country of either actor, date range at any precision, and source', async () => {
    const repo = repositoriesFor(database.db).events;
    const ids = async (filter: Parameters<typeof repo.list>[0]) =>
      (await repo.list(filter)).map((e) => e.id);
    expect(await ids({ type: 'THREATEN' })).toEqual(['gdelt_3', 'gdelt_1']);
    expect(await ids({ country: 'IRN' })).toEqual([
      'gdelt_6',
      'evt_000001',
      'gdelt_2',
      'gdelt_1',
      'gdelt_5',
    ]);
    expect(await ids({ from: '2026-01' as IsoDate, to: '2026-01' as IsoDate })).toEqual([
      'gdelt_3',
      'gdelt_2',
      'gdelt_1',
    ]);
    expect(await ids({ to: '2025' as IsoDate })).toEqual(['gdelt_5']);
    expect(await ids({ from: '2026-02-01' as IsoDate, to: '2026-02-07' as IsoDate })).toEqual([
      'evt_000001',
      'gdelt_4',
    ]);
    expect(await ids({ type: 'CONSULT', country: 'USA', to: '2026-02' as IsoDate })).toEqual([
      'gdelt_2',
    ]);
    expect(await ids({ sourceId: 'src_a' as SourceId })).toEqual(['evt_000001']);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['evt_000001', 'gdelt_4']);
    expect(await repo.count({ country: 'USA' })).toBe(5);
  });

  it('scans every match oldest first, a page at a time, across ties on the date', async () => {
    const repo = eventRepositoryFor(database);
    const all: string[] = [];
    for await (const e of repo.scan({}, 2)) all.push(e.id);
    expect(all).toEqual([
      'gdelt_5',
      'gdelt_1',
      'gdelt_2',
      'gdelt_3',
      'gdelt_4',
      'evt_000001',
      'gdelt_6',
    ]);
    const threats: string[] = [];
    for await (const e of repo.scan({ type: 'THREATEN' }, 1)) threats.push(e.id);
    expect(threats).toEqual(['gdelt_1', 'gdelt_3']);
  });

  it('stores many at once (the bulk path) and counts the new ones among them', async () => {
    const repo = eventRepositoryFor(database);
    const many = Array.from({ length: 1234 }, (_, i) =>
      imported(1000 + i, `2024-0${1 + (i % 9)}-15`, 'CONSULT', usa, iran),
    );
    expect(await repo.insertMany(many.slice(0, 600))).toBe(600);
    expect(await repo.insertMany(many)).toBe(634);
    expect(await repo.count({ to: '2024' as IsoDate })).toBe(1234);
    expect(await repo.get('gdelt_2233' as EventId)).toEqual(many[1233]);
  });

  it('goes with its statement when the statement is removed (re-extraction)', async () => {
    await repositoriesFor(database.db).statements.deleteForSource('src_a' as SourceId);
    const repo = eventRepositoryFor(database);
    expect(await repo.get('evt_000001' as EventId)).toBeNull();
    expect(await repo.get('gdelt_1' as EventId)).toEqual(events[0]);
  });
});
