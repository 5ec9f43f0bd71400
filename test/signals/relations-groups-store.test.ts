import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActorKind } from '../../src/core/actor.js';
import type { ActorId } from '../../src/core/ids.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import type { GroupId } from '../../src/core/signals/actor-group.js';
import type { RelationId, SpeaksFor } from '../../src/core/signals/speaks-for.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { isUniqueViolation, repositoriesFor } from '../../src/store/repositories.js';
import { testDatabases } from '../support/databases.js';

const leader = { id: 'act_leader' as ActorId, name: 'Ali Khamenei' };
const preacher = { id: 'act_preacher' as ActorId, name: 'Ahmad Khatami' };
const outlet = { id: 'act_outlet' as ActorId, name: 'Kayhan' };

const relation = (id: string, proxy = preacher, from: string | null = '2026-01'): SpeaksFor => ({
  id: id as RelationId,
  proxy,
  principal: leader,
  from: from as IsoDate | null,
  to: null,
  note: 'appointed by the leader’s office',
  createdAt: '2026-01-05T00:00:00.000Z',
});

describe.each(testDatabases())('relations and groups storage on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
    const repos = repositoriesFor(database.db);
    for (const a of [leader, preacher, outlet])
      await repos.actors.insert({
        id: a.id,
        canonicalName: a.name,
        kind: ActorKind.Person,
        country: 'IRN',
        aliases: [],
        createdAt: '2026-01-01T00:00:00.000Z',
      });
  });
  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('stores speaks-for relations with their actors’ names, and lists them by actor', async () => {
    const repos = repositoriesFor(database.db);
    await repos.relations.insert(relation('rel_1'));
    await repos.relations.insert(relation('rel_2', outlet, null));
    expect(await repos.relations.get('rel_1' as RelationId)).toEqual(relation('rel_1'));
    expect((await repos.relations.list()).map((r) => r.id)).toEqual(['rel_1', 'rel_2']);
    expect((await repos.relations.list({ actorId: outlet.id })).map((r) => r.id)).toEqual([
      'rel_2',
    ]);
    expect((await repos.relations.list({ principalId: leader.id })).map((r) => r.id)).toEqual([
      'rel_1',
      'rel_2',
    ]);
    expect(await repos.relations.delete('rel_2' as RelationId)).toBe(true);
    expect(await repos.relations.delete('rel_2' as RelationId)).toBe(false);
  });

  it('an actor in a relation cannot be deleted until its relations are moved', async () => {
    const repos = repositoriesFor(database.db);
    await expect(
      database.db.deleteFrom('actors').where('id', '=', preacher.id).execute(),
    ).rejects.toThrow();
    // Merging the preacher into the leader would make the leader speak for himself: dropped.
    await repos.relations.moveActor(preacher.id, outlet.id);
    expect((await repos.relations.list()).map((r) => r.proxy.name)).toEqual(['Kayhan']);
    await repos.relations.moveActor(outlet.id, leader.id);
    expect(await repos.relations.list()).toEqual([]);
  });

  it('stores groups with members; names are unique whatever their case', async () => {
    const repos = repositoriesFor(database.db);
    const id = 'grp_1' as GroupId;
    await repos.groups.insert({
      id,
      name: 'Hardliners',
      description: null,
      createdAt: '2026-01-05T00:00:00.000Z',
    });
    expect(await repos.groups.addMembers(id, [preacher.id, outlet.id, preacher.id], 'now')).toBe(2);
    expect(await repos.groups.addMembers(id, [outlet.id], 'now')).toBe(0);
    expect(await repos.groups.find('hardliners')).toEqual({
      id,
      name: 'Hardliners',
      description: null,
      members: [preacher, outlet],
      createdAt: '2026-01-05T00:00:00.000Z',
    });
    expect((await repos.groups.find('grp_1'))?.name).toBe('Hardliners');
    expect(await repos.groups.find('moderates')).toBeNull();
    await expect(
      repos.groups.insert({
        id: 'grp_2' as GroupId,
        name: 'HARDLINERS',
        description: null,
        createdAt: '',
      }),
    ).rejects.toSatisfy(isUniqueViolation);

    await repos.groups.moveActor(outlet.id, preacher.id);
    expect((await repos.groups.find(id))?.members).toEqual([preacher]);
    expect(await repos.groups.removeMembers(id, [preacher.id])).toBe(1);
    await repos.groups.delete(id);
    expect(await repos.groups.list()).toEqual([]);
  });
});
