import type { ActorGroup, GroupLine } from '../../core/signals/actor-group.js';
import type { Ambiguity } from '../../core/signals/ambiguity.js';
import type { Shift } from '../../core/signals/shifts.js';
import type { LineValue } from '../../core/signals/smoothed-line.js';
import type { DeniableSignal, LinePoint, SpeaksFor } from '../../core/signals/speaks-for.js';
import type { StancePoint } from '../../core/signals/stance-point.js';
import type { ActorTimeline } from './signals-service.js';

/** Rounds a computed figure for presentation (3 decimals); the analytics keep full precision. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export interface DeniableView {
  readonly reason: DeniableSignal['reason'];
  readonly principalMean: number | null;
  readonly difference: number | null;
  readonly principalStatementIds: string[];
  readonly label: string;
}

/** A statement on a line, as the CLI's `--json` and the HTTP API present it. */
export interface PointView {
  readonly statementId: string;
  readonly saidOn: string;
  readonly stance: number;
  readonly confidence: number;
  readonly direct: boolean;
  /** The proxy's name when it came through one. */
  readonly via: string | null;
  readonly speaker: string;
  readonly speakerId: string;
  readonly sourceId: string;
  readonly hedged: boolean;
  readonly conditional: boolean;
  /** Set on a proxy's statement that departs from its principal, or where the principal was silent. */
  readonly deniable: DeniableView | null;
}

export interface ShiftView {
  readonly fromStatementId: string;
  readonly toStatementId: string;
  readonly fromStance: number;
  readonly toStance: number;
  readonly fromDate: string;
  readonly toDate: string;
  readonly kind: Shift['kind'];
  readonly days: number;
  readonly label: string;
}

export interface LineValueView {
  readonly date: string;
  readonly value: number;
  readonly weight: number;
}

export interface AmbiguityView {
  readonly index: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly spread: number;
  readonly hedgedOrConditionalShare: number;
  readonly meanStance: number | null;
  readonly statementCount: number;
  readonly drivers: Array<{
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

/** An actor's timeline: `{actor, topic, points, shifts, ambiguity}` and the detail behind them. */
export interface TimelineView {
  readonly actor: string;
  readonly actorId: string;
  readonly topic: string;
  readonly topicLabel: string;
  readonly windowDays: number;
  readonly points: PointView[];
  readonly shifts: ShiftView[];
  readonly ambiguity: number;
  readonly ambiguityDetail: AmbiguityView;
  readonly deniableSignals: Array<
    {
      readonly statementId: string;
      readonly saidOn: string;
      readonly via: string;
      readonly stance: number;
    } & DeniableView
  >;
  readonly line: LineValueView[];
  readonly undated: number;
  readonly unrated: number;
}

const deniableView = (d: DeniableSignal): DeniableView => ({
  reason: d.reason,
  principalMean: d.principalMean === null ? null : round3(d.principalMean),
  difference: d.difference === null ? null : round3(d.difference),
  principalStatementIds: [...d.principalStatementIds],
  label: d.label,
});

export const pointView = (
  p: StancePoint & { readonly deniable?: DeniableSignal | null },
): PointView => ({
  statementId: p.statementId,
  saidOn: p.saidOn,
  stance: p.stance,
  confidence: p.confidence,
  direct: p.direct,
  via: p.via,
  speaker: p.speaker,
  speakerId: p.speakerId,
  sourceId: p.sourceId,
  hedged: p.hedged,
  conditional: p.conditional,
  deniable: p.deniable ? deniableView(p.deniable) : null,
});

export const shiftView = (s: Shift): ShiftView => ({ ...s });

export const lineValueView = (v: LineValue): LineValueView => ({
  date: v.date,
  value: round3(v.value),
  weight: round3(v.weight),
});

export const ambiguityView = (a: Ambiguity): AmbiguityView => ({
  index: round3(a.index),
  from: a.from,
  to: a.to,
  spread: round3(a.spread),
  hedgedOrConditionalShare: round3(a.hedgedOrConditionalShare),
  meanStance: a.meanStance === null ? null : round3(a.meanStance),
  statementCount: a.statementCount,
  drivers: a.drivers.map((d) => ({
    ...d,
    deviation: round3(d.deviation),
    contribution: round3(d.contribution),
  })),
});

export const timelineView = (t: ActorTimeline): TimelineView => ({
  actor: t.actor.name,
  actorId: t.actor.id,
  topic: t.topic,
  topicLabel: t.topicLabel,
  windowDays: t.windowDays,
  points: t.points.map(pointView),
  shifts: t.shifts.map(shiftView),
  ambiguity: round3(t.ambiguity.index),
  ambiguityDetail: ambiguityView(t.ambiguity),
  deniableSignals: t.deniableSignals.flatMap((p: LinePoint) =>
    p.deniable && p.via
      ? [
          {
            statementId: p.statementId,
            saidOn: p.saidOn,
            via: p.via,
            stance: p.stance,
            ...deniableView(p.deniable),
          },
        ]
      : [],
  ),
  line: t.line.map(lineValueView),
  undated: t.undated,
  unrated: t.unrated,
});

export interface RelationView {
  readonly id: string;
  readonly kind: 'speaks_for';
  readonly proxy: string;
  readonly proxyId: string;
  readonly principal: string;
  readonly principalId: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly note: string | null;
  readonly createdAt: string;
}

export const relationView = (r: SpeaksFor): RelationView => ({
  id: r.id,
  kind: 'speaks_for',
  proxy: r.proxy.name,
  proxyId: r.proxy.id,
  principal: r.principal.name,
  principalId: r.principal.id,
  from: r.from,
  to: r.to,
  note: r.note,
  createdAt: r.createdAt,
});

export interface GroupView {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly members: Array<{ readonly id: string; readonly name: string }>;
  readonly createdAt: string;
}

export const groupView = (g: ActorGroup): GroupView => ({
  id: g.id,
  name: g.name,
  description: g.description,
  members: g.members.map((m) => ({ id: m.id, name: m.name })),
  createdAt: g.createdAt,
});

export interface GroupLineView {
  readonly group: string;
  readonly topic: string;
  readonly points: PointView[];
  readonly members: Array<{
    readonly actor: string;
    readonly actorId: string;
    readonly statements: number;
    readonly meanStance: number | null;
  }>;
  readonly ambiguity: number;
  readonly ambiguityDetail: AmbiguityView;
  readonly line: LineValueView[];
}

export const groupLineView = (g: GroupLine): GroupLineView => ({
  group: g.group,
  topic: g.topic,
  points: g.points.map(pointView),
  members: g.members.map((m) => ({
    actor: m.actor.name,
    actorId: m.actor.id,
    statements: m.statements,
    meanStance: m.meanStance === null ? null : round3(m.meanStance),
  })),
  ambiguity: round3(g.ambiguity.index),
  ambiguityDetail: ambiguityView(g.ambiguity),
  line: g.line.map(lineValueView),
});
