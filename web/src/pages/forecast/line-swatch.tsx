/** A short stretch of a series' line, solid or dashed, to stand for it in a chart's legend. */
export const LineSwatch = ({
  color,
  dashed,
}: {
  readonly color: string;
  readonly dashed?: boolean;
}) => (
  <svg width="26" height="10" aria-hidden="true">
    <line
      x1="1"
      x2="25"
      y1="5"
      y2="5"
      stroke={color}
      strokeWidth="2.5"
      strokeDasharray={dashed ? '6 4' : undefined}
    />
  </svg>
);
