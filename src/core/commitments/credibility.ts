import type { IsoDate } from '../partial-date.js';
import type { ActorRef } from '../signals/speaks-for.js';
import { betaInterval, betaMean } from './beta-distribution.js';
import {
  COMMITMENT_KINDS,
  CommitmentStatus,
  type Commitment,
  type CommitmentId,
  type CommitmentKind,
} from './commitment.js';
import { statusAsOf } from './commitment-status.js';

/** A commitment behind a credibility figure, and whether it counts. */
export interface CredibilityEntry {
  readonly id: CommitmentId;
  readonly kind: CommitmentKind;
  readonly text: string;
  readonly madeOn: IsoDate | null;
  readonly deadline: IsoDate | null;
  /** As of today (a pending commitment past its deadline is expired). */
  readonly status: CommitmentStatus;
  /** When the status last recorded took effect; null while pending. */
  readonly resolvedOn: IsoDate | null;
  /** Whether it counts: only commitments carried out or not carried out do. */
  readonly counted: boolean;
}

/** A Beta posterior over the share carried out, with its mean and an equal-tailed interval. */
export interface SharePosterior {
  readonly distribution: 'beta';
  readonly alpha: number;
  readonly beta: number;
  readonly mean: number;
  readonly interval: { readonly level: number; readonly low: number; readonly high: number };
}

/**
 * How far an actor's commitments (all, or of one kind) have been carried out: the share carried
 * out among the resolved ones as a Beta posterior from a uniform Beta(1, 1) prior, so Beta(1 +
 * carried out, 1 + not carried out), with the list behind it. Withdrawn, pending and expired
 * commitments are listed but do not count: an expired one counts once an analyst records what
 * became of it.
 */
export interface Credibility {
  readonly actor: ActorRef;
  /** Null for all kinds together. */
  readonly kind: CommitmentKind | null;
  readonly carriedOut: number;
  readonly notCarriedOut: number;
  readonly resolved: number;
  readonly withdrawn: number;
  readonly pending: number;
  readonly expired: number;
  readonly posterior: SharePosterior;
  /** "carried out 1 of 3 resolved threats: mean 0.40, 90% interval 0.10–0.75". */
  readonly summary: string;
  readonly commitments: readonly CredibilityEntry[];
}

/** An actor's credibility overall and for each kind of commitment it made. */
export interface CredibilityReport {
  readonly actor: ActorRef;
  readonly asOf: IsoDate;
  readonly overall: Credibility;
  readonly byKind: readonly Credibility[];
}

export const CREDIBILITY_LEVEL = 0.9;

/**
 * The Beta(1 + k, 1 + n − k) posterior of a share after k successes in n trials.
 * @example sharePosterior(2, 0).mean // 0.75
 */
export const sharePosterior = (
  successes: number,
  failures: number,
  level = CREDIBILITY_LEVEL,
): SharePosterior => {
  const alpha = 1 + successes;
  const beta = 1 + failures;
  return {
    distribution: 'beta',
    alpha,
    beta,
    mean: betaMean(alpha, beta),
    interval: { level, ...betaInterval(alpha, beta, level) },
  };
};

const KIND_WORDS: Readonly<Record<CommitmentKind, [string, string]>> = {
  threat: ['threat', 'threats'],
  red_line: ['red line', 'red lines'],
  ultimatum: ['ultimatum', 'ultimatums'],
  promise: ['promise', 'promises'],
};

const summaryOf = (
  kind: CommitmentKind | null,
  carriedOut: number,
  resolved: number,
  posterior: SharePosterior,
): string => {
  const [one, many] = kind === null ? ['commitment', 'commitments'] : KIND_WORDS[kind];
  const noun = resolved === 1 ? one : many;
  const figures = `mean ${posterior.mean.toFixed(2)}, ${Math.round(posterior.interval.level * 100)}% interval ${posterior.interval.low.toFixed(2)}–${posterior.interval.high.toFixed(2)}`;
  return resolved === 0
    ? `no resolved ${many} yet: ${figures} (the prior)`
    : `carried out ${carriedOut} of ${resolved} resolved ${noun}: ${figures}`;
};

/**
 * An actor's credibility over the given commitments (its own; pass them filtered), for one kind
 * or all, as of `today`.
 * @example credibilityOf(trump, [carriedOutThreat, notCarriedOutRedLine], '2026-11-21').posterior.mean // 0.5
 */
export const credibilityOf = (
  actor: ActorRef,
  commitments: readonly Commitment[],
  today: IsoDate,
  kind: CommitmentKind | null = null,
): Credibility => {
  const mine = commitments.filter((c) => kind === null || c.kind === kind);
  const entries = mine.map((c): CredibilityEntry => {
    const { status } = statusAsOf(c, today);
    const last = c.history[c.history.length - 1];
    return {
      id: c.id,
      kind: c.kind,
      text: c.text,
      madeOn: c.madeOn,
      deadline: c.deadline,
      status,
      resolvedOn: c.status === CommitmentStatus.Pending ? null : (last?.on ?? null),
      counted: status === CommitmentStatus.CarriedOut || status === CommitmentStatus.NotCarriedOut,
    };
  });
  const count = (s: CommitmentStatus): number => entries.filter((e) => e.status === s).length;
  const carriedOut = count(CommitmentStatus.CarriedOut);
  const notCarriedOut = count(CommitmentStatus.NotCarriedOut);
  const posterior = sharePosterior(carriedOut, notCarriedOut);
  return {
    actor,
    kind,
    carriedOut,
    notCarriedOut,
    resolved: carriedOut + notCarriedOut,
    withdrawn: count(CommitmentStatus.Withdrawn),
    pending: count(CommitmentStatus.Pending),
    expired: count(CommitmentStatus.Expired),
    posterior,
    summary: summaryOf(kind, carriedOut, carriedOut + notCarriedOut, posterior),
    commitments: entries,
  };
};

/**
 * An actor's credibility overall and for each kind it made commitments of (or only `kind`).
 * @example credibilityReport(trump, commitments, '2026-11-21').byKind.map((c) => c.kind) // ['threat', 'red_line']
 */
export const credibilityReport = (
  actor: ActorRef,
  commitments: readonly Commitment[],
  today: IsoDate,
  kind: CommitmentKind | null = null,
): CredibilityReport => {
  const kinds = COMMITMENT_KINDS.filter(
    (k) => (kind === null || k === kind) && commitments.some((c) => c.kind === k),
  );
  return {
    actor,
    asOf: today,
    overall: credibilityOf(actor, commitments, today, kind),
    byKind: kinds.map((k) => credibilityOf(actor, commitments, today, k)),
  };
};
