import type { ActorId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';
import type { ActorRef } from '../signals/speaks-for.js';
import {
  CommitmentStatus,
  type Commitment,
  type CommitmentId,
  type CommitmentKind,
  type RecordedStatus,
} from './commitment.js';

export const president: ActorRef = { id: 'act_president' as ActorId, name: 'Donald Trump' };

let n = 0;

/** A commitment by the president, pending unless a resolution is given. */
export const commitment = (
  kind: CommitmentKind,
  more: {
    readonly status?: RecordedStatus;
    readonly on?: string;
    readonly deadline?: string | null;
    readonly madeOn?: string | null;
  } = {},
): Commitment => {
  n += 1;
  const status = more.status ?? CommitmentStatus.Pending;
  const made = {
    status: CommitmentStatus.Pending,
    on: (more.madeOn ?? '2026-01-07') as IsoDate,
    evidence: null,
    note: null,
    analyst: null,
    at: '2026-01-07T10:00:00.000Z',
  };
  return {
    id: `cmt_${n}` as CommitmentId,
    actor: president,
    addressee: { id: null, name: 'Iran' },
    kind,
    text: `commitment ${n}`,
    condition: null,
    deadline: (more.deadline ?? null) as IsoDate | null,
    madeOn: (more.madeOn === undefined ? '2026-01-07' : more.madeOn) as IsoDate | null,
    statementId: null,
    statementLocation: null,
    precedents: [],
    status,
    history:
      status === CommitmentStatus.Pending
        ? [made]
        : [
            made,
            {
              status,
              on: (more.on ?? '2026-03-09') as IsoDate,
              evidence: { kind: 'event', id: 'ev_1' },
              note: null,
              analyst: 'ana',
              at: '2026-03-10T10:00:00.000Z',
            },
          ],
    createdBy: 'ana',
    createdAt: '2026-01-07T10:00:00.000Z',
    updatedAt: '2026-01-07T10:00:00.000Z',
  };
};
