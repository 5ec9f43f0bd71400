import type { Kysely, Selectable } from 'kysely';
import type {
  Commitment,
  CommitmentId,
  CommitmentKind,
  EvidenceKind,
  RecordedStatus,
  StatementLocation,
  StatusChange,
} from '../core/commitments/commitment.js';
import type { ActorId, SourceId, StatementId } from '../core/ids.js';
import type { IsoDate } from '../core/partial-date.js';
import type { Schema } from './schema.js';

/** Which commitments a listing wants; all of them when empty. */
export interface CommitmentFilter {
  readonly actorIds?: readonly ActorId[];
  /** The status last recorded (a pending one may show as expired; see `statusAsOf`). */
  readonly status?: RecordedStatus;
  readonly kind?: CommitmentKind;
  readonly ids?: readonly CommitmentId[];
}

/** The fields of a commitment an analyst can edit. */
export type CommitmentEdit = Partial<
  Pick<Commitment, 'kind' | 'text' | 'condition' | 'deadline' | 'madeOn' | 'addressee'>
>;

const location = (
  sourceId: string | null,
  start: number | null,
  end: number | null,
): StatementLocation | null =>
  sourceId === null || start === null || end === null
    ? null
    : { sourceId: sourceId as SourceId, anchor: { start: Number(start), end: Number(end) } };

const changeFromRow = (r: Selectable<Schema['commitment_status_changes']>): StatusChange => ({
  status: r.status as RecordedStatus,
  on: r.changed_on as IsoDate,
  evidence:
    r.evidence_kind === null || r.evidence_id === null
      ? null
      : {
          kind: r.evidence_kind as EvidenceKind,
          id: r.evidence_id,
          location: location(r.evidence_source_id, r.evidence_anchor_start, r.evidence_anchor_end),
        },
  note: r.note,
  analyst: r.analyst,
  at: r.recorded_at,
});

/** The commitments ledger: commitments, their status changes with evidence, and precedents. */
export const createCommitmentRepository = (db: Kysely<Schema>) => {
  const select = () =>
    db
      .selectFrom('commitments as c')
      .innerJoin('actors as a', 'a.id', 'c.actor_id')
      .leftJoin('actors as addressee', 'addressee.id', 'c.addressee_actor_id')
      .selectAll('c')
      .select([
        'a.canonical_name as actor_name',
        'addressee.canonical_name as addressee_actor_name',
      ]);

  type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

  const assemble = async (rows: readonly Row[]): Promise<Commitment[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [changes, precedents] = await Promise.all([
      db
        .selectFrom('commitment_status_changes')
        .selectAll()
        .where('commitment_id', 'in', ids)
        .orderBy('seq')
        .execute(),
      db
        .selectFrom('commitment_precedents')
        .selectAll()
        .where('commitment_id', 'in', ids)
        .orderBy('commitment_id')
        .orderBy('ord')
        .execute(),
    ]);
    return rows.map((r): Commitment => ({
      id: r.id as CommitmentId,
      actor: { id: r.actor_id as ActorId, name: r.actor_name },
      addressee:
        r.addressee_actor_id !== null
          ? {
              id: r.addressee_actor_id as ActorId,
              name: r.addressee_actor_name ?? r.addressee_name ?? r.addressee_actor_id,
            }
          : r.addressee_name !== null
            ? { id: null, name: r.addressee_name }
            : null,
      kind: r.kind as CommitmentKind,
      text: r.text,
      condition: r.condition,
      deadline: r.deadline as IsoDate | null,
      madeOn: r.made_on as IsoDate | null,
      statementId: r.statement_id as StatementId | null,
      statementLocation: location(
        r.statement_source_id,
        r.statement_anchor_start,
        r.statement_anchor_end,
      ),
      precedents: precedents
        .filter((p) => p.commitment_id === r.id)
        .map((p) => p.precedent_id as CommitmentId),
      status: r.status as RecordedStatus,
      history: changes.filter((c) => c.commitment_id === r.id).map(changeFromRow),
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  };

  const insertChange = async (id: CommitmentId, change: StatusChange): Promise<void> => {
    const where = change.evidence?.location ?? null;
    await db
      .insertInto('commitment_status_changes')
      .values({
        commitment_id: id,
        status: change.status,
        changed_on: change.on,
        evidence_kind: change.evidence?.kind ?? null,
        evidence_id: change.evidence?.id ?? null,
        evidence_source_id: where?.sourceId ?? null,
        evidence_anchor_start: where?.anchor.start ?? null,
        evidence_anchor_end: where?.anchor.end ?? null,
        note: change.note,
        analyst: change.analyst,
        recorded_at: change.at,
      })
      .execute();
  };

  const setPrecedents = async (
    id: CommitmentId,
    precedents: readonly CommitmentId[],
  ): Promise<void> => {
    await db.deleteFrom('commitment_precedents').where('commitment_id', '=', id).execute();
    if (precedents.length > 0)
      await db
        .insertInto('commitment_precedents')
        .values(precedents.map((p, ord) => ({ commitment_id: id, precedent_id: p, ord })))
        .execute();
  };

  return {
    /** Stores a new commitment with its history so far and its precedents. Call in a transaction. */
    async insert(c: Commitment): Promise<void> {
      await db
        .insertInto('commitments')
        .values({
          id: c.id,
          actor_id: c.actor.id,
          addressee_actor_id: c.addressee?.id ?? null,
          addressee_name: c.addressee?.name ?? null,
          kind: c.kind,
          text: c.text,
          condition: c.condition,
          deadline: c.deadline,
          made_on: c.madeOn,
          statement_id: c.statementId,
          statement_source_id: c.statementLocation?.sourceId ?? null,
          statement_anchor_start: c.statementLocation?.anchor.start ?? null,
          statement_anchor_end: c.statementLocation?.anchor.end ?? null,
          status: c.status,
          created_by: c.createdBy,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })
        .execute();
      for (const change of c.history) await insertChange(c.id, change);
      await setPrecedents(c.id, c.precedents);
    },

    async get(id: CommitmentId): Promise<Commitment | null> {
      const row = await select().where('c.id', '=', id).executeTakeFirst();
      return row ? ((await assemble([row]))[0] ?? null) : null;
    },

    /** Commitments, the most recently made first (undated last), then by when they were entered. */
    async list(filter: CommitmentFilter = {}): Promise<Commitment[]> {
      if (filter.actorIds?.length === 0 || filter.ids?.length === 0) return [];
      let query = select();
      if (filter.actorIds !== undefined)
        query = query.where('c.actor_id', 'in', [...filter.actorIds]);
      if (filter.ids !== undefined) query = query.where('c.id', 'in', [...filter.ids]);
      if (filter.status !== undefined) query = query.where('c.status', '=', filter.status);
      if (filter.kind !== undefined) query = query.where('c.kind', '=', filter.kind);
      const rows = await query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').execute();
      const sorted = [...rows].sort((a, b) => (b.made_on ?? '').localeCompare(a.made_on ?? ''));
      return assemble(sorted);
    },

    /** Changes the fields given. */
    async update(id: CommitmentId, edit: CommitmentEdit, updatedAt: string): Promise<void> {
      await db
        .updateTable('commitments')
        .set({
          ...(edit.kind !== undefined ? { kind: edit.kind } : {}),
          ...(edit.text !== undefined ? { text: edit.text } : {}),
          ...(edit.condition !== undefined ? { condition: edit.condition } : {}),
          ...(edit.deadline !== undefined ? { deadline: edit.deadline } : {}),
          ...(edit.madeOn !== undefined ? { made_on: edit.madeOn } : {}),
          ...(edit.addressee !== undefined
            ? {
                addressee_actor_id: edit.addressee?.id ?? null,
                addressee_name: edit.addressee?.name ?? null,
              }
            : {}),
          updated_at: updatedAt,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Records a status change and makes it the commitment's status. Call in a transaction. */
    async appendStatusChange(id: CommitmentId, change: StatusChange): Promise<void> {
      await insertChange(id, change);
      await db
        .updateTable('commitments')
        .set({ status: change.status, updated_at: change.at })
        .where('id', '=', id)
        .execute();
    },

    /** Replaces the precedents a commitment cites. */
    setPrecedents,

    /** Where every statement a commitment was made by is (to leave them out of the candidates). */
    async statementLocations(): Promise<
      Array<{
        readonly statementId: StatementId | null;
        readonly location: StatementLocation | null;
      }>
    > {
      const rows = await db
        .selectFrom('commitments')
        .select([
          'statement_id',
          'statement_source_id',
          'statement_anchor_start',
          'statement_anchor_end',
        ])
        .where('statement_id', 'is not', null)
        .execute();
      return rows.map((r) => ({
        statementId: r.statement_id as StatementId | null,
        location: location(r.statement_source_id, r.statement_anchor_start, r.statement_anchor_end),
      }));
    },

    /** Gives one actor's commitments, made or addressed, to another (when actors are merged). */
    async moveActor(fromId: ActorId, intoId: ActorId): Promise<void> {
      await db
        .updateTable('commitments')
        .set({ actor_id: intoId })
        .where('actor_id', '=', fromId)
        .execute();
      await db
        .updateTable('commitments')
        .set({ addressee_actor_id: intoId })
        .where('addressee_actor_id', '=', fromId)
        .execute();
    },
  };
};

export type CommitmentRepository = ReturnType<typeof createCommitmentRepository>;
