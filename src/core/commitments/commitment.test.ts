import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import {
  checkCommitmentFields,
  commitmentKindFrom,
  commitmentStatusFrom,
  dateField,
  evidenceFrom,
  recordedStatusFrom,
} from './commitment.js';

describe('commitment fields as typed', () => {
  it('reads kinds and statuses in any case, with hyphens or spaces', () => {
    expect(commitmentKindFrom('Red line')).toBe('red_line');
    expect(commitmentKindFrom('ULTIMATUM')).toBe('ultimatum');
    expect(() => commitmentKindFrom('warning')).toThrow(/threat, red_line, ultimatum, promise/);
    expect(recordedStatusFrom('carried-out')).toBe('carried_out');
    expect(recordedStatusFrom('not carried out')).toBe('not_carried_out');
    expect(() => recordedStatusFrom('expired')).toThrow(/deadline passes/);
    expect(commitmentStatusFrom('expired')).toBe('expired');
  });

  it('reads evidence as kind:id', () => {
    expect(evidenceFrom('statement:st_12')).toEqual({ kind: 'statement', id: 'st_12' });
    expect(evidenceFrom('Event: gdelt_1203')).toEqual({ kind: 'event', id: 'gdelt_1203' });
    expect(() => evidenceFrom('st_12')).toThrow(/statement:ID, event:ID or source:ID/);
    expect(() => evidenceFrom('tweet:1')).toThrow(/evidence kind/);
    expect(() => evidenceFrom('source:')).toThrow(/statement:ID/);
  });

  it('reads dates at any precision, and refuses impossible ones', () => {
    expect(dateField('deadline', '2026-03')).toBe('2026-03');
    expect(() => dateField('deadline', '2026-02-30')).toThrow(/the deadline "2026-02-30"/);
  });

  it('tidies the text and refuses a deadline before the commitment was made', () => {
    const fields = checkCommitmentFields({
      kind: 'threat',
      text: '  we will   hit them ',
      condition: '   ',
      deadline: '2026-03-08' as IsoDate,
      madeOn: '2026-01-07' as IsoDate,
    });
    expect(fields).toMatchObject({ text: 'we will hit them', condition: null });
    expect(() => checkCommitmentFields({ ...fields, text: ' ' })).toThrow(/needs its text/);
    expect(() => checkCommitmentFields({ ...fields, deadline: '2025-12' as IsoDate })).toThrow(
      /before the commitment was made/,
    );
    // A deadline in the month it was made is fine.
    expect(() =>
      checkCommitmentFields({ ...fields, deadline: '2026-01' as IsoDate }),
    ).not.toThrow();
  });
});
