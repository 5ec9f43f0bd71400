import type { IsoDate } from '../partial-date.js';
import type { TopicId } from '../topic.js';
import { ambiguityOf, pointsBetween, trailingWindow, type Ambiguity } from './ambiguity.js';
import { DEFAULT_WINDOW_DAYS, detectShifts, type Shift } from './shifts.js';
import { dayOf, endDayOf, startDayOf } from './signal-date.js';
import { smoothedLine, type LineValue, type SmoothingOptions } from './smoothed-line.js';
import { principalLine, type ActorRef, type LinePoint, type ProxyPoints } from './speaks-for.js';
import type { StancePoint } from './stance-point.js';

export interface TimelineOptions extends SmoothingOptions {
  /** The window of shifts, deniable signals and ambiguity, in days; 30 by default. */
  readonly windowDays?: number;
  /** Show only what was said in this period (inclusive); the analytics still see everything before. */
  readonly from?: IsoDate | null;
  readonly to?: IsoDate | null;
}

/** An actor's line on a topic, with what stands out in it. */
export interface Timeline {
  readonly actor: ActorRef;
  readonly topic: TopicId;
  readonly windowDays: number;
  /** Its own statements and its proxies', in date order. */
  readonly points: readonly LinePoint[];
  /** One value a day (see `smoothedLine`). */
  readonly line: readonly LineValue[];
  /** Shifts in its own statements (a proxy departing is a deniable signal instead). */
  readonly shifts: readonly Shift[];
  /** Over the window up to `to`, or to the last statement shown: its own and its proxies' words. */
  readonly ambiguity: Ambiguity;
  /** The proxies' statements flagged as deniable signals. */
  readonly deniableSignals: readonly LinePoint[];
}

/**
 * An actor's timeline on a topic: its own statements and its proxies' (see `principalLine`), the
 * smoothed line, the shifts in its own words, and the ambiguity of the last window. Everything is
 * computed over all the statements given, then cut to `from`…`to`, so that a shift or a deniable
 * signal near the start of the period still sees what came before it.
 * @example buildTimeline(khamenei, 'iran-us-negotiation', ownPoints, [{ relation, points: khatamiPoints }])
 */
export const buildTimeline = (
  actor: ActorRef,
  topic: TopicId,
  own: readonly StancePoint[],
  proxies: readonly ProxyPoints[],
  options: TimelineOptions = {},
): Timeline => {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const from = options.from ?? null;
  const to = options.to ?? null;
  const all = principalLine(actor, own, proxies, windowDays);
  const shown = pointsBetween(all, from, to) as LinePoint[];
  const lo = from === null ? -Infinity : startDayOf(from);
  const hi = to === null ? Infinity : endDayOf(to);
  const inRange = (date: IsoDate): boolean => {
    const day = dayOf(date);
    return day >= lo && day <= hi;
  };
  const last = shown[shown.length - 1];
  const endDay = to !== null ? endDayOf(to) : last ? dayOf(last.saidOn) : null;
  const window = endDay === null ? null : trailingWindow(all, endDay, windowDays);
  return {
    actor,
    topic,
    windowDays,
    points: shown,
    line: smoothedLine(all, options).filter((v) => inRange(v.date)),
    shifts: detectShifts(
      all.filter((p) => p.via === null),
      windowDays,
    ).filter((s) => inRange(s.toDate)),
    ambiguity: window ? ambiguityOf(window.points, window) : ambiguityOf([]),
    deniableSignals: shown.filter((p) => p.deniable !== null),
  };
};
