/** The space around a chart's plot, in SVG units, for its ticks and titles. */
export interface ChartMargin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The axes of a chart over time: along the bottom a rule with a tick and a label at each of
 * `ticks` and the title; on the left a rule and the title, turned upright. The value ticks are
 * the chart's own, drawn with its grid.
 */
export const ChartAxes = ({
  width,
  height,
  margin: M,
  x,
  ticks,
  tickLabel,
  xTitle,
  yTitle,
}: {
  /** The size of the SVG's viewBox. */
  readonly width: number;
  readonly height: number;
  readonly margin: ChartMargin;
  /** Where an instant (ms since the epoch) falls on the x axis. */
  readonly x: (t: number) => number;
  readonly ticks: readonly number[];
  readonly tickLabel: (t: number) => string;
  readonly xTitle: string;
  readonly yTitle: string;
}) => {
  const bottom = height - M.bottom;
  return (
    <>
      <g className="chart__axis chart__axis--x">
        <line x1={M.left} x2={width - M.right} y1={bottom} y2={bottom} />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 5} />
            <text className="chart__tick" x={x(t)} y={bottom + 18} textAnchor="middle">
              {tickLabel(t)}
            </text>
          </g>
        ))}
        <text
          className="chart__label"
          x={(M.left + width - M.right) / 2}
          y={height - 6}
          textAnchor="middle"
        >
          {xTitle}
        </text>
      </g>
      <line className="chart__axis" x1={M.left} x2={M.left} y1={M.top} y2={bottom} />
      <text
        className="chart__label"
        transform={`translate(14 ${(M.top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yTitle}
      </text>
    </>
  );
};
