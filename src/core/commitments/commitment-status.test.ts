import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import { statusAsOf, statusChangeFrom } from './commitment-status.js';
import { commitment } from './commitments.test-support.js';

const d = (s: string): IsoDate => s as IsoDate;

describe('a commitment’s status', () => {
  it('a pending commitment shows as expired, overdue, once its deadline has passed', () => {
    const c = commitment('ultimatum', { deadline: '2026-03-08' });
    expect(statusAsOf(c, d('2026-03-08'))).toEqual({
      status: 'pending',
      overdue: false,
      daysOverdue: null,
    });
    expect(statusAsOf(c, d('2026-03-10'))).toEqual({
      status: 'expired',
      overdue: true,
      daysOverdue: 2,
    });
    // A month's deadline runs to its last day.
    expect(statusAsOf(commitment('threat', { deadline: '2026-03' }), d('2026-03-31')).status).toBe(
      'pending',
    );
    // Resolved or without deadline: as recorded.
    expect(
      statusAsOf(
        commitment('threat', { deadline: '2026-03-08', status: 'carried_out' }),
        d('2027-01-01'),
      ),
    ).toMatchObject({ status: 'carried_out', overdue: false });
    expect(statusAsOf(commitment('threat'), d('2030-01-01')).status).toBe('pending');
  });

  it('a change needs a new status and evidence dated between the commitment and today', () => {
    const c = commitment('threat');
    const evidence = { kind: 'event', id: ' ev_7 ' } as const;
    const change = statusChangeFrom(
      c,
      {
        status: 'carried_out',
        evidence,
        on: d('2026-03-09'),
        note: '  strikes on Fordow ',
        analyst: 'ana',
      },
      d('2026-03-10'),
      '2026-03-10T09:00:00.000Z',
    );
    expect(change).toEqual({
      status: 'carried_out',
      on: '2026-03-09',
      evidence: { kind: 'event', id: 'ev_7' },
      note: 'strikes on Fordow',
      analyst: 'ana',
      at: '2026-03-10T09:00:00.000Z',
    });
    const today = d('2026-03-10');
    expect(() =>
      statusChangeFrom(c, { status: 'pending', evidence, on: d('2026-03-09') }, today, ''),
    ).toThrow(/already pending/);
    expect(() =>
      statusChangeFrom(c, { status: 'withdrawn', evidence, on: d('2026-03-11') }, today, ''),
    ).toThrow(/after today/);
    expect(() =>
      statusChangeFrom(c, { status: 'withdrawn', evidence, on: d('2025-12') }, today, ''),
    ).toThrow(/before the commitment was made/);
    expect(() =>
      statusChangeFrom(
        c,
        { status: 'withdrawn', evidence: { kind: 'source', id: ' ' }, on: today },
        today,
        '',
      ),
    ).toThrow(/needs evidence/);
  });
});
