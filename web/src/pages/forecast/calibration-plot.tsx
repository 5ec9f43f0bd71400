import type { AnalystCalibration } from '../../api/forecast-client.js';
import { PALETTE, linearScale, percent } from './chart-scale.js';

const SIZE = 340;
const M = { top: 14, right: 14, bottom: 46, left: 52 };

/**
 * Calibration as an SVG plot: for each analyst and each bin with forecasts, the mean forecast
 * against how often the event happened, the dot's area following the count. A calibrated
 * forecaster's dots lie on the diagonal.
 */
export const CalibrationPlot = ({
  analysts,
}: {
  readonly analysts: readonly AnalystCalibration[];
}) => {
  const x = linearScale(0, 1, M.left, SIZE - M.right);
  const y = linearScale(0, 1, SIZE - M.bottom, M.top);
  const maxCount = Math.max(1, ...analysts.flatMap((a) => a.bins.map((b) => b.count)));
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  return (
    <figure className="chart chart--square">
      <svg
        className="chart__svg calibration-plot"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label="Calibration: forecast probability against observed frequency"
      >
        <g className="chart__grid">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={M.left} x2={SIZE - M.right} y1={y(t)} y2={y(t)} />
              <line x1={x(t)} x2={x(t)} y1={M.top} y2={SIZE - M.bottom} />
              <text className="chart__tick" x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                {percent(t)}
              </text>
              <text className="chart__tick" x={x(t)} y={SIZE - M.bottom + 16} textAnchor="middle">
                {percent(t)}
              </text>
            </g>
          ))}
        </g>
        <line
          className="chart__axis"
          x1={M.left}
          x2={SIZE - M.right}
          y1={SIZE - M.bottom}
          y2={SIZE - M.bottom}
        />
        <line className="chart__axis" x1={M.left} x2={M.left} y1={M.top} y2={SIZE - M.bottom} />
        <line className="chart__diagonal" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
        <text
          className="chart__label"
          x={(M.left + SIZE - M.right) / 2}
          y={SIZE - 8}
          textAnchor="middle"
        >
          Forecast probability
        </text>
        <text
          className="chart__label"
          transform={`translate(14 ${(M.top + SIZE - M.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Observed frequency
        </text>
        {analysts.map((a, i) => {
          const color = PALETTE[i % PALETTE.length] ?? '#000';
          const filled = a.bins.filter(
            (b) => b.count > 0 && b.meanForecast !== null && b.observedFrequency !== null,
          );
          return (
            <g key={a.analyst} className="chart__series" data-series={a.analyst}>
              <polyline
                fill="none"
                stroke={color}
                strokeOpacity={0.5}
                strokeWidth={1.5}
                points={filled
                  .map((b) => `${x(b.meanForecast ?? 0)},${y(b.observedFrequency ?? 0)}`)
                  .join(' ')}
              />
              {filled.map((b) => (
                <circle
                  key={b.lower}
                  cx={x(b.meanForecast ?? 0)}
                  cy={y(b.observedFrequency ?? 0)}
                  r={3 + 6 * Math.sqrt(b.count / maxCount)}
                  fill={color}
                  fillOpacity={0.75}
                  stroke="#fff"
                >
                  <title>{`${a.analyst}: ${b.count} forecast${b.count === 1 ? '' : 's'} in ${percent(b.lower)}–${percent(b.upper)}, mean ${percent(b.meanForecast ?? 0)}, happened ${percent(b.observedFrequency ?? 0)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart__legend" aria-label="Legend of the calibration plot">
          {analysts.map((a, i) => (
            <li key={a.analyst}>
              <svg width="12" height="12" aria-hidden="true">
                <circle cx="6" cy="6" r="5" fill={PALETTE[i % PALETTE.length]} />
              </svg>{' '}
              {a.analyst}
            </li>
          ))}
          <li>
            <svg width="26" height="10" aria-hidden="true">
              <line className="chart__diagonal" x1="1" x2="25" y1="5" y2="5" />
            </svg>{' '}
            perfect calibration
          </li>
        </ul>
      </figcaption>
    </figure>
  );
};
