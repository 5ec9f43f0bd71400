import type { AggregatePoint, Prediction, Question } from '../../api/forecast-client.js';
import { ChartAxes } from './chart-axes.js';
import { PALETTE, linearScale, percent, shortDate, timeTicks } from './chart-scale.js';
import { LineSwatch } from './line-swatch.js';

const WIDTH = 720;
const HEIGHT = 300;
const M = { top: 16, right: 20, bottom: 44, left: 52 };

type Method = 'median' | 'geoMeanOdds';

interface Series {
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
  readonly points: ReadonlyArray<{ t: number; p: number }>;
}

const component = (prediction: Prediction | null, option: string | null): number | null => {
  if (prediction === null) return null;
  if (typeof prediction === 'number') return prediction;
  return option === null ? null : (prediction[option] ?? 0);
};

/** The series to draw: median and geometric mean for a binary question; one per option otherwise. */
const seriesOf = (
  question: Question,
  points: readonly AggregatePoint[],
  method: Method,
): Series[] => {
  const line = (
    label: string,
    color: string,
    dashed: boolean,
    pick: (a: AggregatePoint) => number | null,
  ) => ({
    label,
    color,
    dashed,
    points: points.flatMap((a) => {
      const p = pick(a);
      return p === null ? [] : [{ t: Date.parse(a.at), p }];
    }),
  });
  if (question.type === 'binary') {
    return [
      line('Median', PALETTE[0] ?? '#000', false, (a) => component(a.median, null)),
      line('Geometric mean of odds', PALETTE[1] ?? '#000', true, (a) =>
        component(a.geoMeanOdds, null),
      ),
    ];
  }
  return (question.options ?? []).map((option, i) =>
    line(option, PALETTE[i % PALETTE.length] ?? '#000', false, (a) => component(a[method], option)),
  );
};

/** A step path: each value holds until the next, the last until `end`. */
const stepPath = (
  points: ReadonlyArray<{ t: number; p: number }>,
  x: (t: number) => number,
  y: (p: number) => number,
  end: number,
): string =>
  points
    .map((pt, i) => {
      const next = points[i + 1]?.t ?? end;
      return `${i === 0 ? 'M' : 'L'}${x(pt.t).toFixed(1)},${y(pt.p).toFixed(1)} H${x(next).toFixed(1)}`;
    })
    .join(' ');

/**
 * The aggregate over time as an SVG line chart: probability (0–100%) against date, a dashed
 * rule at the close, and a legend. Each aggregate holds until the next forecast changes it.
 */
export const AggregateChart = ({
  question,
  points,
  method = 'median',
}: {
  readonly question: Question;
  readonly points: readonly AggregatePoint[];
  readonly method?: Method;
}) => {
  const opens = Date.parse(question.opens);
  const closes = Date.parse(question.closes);
  const times = points.map((p) => Date.parse(p.at));
  const t0 = Math.min(opens, ...times);
  const t1 = Math.max(closes, ...times);
  const x = linearScale(t0, t1, M.left, WIDTH - M.right);
  const y = linearScale(0, 1, HEIGHT - M.bottom, M.top);
  const series = seriesOf(question, points, method);
  const withTime = t1 - t0 < 3 * 86_400_000;
  const methodLabel = method === 'median' ? 'median' : 'geometric mean of odds';

  return (
    <figure className="chart">
      <svg
        className="chart__svg aggregate-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`The aggregate forecast over time${question.type === 'binary' ? '' : ` (${methodLabel})`}`}
      >
        <g className="chart__grid">
          {[0, 0.25, 0.5, 0.75, 1].map((p) => (
            <g key={p}>
              <line x1={M.left} x2={WIDTH - M.right} y1={y(p)} y2={y(p)} />
              <text className="chart__tick" x={M.left - 8} y={y(p)} dy="0.32em" textAnchor="end">
                {percent(p)}
              </text>
            </g>
          ))}
        </g>
        <ChartAxes
          width={WIDTH}
          height={HEIGHT}
          margin={M}
          x={x}
          ticks={timeTicks(t0, t1)}
          tickLabel={(t) => shortDate(t, withTime)}
          xTitle="Date (UTC)"
          yTitle={question.type === 'binary' ? 'Probability of yes' : 'Probability'}
        />
        <g className="chart__close">
          <line x1={x(closes)} x2={x(closes)} y1={M.top} y2={HEIGHT - M.bottom} />
          <text x={x(closes) - 4} y={M.top + 10} textAnchor="end">
            closes
          </text>
        </g>
        {series.map((s) => (
          <g key={s.label} className="chart__series" data-series={s.label}>
            <path
              d={stepPath(s.points, x, y, Math.max(t1, closes))}
              fill="none"
              stroke={s.color}
              strokeWidth={2.25}
              strokeDasharray={s.dashed ? '6 4' : undefined}
            />
            {s.points.map((pt, i) => (
              <circle key={i} cx={x(pt.t)} cy={y(pt.p)} r={3.2} fill={s.color}>
                <title>{`${s.label}: ${percent(pt.p)} on ${shortDate(pt.t, true)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="chart__legend" aria-label="Legend of the aggregate chart">
          {series.map((s) => (
            <li key={s.label}>
              <LineSwatch color={s.color} dashed={s.dashed} /> {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
};
