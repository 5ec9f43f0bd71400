import type { Brand } from '../brand.js';
import { invalidInput } from '../errors.js';
import type { ActorId, StatementId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';
import { dayOf, endDayOf, signedLabel, startDayOf, dateLabel } from './signal-date.js';
import { DEFAULT_WINDOW_DAYS } from './shifts.js';
import { sortPoints, weightedMeanStance, type StancePoint } from './stance-point.js';

export type RelationId = Brand<string, 'RelationId'>;

/** An actor as a relation or a group names it. */
export interface ActorRef {
  readonly id: ActorId;
  readonly name: string;
}

/**
 * A proxy (a deputy, a spokesman, a state outlet, a Friday prayer leader) *speaks for* a
 * principal between two dates, inclusive; an open end has no bound.
 */
export interface SpeaksFor {
  readonly id: RelationId;
  readonly proxy: ActorRef;
  readonly principal: ActorRef;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly note: string | null;
  readonly createdAt: string;
}

/**
 * Checks a new relation's actors and period; throws InvalidInput saying what is wrong.
 * @example checkSpeaksFor(khatami.id, khamenei.id, '2026-01', null) // passes
 */
export const checkSpeaksFor = (
  proxyId: ActorId,
  principalId: ActorId,
  from: IsoDate | null,
  to: IsoDate | null,
): void => {
  if (proxyId === principalId) throw invalidInput('an actor does not speak for itself');
  if (from !== null && to !== null && endDayOf(to) < startDayOf(from))
    throw invalidInput(`the relation would end (${to}) before it starts (${from})`);
};

/**
 * Whether two relations' periods share a day (an open end reaches every date on its side).
 */
export const periodsOverlap = (
  a: Pick<SpeaksFor, 'from' | 'to'>,
  b: Pick<SpeaksFor, 'from' | 'to'>,
): boolean => {
  const aFrom = a.from === null ? -Infinity : startDayOf(a.from);
  const aTo = a.to === null ? Infinity : endDayOf(a.to);
  const bFrom = b.from === null ? -Infinity : startDayOf(b.from);
  const bTo = b.to === null ? Infinity : endDayOf(b.to);
  return aFrom <= bTo && bFrom <= aTo;
};

/**
 * Whether a statement dated `saidOn` falls in the relation's period, by the day it stands for.
 * @example relationCovers({ from: '2026-01-01', to: null }, '2026-01-16') // true
 */
export const relationCovers = (
  relation: Pick<SpeaksFor, 'from' | 'to'>,
  saidOn: IsoDate,
): boolean => {
  const day = dayOf(saidOn);
  return (
    (relation.from === null || day >= startDayOf(relation.from)) &&
    (relation.to === null || day <= endDayOf(relation.to))
  );
};

/**
 * A proxy's statement that may be a deniable signal: it departs from the principal's own recent
 * statements on the topic (by 1 or more from their mean, or on the other side of zero), or the
 * principal said nothing on the topic in the window before it.
 */
export interface DeniableSignal {
  readonly reason: 'differs' | 'principal_silent';
  /** The principal's confidence-weighted mean stance in the window; null when silent. */
  readonly principalMean: number | null;
  /** proxy's stance − principalMean; null when silent. */
  readonly difference: number | null;
  /** The principal's own statements in the window, oldest first. */
  readonly principalStatementIds: readonly StatementId[];
  /** "Ahmad Khatami −2 on 16 Jan 2026; Ali Khamenei's own statements in the 30 days before average +1.0". */
  readonly label: string;
}

/** A point on a line, with its deniable-signal flag when it came through a proxy. */
export type LinePoint = StancePoint & { readonly deniable: DeniableSignal | null };

const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);

/**
 * Whether a proxy's statement is a deniable signal, compared with the principal's own statements
 * said in the `windowDays` days up to it (by the day each stands for); null when it is not.
 */
export const deniableSignal = (
  proxyPoint: StancePoint,
  principal: ActorRef,
  principalPoints: readonly StancePoint[],
  windowDays = DEFAULT_WINDOW_DAYS,
): DeniableSignal | null => {
  const day = dayOf(proxyPoint.saidOn);
  const recent = sortPoints(
    principalPoints.filter((p) => {
      const d = dayOf(p.saidOn);
      return p.via === null && d <= day && d >= day - windowDays;
    }),
  );
  const said = `${proxyPoint.speaker} ${signedLabel(proxyPoint.stance)} on ${dateLabel(proxyPoint.saidOn)}`;
  const mean = weightedMeanStance(recent);
  if (mean === null)
    return {
      reason: 'principal_silent',
      principalMean: null,
      difference: null,
      principalStatementIds: [],
      label: `${said}; ${principal.name} said nothing on the topic in the ${windowDays} days before`,
    };
  const difference = proxyPoint.stance - mean;
  if (Math.abs(difference) < 1 && sign(proxyPoint.stance) * sign(mean) >= 0) return null;
  return {
    reason: 'differs',
    principalMean: mean,
    difference,
    principalStatementIds: recent.map((p) => p.statementId),
    label: `${said}; ${principal.name}'s own statements in the ${windowDays} days before average ${signedLabel(mean, 1)}`,
  };
};

/** A proxy's statements on a topic, with the relation they came through. */
export interface ProxyPoints {
  readonly relation: SpeaksFor;
  /** The proxy's own statements on the topic (their `via` is ignored). */
  readonly points: readonly StancePoint[];
}

/**
 * A principal's line on a topic: its own statements, and those of every proxy said while the
 * proxy spoke for it, marked `via` the proxy and flagged where they are deniable signals. A
 * statement two relations bring in (two periods of one proxy) appears once.
 * @example principalLine(khamenei, ownPoints, [{ relation: khatamiSpeaksForKhamenei, points: khatamiPoints }])
 */
export const principalLine = (
  principal: ActorRef,
  own: readonly StancePoint[],
  proxies: readonly ProxyPoints[],
  windowDays = DEFAULT_WINDOW_DAYS,
): LinePoint[] => {
  const mine = own.map((p): LinePoint => ({ ...p, via: null, deniable: null }));
  const seen = new Set<string>(mine.map((p) => p.statementId));
  const through: LinePoint[] = [];
  for (const { relation, points } of proxies) {
    for (const p of points) {
      if (seen.has(p.statementId) || !relationCovers(relation, p.saidOn)) continue;
      seen.add(p.statementId);
      const point: StancePoint = { ...p, via: relation.proxy.name };
      through.push({ ...point, deniable: deniableSignal(point, principal, mine, windowDays) });
    }
  }
  return sortPoints([...mine, ...through]);
};
