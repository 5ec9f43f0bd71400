import {
  checkCommitmentFields,
  commitmentKindFrom,
  commitmentStatusFrom,
  CommitmentStatus,
  dateField,
  EvidenceKind,
  evidenceFrom,
  locatesStatement,
  recordedStatusFrom,
  type Addressee,
  type Commitment,
  type CommitmentId,
  type CommitmentKind,
  type EvidenceRef,
  type StatementLocation,
} from '../../core/commitments/commitment.js';
import { detectCommitment } from '../../core/commitments/commitment-detector.js';
import { statusAsOf, statusChangeFrom } from '../../core/commitments/commitment-status.js';
import { credibilityReport, type CredibilityReport } from '../../core/commitments/credibility.js';
import { ErrorCode, invalidInput, isTelltaleError, notFound } from '../../core/errors.js';
import type { EventId } from '../../core/event.js';
import type { Clock, IdGenerator, SourceId, StatementId } from '../../core/ids.js';
import { isoDayOf, type IsoDate } from '../../core/partial-date.js';
import { Verdict, type ReviewedStatement } from '../../core/review.js';
import { endDayOf, startDayOf } from '../../core/signals/signal-date.js';
import type { ActorRef } from '../../core/signals/speaks-for.js';
import type { Database } from '../../store/database.js';
import { inTransaction, repositoriesFor, type Repositories } from '../../store/repositories.js';
import { actorRegistryOver } from '../registry/actor-registry.js';
import { withReviews } from '../review/reviewed-statements.js';
import { candidateFrom, type CommitmentCandidate } from './commitment-candidate.js';
import { refreshStatementIds } from './statement-refs.js';

/** A commitment with where it stands today (a pending one past its deadline shows as expired). */
export type CommitmentDetail = Commitment & {
  readonly asOf: IsoDate;
  /** The status shown: the one recorded, or `expired`. */
  readonly shownStatus: CommitmentStatus;
  readonly overdue: boolean;
  readonly daysOverdue: number | null;
};

/** A new commitment as an analyst enters it; names are looked up in the actor registry. */
export interface CommitmentInput {
  readonly actor: string;
  /** To whom: an actor of the registry, or any name ("the E3"); unspecified when absent. */
  readonly to?: string | null;
  readonly kind: string;
  readonly text: string;
  readonly condition?: string | null;
  readonly deadline?: string | null;
  /** When it was made; the statement's date by default. */
  readonly madeOn?: string | null;
  /** The statement that made it. */
  readonly statementId?: string | null;
  /** Earlier commitments it cites as precedent, by id. */
  readonly precedents?: readonly string[];
  readonly analyst?: string | null;
}

/** What an analyst changes in a commitment; absent fields stay as they are, null clears. */
export interface CommitmentEditInput {
  readonly to?: string | null;
  readonly kind?: string;
  readonly text?: string;
  readonly condition?: string | null;
  readonly deadline?: string | null;
  readonly madeOn?: string | null;
  /** Replaces the precedents. */
  readonly precedents?: readonly string[];
}

/** A status change: what became of the commitment, on what evidence, when. */
export interface ResolveInput {
  /** carried_out, not_carried_out, withdrawn, or pending to reopen. */
  readonly status: string;
  /** `statement:ID`, `event:ID` or `source:ID`, or the pair. */
  readonly evidence: string | { readonly kind: string; readonly id: string };
  /** When it happened, as the evidence dates it. */
  readonly on: string;
  readonly note?: string | null;
  readonly analyst?: string | null;
}

/** Accepting a candidate: the detector's guesses, overridden where given. */
export interface AcceptInput {
  readonly kind?: string;
  readonly to?: string | null;
  readonly text?: string;
  readonly condition?: string | null;
  readonly deadline?: string | null;
  readonly precedents?: readonly string[];
  readonly analyst?: string | null;
}

export interface CommitmentListFilter {
  readonly actor?: string;
  /** As shown today: `expired` finds pending commitments past their deadline. */
  readonly status?: string;
  readonly kind?: string;
}

export interface CandidateFilter {
  readonly speaker?: string;
  readonly limit?: number;
}

/** The commitments ledger and credibility. */
export interface CommitmentService {
  add(input: CommitmentInput): Promise<CommitmentDetail>;
  edit(id: string, input: CommitmentEditInput): Promise<CommitmentDetail>;
  /** Records a status change with its evidence. */
  resolve(id: string, input: ResolveInput): Promise<CommitmentDetail>;
  /** Commitments, the most recently made first. */
  list(filter?: CommitmentListFilter): Promise<CommitmentDetail[]>;
  get(id: string): Promise<CommitmentDetail>;
  /** Statements that read like commitments and are not in the ledger yet, the latest first. */
  candidates(filter?: CandidateFilter): Promise<CommitmentCandidate[]>;
  /** Creates a commitment from a statement, with the detector's guesses unless overridden. */
  accept(statementId: string, input?: AcceptInput): Promise<CommitmentDetail>;
  /** An actor's credibility, overall and by kind (or for one kind). */
  credibility(actor: string, kind?: string | null): Promise<CredibilityReport>;
}

export interface CommitmentDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly gazetteerDir?: string;
}

const LIST_HINT = 'list them with `telltale commitments list`';

const optionalDate = (what: string, value: string | null | undefined): IsoDate | null =>
  value === undefined || value === null || value.trim() === '' ? null : dateField(what, value);

export const createCommitmentService = (deps: CommitmentDeps): CommitmentService => {
  const repos = repositoriesFor(deps.database.db);
  const registry = actorRegistryOver(deps.database, {
    clock: deps.clock,
    ids: deps.ids,
    ...(deps.gazetteerDir ? { gazetteerDir: deps.gazetteerDir } : {}),
  });
  const today = (): IsoDate => isoDayOf(deps.clock.now());

  const actor = async (name: string): Promise<ActorRef> => {
    const profile = await registry.show(name);
    return { id: profile.id, name: profile.canonicalName };
  };

  /** An actor of the registry when the name is one, else the name as given. */
  const addressee = async (name: string | null | undefined): Promise<Addressee | null> => {
    const wanted = name?.trim().replace(/\s+/g, ' ');
    if (!wanted) return null;
    try {
      const found = await actor(wanted);
      return { id: found.id, name: found.name };
    } catch (e) {
      if (isTelltaleError(e) && (e.code === ErrorCode.NotFound || e.code === ErrorCode.Conflict))
        return { id: null, name: wanted };
      throw e;
    }
  };

  const detail = (c: Commitment): CommitmentDetail => {
    const asOf = today();
    const shown = statusAsOf(c, asOf);
    return {
      ...c,
      asOf,
      shownStatus: shown.status,
      overdue: shown.overdue,
      daysOverdue: shown.daysOverdue,
    };
  };

  const details = async (list: readonly Commitment[]): Promise<CommitmentDetail[]> =>
    (await refreshStatementIds(repos, list)).map(detail);

  const stored = async (id: string): Promise<Commitment> => {
    const found = await repos.commitments.get(id as CommitmentId);
    if (!found) throw notFound(`no commitment with id ${id}; ${LIST_HINT}`);
    return found;
  };

  const statement = async (r: Repositories, id: string): Promise<ReviewedStatement> => {
    const [found] = await withReviews(r, await r.statements.list({ ids: [id as StatementId] }));
    if (!found)
      throw notFound(`no statement with id ${id}; list them with \`telltale statements\``);
    return found;
  };

  const locationOf = (s: ReviewedStatement): StatementLocation | null => {
    const first = s.contentSpans[0];
    return first ? { sourceId: s.sourceId, anchor: { start: first.start, end: first.end } } : null;
  };

  /** Checks the precedents: they exist, are not the commitment itself, and were not made after it. */
  const precedentsFor = async (
    r: Repositories,
    self: CommitmentId | null,
    madeOn: IsoDate | null,
    ids: readonly string[] | undefined,
  ): Promise<CommitmentId[]> => {
    const wanted = [...new Set((ids ?? []).map((i) => i.trim()).filter(Boolean))];
    const found = await r.commitments.list({ ids: wanted as CommitmentId[] });
    for (const id of wanted) {
      const p = found.find((c) => c.id === id);
      if (!p) throw notFound(`no commitment with id ${id} to cite as precedent; ${LIST_HINT}`);
      if (p.id === self) throw invalidInput('a commitment cannot be its own precedent');
      if (madeOn !== null && p.madeOn !== null && startDayOf(p.madeOn) > endDayOf(madeOn))
        throw invalidInput(
          `${p.id} (made ${p.madeOn}) is later than this commitment (${madeOn}): a precedent comes before`,
        );
    }
    return wanted as CommitmentId[];
  };

  /** Checks evidence exists; a statement's location is kept so that it is found after re-extraction. */
  const evidence = async (r: Repositories, ref: EvidenceRef): Promise<EvidenceRef> => {
    switch (ref.kind) {
      case EvidenceKind.Statement: {
        const s = await statement(r, ref.id);
        return { kind: ref.kind, id: s.id, location: locationOf(s) };
      }
      case EvidenceKind.Event:
        if (!(await r.events.get(ref.id as EventId)))
          throw notFound(`no event with id ${ref.id}; list them with \`telltale events\``);
        return { kind: ref.kind, id: ref.id };
      case EvidenceKind.Source:
        if (!(await r.sources.get(ref.id as SourceId)))
          throw notFound(`no source with id ${ref.id}; list them with \`telltale sources\``);
        return { kind: ref.kind, id: ref.id };
    }
  };

  const create = async (
    input: Omit<CommitmentInput, 'actor' | 'to' | 'kind' | 'statementId'> & {
      readonly actor: ActorRef;
      readonly to: Addressee | null;
      readonly kind: CommitmentKind;
      readonly statement: ReviewedStatement | null;
    },
  ): Promise<CommitmentDetail> => {
    const madeOn = optionalDate('made-on', input.madeOn) ?? input.statement?.saidOn?.date ?? null;
    const fields = checkCommitmentFields({
      kind: input.kind,
      text: input.text,
      condition: input.condition ?? null,
      deadline: optionalDate('deadline', input.deadline),
      madeOn,
    });
    const id = deps.ids.next('cmt') as CommitmentId;
    const at = deps.clock.now().toISOString();
    const analyst = input.analyst?.trim() || null;
    await inTransaction(deps.database, async (tx) => {
      const precedents = await precedentsFor(tx, id, madeOn, input.precedents);
      await tx.commitments.insert({
        id,
        actor: input.actor,
        addressee: input.to,
        ...fields,
        statementId: input.statement?.id ?? null,
        statementLocation: input.statement ? locationOf(input.statement) : null,
        precedents,
        status: CommitmentStatus.Pending,
        history: [
          {
            status: CommitmentStatus.Pending,
            on: madeOn ?? today(),
            evidence: input.statement
              ? {
                  kind: EvidenceKind.Statement,
                  id: input.statement.id,
                  location: locationOf(input.statement),
                }
              : null,
            note: null,
            analyst,
            at,
          },
        ],
        createdBy: analyst,
        createdAt: at,
        updatedAt: at,
      });
    });
    return detail(await stored(id));
  };

  return {
    async add(input) {
      const who = await actor(input.actor);
      const to = await addressee(input.to);
      const kind = commitmentKindFrom(input.kind);
      const made = input.statementId?.trim()
        ? await statement(repos, input.statementId.trim())
        : null;
      return create({ ...input, actor: who, to, kind, statement: made });
    },

    async edit(id, input) {
      const current = await stored(id);
      const madeOn =
        input.madeOn === undefined ? current.madeOn : optionalDate('made-on', input.madeOn);
      const fields = checkCommitmentFields({
        kind: input.kind === undefined ? current.kind : commitmentKindFrom(input.kind),
        text: input.text ?? current.text,
        condition: input.condition === undefined ? current.condition : input.condition,
        deadline:
          input.deadline === undefined
            ? current.deadline
            : optionalDate('deadline', input.deadline),
        madeOn,
      });
      const to = input.to === undefined ? current.addressee : await addressee(input.to);
      await inTransaction(deps.database, async (tx) => {
        if (input.precedents !== undefined)
          await tx.commitments.setPrecedents(
            current.id,
            await precedentsFor(tx, current.id, madeOn, input.precedents),
          );
        await tx.commitments.update(
          current.id,
          { ...fields, addressee: to },
          deps.clock.now().toISOString(),
        );
      });
      return (await details([await stored(id)]))[0] as CommitmentDetail;
    },

    async resolve(id, input) {
      const current = await stored(id);
      const status = recordedStatusFrom(input.status);
      const ref =
        typeof input.evidence === 'string'
          ? evidenceFrom(input.evidence)
          : evidenceFrom(`${input.evidence.kind}:${input.evidence.id}`);
      const on = dateField('date', input.on);
      await inTransaction(deps.database, async (tx) => {
        const change = statusChangeFrom(
          current,
          {
            status,
            evidence: await evidence(tx, ref),
            on,
            note: input.note ?? null,
            analyst: input.analyst ?? null,
          },
          today(),
          deps.clock.now().toISOString(),
        );
        await tx.commitments.appendStatusChange(current.id, change);
      });
      return (await details([await stored(id)]))[0] as CommitmentDetail;
    },

    async list(filter = {}) {
      const shown = filter.status?.trim() ? commitmentStatusFrom(filter.status) : null;
      const list = await repos.commitments.list({
        ...(filter.actor?.trim() ? { actorIds: [(await actor(filter.actor)).id] } : {}),
        ...(filter.kind?.trim() ? { kind: commitmentKindFrom(filter.kind) } : {}),
        ...(shown === null
          ? {}
          : { status: shown === CommitmentStatus.Expired ? CommitmentStatus.Pending : shown }),
      });
      return (await details(list)).filter((c) => shown === null || c.shownStatus === shown);
    },

    async get(id) {
      return (await details([await stored(id)]))[0] as CommitmentDetail;
    },

    async candidates(filter = {}) {
      const speakerIds = filter.speaker?.trim()
        ? new Set([(await actor(filter.speaker)).id])
        : null;
      const accepted = await repos.commitments.statementLocations();
      const acceptedIds = new Set(accepted.map((a) => a.statementId));
      const statements = await withReviews(repos, await repos.statements.list({}));
      const found: CommitmentCandidate[] = [];
      for (const s of statements) {
        if (s.verdict === Verdict.Rejected) continue;
        if (speakerIds && (s.speaker === null || !speakerIds.has(s.speaker.actorId))) continue;
        if (acceptedIds.has(s.id)) continue;
        if (accepted.some((a) => a.location !== null && locatesStatement(a.location, s))) continue;
        const detected = detectCommitment(s.content, s.saidOn?.date ?? null);
        if (detected) found.push(candidateFrom(s, detected));
      }
      found.sort((a, b) => (b.saidOn ?? '').localeCompare(a.saidOn ?? ''));
      return filter.limit === undefined ? found : found.slice(0, filter.limit);
    },

    async accept(statementId, input = {}) {
      const made = await statement(repos, statementId);
      if (made.speaker === null)
        throw invalidInput(
          `statement ${made.id} has no speaker: review it first (\`telltale review\`), or add the commitment with \`telltale commitments add\``,
        );
      const detected = detectCommitment(made.content, made.saidOn?.date ?? null);
      const kindText = input.kind ?? detected?.kind;
      if (kindText === undefined)
        throw invalidInput(
          `statement ${made.id} does not read like a commitment; give its kind (--kind threat|red_line|ultimatum|promise)`,
        );
      return create({
        actor: { id: made.speaker.actorId, name: made.speaker.name },
        to: await addressee(input.to),
        kind: commitmentKindFrom(kindText),
        text: input.text ?? made.content,
        condition: input.condition === undefined ? (detected?.condition ?? null) : input.condition,
        deadline:
          input.deadline === undefined ? (detected?.deadline?.date ?? null) : input.deadline,
        statement: made,
        ...(input.precedents ? { precedents: input.precedents } : {}),
        ...(input.analyst ? { analyst: input.analyst } : {}),
      });
    },

    async credibility(name, kind) {
      const who = await actor(name);
      const list = await repos.commitments.list({ actorIds: [who.id] });
      return credibilityReport(
        who,
        await refreshStatementIds(repos, list),
        today(),
        kind?.trim() ? commitmentKindFrom(kind) : null,
      );
    },
  };
};
