/**
 * Typed calls for the signals pages: timelines, credibility, relations, groups, topics, the
 * commitments ledger and statement reviews. The shapes mirror src/server/routes/*-routes.ts.
 */
import { getJson, sendJson, type Statement } from './client.js';

export const COMMITMENT_KINDS = ['threat', 'red_line', 'ultimatum', 'promise'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const COMMITMENT_STATUSES = [
  'pending',
  'carried_out',
  'not_carried_out',
  'withdrawn',
  'expired',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type RecordedStatus = Exclude<CommitmentStatus, 'expired'>;

export interface Deniable {
  readonly reason: 'differs' | 'principal_silent';
  readonly principalMean: number | null;
  readonly difference: number | null;
  readonly principalStatementIds: readonly string[];
  readonly label: string;
}

export interface LinePoint {
  readonly statementId: string;
  readonly saidOn: string;
  readonly stance: number;
  readonly confidence: number;
  readonly direct: boolean;
  readonly via: string | null;
  readonly speaker: string;
  readonly speakerId: string;
  readonly sourceId: string;
  readonly hedged: boolean;
  readonly conditional: boolean;
  readonly deniable: Deniable | null;
}

export interface Shift {
  readonly fromStatementId: string;
  readonly toStatementId: string;
  readonly fromStance: number;
  readonly toStance: number;
  readonly fromDate: string;
  readonly toDate: string;
  readonly kind: 'reversal' | 'move';
  readonly days: number;
  readonly label: string;
}

export interface LineValue {
  readonly date: string;
  readonly value: number;
  readonly weight: number;
}

export interface Ambiguity {
  readonly index: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly spread: number;
  readonly hedgedOrConditionalShare: number;
  readonly meanStance: number | null;
  readonly statementCount: number;
  readonly drivers: ReadonlyArray<{
    readonly statementId: string;
    readonly saidOn: string;
    readonly speaker: string;
    readonly via: string | null;
    readonly stance: number;
    readonly deviation: number;
    readonly hedged: boolean;
    readonly conditional: boolean;
    readonly contribution: number;
  }>;
}

export interface Timeline {
  readonly actor: string;
  readonly actorId: string;
  readonly topic: string;
  readonly topicLabel: string;
  readonly windowDays: number;
  readonly points: readonly LinePoint[];
  readonly shifts: readonly Shift[];
  readonly ambiguity: number;
  readonly ambiguityDetail: Ambiguity;
  readonly deniableSignals: ReadonlyArray<
    Deniable & { statementId: string; saidOn: string; via: string; stance: number }
  >;
  readonly line: readonly LineValue[];
  readonly undated: number;
  readonly unrated: number;
}

export interface SpeaksFor {
  readonly id: string;
  readonly kind: 'speaks_for';
  readonly proxy: string;
  readonly proxyId: string;
  readonly principal: string;
  readonly principalId: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly note: string | null;
}

export interface ActorGroup {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly members: ReadonlyArray<{ id: string; name: string }>;
}

export interface GroupLine {
  readonly group: string;
  readonly topic: string;
  readonly points: readonly LinePoint[];
  readonly members: ReadonlyArray<{
    actor: string;
    actorId: string;
    statements: number;
    meanStance: number | null;
  }>;
  readonly ambiguity: number;
  readonly line: readonly LineValue[];
}

export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly description: string | null;
  readonly terms: readonly string[];
  readonly patterns: readonly string[];
  readonly countries: readonly string[];
  readonly statementCount: number;
}

export interface Stance {
  readonly topicId: string;
  readonly stance: number | null;
  readonly confidence: number;
  readonly hedged: boolean;
  readonly conditional: boolean;
  readonly negated: boolean;
  readonly method: string;
}

export interface TopicStance extends Stance {
  readonly statementId: string;
  readonly sourceId: string;
  readonly speaker: string | null;
  readonly saidOn: string | null;
  readonly content: string;
  readonly verdict: string | null;
}

export interface Credibility {
  readonly kind: CommitmentKind | null;
  readonly carriedOut: number;
  readonly notCarriedOut: number;
  readonly resolved: number;
  readonly withdrawn: number;
  readonly pending: number;
  readonly expired: number;
  readonly posterior: {
    readonly alpha: number;
    readonly beta: number;
    readonly mean: number;
    readonly interval: { readonly level: number; readonly low: number; readonly high: number };
  };
  readonly summary: string;
  readonly commitments: ReadonlyArray<{
    readonly id: string;
    readonly kind: CommitmentKind;
    readonly text: string;
    readonly madeOn: string | null;
    readonly deadline: string | null;
    readonly status: CommitmentStatus;
    readonly resolvedOn: string | null;
    readonly counted: boolean;
  }>;
}

export interface CredibilityReport {
  readonly actor: string;
  readonly asOf: string;
  readonly overall: Credibility;
  readonly byKind: readonly Credibility[];
}

export interface Evidence {
  readonly kind: 'statement' | 'event' | 'source';
  readonly id: string;
}

export interface Commitment {
  readonly id: string;
  readonly actor: string;
  readonly actorId: string;
  readonly to: string | null;
  readonly kind: CommitmentKind;
  readonly text: string;
  readonly condition: string | null;
  readonly deadline: string | null;
  readonly madeOn: string | null;
  readonly statementId: string | null;
  readonly status: CommitmentStatus;
  readonly recordedStatus: RecordedStatus;
  readonly overdue: boolean;
  readonly daysOverdue: number | null;
  readonly asOf: string;
  readonly precedents: readonly string[];
  readonly history: ReadonlyArray<{
    readonly status: RecordedStatus;
    readonly on: string;
    readonly evidence: Evidence | null;
    readonly note: string | null;
    readonly analyst: string | null;
    readonly at: string;
  }>;
}

export interface Candidate {
  readonly statementId: string;
  readonly sourceId: string;
  readonly speaker: string | null;
  readonly saidOn: string | null;
  readonly content: string;
  readonly kind: CommitmentKind;
  readonly condition: string | null;
  readonly deadline: string | null;
  readonly deadlineText: string | null;
}

export interface Review {
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly analyst: string;
  readonly at: string;
}

export interface ReviewedStatement extends Statement {
  readonly verdict: string | null;
  readonly reviews: readonly Review[];
}

export interface ReviewInput {
  readonly analyst: string;
  readonly speaker?: string | null;
  readonly saidOn?: string | null;
  readonly direct?: boolean;
  readonly verdict?: 'confirmed' | 'rejected';
  readonly stances?: Readonly<Record<string, number>>;
  readonly eventType?: string | null;
}

const enc = encodeURIComponent;

export const getTimeline = (actor: string, topic: string, signal?: AbortSignal) =>
  getJson<Timeline>(`/actors/${enc(actor)}/timeline`, { topic }, signal);

export const getCredibility = (actor: string, signal?: AbortSignal) =>
  getJson<CredibilityReport>(`/actors/${enc(actor)}/credibility`, {}, signal);

export const listRelations = async (actor: string | undefined, signal?: AbortSignal) =>
  (await getJson<{ relations: SpeaksFor[] }>('/relations', { actor }, signal)).relations;

export const listGroups = async (signal?: AbortSignal) =>
  (await getJson<{ groups: ActorGroup[] }>('/groups', {}, signal)).groups;

export const getGroupLine = (name: string, topic: string, signal?: AbortSignal) =>
  getJson<GroupLine>(`/groups/${enc(name)}/line`, { topic }, signal);

export const listTopics = async (signal?: AbortSignal) =>
  (await getJson<{ topics: Topic[] }>('/topics', {}, signal)).topics;

export const getTopic = (id: string, signal?: AbortSignal) =>
  getJson<{ topic: Topic; stances: TopicStance[] }>(`/topics/${enc(id)}`, {}, signal);

export const getStatementStances = async (id: string, signal?: AbortSignal) =>
  (await getJson<{ stances: Stance[] }>(`/statements/${enc(id)}/stances`, {}, signal)).stances;

export const getStatement = (id: string, signal?: AbortSignal) =>
  getJson<ReviewedStatement>(`/statements/${enc(id)}`, {}, signal);

export const listReviewedStatements = async (
  page: { limit: number; offset: number },
  signal?: AbortSignal,
) => (await getJson<{ statements: ReviewedStatement[] }>('/statements', page, signal)).statements;

export const reviewStatement = (id: string, input: ReviewInput) =>
  sendJson<ReviewedStatement>('POST', `/statements/${enc(id)}/reviews`, input);

export interface CommitmentFilter {
  readonly actor?: string;
  readonly status?: string;
  readonly kind?: string;
}

export const listCommitments = async (filter: CommitmentFilter, signal?: AbortSignal) =>
  (await getJson<{ commitments: Commitment[] }>('/commitments', { ...filter }, signal)).commitments;

export const listCandidates = async (signal?: AbortSignal) =>
  (await getJson<{ candidates: Candidate[] }>('/commitments/candidates', { limit: 20 }, signal))
    .candidates;

export const acceptCandidate = (statementId: string, analyst: string | null) =>
  sendJson<Commitment>('POST', `/commitments/candidates/${enc(statementId)}/accept`, { analyst });

export const resolveCommitment = (
  id: string,
  input: {
    status: RecordedStatus;
    evidence: Evidence;
    on: string;
    note: string | null;
    analyst: string | null;
  },
) => sendJson<Commitment>('POST', `/commitments/${enc(id)}/resolve`, input);

/** Where the reader shows a statement. */
export const readerHref = (sourceId: string, statementId: string) =>
  `/sources/${enc(sourceId)}#statement-${statementId}`;

const ANALYST_KEY = 'telltale.analyst';
export const savedAnalyst = (): string => {
  try {
    return localStorage.getItem(ANALYST_KEY) ?? '';
  } catch {
    return '';
  }
};
export const saveAnalyst = (name: string): void => {
  try {
    localStorage.setItem(ANALYST_KEY, name);
  } catch {
    /* private mode: not remembered */
  }
};

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  pending: 'Pending',
  carried_out: 'Carried out',
  not_carried_out: 'Not carried out',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};
export const KIND_LABELS: Record<CommitmentKind, string> = {
  threat: 'Threat',
  red_line: 'Red line',
  ultimatum: 'Ultimatum',
  promise: 'Promise',
};

export const signedStance = (v: number): string =>
  v > 0
    ? `+${v.toFixed(Number.isInteger(v) ? 0 : 1)}`
    : v < 0
      ? `−${Math.abs(v).toFixed(Number.isInteger(v) ? 0 : 1)}`
      : '0';
