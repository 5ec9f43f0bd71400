import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ActorId, ExtractionRunId, SourceId, StatementId } from '../../src/core/ids.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import type { Source } from '../../src/core/source.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { inTransaction, isUniqueViolation, repositoriesFor } from '../../src/store/repositories.js';
import type { NewStatement } from '../../src/store/statement.repository.js';
import { testDatabases } from '../support/databases.js';

const text =
  'Iran said “We will never negotiate under pressure, not now and not later.” Washington replied “The door remains open to serious talks.”';

const source = (id: string, hash: string, publishedOn: string | null): Source => ({
  id: id as SourceId,
  contentHash: hash,
  title: `Title ${id}`,
  outlet: 'Test Wire',
  author: null,
  url: null,
  publishedOn: publishedOn as IsoDate | null,
  language: 'en',
  format: 'text',
  origin: `${id}.txt`,
  text,
  ingestedAt: '2026-11-21T12:00:00.000Z',
});

const statement = (
  id: string,
  sourceId: string,
  runId: string,
  actor: string | null,
  start: number,
  end: number,
  saidOn: string,
): NewStatement => ({
  id: id as StatementId,
  sourceId: sourceId as SourceId,
  runId: runId as ExtractionRunId,
  extractor: 'rules@test',
  speakerActorId: actor as ActorId | null,
  speakerMention: actor ? 'mention' : null,
  sourceSpans: [{ start: 0, end: 4 }],
  cue: 'said',
  cueSpans: [{ start: 5, end: 9 }],
  content: text.slice(start, end),
  contentSpans: [{ start, end }],
  direct: true,
  saidOn: { date: saidOn as IsoDate, precision: 'day', method: 'explicit' },
});

describe.each(testDatabases())('repositories on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
    await inTransaction(database, async (r) => {
      await r.sources.insert(source('src_a', 'hash-a', '2026-02-07'));
      await r.sources.insert(source('src_b', 'hash-b', '2026-01-28'));
      await r.actors.insert({
        id: 'act_k' as ActorId,
        canonicalName: 'Ali Khamenei',
        kind: 'person',
        country: 'IRN',
        aliases: ['Khamenei', 'the supreme leader'],
        createdAt: 'now',
      });
      await r.actors.insert({
        id: 'act_t' as ActorId,
        canonicalName: 'Donald Trump',
        kind: 'person',
        country: 'USA',
        aliases: [],
        createdAt: 'now',
      });
      for (const [run, src] of [
        ['run_a', 'src_a'],
        ['run_b', 'src_b'],
      ] as const) {
        await r.runs.insert({
          id: run as ExtractionRunId,
          sourceId: src as SourceId,
          extractor: 'rules@test',
          startedAt: 'now',
          finishedAt: 'now',
          statementCount: 2,
        });
      }
      await r.statements.insertMany([
        statement('st_1', 'src_a', 'run_a', 'act_k', 11, 72, '2026-02-07'),
        statement('st_2', 'src_a', 'run_a', 'act_t', 94, 130, '2026-02-06'),
        statement('st_3', 'src_b', 'run_b', 'act_k', 11, 72, '2026-01-28'),
        statement('st_4', 'src_b', 'run_b', null, 94, 130, '2026-01-20'),
      ]);
    });
  });

  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('reads back a source exactly as stored', async () => {
    const repos = repositoriesFor(database.db);
    expect(await repos.sources.get('src_a' as SourceId)).toEqual(
      source('src_a', 'hash-a', '2026-02-07'),
    );
    expect(await repos.sources.findIdByHash('hash-b')).toBe('src_b');
    expect(await repos.sources.get('nope' as SourceId)).toBeNull();
  });

  it('lists sources newest first with their statement counts', async () => {
    const list = await repositoriesFor(database.db).sources.list();
    expect(list.map((s) => [s.id, s.statementCount])).toEqual([
      ['src_a', 2],
      ['src_b', 2],
    ]);
  });

  it('refuses a second source with the same content hash', async () => {
    const error = await inTransaction(database, (r) =>
      r.sources.insert(source('src_c', 'hash-a', null)),
    ).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await repositoriesFor(database.db).sources.count()).toBe(2);
  });

  it('rolls back every write of a failed transaction', async () => {
    await expect(
      inTransaction(database, async (r) => {
        await r.sources.insert(source('src_d', 'hash-d', null));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await repositoriesFor(database.db).sources.get('src_d' as SourceId)).toBeNull();
  });

  it('finds actors by canonical name, alias and surname, case-insensitively', async () => {
    const actors = repositoriesFor(database.db).actors;
    expect(await actors.findIdByName('ALI KHAMENEI')).toBe('act_k');
    expect(await actors.findIdByName('The Supreme Leader')).toBe('act_k');
    expect(await actors.idsMatching('trump')).toEqual(['act_t']);
    expect(await actors.findIdByName('Nobody')).toBeNull();
    const list = await actors.list();
    expect(list.find((a) => a.id === 'act_k')).toMatchObject({
      aliases: ['Khamenei', 'the supreme leader'],
      statementCount: 2,
    });
  });

  it('filters statements by speaker, source, dates and full text, keeping their spans', async () => {
    const statements = repositoriesFor(database.db).statements;
    const all = await statements.list({});
    expect(all.map((s) => s.id)).toEqual(['st_1', 'st_2', 'st_3', 'st_4']);
    expect(all[0]).toMatchObject({
      speaker: { actorId: 'act_k', name: 'Ali Khamenei' },
      contentSpans: [{ start: 11, end: 72 }],
      sourceSpans: [{ start: 0, end: 4 }],
      cueSpans: [{ start: 5, end: 9 }],
      direct: true,
      saidOn: { date: '2026-02-07', precision: 'day', method: 'explicit' },
    });
    expect(all[3]?.speaker).toBeNull();
    expect((await statements.list({ speakerIds: ['act_k' as ActorId] })).map((s) => s.id)).toEqual([
      'st_1',
      'st_3',
    ]);
    expect((await statements.list({ sourceId: 'src_b' as SourceId })).map((s) => s.id)).toEqual([
      'st_3',
      'st_4',
    ]);
    expect(
      (await statements.list({ from: '2026-01-25' as IsoDate, to: '2026-02-06' as IsoDate })).map(
        (s) => s.id,
      ),
    ).toEqual(['st_2', 'st_3']);
    expect((await statements.list({ to: '2026-01' as IsoDate })).map((s) => s.id)).toEqual([
      'st_3',
      'st_4',
    ]);
    expect((await statements.list({ query: 'negotiating' })).map((s) => s.id)).toEqual([
      'st_1',
      'st_3',
    ]);
    expect((await statements.list({ query: 'door "(' })).map((s) => s.id)).toEqual([
      'st_2',
      'st_4',
    ]);
  });

  it('searches source text', async () => {
    expect((await repositoriesFor(database.db).sources.list({ query: 'Washington' })).length).toBe(
      2,
    );
    expect((await repositoriesFor(database.db).sources.list({ query: 'Kremlin' })).length).toBe(0);
  });

  it('cascades a source deletion to its runs, statements and spans', async () => {
    await database.db.deleteFrom('sources').where('id', '=', 'src_b').execute();
    const count = async (table: 'statements' | 'extraction_runs' | 'statement_spans') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('statements')).toBe(2);
    expect(await count('extraction_runs')).toBe(1);
    expect(await count('statement_spans')).toBe(6);
    if (database.engine === 'sqlite') {
      const fts = await sql<{ n: number }>`select count(*) as n from statements_fts`.execute(
        database.db,
      );
      expect(fts.rows[0]?.n).toBe(2);
    }
  });
});
