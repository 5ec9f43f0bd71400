import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { timelineView } from '../../src/app/signals/signal-views.js';
import { fixedDeps, testDatabases } from '../support/databases.js';
import { buildSeries, ingestArticles, TOPIC } from './signal-fixtures.js';

describe.each(testDatabases())('lines over time, speaks-for and groups on $name', (engine) => {
  let telltale: Telltale;
  let ids: Awaited<ReturnType<typeof buildSeries>>;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await ingestArticles(telltale);
    ids = await buildSeries(telltale);
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('an actor’s line: its statements in date order, a shift flagged between them', async () => {
    const t = await telltale.signals.timeline('Khamenei', TOPIC);
    expect(t.actor.name).toBe('Ali Khamenei');
    expect(t.points.map((p) => [p.statementId, p.saidOn, p.stance, p.via])).toEqual([
      [ids.opening, '2026-01-28', 1, null],
      [ids.refusal, '2026-02-07', -2, null],
    ]);
    expect(t.shifts).toEqual([
      expect.objectContaining({
        fromStatementId: ids.opening,
        toStatementId: ids.refusal,
        fromStance: 1,
        toStance: -2,
        label: '7 Feb 2026: −2, after 28 Jan: +1',
      }),
    ]);
    expect(t.line[0]?.date).toBe('2026-01-28');
    expect(t.line.at(-1)?.date).toBe('2026-02-07');
    // Stances +1 and −2: σ = 1.5.
    expect(t.ambiguity.spread).toBe(1.5);
  });

  it('a proxy’s statements show on its principal’s line, marked via it, with deniable signals flagged', async () => {
    const relation = await telltale.signals.addSpeaksFor({
      proxy: 'Ahmad Khatami',
      principal: 'Ali Khamenei',
      from: '2026-01',
      note: 'Tehran’s Friday prayer leader',
    });
    expect(relation).toMatchObject({ proxy: { name: 'Ahmad Khatami' }, from: '2026-01', to: null });
    await expect(
      telltale.signals.addSpeaksFor({ proxy: 'Khatami', principal: 'Khamenei', from: '2026-02' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const t = await telltale.signals.timeline('Ali Khamenei', TOPIC);
    expect(t.points.map((p) => [p.statementId, p.via, p.deniable?.reason ?? null])).toEqual([
      [ids.opening, null, null],
      // Says −2 while the leader's last word, ten days before, was +1.
      [ids.sermon, 'Ahmad Khatami', 'differs'],
      [ids.refusal, null, null],
      // Says +1 after six weeks in which the leader said nothing on the topic.
      [ids.nowruz, 'Ahmad Khatami', 'principal_silent'],
    ]);
    expect(t.deniableSignals[0]?.deniable?.label).toBe(
      "Ahmad Khatami −2 on 6 Feb 2026; Ali Khamenei's own statements in the 30 days before average +1.0",
    );
    // Shifts stay in the leader's own words.
    expect(t.shifts.map((s) => s.toStatementId)).toEqual([ids.refusal]);

    // The shape the CLI and the API print.
    const view = timelineView(t);
    expect(Object.keys(view)).toEqual(
      expect.arrayContaining(['actor', 'topic', 'points', 'shifts', 'ambiguity']),
    );
    expect(view.points[1]).toMatchObject({
      statementId: ids.sermon,
      saidOn: '2026-02-06',
      stance: -2,
      via: 'Ahmad Khatami',
    });
    expect(typeof view.ambiguity).toBe('number');
    expect(view.shifts[0]).toMatchObject({
      fromStatementId: ids.opening,
      toStatementId: ids.refusal,
    });

    // A period cuts what is shown; the proxy's line outside its relation's period is left out.
    const cut = await telltale.signals.timeline('Ali Khamenei', TOPIC, { to: '2026-02' });
    expect(cut.points.map((p) => p.statementId)).toEqual([ids.opening, ids.sermon, ids.refusal]);
    expect((await telltale.signals.relations({ actor: 'Khatami' })).map((r) => r.id)).toEqual([
      relation.id,
    ]);
  });

  it('ambiguity in a window, with the statements that drive it', async () => {
    const a = await telltale.signals.ambiguity('Ali Khamenei', TOPIC, {
      from: '2026-01-20',
      to: '2026-02-10',
    });
    expect(a).toMatchObject({ from: '2026-01-20', to: '2026-02-10', statementCount: 3 });
    expect(a.index).toBeGreaterThan(0);
    expect(a.index).toBeLessThanOrEqual(1);
    expect(a.drivers.map((d) => d.statementId)).toContain(ids.sermon);
  });

  it('groups: stored, listed, and a merged line', async () => {
    const { group, created } = await telltale.signals.addGroup({
      name: 'the establishment',
      actors: ['Khamenei'],
      description: 'the leader and his preachers',
    });
    expect(created).toBe(true);
    const more = await telltale.signals.addGroup({
      name: 'The Establishment',
      actors: ['Khatami'],
    });
    expect(more).toMatchObject({ created: false, added: 1 });
    expect(more.group.members.map((m) => m.name)).toEqual(['Ahmad Khatami', 'Ali Khamenei']);
    expect((await telltale.signals.groups()).map((g) => g.id)).toEqual([group.id]);

    const line = await telltale.signals.groupLine('the establishment', TOPIC);
    expect(line.points.map((p) => p.statementId)).toEqual([
      ids.opening,
      ids.sermon,
      ids.refusal,
      ids.nowruz,
    ]);
    expect(line.members.map((m) => [m.actor.name, m.statements])).toEqual([
      ['Ahmad Khatami', 2],
      ['Ali Khamenei', 2],
    ]);

    await telltale.signals.removeFromGroup('the establishment', ['Khatami']);
    expect((await telltale.signals.group('the establishment')).members.map((m) => m.name)).toEqual([
      'Ali Khamenei',
    ]);
    await expect(telltale.signals.addGroup({ name: 'nobody', actors: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(telltale.signals.group('moderates')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says what is wrong: unknown actor or topic, bad dates, an actor speaking for itself', async () => {
    await expect(telltale.signals.timeline('Nobody Atall', TOPIC)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(telltale.signals.timeline('Khamenei', 'no-such-topic')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      telltale.signals.timeline('Khamenei', TOPIC, { from: '2026-02-30' }),
    ).rejects.toThrow(/not an ISO date/);
    await expect(telltale.signals.timeline('Khamenei', TOPIC, { windowDays: 0 })).rejects.toThrow(
      /window/,
    );
    await expect(
      telltale.signals.addSpeaksFor({ proxy: 'Khamenei', principal: 'Ali Khamenei' }),
    ).rejects.toThrow(/itself/);
  });
});
