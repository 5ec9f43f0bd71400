import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { fixedDeps, testDatabases } from '../support/databases.js';
import { ingestArticles, statementWith } from '../signals/signal-fixtures.js';

describe.each(testDatabases())('the commitments ledger on $name', (engine) => {
  let telltale: Telltale;
  // The clock moves: the tests walk from the threat to its deadline and past it.
  let now = Date.parse('2026-01-08T12:00:00Z');
  let threat = '';
  let strikes = '';

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), {
      ...fixedDeps(),
      clock: { now: () => new Date(now) },
    });
    await ingestArticles(telltale);
    threat = await statementWith(telltale, 'Iran has 60 days');
    strikes = await statementWith(telltale, 'struck three sites');
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('finds the threat among the statements as a candidate, with its deadline guessed', async () => {
    const candidates = await telltale.commitments.candidates();
    expect(candidates.map((c) => c.statementId)).toEqual([threat]);
    expect(candidates[0]).toMatchObject({
      speaker: { name: 'Donald Trump' },
      kind: 'ultimatum',
      condition: 'they are not at the table by then',
      deadline: '2026-03-08',
      deadlineText: 'has 60 days',
    });
  });

  it('a commitment moves from pending to carried out, on evidence, and credibility follows', async () => {
    const before = await telltale.commitments.credibility('Trump');
    expect(before.overall).toMatchObject({
      resolved: 0,
      posterior: { alpha: 1, beta: 1, mean: 0.5 },
    });

    const c = await telltale.commitments.accept(threat, { to: 'Iran', analyst: 'ana' });
    expect(c).toMatchObject({
      actor: { name: 'Donald Trump' },
      addressee: { name: 'Iran' },
      kind: 'ultimatum',
      deadline: '2026-03-08',
      madeOn: '2026-01-07',
      statementId: threat,
      status: 'pending',
      shownStatus: 'pending',
      overdue: false,
    });
    // Accepted: no longer a candidate.
    expect(await telltale.commitments.candidates()).toEqual([]);

    // Past the deadline with no resolution: shown as expired, overdue.
    now = Date.parse('2026-03-09T12:00:00Z');
    expect(await telltale.commitments.get(c.id)).toMatchObject({
      status: 'pending',
      shownStatus: 'expired',
      overdue: true,
      daysOverdue: 1,
    });
    expect((await telltale.commitments.list({ status: 'expired' })).map((x) => x.id)).toEqual([
      c.id,
    ]);
    expect((await telltale.commitments.credibility('Trump')).overall).toMatchObject({
      expired: 1,
      resolved: 0,
    });

    now = Date.parse('2026-03-11T12:00:00Z');
    const resolved = await telltale.commitments.resolve(c.id, {
      status: 'carried_out',
      evidence: `statement:${strikes}`,
      on: '2026-03-10',
      note: 'strikes on three sites',
      analyst: 'bob',
    });
    expect(resolved).toMatchObject({
      status: 'carried_out',
      shownStatus: 'carried_out',
      overdue: false,
    });
    expect(
      resolved.history.map((h) => [h.status, h.on, h.evidence?.kind, h.evidence?.id, h.analyst]),
    ).toEqual([
      ['pending', '2026-01-07', 'statement', threat, 'ana'],
      ['carried_out', '2026-03-10', 'statement', strikes, 'bob'],
    ]);

    const after = await telltale.commitments.credibility('Donald Trump');
    expect(after.overall).toMatchObject({
      carriedOut: 1,
      notCarriedOut: 0,
      resolved: 1,
      posterior: { alpha: 2, beta: 1 },
    });
    expect(after.overall.posterior.mean).toBeCloseTo(2 / 3, 12);
    // Beta(2, 1): the 5% quantile is √0.05.
    expect(after.overall.posterior.interval.low).toBeCloseTo(Math.sqrt(0.05), 10);
    expect(after.overall.commitments.map((e) => [e.id, e.counted])).toEqual([[c.id, true]]);
  });

  it('an unenforced red line, cited as precedent, lowers credibility; each kind apart', async () => {
    const redLine = await telltale.commitments.add({
      actor: 'Donald Trump',
      to: 'Iran',
      kind: 'red_line',
      text: 'Enrichment to weapons grade is a red line.',
      madeOn: '2025-05',
      analyst: 'ana',
    });
    const source = (await telltale.listSources())[0]?.id ?? '';
    await telltale.commitments.resolve(redLine.id, {
      status: 'not_carried_out',
      evidence: { kind: 'source', id: source },
      on: '2025-09',
    });
    const promise = await telltale.commitments.add({
      actor: 'Trump',
      to: 'the E3',
      kind: 'promise',
      text: 'We will consult you before any strike.',
      madeOn: '2026-01-10',
      precedents: [redLine.id],
    });
    expect(promise.precedents).toEqual([redLine.id]);
    expect(promise.addressee).toEqual({ id: null, name: 'the E3' });

    const report = await telltale.commitments.credibility('Trump');
    expect(report.overall.posterior).toMatchObject({ alpha: 2, beta: 2, mean: 0.5 });
    expect(report.byKind.map((k) => [k.kind, k.carriedOut, k.notCarriedOut, k.pending])).toEqual([
      ['red_line', 0, 1, 0],
      ['ultimatum', 1, 0, 0],
      ['promise', 0, 0, 1],
    ]);
    const redLines = await telltale.commitments.credibility('Trump', 'red line');
    expect(redLines.overall.summary).toMatch(/^carried out 0 of 1 resolved red line: mean 0\.33/);

    expect(
      (await telltale.commitments.list({ actor: 'Trump', kind: 'promise' })).map((c) => c.id),
    ).toEqual([promise.id]);
    const edited = await telltale.commitments.edit(promise.id, {
      deadline: '2026-12-31',
      condition: 'a strike is planned',
    });
    expect(edited).toMatchObject({ deadline: '2026-12-31', condition: 'a strike is planned' });
  });

  it('refuses what does not hold: unknown evidence, dates out of order, no change, no evidence kind', async () => {
    const [c] = await telltale.commitments.list({ kind: 'promise' });
    const id = c?.id ?? '';
    await expect(
      telltale.commitments.resolve(id, {
        status: 'withdrawn',
        evidence: 'event:ev_none',
        on: '2026-02-01',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      telltale.commitments.resolve(id, {
        status: 'withdrawn',
        evidence: `statement:${strikes}`,
        on: '2027-01-01',
      }),
    ).rejects.toThrow(/after today/);
    await expect(
      telltale.commitments.resolve(id, {
        status: 'pending',
        evidence: `statement:${strikes}`,
        on: '2026-02-01',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      telltale.commitments.resolve(id, {
        status: 'expired',
        evidence: `statement:${strikes}`,
        on: '2026-02-01',
      }),
    ).rejects.toThrow(/expired is not recorded/);
    await expect(
      telltale.commitments.resolve(id, {
        status: 'withdrawn',
        evidence: strikes,
        on: '2026-02-01',
      }),
    ).rejects.toThrow(/statement:ID/);
    await expect(
      telltale.commitments.add({
        actor: 'Trump',
        kind: 'threat',
        text: 'x',
        precedents: [id],
        madeOn: '2025-01-01',
      }),
    ).rejects.toThrow(/a precedent comes before/);
    await expect(telltale.commitments.get('cmt_none')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      telltale.commitments.add({ actor: 'Nobody Atall', kind: 'threat', text: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('statements cited keep pointing at the right text after re-extraction', async () => {
    const [accepted] = await telltale.commitments.list({ kind: 'ultimatum' });
    await telltale.reextract();
    const again = await statementWith(telltale, 'Iran has 60 days');
    const strikesAgain = await statementWith(telltale, 'struck three sites');
    expect(again).not.toBe(threat);
    const c = await telltale.commitments.get(accepted?.id ?? '');
    expect(c.statementId).toBe(again);
    expect(c.history.map((h) => h.evidence?.id)).toEqual([again, strikesAgain]);
    // Still accepted: not a candidate again.
    expect(await telltale.commitments.candidates()).toEqual([]);
  });
});
