import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorKind } from '../../src/core/actor.js';
import type {
  Commitment,
  CommitmentId,
  StatusChange,
} from '../../src/core/commitments/commitment.js';
import type { ActorId, SourceId, StatementId } from '../../src/core/ids.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { inTransaction, repositoriesFor } from '../../src/store/repositories.js';
import { testDatabases } from '../support/databases.js';

const president = { id: 'act_pres' as ActorId, name: 'Jane Roe' };
const rival = { id: 'act_rival' as ActorId, name: 'John Doe' };
const duplicate = { id: 'act_dup' as ActorId, name: 'J. Roe' };

const made = (on: string): StatusChange => ({
  status: 'pending',
  on: on as IsoDate,
  evidence: null,
  note: null,
  analyst: 'ana',
  at: '2026-01-07T10:00:00.000Z',
});

const redLine: Commitment = {
  id: 'cmt_old' as CommitmentId,
  actor: president,
  addressee: { id: rival.id, name: rival.name },
  kind: 'red_line',
  text: 'The use of chemical weapons is a red line.',
  condition: 'chemical weapons are used',
  deadline: null,
  madeOn: '2012-08' as IsoDate,
  statementId: null,
  statementLocation: null,
  precedents: [],
  status: 'pending',
  history: [made('2012-08')],
  createdBy: 'ana',
  createdAt: '2026-01-07T10:00:00.000Z',
  updatedAt: '2026-01-07T10:00:00.000Z',
};

const ultimatum: Commitment = {
  ...redLine,
  id: 'cmt_new' as CommitmentId,
  addressee: { id: null, name: 'the regime' },
  kind: 'ultimatum',
  text: 'Sixty days to come back, or we strike.',
  condition: null,
  deadline: '2026-03-08' as IsoDate,
  madeOn: '2026-01-07' as IsoDate,
  statementId: 'st_1' as StatementId,
  statementLocation: { sourceId: 'src_1' as SourceId, anchor: { start: 10, end: 60 } },
  precedents: ['cmt_old' as CommitmentId],
  history: [
    {
      ...made('2026-01-07'),
      evidence: {
        kind: 'statement',
        id: 'st_1',
        location: { sourceId: 'src_1' as SourceId, anchor: { start: 10, end: 60 } },
      },
    },
  ],
  createdAt: '2026-01-07T11:00:00.000Z',
  updatedAt: '2026-01-07T11:00:00.000Z',
};

describe.each(testDatabases())('commitments storage on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
    const repos = repositoriesFor(database.db);
    for (const a of [president, rival, duplicate])
      await repos.actors.insert({
        id: a.id,
        canonicalName: a.name,
        kind: ActorKind.Person,
        country: null,
        aliases: [],
        createdAt: '2026-01-01T00:00:00.000Z',
      });
  });
  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('stores commitments with their history and precedents, and reads them back', async () => {
    await inTransaction(database, async (tx) => {
      await tx.commitments.insert(redLine);
      await tx.commitments.insert(ultimatum);
    });
    const repos = repositoriesFor(database.db);
    expect(await repos.commitments.get(redLine.id)).toEqual(redLine);
    expect(await repos.commitments.get(ultimatum.id)).toEqual(ultimatum);
    expect(await repos.commitments.get('cmt_none' as CommitmentId)).toBeNull();
    // The most recently made first.
    expect((await repos.commitments.list()).map((c) => c.id)).toEqual(['cmt_new', 'cmt_old']);
    expect((await repos.commitments.list({ kind: 'red_line' })).map((c) => c.id)).toEqual([
      'cmt_old',
    ]);
    expect(await repos.commitments.list({ actorIds: [rival.id] })).toEqual([]);
    expect(await repos.commitments.statementLocations()).toEqual([
      {
        statementId: 'st_1',
        location: { sourceId: 'src_1', anchor: { start: 10, end: 60 } },
      },
    ]);
  });

  it('appends status changes with their evidence; the last is the status', async () => {
    const change: StatusChange = {
      status: 'not_carried_out',
      on: '2013-09-14' as IsoDate,
      evidence: { kind: 'source', id: 'src_9' },
      note: 'a deal on removal instead of strikes',
      analyst: 'bob',
      at: '2026-02-01T09:00:00.000Z',
    };
    await inTransaction(database, (tx) => tx.commitments.appendStatusChange(redLine.id, change));
    const repos = repositoriesFor(database.db);
    const stored = await repos.commitments.get(redLine.id);
    expect(stored?.status).toBe('not_carried_out');
    expect(stored?.updatedAt).toBe('2026-02-01T09:00:00.000Z');
    expect(stored?.history).toEqual([
      made('2012-08'),
      { ...change, evidence: { ...change.evidence, location: null } },
    ]);
    expect((await repos.commitments.list({ status: 'pending' })).map((c) => c.id)).toEqual([
      'cmt_new',
    ]);
  });

  it('edits fields and replaces precedents', async () => {
    const repos = repositoriesFor(database.db);
    await repos.commitments.update(
      ultimatum.id,
      { deadline: '2026-03' as IsoDate, condition: 'they stall', addressee: null },
      '2026-02-02T00:00:00.000Z',
    );
    await repos.commitments.setPrecedents(ultimatum.id, []);
    expect(await repos.commitments.get(ultimatum.id)).toMatchObject({
      deadline: '2026-03',
      condition: 'they stall',
      addressee: null,
      precedents: [],
      updatedAt: '2026-02-02T00:00:00.000Z',
    });
  });

  it('gives one actor’s commitments to another when actors are merged', async () => {
    const repos = repositoriesFor(database.db);
    await repos.commitments.moveActor(president.id, duplicate.id);
    expect(
      (await repos.commitments.list({ actorIds: [duplicate.id] })).map((c) => c.actor),
    ).toEqual([duplicate, duplicate]);
    await repos.commitments.moveActor(duplicate.id, president.id);
  });
});
