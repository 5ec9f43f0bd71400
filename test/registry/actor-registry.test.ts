import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorId, ExtractionRunId, SourceId, StatementId } from '../../src/core/ids.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import { actorRegistryOver, type ActorRegistry } from '../../src/app/registry/actor-registry.js';
import { loadActorDirectory } from '../../src/app/registry/load-actor-directory.js';
import { syncGazetteer } from '../../src/app/registry/sync-gazetteer.js';
import pg from 'pg';
import { openDatabase, type Database, type DbLocation } from '../../src/store/database.js';
import { inTransaction, repositoriesFor } from '../../src/store/repositories.js';
import { fixedDeps, testDatabases } from '../support/databases.js';
import { gazetteerDir, smallCountries, writeGazetteer } from './gazetteer-dir.js';

const v1 = `actors:
  - name: Ali Khamenei
    country: IRN
    aliases: [Khamenei, Ali Hosseini Khamenei]
    roles:
      - { title: supreme leader, from: 1989-06-04 }
  - name: Ebrahim Raisi
    country: IRN
    aliases: [Raisi]
    roles:
      - { title: president, from: 2021-08-03, to: 2024-05-20 }
  - name: Masoud Pezeshkian
    country: IRN
    aliases: [Pezeshkian]
    roles:
      - { title: president, from: 2024-07-28 }
  - name: Donald Trump
    country: USA
    aliases: [Trump]
    roles:
      - { title: president, from: 2017-01-20, to: 2021-01-20 }
      - { title: president, from: 2025-01-20 }
`;

// v1 with Raisi's end date corrected, Pezeshkian given another spelling, one of Khamenei's names
// dropped, and a new entry.
const v2 = `${v1
  .replace('to: 2024-05-20', 'to: 2024-05-19')
  .replace('[Pezeshkian]', '[Pezeshkian, Masoud Pezeshkiyan]')
  .replace('[Khamenei, Ali Hosseini Khamenei]', '[Khamenei]')}  - name: Abbas Araghchi
    country: IRN
    roles:
      - { title: foreign minister, from: 2024-08-21 }
`;

const count = async (database: Database, table: 'actors' | 'actor_roles' | 'country_names') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/**
 * Waits until no connection to these PostgreSQL databases is left. pg's pool.end() resolves
 * before its clients have disconnected, and a database dropped `with (force)` under a client still
 * disconnecting makes that client emit an error nobody listens to.
 */
const disconnected = async (locations: readonly DbLocation[]): Promise<void> => {
  const names = locations.flatMap((l) =>
    l.engine === 'postgres' ? [new URL(l.url).pathname.slice(1)] : [],
  );
  if (names.length === 0) return;
  const admin = new pg.Client({
    connectionString:
      process.env['TELLTALE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await admin.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const { rows } = await admin.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = any($1)',
        [names],
      );
      if (Number(rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await admin.end();
  }
};

describe.each(testDatabases())('the actor registry on $name', (engine) => {
  const databases: Database[] = [];
  const open = async (): Promise<Database> => {
    const database = await openDatabase(await engine.create());
    databases.push(database);
    return database;
  };

  afterAll(async () => {
    for (const d of databases) await d.close();
    await disconnected(databases.map((d) => d.location));
    await engine.dropAll();
  });

  describe('seeded from the shipped gazetteer', () => {
    let database: Database;

    beforeAll(async () => {
      database = await open();
    });

    it('is seeded on first use, and a second sync of the same files does nothing', async () => {
      const directory = await loadActorDirectory(database);
      const actors = await count(database, 'actors');
      expect(actors).toBeGreaterThan(300);
      expect(directory.actors).toHaveLength(actors);
      expect(await count(database, 'country_names')).toBeGreaterThan(100);
      expect(await syncGazetteer(database)).toEqual({ added: 0, updated: 0 });
      expect(await count(database, 'actors')).toBe(actors);
    });

    it('gives the extractor a directory with roles over time and ids', async () => {
      const directory = await loadActorDirectory(database);
      const raisi = directory.resolveRoleMention("Iran's president", '2023-05-01' as IsoDate);
      expect(raisi?.canonicalName).toBe('Ebrahim Raisi');
      expect(raisi?.id).toMatch(/^act_/);
      expect(directory.byRole('president', 'IRN', '2025-05-01' as IsoDate)?.canonicalName).toBe(
        'Masoud Pezeshkian',
      );
      expect(directory.byRole('president', 'USA', '2020-05-01' as IsoDate)?.canonicalName).toBe(
        'Donald Trump',
      );
      expect(directory.byRole('president', 'USA', '2026-05-01' as IsoDate)?.canonicalName).toBe(
        'Donald Trump',
      );
      expect(directory.countryOf('the Kremlin')).toBe('RUS');
      expect(directory.byName('Khamenei')?.canonicalName).toBe('Ali Khamenei');
    });
  });

  describe('synced from a gazetteer that changes', () => {
    let database: Database;
    let dir: string;
    let registry: ActorRegistry;
    let extractedKhamenei: ActorId;

    beforeAll(async () => {
      database = await open();
      dir = gazetteerDir({ actors: v1, countries: smallCountries });
      const deps = fixedDeps();
      registry = actorRegistryOver(database, { ...deps, gazetteerDir: dir });
      // Ingest met Khamenei before the registry did.
      extractedKhamenei = 'act_extracted' as ActorId;
      await repositoriesFor(database.db).actors.insert({
        id: extractedKhamenei,
        canonicalName: 'Khamenei',
        kind: 'person',
        country: null,
        aliases: [],
        createdAt: 'then',
      });
    });

    it('creates the actors of the file, taking over one that extraction created', async () => {
      expect(await syncGazetteer(database, dir)).toEqual({ added: 3, updated: 1 });
      const khamenei = await registry.show('Khamenei');
      expect(khamenei).toMatchObject({
        id: extractedKhamenei,
        canonicalName: 'Ali Khamenei',
        country: 'IRN',
        origin: 'gazetteer',
        roles: [
          {
            title: 'supreme leader',
            country: 'IRN',
            from: '1989-06-04',
            to: null,
            origin: 'gazetteer',
          },
        ],
      });
      expect(khamenei.aliases).toEqual(['Ali Hosseini Khamenei', 'Khamenei']);
      expect(await syncGazetteer(database, dir)).toEqual({ added: 0, updated: 0 });
    });

    it('takes in a changed file without touching what users added', async () => {
      await registry.addAlias('Raisi', 'Ayatollah Raisi');
      await registry.addRole('Pezeshkian', {
        title: 'head of the Supreme National Security Council',
        from: '2024-07-28',
      });
      writeGazetteer(dir, { actors: v2, countries: smallCountries });

      expect(await syncGazetteer(database, dir)).toEqual({ added: 1, updated: 3 });
      const raisi = await registry.show('Ebrahim Raisi');
      expect(raisi.roles).toEqual([
        {
          title: 'president',
          country: 'IRN',
          from: '2021-08-03',
          to: '2024-05-19',
          origin: 'gazetteer',
        },
      ]);
      expect(raisi.aliases).toContain('Ayatollah Raisi');
      const pezeshkian = await registry.show('Masoud Pezeshkiyan');
      expect(pezeshkian.roles.map((r) => [r.title, r.origin])).toEqual([
        ['head of the Supreme National Security Council', 'user'],
        ['president', 'gazetteer'],
      ]);
      expect((await registry.show('Ali Khamenei')).aliases).toEqual(['Khamenei']);
      expect((await registry.show('Araghchi')).roles[0]?.title).toBe('foreign minister');
      expect(await syncGazetteer(database, dir)).toEqual({ added: 0, updated: 0 });
    });

    it('keeps an actor whose entry leaves the file, with what users gave it', async () => {
      writeGazetteer(dir, {
        actors: v2.replace(/ {2}- name: Ebrahim Raisi\n(?: {4}.*\n)+?(?= {2}- name)/, ''),
        countries: smallCountries,
      });
      expect(await syncGazetteer(database, dir)).toEqual({ added: 0, updated: 1 });
      const raisi = await registry.show('Ebrahim Raisi');
      expect(raisi.roles).toEqual([]);
      expect(raisi.aliases).toEqual(['Ayatollah Raisi']);
    });

    it('does not bring back an actor merged away when the file changes', async () => {
      await registry.add({ name: 'President Pezeshkian', kind: 'person' });
      const merged = await registry.merge('Masoud Pezeshkian', 'President Pezeshkian');
      expect(merged.moved).toEqual({ aliases: 3, roles: 2, statements: 0 });
      writeGazetteer(dir, {
        actors: `${v2}  - { name: Someone New, country: USA }\n`,
        countries: smallCountries,
      });
      const before = await count(database, 'actors');
      expect(await syncGazetteer(database, dir)).toMatchObject({ added: 1 });
      expect(await count(database, 'actors')).toBe(before + 1);
      const survivor = await registry.show('Pezeshkian');
      expect(survivor.canonicalName).toBe('President Pezeshkian');
      expect(survivor.roles.map((r) => [r.title, r.origin])).toEqual([
        ['head of the Supreme National Security Council', 'user'],
        ['president', 'user'],
      ]);
      expect(
        (await loadActorDirectory(database)).byRole('president', 'IRN', null)?.canonicalName,
      ).toBe('President Pezeshkian');
    });
  });

  describe('curated by users', () => {
    let database: Database;
    let registry: ActorRegistry;

    beforeAll(async () => {
      database = await open();
      registry = actorRegistryOver(database, {
        ...fixedDeps(),
        gazetteerDir: gazetteerDir({ actors: v1, countries: smallCountries }),
      });
    });

    it('adds an actor with aliases, a country by name or code, and roles', async () => {
      const added = await registry.add({
        name: 'Abbas Araghchi',
        country: 'Iran',
        aliases: ['Araghchi', 'Araqchi'],
      });
      expect(added).toMatchObject({
        id: 'act_000001',
        canonicalName: 'Abbas Araghchi',
        kind: 'person',
        country: 'IRN',
        origin: 'user',
        aliases: ['Araghchi', 'Araqchi'],
        roles: [],
        statementCount: 0,
      });
      const withRole = await registry.addRole('Araqchi', {
        title: 'foreign minister',
        from: '2024-08-21',
      });
      expect(withRole.roles).toEqual([
        { title: 'foreign minister', country: 'IRN', from: '2024-08-21', to: null, origin: 'user' },
      ]);
      await registry.addRole('Araghchi', {
        title: 'deputy foreign minister',
        country: 'irn',
        from: '2013',
        to: '2021-08',
      });
      expect((await registry.add({ name: 'IAEA', kind: 'organization' })).kind).toBe(
        'organisation',
      );
      const directory = await loadActorDirectory(database);
      expect(
        directory.resolveRoleMention('the Iranian foreign minister', '2025-01-01' as IsoDate)
          ?.canonicalName,
      ).toBe('Abbas Araghchi');
    });

    it('refuses a name that is taken, as a conflict', async () => {
      await expect(registry.add({ name: 'ali  KHAMENEI' })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(
          /^an actor named "ali {2}KHAMENEI" already exists: Ali Khamenei \(act_/,
        ) as string,
      });
      await expect(registry.add({ name: 'Khamenei' })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('"Khamenei" is already a name of Ali Khamenei') as string,
      });
      await expect(registry.add({ name: 'Someone', aliases: ['Trump'] })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(registry.addAlias('Raisi', 'Pezeshkian')).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('merge them with `telltale actors merge`') as string,
      });
      await expect(registry.addAlias('Raisi', 'RAISI')).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(
          /^"RAISI" is already a name of Ebrahim Raisi \(act_\w+\)$/,
        ) as string,
      });
      await expect(
        registry.addRole('Araghchi', { title: 'foreign minister', from: '2024-08-21' }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('refuses bad input: kinds, countries, dates, and roles that end before they start', async () => {
      await expect(registry.add({ name: 'X', kind: 'robot' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: 'unknown kind "robot"; use person, organisation or state',
      });
      await expect(registry.add({ name: 'X', country: 'Atlantis' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
      await expect(
        registry.addRole('Trump', { title: 'president', from: '2025-02-30' }),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('"2025-02-30" is not an ISO date') as string,
      });
      await expect(
        registry.addRole('Trump', { title: 'president', from: '2025-01-20', to: '2021-01-20' }),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: 'the role would end (2021-01-20) before it starts (2025-01-20)',
      });
      await expect(registry.addRole('Trump', { title: ' ', from: '2025' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    });

    it('says an actor is unknown, with a hint', async () => {
      await expect(registry.show('Trumpet')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining(
          'no actor named "Trumpet" (list actors with `telltale actors`',
        ) as string,
      });
      await expect(registry.show('Donald')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('no actor named "Donald"') as string,
      });
      await expect(registry.show('raisi')).resolves.toMatchObject({
        canonicalName: 'Ebrahim Raisi',
      });
    });

    it('merges two actors in one transaction: names, roles and statements move', async () => {
      const repos = repositoriesFor(database.db);
      const dup = await registry.add({
        name: 'Ebrahim Raeisi',
        country: 'IRN',
        aliases: ['Raeisi'],
      });
      await registry.addRole('Raeisi', {
        title: 'head of the judiciary',
        from: '2019-03-07',
        to: '2021-07-01',
      });
      await registry.addRole('Raeisi', {
        title: 'president',
        from: '2021-08-03',
        to: '2024-05-20',
      });
      const raisi = await registry.show('Raisi');
      await inTransaction(database, async (r) => {
        await r.sources.insert({
          id: 'src_1' as SourceId,
          contentHash: 'h1',
          title: null,
          outlet: null,
          author: null,
          url: null,
          publishedOn: '2023-05-01' as IsoDate,
          language: 'en',
          format: 'text',
          origin: 'a.txt',
          text: 'Raeisi said “no”. Raisi said “yes”.',
          ingestedAt: 'now',
        });
        await r.runs.insert({
          id: 'run_1' as ExtractionRunId,
          sourceId: 'src_1' as SourceId,
          extractor: 'rules@test',
          startedAt: 'now',
          finishedAt: 'now',
          statementCount: 2,
        });
        await r.statements.insertMany(
          (
            [
              ['st_1', dup.id, 14],
              ['st_2', raisi.id, 31],
            ] as const
          ).map(([id, actor, start]) => ({
            id: id as StatementId,
            sourceId: 'src_1' as SourceId,
            runId: 'run_1' as ExtractionRunId,
            extractor: 'rules@test',
            speakerActorId: actor,
            speakerMention: null,
            sourceSpans: [],
            cue: null,
            cueSpans: [],
            content: 'x',
            contentSpans: [{ start, end: start + 2 }],
            direct: true,
            saidOn: null,
          })),
        );
        // An analyst gave the second statement to the duplicate.
        await r.reviews.insert({
          id: 'rev_1',
          sourceId: 'src_1' as SourceId,
          anchor: { start: 31, end: 33 },
          field: 'speaker',
          oldValue: raisi.id,
          newValue: dup.id,
          analyst: 'ann',
          at: '2026-01-01T00:00:00.000Z',
        });
      });

      const outcome = await registry.merge('Raeisi', 'Ebrahim Raisi');
      expect(outcome.merged).toEqual({ id: dup.id, canonicalName: 'Ebrahim Raeisi' });
      // Both names move; the president role Raisi already has does not.
      expect(outcome.moved).toEqual({ aliases: 2, roles: 1, statements: 1 });
      expect(outcome.survivor).toMatchObject({
        id: raisi.id,
        canonicalName: 'Ebrahim Raisi',
        aliases: ['Ebrahim Raeisi', 'Raeisi', 'Raisi'],
        statementCount: 2,
      });
      expect(outcome.survivor.roles.map((r) => [r.title, r.from, r.origin])).toEqual([
        ['head of the judiciary', '2019-03-07', 'user'],
        ['president', '2021-08-03', 'gazetteer'],
      ]);
      expect(await repos.actors.get(dup.id)).toBeNull();
      expect((await registry.show('Raeisi')).id).toBe(raisi.id);
      expect((await repos.statements.list({ speakerIds: [raisi.id] })).map((s) => s.id)).toEqual([
        'st_1',
        'st_2',
      ]);
      // The analyst's review follows the merge.
      const [review] = await repos.reviews.listForSources(['src_1' as SourceId]);
      expect(review).toMatchObject({ field: 'speaker', newValue: raisi.id });
    });

    it('refuses to merge an actor into itself, or an unknown one', async () => {
      await expect(registry.merge('Raisi', 'Ebrahim Raisi')).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('are the same actor') as string,
      });
      await expect(registry.merge('Nobody', 'Raisi')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it("deletes an actor's roles with it", async () => {
      const before = await count(database, 'actor_roles');
      const trump = await registry.show('Trump');
      await database.db.deleteFrom('actors').where('id', '=', trump.id).execute();
      expect(await count(database, 'actor_roles')).toBe(before - 2);
    });
  });
});
