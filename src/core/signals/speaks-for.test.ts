import { describe, expect, it } from 'vitest';
import type { ActorId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';
import {
  checkSpeaksFor,
  deniableSignal,
  periodsOverlap,
  principalLine,
  relationCovers,
} from './speaks-for.js';
import { leader, point, preacher, speaksFor } from './signals.test-support.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('speaks for', () => {
  it('a proxy’s statement shows on the principal’s line, marked via the proxy', () => {
    const own = [point('2026-01-02', 1)];
    const sermon = point('2026-01-16', -2, { by: preacher });
    const line = principalLine(leader, own, [{ relation: speaksFor('2025'), points: [sermon] }]);
    expect(line.map((p) => [p.saidOn, p.speaker, p.via])).toEqual([
      ['2026-01-02', 'Ali Khamenei', null],
      ['2026-01-16', 'Ahmad Khatami', 'Ahmad Khatami'],
    ]);
    expect(line[0]?.deniable).toBeNull();
    expect(line[1]?.deniable).toMatchObject({
      reason: 'differs',
      principalMean: 1,
      difference: -3,
      principalStatementIds: [own[0]?.statementId],
      label:
        "Ahmad Khatami −2 on 16 Jan 2026; Ali Khamenei's own statements in the 30 days before average +1.0",
    });
  });

  it('flags a proxy speaking where the principal said nothing in the window', () => {
    const signal = deniableSignal(
      { ...point('2026-03-20', 1, { by: preacher }), via: preacher.name },
      leader,
      [point('2026-01-02', 1)],
    );
    expect(signal).toMatchObject({ reason: 'principal_silent', principalMean: null });
    expect(signal?.label).toBe(
      'Ahmad Khatami +1 on 20 Mar 2026; Ali Khamenei said nothing on the topic in the 30 days before',
    );
  });

  it('does not flag a proxy in line with the principal; a difference of 1 or a sign flip is enough', () => {
    const own = [point('2026-01-02', -1), point('2026-01-10', -2, { confidence: 0.5 })];
    const at = (stance: -2 | -1 | 0 | 1 | 2) =>
      deniableSignal({ ...point('2026-01-12', stance, { by: preacher }), via: 'x' }, leader, own);
    // The principal's mean: (−1·1 − 2·½) / 1.5 = −4/3.
    expect(at(-1)).toBeNull();
    expect(at(-2)).toBeNull();
    expect(at(0)).toMatchObject({ reason: 'differs' });
    expect(at(1)?.difference).toBeCloseTo(1 + 4 / 3, 12);
  });

  it('takes only the proxy’s statements made while it spoke for the principal', () => {
    const before = point('2025-12-20', -2, { by: preacher });
    const during = point('2026-01-16', -2, { by: preacher });
    const after = point('2026-03-01', -2, { by: preacher });
    const line = principalLine(
      leader,
      [],
      [{ relation: speaksFor('2026-01', '2026-02'), points: [before, during, after] }],
    );
    expect(line.map((p) => p.statementId)).toEqual([during.statementId]);
    expect(relationCovers({ from: d('2026-01'), to: null }, d('2026-01'))).toBe(true);
    expect(relationCovers({ from: null, to: d('2025-12-31') }, d('2026'))).toBe(false);
  });

  it('checks a relation: no actor speaks for itself, and periods run forward', () => {
    expect(() => checkSpeaksFor(leader.id, leader.id, null, null)).toThrow(/itself/);
    expect(() => checkSpeaksFor(preacher.id, leader.id, d('2026-02'), d('2026-01'))).toThrow(
      /before it starts/,
    );
    expect(() =>
      checkSpeaksFor(preacher.id, 'other' as ActorId, d('2026-02'), d('2026-02')),
    ).not.toThrow();
    expect(
      periodsOverlap({ from: d('2026-01'), to: null }, { from: null, to: d('2026-01-01') }),
    ).toBe(true);
    expect(
      periodsOverlap({ from: d('2026-02'), to: null }, { from: null, to: d('2026-01-31') }),
    ).toBe(false);
  });
});
