import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { fixedDeps, testDatabases } from '../support/databases.js';

describe.each(testDatabases())('reviews and re-extraction on $name', (engine) => {
  let telltale: Telltale;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await telltale.ingest(ingestInputsFrom(['examples/corpus']));
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('a correction wins over the extractor, is audited, and survives re-extraction', async () => {
    const [target] = await telltale.listStatements({ speaker: 'Donald Trump' });
    expect(target).toBeDefined();
    const id = target?.id ?? '';
    const reviewed = await telltale.reviewStatement(
      id,
      { speaker: 'Marco Rubio', saidOn: '2026-01-07' },
      'alice',
    );
    expect(reviewed.speaker?.name).toBe('Marco Rubio');
    expect(reviewed.saidOn).toMatchObject({ date: '2026-01-07', precision: 'day' });
    expect(
      reviewed.reviews.map((r) => [r.field, r.oldValue === null ? null : 'old', r.analyst]),
    ).toEqual([
      ['speaker', 'old', 'alice'],
      ['said_on', 'old', 'alice'],
    ]);
    // The speaker filter follows the correction.
    expect((await telltale.listStatements({ speaker: 'Marco Rubio' })).map((s) => s.id)).toContain(
      id,
    );
    expect(
      (await telltale.listStatements({ speaker: 'Donald Trump' })).map((s) => s.id),
    ).not.toContain(id);

    const before = await telltale.health();
    const summary = await telltale.reextract();
    expect(summary.sources).toBe(before.sources);
    expect(summary.statements).toBe(before.statements);
    // New ids, same text: the review still applies.
    const again = (await telltale.getSource(target?.sourceId ?? '')).statements.find(
      (s) => s.contentSpans[0]?.start === target?.contentSpans[0]?.start,
    );
    expect(again?.id).not.toBe(id);
    expect(again?.speaker?.name).toBe('Marco Rubio');
    expect(again?.saidOn?.date).toBe('2026-01-07');
  });

  it('a rejected statement keeps its verdict; a later review of the same field wins', async () => {
    const [s] = await telltale.listStatements({ speaker: 'Abbas Araghchi' });
    const id = s?.id ?? '';
    await telltale.reviewStatement(id, { verdict: 'rejected' }, 'bob');
    const later = await telltale.reviewStatement(
      id,
      { verdict: 'confirmed', direct: !s?.direct },
      'carol',
    );
    expect(later.verdict).toBe('confirmed');
    expect(later.direct).toBe(!s?.direct);
    expect(later.reviews.map((r) => r.analyst)).toEqual(['bob', 'carol', 'carol']);
  });

  it('refuses a review that names no field, an impossible date, or an unknown statement', async () => {
    const [s] = await telltale.listStatements();
    await expect(telltale.reviewStatement(s?.id ?? '', {}, 'alice')).rejects.toThrow(
      /nothing to review/,
    );
    await expect(
      telltale.reviewStatement(s?.id ?? '', { saidOn: '2026-02-30' }, 'alice'),
    ).rejects.toThrow(/YYYY-MM-DD/);
    await expect(
      telltale.reviewStatement('st_nope', { verdict: 'confirmed' }, 'alice'),
    ).rejects.toThrow(/no statement with id st_nope/);
  });
});

describe('event-type reviews', () => {
  const engine = testDatabases()[0];
  it('an analyst corrects the act a statement performs; the correction survives re-extraction', async () => {
    if (!engine) return;
    const telltale = await openTelltale(await engine.create(), fixedDeps());
    try {
      await telltale.ingest(ingestInputsFrom(['examples/corpus/08-khamenei-rules-out-talks.md']));
      const [s] = await telltale.listStatements({ speaker: 'Ali Khamenei' });
      const reviewed = await telltale.reviewStatement(s?.id ?? '', { eventType: 'REJECT' }, 'eve');
      expect(reviewed.eventType).toBe('REJECT');
      await expect(
        telltale.reviewStatement(s?.id ?? '', { eventType: 'SHOUT' }, 'eve'),
      ).rejects.toThrow(/PLOVER type/);
      await telltale.reextract();
      const again = (await telltale.listStatements({ speaker: 'Ali Khamenei' })).find(
        (x) => x.contentSpans[0]?.start === s?.contentSpans[0]?.start,
      );
      expect(again?.eventType).toBe('REJECT');
    } finally {
      await telltale.close();
      await engine.dropAll();
    }
  });
});
