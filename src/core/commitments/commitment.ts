import type { Brand } from '../brand.js';
import { invalidInput } from '../errors.js';
import type { ActorId, SourceId, StatementId } from '../ids.js';
import { isoDateFrom, type IsoDate } from '../partial-date.js';
import { endDayOf, startDayOf } from '../signals/signal-date.js';
import type { ActorRef } from '../signals/speaks-for.js';
import type { Span } from '../span.js';

export type CommitmentId = Brand<string, 'CommitmentId'>;

/** What an actor committed to. */
export const CommitmentKind = {
  /** "If they strike, we will respond." */
  Threat: 'threat',
  /** A line the other side must not cross: "enrichment above 60% is a red line". */
  RedLine: 'red_line',
  /** A demand with a deadline: "60 days to come back to the table, or face strikes". */
  Ultimatum: 'ultimatum',
  /** "If sanctions are lifted, we will return to full compliance." */
  Promise: 'promise',
} as const;
export type CommitmentKind = (typeof CommitmentKind)[keyof typeof CommitmentKind];

export const COMMITMENT_KINDS: readonly CommitmentKind[] = Object.values(CommitmentKind);

/**
 * Where a commitment stands. `expired` is never stored: a pending commitment whose deadline has
 * passed is shown as expired (overdue) as of today, until an analyst resolves it.
 */
export const CommitmentStatus = {
  Pending: 'pending',
  CarriedOut: 'carried_out',
  NotCarriedOut: 'not_carried_out',
  Withdrawn: 'withdrawn',
  Expired: 'expired',
} as const;
export type CommitmentStatus = (typeof CommitmentStatus)[keyof typeof CommitmentStatus];

/** The statuses an analyst can record; `pending` reopens a resolved commitment. */
export const RecordedStatus = {
  Pending: CommitmentStatus.Pending,
  CarriedOut: CommitmentStatus.CarriedOut,
  NotCarriedOut: CommitmentStatus.NotCarriedOut,
  Withdrawn: CommitmentStatus.Withdrawn,
} as const;
export type RecordedStatus = (typeof RecordedStatus)[keyof typeof RecordedStatus];

export const RECORDED_STATUSES: readonly RecordedStatus[] = Object.values(RecordedStatus);
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = Object.values(CommitmentStatus);

/** What a status change rests on: a statement, an event or a source, by id. */
export const EvidenceKind = { Statement: 'statement', Event: 'event', Source: 'source' } as const;
export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];
export const EVIDENCE_KINDS: readonly EvidenceKind[] = Object.values(EvidenceKind);

/**
 * Where a statement is: its source and first content span. Re-extraction gives a source's
 * statements new ids; the location finds the statement again, as reviews do.
 */
export interface StatementLocation {
  readonly sourceId: SourceId;
  readonly anchor: Span;
}

export interface EvidenceRef {
  readonly kind: EvidenceKind;
  readonly id: string;
  /** For a statement, where it is (set when it is recorded). */
  readonly location?: StatementLocation | null;
}

/** One change of a commitment's status, with the evidence for it; the list is its history. */
export interface StatusChange {
  readonly status: RecordedStatus;
  /** When it happened, as the evidence dates it. */
  readonly on: IsoDate;
  /** Null only for the `pending` a commitment starts in. */
  readonly evidence: EvidenceRef | null;
  readonly note: string | null;
  readonly analyst: string | null;
  /** When it was recorded. */
  readonly at: string;
}

/** To whom a commitment is made: an actor of the registry, or a name ("the E3", "Iran's neighbours"). */
export interface Addressee {
  readonly id: ActorId | null;
  readonly name: string;
}

/** A threat, red line, ultimatum or promise, with what became of it. */
export interface Commitment {
  readonly id: CommitmentId;
  readonly actor: ActorRef;
  readonly addressee: Addressee | null;
  readonly kind: CommitmentKind;
  /** What was committed to, in the analyst's words or the statement's. */
  readonly text: string;
  /** What triggers it ("if they are not at the table"); null when unconditional. */
  readonly condition: string | null;
  readonly deadline: IsoDate | null;
  /** When it was made. */
  readonly madeOn: IsoDate | null;
  /** The statement that made it, when there is one, and where it is. */
  readonly statementId: StatementId | null;
  readonly statementLocation: StatementLocation | null;
  /** Earlier commitments cited as precedent (an unenforced red line years before). */
  readonly precedents: readonly CommitmentId[];
  /** The status last recorded (never `expired`; see `statusAsOf`). */
  readonly status: RecordedStatus;
  /** Every status change, oldest first; the first is `pending` when the commitment was made. */
  readonly history: readonly StatusChange[];
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const oneOf = <T extends string>(what: string, value: string, allowed: readonly T[]): T => {
  const v = value.trim().toLowerCase().replace(/[- ]/g, '_') as T;
  if (!allowed.includes(v))
    throw invalidInput(`${what} "${value}" is not one of ${allowed.join(', ')}`);
  return v;
};

/**
 * A commitment kind as typed: any case, hyphens or spaces for underscores.
 * @example commitmentKindFrom('Red line') // 'red_line'
 */
export const commitmentKindFrom = (value: string): CommitmentKind =>
  oneOf('the kind', value, COMMITMENT_KINDS);

/**
 * A status an analyst records, as typed.
 * @example recordedStatusFrom('carried-out') // 'carried_out'
 */
export const recordedStatusFrom = (value: string): RecordedStatus => {
  if (value.trim().toLowerCase() === CommitmentStatus.Expired)
    throw invalidInput(
      'expired is not recorded: a pending commitment shows as expired once its deadline passes; record carried_out, not_carried_out or withdrawn',
    );
  return oneOf('the status', value, RECORDED_STATUSES);
};

/**
 * A status to filter by, as typed (including `expired`).
 * @example commitmentStatusFrom('expired') // 'expired'
 */
export const commitmentStatusFrom = (value: string): CommitmentStatus =>
  oneOf('the status', value, COMMITMENT_STATUSES);

/**
 * Evidence as typed: `kind:id`.
 * @example evidenceFrom('statement:st_12') // { kind: 'statement', id: 'st_12' }
 */
export const evidenceFrom = (value: string): EvidenceRef => {
  const colon = value.indexOf(':');
  const id = colon < 0 ? '' : value.slice(colon + 1).trim();
  if (colon < 0 || !id)
    throw invalidInput(
      `evidence "${value}" must be statement:ID, event:ID or source:ID (what shows the status changed)`,
    );
  return { kind: oneOf('the evidence kind', value.slice(0, colon), EVIDENCE_KINDS), id };
};

/**
 * An ISO date a user typed, or InvalidInput naming the field.
 * @example dateField('deadline', '2026-03-08') // '2026-03-08'
 */
export const dateField = (what: string, value: string): IsoDate => {
  const date = isoDateFrom(value);
  if (date === null)
    throw invalidInput(
      `the ${what} "${value}" is not an ISO date (YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)`,
    );
  return date;
};

/** A commitment's own fields as an analyst gives them (the actors already resolved). */
export interface CommitmentFields {
  readonly kind: CommitmentKind;
  readonly text: string;
  readonly condition: string | null;
  readonly deadline: IsoDate | null;
  readonly madeOn: IsoDate | null;
}

const clean = (value: string | null | undefined): string | null => {
  const v = value?.trim().replace(/\s+/g, ' ');
  return v ? v : null;
};

/**
 * Checks and tidies a commitment's fields: the text is required; a deadline cannot be before the
 * commitment was made. Throws InvalidInput saying what to fix.
 * @example checkCommitmentFields({ kind: 'threat', text: ' we will hit them ', condition: '', deadline: null, madeOn: null }).text // 'we will hit them'
 */
export const checkCommitmentFields = (fields: CommitmentFields): CommitmentFields => {
  const text = clean(fields.text);
  if (!text) throw invalidInput('a commitment needs its text: what was threatened or promised');
  if (
    fields.deadline !== null &&
    fields.madeOn !== null &&
    endDayOf(fields.deadline) < startDayOf(fields.madeOn)
  )
    throw invalidInput(
      `the deadline (${fields.deadline}) is before the commitment was made (${fields.madeOn})`,
    );
  return { ...fields, text, condition: clean(fields.condition) };
};

/** Whether a status settles the commitment (carried out or not); withdrawn and pending do not. */
export const isSettled = (status: CommitmentStatus): boolean =>
  status === CommitmentStatus.CarriedOut || status === CommitmentStatus.NotCarriedOut;

/**
 * Whether a statement is the one a location points at: same source, and its first content span
 * overlapping the anchor by half or more (of their union), as reviews are matched.
 * @example locatesStatement({ sourceId: 'src_1', anchor: { start: 10, end: 40 } }, statement) // true when its content starts at 10 in src_1
 */
export const locatesStatement = (
  location: StatementLocation,
  statement: { readonly sourceId: SourceId; readonly contentSpans: readonly Span[] },
): boolean => {
  const first = statement.contentSpans[0];
  if (statement.sourceId !== location.sourceId || first === undefined) return false;
  const a = location.anchor;
  const inter = Math.max(0, Math.min(a.end, first.end) - Math.max(a.start, first.start));
  const union = Math.max(a.end, first.end) - Math.min(a.start, first.start);
  return union > 0 && inter / union >= 0.5;
};
