import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prepareDocument,
  storeDocuments,
  type PreparedDocument,
  type StoreDeps,
} from '../../src/app/ingest/store-document.js';
import type { RawDocument } from '../../src/extract/formats/raw-document.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { repositoriesFor } from '../../src/store/repositories.js';
import { fixedDeps, testDatabases } from '../support/databases.js';

const raw = (text: string): RawDocument => ({
  text,
  title: null,
  outlet: null,
  author: null,
  url: null,
  published: '2026-03-01',
  language: 'en',
  format: 'text',
});

const prepared = async (deps: StoreDeps, text: string): Promise<PreparedDocument> => {
  const document = await prepareDocument(deps, raw(text), 'test');
  if ('status' in document) throw new Error('not expected as a duplicate');
  return document;
};

describe.each(testDatabases())('documents written together on $name', (engine) => {
  let database: Database;
  let deps: StoreDeps;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
    deps = { database, ...fixedDeps(), extraction: {}, knownActors: new Map() };
  });
  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('stores the others when one fails, and none of the failing one', async () => {
    const first = await prepared(deps, '“We will talk,” Foreign Minister Ana Ruiz said on Monday.');
    const third = await prepared(
      deps,
      '“We will not,” Prime Minister Omar Haddad said on Tuesday.',
    );
    const bad = await prepared(deps, '“Maybe,” President Lena Berg said on Wednesday.');
    // Same id as the first, other content: its insert fails, and it is no duplicate.
    const failing = { ...bad, source: { ...bad.source, id: first.source.id } };

    const outcomes = await storeDocuments(deps, [first, failing, third]);

    expect(outcomes[0]).toMatchObject({ status: 'ingested', sourceId: first.source.id });
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect(outcomes[2]).toMatchObject({ status: 'ingested', sourceId: third.source.id });
    const repos = repositoriesFor(database.db);
    expect(await repos.sources.count()).toBe(2);
    const stored = await repos.statements.list({});
    expect(stored.map((s) => s.sourceId).sort()).toEqual([first.source.id, third.source.id].sort());
    expect(stored.map((s) => s.content)).not.toContain('Maybe');
  });

  it('reports the same content twice in one batch as a duplicate of the first', async () => {
    const text = '“Not today,” Defence Minister Ivo Petrov said on Thursday.';
    const once = await prepared(deps, text);
    const twice = await prepared(deps, text);

    const outcomes = await storeDocuments(deps, [once, twice]);

    expect(outcomes).toEqual([
      expect.objectContaining({ status: 'ingested', sourceId: once.source.id }),
      { status: 'duplicate', sourceId: once.source.id },
    ]);
  });
});
