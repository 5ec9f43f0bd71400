import { useState } from 'react';
import { Link } from 'react-router';
import {
  readerHref,
  signedStance,
  type LinePoint,
  type LineValue,
  type Shift,
} from '../../api/signals-client.js';
import { ChartAxes } from '../forecast/chart-axes.js';
import { PALETTE, linearScale } from '../forecast/chart-scale.js';
import { LineSwatch } from '../forecast/line-swatch.js';

const WIDTH = 760;
const M = { top: 18, right: 24, bottom: 46, left: 118 };
const DAY = 86_400_000;
const RECENT = 365 * DAY;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STANCE_WORDS: Record<number, string> = {
  2: 'firmly open',
  1: 'open',
  0: 'neutral',
  [-1]: 'reluctant',
  [-2]: 'refuses',
};

export interface StanceSeries {
  readonly label: string;
  readonly points: readonly LinePoint[];
  readonly line: readonly LineValue[];
  readonly shifts?: readonly Shift[];
  readonly color?: string;
  /** Drawn dashed, e.g. a group's merged line. */
  readonly dashed?: boolean;
}

/** "2026", "2026-02" or "2026-02-07" as an instant: the start of the period. */
export const instantOf = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

const tickLabel = (t: number, span: number): string => {
  const d = new Date(t);
  if (span > 3 * 365 * DAY) return String(d.getUTCFullYear());
  if (span > 120 * DAY) return `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
};

/** Ticks on whole years, months or days, about `count` of them. */
const ticks = (t0: number, t1: number, count = 6): number[] => {
  const span = t1 - t0;
  const out: number[] = [];
  if (span > 3 * 365 * DAY) {
    const y0 = new Date(t0).getUTCFullYear() + 1;
    const y1 = new Date(t1).getUTCFullYear();
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / count));
    for (let y = y0; y <= y1; y += step) out.push(Date.UTC(y, 0, 1));
  } else if (span > 120 * DAY) {
    const s = new Date(t0);
    const months = Math.ceil(span / (30 * DAY));
    const step = Math.max(1, Math.ceil(months / count));
    for (let i = 1; ; i += step) {
      const t = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + i, 1);
      if (t > t1) break;
      out.push(t);
    }
  } else {
    const step = Math.max(1, Math.round(span / DAY / count)) * DAY;
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step) out.push(t);
  }
  return out;
};

const Marker = ({
  point,
  cx,
  cy,
  color,
}: {
  point: LinePoint;
  cx: number;
  cy: number;
  color: string;
}) => {
  const fill = point.direct ? color : '#fff';
  if (point.via !== null) {
    const r = 6.5;
    return (
      <path
        className="stance-point__marker"
        d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`}
        fill={fill}
        stroke={color}
        strokeWidth={2}
      />
    );
  }
  return (
    <circle
      className="stance-point__marker"
      cx={cx}
      cy={cy}
      r={5}
      fill={fill}
      stroke={color}
      strokeWidth={2}
    />
  );
};

const describe = (p: LinePoint): string =>
  `${p.speaker}${p.via !== null ? ' (proxy)' : ''}, ${p.saidOn}: ${signedStance(p.stance)} (${
    p.direct ? 'direct' : 'reported'
  }${p.hedged ? ', hedged' : ''}${p.conditional ? ', conditional' : ''}) — open in the reader`;

/**
 * Stances (−2 … +2) over time: one smoothed line per series, each statement a dot that links
 * to the reader (filled direct, hollow reported, a diamond when said by a proxy), shifts as a
 * dashed rule with an arrow between the two statements, and a legend.
 */
export const StanceChart = ({
  series,
  title,
  height = 300,
}: {
  readonly series: readonly StanceSeries[];
  readonly title: string;
  readonly height?: number;
}) => {
  const [allDates, setAllDates] = useState(false);
  const latest = Math.max(
    ...series.flatMap((s) => s.points.map((p) => instantOf(p.saidOn))),
    Number.NEGATIVE_INFINITY,
  );
  // By default the last year before the latest statement, so an old outlier does not squash it.
  const since = allDates ? Number.NEGATIVE_INFINITY : latest - RECENT;
  const older = series.reduce(
    (n, s) => n + s.points.filter((p) => instantOf(p.saidOn) < since).length,
    0,
  );
  series = series.map((s) => ({
    ...s,
    points: s.points.filter((p) => instantOf(p.saidOn) >= since),
    line: s.line.filter((v) => instantOf(v.date) >= since),
  }));
  // The axis spans the statements; the smoothed line is clipped to it.
  const times = series.flatMap((s) => s.points.map((p) => instantOf(p.saidOn)));
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const pad = Math.max(DAY * 3, (hi - lo) * 0.04);
  const t0 = lo - pad;
  const t1 = hi + pad;
  const x = linearScale(t0, t1, M.left, WIDTH - M.right);
  const y = linearScale(-2, 2, height - M.bottom, M.top);
  const colored = series.map((s, i) => ({
    ...s,
    color: s.color ?? PALETTE[i % PALETTE.length] ?? '#000',
  }));
  const anyProxy = series.some((s) => s.points.some((p) => p.via !== null));
  const anyShift = series.some((s) => (s.shifts ?? []).length > 0);

  return (
    <figure className="chart stance-chart">
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <defs>
          <marker
            id="shift-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 Z" fill="#c0392b" />
          </marker>
        </defs>
        <g className="chart__grid">
          {[-2, -1, 0, 1, 2].map((v) => (
            <g key={v}>
              <line
                x1={M.left}
                x2={WIDTH - M.right}
                y1={y(v)}
                y2={y(v)}
                strokeDasharray={v === 0 ? undefined : '2 3'}
              />
              <text className="chart__tick" x={M.left - 8} y={y(v)} dy="0.32em" textAnchor="end">
                {signedStance(v)} {STANCE_WORDS[v]}
              </text>
            </g>
          ))}
        </g>
        <ChartAxes
          width={WIDTH}
          height={height}
          margin={M}
          x={x}
          ticks={ticks(t0, t1)}
          tickLabel={(t) => tickLabel(t, t1 - t0)}
          xTitle="Date said"
          yTitle="Stance"
        />
        {colored.map((s) => {
          const byId = new Map(s.points.map((p) => [p.statementId, p]));
          return (
            <g key={s.label} className="chart__series" data-series={s.label}>
              {(s.shifts ?? []).map((shift) => {
                const from = byId.get(shift.fromStatementId);
                const to = byId.get(shift.toStatementId);
                const xt = x(instantOf(shift.toDate));
                return (
                  <g
                    key={`${shift.fromStatementId}-${shift.toStatementId}`}
                    className="stance-shift"
                  >
                    <title>{`Shift (${shift.kind}): ${shift.label}`}</title>
                    <line
                      x1={xt}
                      x2={xt}
                      y1={M.top}
                      y2={height - M.bottom}
                      stroke="#c0392b"
                      strokeDasharray="5 4"
                      strokeWidth={1.25}
                    />
                    {from && to && (
                      <line
                        x1={x(instantOf(from.saidOn))}
                        y1={y(from.stance)}
                        x2={x(instantOf(to.saidOn))}
                        y2={y(to.stance)}
                        stroke="#c0392b"
                        strokeWidth={1.5}
                        markerEnd="url(#shift-arrow)"
                      />
                    )}
                  </g>
                );
              })}
              {s.line.length > 0 && (
                <path
                  d={s.line
                    .filter((v) => instantOf(v.date) >= t0 && instantOf(v.date) <= t1)
                    .map(
                      (v, i) =>
                        `${i === 0 ? 'M' : 'L'}${x(instantOf(v.date)).toFixed(1)},${y(v.value).toFixed(1)}`,
                    )
                    .join(' ')}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={2.25}
                  strokeDasharray={s.dashed ? '7 4' : undefined}
                  opacity={0.85}
                />
              )}
              {s.points.map((p) => (
                <Link
                  key={p.statementId}
                  to={readerHref(p.sourceId, p.statementId)}
                  className="stance-point"
                  data-statement-id={p.statementId}
                  aria-label={describe(p)}
                >
                  <title>{describe(p)}</title>
                  <Marker point={p} cx={x(instantOf(p.saidOn))} cy={y(p.stance)} color={s.color} />
                </Link>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {(older > 0 || allDates) && (
          <p className="muted small stance-chart__range">
            {allDates
              ? 'All dates shown. '
              : `${older} earlier ${older === 1 ? 'statement is' : 'statements are'} not drawn (more than a year before the latest). `}
            <button
              type="button"
              className="button--small button--secondary"
              onClick={() => setAllDates(!allDates)}
            >
              {allDates ? 'Show the last year' : 'Show all dates'}
            </button>
          </p>
        )}
        <ul className="chart__legend stance-legend" aria-label={`Legend: ${title}`}>
          {colored.map((s) => (
            <li key={s.label}>
              <LineSwatch color={s.color} dashed={s.dashed} /> {s.label}
            </li>
          ))}
          <li>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="4.5" fill="#4a535b" />
            </svg>{' '}
            direct quotation
          </li>
          <li>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="4.5" fill="#fff" stroke="#4a535b" strokeWidth="1.8" />
            </svg>{' '}
            reported speech
          </li>
          {anyProxy && (
            <li>
              <svg width="14" height="14" aria-hidden="true">
                <path d="M7,1 L13,7 L7,13 L1,7 Z" fill="#fff" stroke="#4a535b" strokeWidth="1.8" />
              </svg>{' '}
              via a proxy
            </li>
          )}
          {anyShift && (
            <li>
              <svg width="26" height="12" aria-hidden="true">
                <line x1="4" x2="4" y1="0" y2="12" stroke="#c0392b" strokeDasharray="3 2" />
                <line x1="8" x2="24" y1="6" y2="6" stroke="#c0392b" strokeWidth="1.5" />
              </svg>{' '}
              shift
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
};
