import type { ActorId, SourceId, StatementId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';
import type { StanceValue } from '../stance.js';
import type { TopicId } from '../topic.js';
import { dayOf, precisionWeight } from './signal-date.js';

/**
 * One statement on an actor's line for a topic: when it was said (at its precision), where it
 * left the speaker (−2 … +2) and how sure the reading is, how it was worded, and where it came
 * from. `via` names the proxy when the statement reached the line through a *speaks for*
 * relation; the speaker is then the proxy.
 */
export interface StancePoint {
  readonly statementId: StatementId;
  readonly sourceId: SourceId;
  readonly topicId: TopicId;
  /** Who said it: the actor of the line, or the proxy that speaks for it. */
  readonly speakerId: ActorId;
  readonly speaker: string;
  readonly saidOn: IsoDate;
  readonly stance: StanceValue;
  /** 0…1. */
  readonly confidence: number;
  /** A direct quotation (true) or reported speech (false). */
  readonly direct: boolean;
  readonly hedged: boolean;
  readonly conditional: boolean;
  /** The proxy's name when the statement came through one; null for the actor's own words. */
  readonly via: string | null;
}

/**
 * Points in the order they were said (by the day they stand for); points of one day keep the
 * order they came in.
 */
export const sortPoints = <P extends StancePoint>(points: readonly P[]): P[] =>
  points
    .map((point, i) => ({ point, i, day: dayOf(point.saidOn) }))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map((x) => x.point);

/**
 * How much a point weighs in a mean: its confidence, times its date's precision weight (a day 1,
 * a month ½, a year ¼), times `viaWeight` when it came through a proxy.
 * @example pointWeight({ ...point, confidence: 0.8, saidOn: '2026-02' }, 0.5) // 0.4
 */
export const pointWeight = (point: StancePoint, viaWeight = 1): number =>
  Math.max(0, Math.min(1, point.confidence)) *
  precisionWeight(point.saidOn) *
  (point.via === null ? 1 : viaWeight);

/**
 * The confidence-weighted mean stance of points (equal weights when none has any); null for none.
 * @example weightedMeanStance([plusOne, minusOne]) // 0
 */
export const weightedMeanStance = (points: readonly StancePoint[]): number | null => {
  if (points.length === 0) return null;
  const weights = points.map((p) => pointWeight(p));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return points.reduce((a, p) => a + p.stance, 0) / points.length;
  return points.reduce((a, p, i) => a + p.stance * (weights[i] ?? 0), 0) / total;
};
