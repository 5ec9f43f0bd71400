import type { Brand } from '../brand.js';
import { invalidInput } from '../errors.js';
import type { IsoDate } from '../partial-date.js';
import type { TopicId } from '../topic.js';
import { ambiguityOf, trailingWindow, type Ambiguity } from './ambiguity.js';
import { DEFAULT_WINDOW_DAYS } from './shifts.js';
import { dayOf, endDayOf } from './signal-date.js';
import { smoothedLine, type LineValue, type SmoothingOptions } from './smoothed-line.js';
import type { ActorRef } from './speaks-for.js';
import { sortPoints, weightedMeanStance, type StancePoint } from './stance-point.js';

export type GroupId = Brand<string, 'GroupId'>;

/** Actors an analyst groups together: "hardliners", "the government". */
export interface ActorGroup {
  readonly id: GroupId;
  readonly name: string;
  readonly description: string | null;
  readonly members: readonly ActorRef[];
  readonly createdAt: string;
}

/**
 * A group's name as typed, trimmed; throws InvalidInput when there is nothing to name it by.
 * @example groupNameFrom('  hardliners ') // 'hardliners'
 */
export const groupNameFrom = (name: string): string => {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(trimmed))
    throw invalidInput('give the group a name with a letter or digit, e.g. hardliners');
  if (trimmed.length > 100) throw invalidInput('a group name has at most 100 characters');
  return trimmed;
};

/** One member's share of a group's line. */
export interface MemberSummary {
  readonly actor: ActorRef;
  readonly statements: number;
  readonly meanStance: number | null;
}

/** A group's line on a topic: its members' statements merged, smoothed, and how split they are. */
export interface GroupLine {
  readonly group: string;
  readonly topic: TopicId;
  readonly points: readonly StancePoint[];
  readonly line: readonly LineValue[];
  readonly members: readonly MemberSummary[];
  /** Over the `windowDays` up to `asOf` (its last day) or the last statement: how split and hedged the group is then. */
  readonly ambiguity: Ambiguity;
}

/**
 * A group's line: every member's own statements on the topic, merged in date order (each keeps
 * its speaker), smoothed as one actor's would be, with each member's count and mean stance and
 * the ambiguity of the last window, where members saying opposite things shows as spread.
 * @example groupLine(hardliners, 'iran-us-negotiation', [{ actor: khatami, points }, { actor: raisi, points }])
 */
export const groupLine = (
  group: Pick<ActorGroup, 'name'>,
  topic: TopicId,
  members: ReadonlyArray<{ readonly actor: ActorRef; readonly points: readonly StancePoint[] }>,
  options: SmoothingOptions & { readonly windowDays?: number; readonly asOf?: IsoDate } = {},
): GroupLine => {
  const points = sortPoints(members.flatMap((m) => m.points.map((p) => ({ ...p, via: null }))));
  const last = points[points.length - 1];
  const endDay = options.asOf ? endDayOf(options.asOf) : last ? dayOf(last.saidOn) : 0;
  const window = trailingWindow(points, endDay, options.windowDays ?? DEFAULT_WINDOW_DAYS);
  return {
    group: group.name,
    topic,
    points,
    line: smoothedLine(points, options),
    members: members.map((m) => ({
      actor: m.actor,
      statements: m.points.length,
      meanStance: weightedMeanStance(m.points),
    })),
    ambiguity: ambiguityOf(window.points, last ? window : {}),
  };
};
