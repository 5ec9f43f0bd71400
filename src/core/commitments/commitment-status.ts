import { conflict, invalidInput } from '../errors.js';
import type { IsoDate } from '../partial-date.js';
import { endDayOf, startDayOf, dayOf } from '../signals/signal-date.js';
import {
  CommitmentStatus,
  type Commitment,
  type EvidenceRef,
  type RecordedStatus,
  type StatusChange,
} from './commitment.js';

/** Where a commitment stands on a given day. */
export interface StatusAsOf {
  /** The recorded status, or `expired` when it is pending and its deadline has passed. */
  readonly status: CommitmentStatus;
  /** Pending past its deadline. */
  readonly overdue: boolean;
  /** Whole days since the deadline's last day; null when not overdue. */
  readonly daysOverdue: number | null;
}

/**
 * Where a commitment stands on `today`: a pending commitment whose deadline (its last day, for
 * a month or a year) is before today shows as expired and overdue.
 * @example statusAsOf({ status: 'pending', deadline: '2026-03-08' }, '2026-03-10') // { status: 'expired', overdue: true, daysOverdue: 2 }
 */
export const statusAsOf = (
  commitment: Pick<Commitment, 'status' | 'deadline'>,
  today: IsoDate,
): StatusAsOf => {
  if (commitment.status !== CommitmentStatus.Pending || commitment.deadline === null)
    return { status: commitment.status, overdue: false, daysOverdue: null };
  const late = dayOf(today) - endDayOf(commitment.deadline);
  return late > 0
    ? { status: CommitmentStatus.Expired, overdue: true, daysOverdue: late }
    : { status: CommitmentStatus.Pending, overdue: false, daysOverdue: null };
};

/** A status change as an analyst records it. */
export interface StatusChangeInput {
  readonly status: RecordedStatus;
  readonly evidence: EvidenceRef;
  readonly on: IsoDate;
  readonly note?: string | null;
  readonly analyst?: string | null;
}

/**
 * Checks a status change against the commitment and today: it must change the status, rest on
 * evidence, and be dated neither after today nor before the commitment was made. Returns the
 * change to append to the history; throws InvalidInput or Conflict saying what is wrong.
 * @example statusChangeFrom(pendingThreat, { status: 'carried_out', evidence: { kind: 'event', id: 'ev_1' }, on: '2026-03-09' }, '2026-03-10', '2026-03-10T09:00:00.000Z').status // 'carried_out'
 */
export const statusChangeFrom = (
  commitment: Pick<Commitment, 'id' | 'status' | 'madeOn'>,
  input: StatusChangeInput,
  today: IsoDate,
  at: string,
): StatusChange => {
  if (input.status === commitment.status)
    throw conflict(`commitment ${commitment.id} is already ${commitment.status}`);
  if (!input.evidence.id.trim())
    throw invalidInput('a status change needs evidence: statement:ID, event:ID or source:ID');
  if (startDayOf(input.on) > dayOf(today))
    throw invalidInput(`the date ${input.on} is after today (${today})`);
  if (commitment.madeOn !== null && endDayOf(input.on) < startDayOf(commitment.madeOn))
    throw invalidInput(
      `the date ${input.on} is before the commitment was made (${commitment.madeOn})`,
    );
  const note = input.note?.trim() || null;
  const analyst = input.analyst?.trim() || null;
  return {
    status: input.status,
    on: input.on,
    evidence: { ...input.evidence, id: input.evidence.id.trim() },
    note,
    analyst,
    at,
  };
};
