import type {
  CommitmentKind,
  CommitmentStatus,
  EvidenceKind,
  RecordedStatus,
} from '../../core/commitments/commitment.js';
import type { Credibility, CredibilityReport } from '../../core/commitments/credibility.js';
import type { CommitmentCandidate } from './commitment-candidate.js';
import type { CommitmentDetail } from './commitment-service.js';

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** A commitment as the CLI's `--json` and the HTTP API present it. */
export interface CommitmentView {
  readonly id: string;
  readonly actor: string;
  readonly actorId: string;
  /** To whom: a name, and the registry actor when it is one. */
  readonly to: string | null;
  readonly toId: string | null;
  readonly kind: CommitmentKind;
  readonly text: string;
  readonly condition: string | null;
  readonly deadline: string | null;
  readonly madeOn: string | null;
  readonly statementId: string | null;
  /** As of `asOf`: the status recorded, or `expired` for a pending one past its deadline. */
  readonly status: CommitmentStatus;
  readonly recordedStatus: RecordedStatus;
  readonly overdue: boolean;
  readonly daysOverdue: number | null;
  readonly asOf: string;
  readonly precedents: string[];
  /** Every status change with its evidence, oldest first. */
  readonly history: Array<{
    readonly status: RecordedStatus;
    readonly on: string;
    readonly evidence: { readonly kind: EvidenceKind; readonly id: string } | null;
    readonly note: string | null;
    readonly analyst: string | null;
    readonly at: string;
  }>;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const commitmentView = (c: CommitmentDetail): CommitmentView => ({
  id: c.id,
  actor: c.actor.name,
  actorId: c.actor.id,
  to: c.addressee?.name ?? null,
  toId: c.addressee?.id ?? null,
  kind: c.kind,
  text: c.text,
  condition: c.condition,
  deadline: c.deadline,
  madeOn: c.madeOn,
  statementId: c.statementId,
  status: c.shownStatus,
  recordedStatus: c.status,
  overdue: c.overdue,
  daysOverdue: c.daysOverdue,
  asOf: c.asOf,
  precedents: [...c.precedents],
  history: c.history.map((h) => ({
    status: h.status,
    on: h.on,
    evidence: h.evidence ? { kind: h.evidence.kind, id: h.evidence.id } : null,
    note: h.note,
    analyst: h.analyst,
    at: h.at,
  })),
  createdBy: c.createdBy,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export interface CandidateView {
  readonly statementId: string;
  readonly sourceId: string;
  readonly speaker: string | null;
  readonly speakerId: string | null;
  readonly saidOn: string | null;
  readonly content: string;
  readonly kind: CommitmentKind;
  readonly condition: string | null;
  readonly deadline: string | null;
  readonly deadlineText: string | null;
  readonly cues: Array<{
    readonly cue: string;
    readonly text: string;
    readonly start: number;
    readonly end: number;
  }>;
}

export const candidateView = (c: CommitmentCandidate): CandidateView => ({
  statementId: c.statementId,
  sourceId: c.sourceId,
  speaker: c.speaker?.name ?? null,
  speakerId: c.speaker?.id ?? null,
  saidOn: c.saidOn,
  content: c.content,
  kind: c.kind,
  condition: c.condition,
  deadline: c.deadline,
  deadlineText: c.deadlineText,
  cues: c.cues.map(({ cue, text, start, end }) => ({ cue, text, start, end })),
});

export interface CredibilityView {
  readonly kind: CommitmentKind | null;
  readonly carriedOut: number;
  readonly notCarriedOut: number;
  readonly resolved: number;
  readonly withdrawn: number;
  readonly pending: number;
  readonly expired: number;
  readonly posterior: {
    readonly distribution: 'beta';
    readonly alpha: number;
    readonly beta: number;
    readonly mean: number;
    readonly interval: { readonly level: number; readonly low: number; readonly high: number };
  };
  readonly summary: string;
  readonly commitments: Array<{
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

export interface CredibilityReportView {
  readonly actor: string;
  readonly actorId: string;
  readonly asOf: string;
  readonly overall: CredibilityView;
  readonly byKind: CredibilityView[];
}

const credibilityView = (c: Credibility): CredibilityView => ({
  kind: c.kind,
  carriedOut: c.carriedOut,
  notCarriedOut: c.notCarriedOut,
  resolved: c.resolved,
  withdrawn: c.withdrawn,
  pending: c.pending,
  expired: c.expired,
  posterior: {
    distribution: 'beta',
    alpha: c.posterior.alpha,
    beta: c.posterior.beta,
    mean: round4(c.posterior.mean),
    interval: {
      level: c.posterior.interval.level,
      low: round4(c.posterior.interval.low),
      high: round4(c.posterior.interval.high),
    },
  },
  summary: c.summary,
  commitments: c.commitments.map((e) => ({ ...e })),
});

export const credibilityReportView = (r: CredibilityReport): CredibilityReportView => ({
  actor: r.actor.name,
  actorId: r.actor.id,
  asOf: r.asOf,
  overall: credibilityView(r.overall),
  byKind: r.byKind.map(credibilityView),
});
