import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceId } from '../../src/core/ids.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import type { Source } from '../../src/core/source.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { repositoriesFor } from '../../src/store/repositories.js';
import { sqliteTestDatabase } from '../support/databases.js';

const source = (id: string): Source => ({
  id: id as SourceId,
  contentHash: `hash-${id}`,
  title: null,
  outlet: null,
  author: null,
  url: null,
  publishedOn: '2026-01-05' as IsoDate,
  language: 'en',
  format: 'text',
  origin: `${id}.txt`,
  text: `The minister said the talks would resume (${id}).`,
  ingestedAt: '2026-11-21T12:00:00.000Z',
});

/**
 * The SQLite repositories write through the native connection under Kysely, which has no notion
 * of whose transaction is open on it: these pin that a write lands where a Kysely query would.
 */
describe('native writes on SQLite', () => {
  let database: Database;

  beforeEach(async () => {
    database = await openDatabase(await sqliteTestDatabase().create());
  });
  afterEach(async () => {
    await database.close();
  });

  const storedHash = async (id: string): Promise<SourceId | null> =>
    repositoriesFor(database.db).sources.findIdByHash(`hash-${id}`);

  it('a write from outside another flow’s transaction survives its rollback', async () => {
    const other = await database.db.startTransaction().execute();
    await repositoriesFor(other, database.sqlite).sources.insert(source('inside'));
    const outside = repositoriesFor(database.db, database.sqlite).sources.insert(source('outside'));
    await other.rollback().execute();
    await outside;
    expect(await storedHash('inside')).toBeNull();
    expect(await storedHash('outside')).toBe('outside');
  });

  it('a write inside a transaction goes with it', async () => {
    const trx = await database.db.startTransaction().execute();
    await repositoriesFor(trx, database.sqlite).sources.insert(source('kept'));
    await trx.commit().execute();
    const dropped = await database.db.startTransaction().execute();
    await repositoriesFor(dropped, database.sqlite).sources.insert(source('dropped'));
    await dropped.rollback().execute();
    expect(await storedHash('kept')).toBe('kept');
    expect(await storedHash('dropped')).toBeNull();
  });
});
