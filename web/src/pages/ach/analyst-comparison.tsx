import { compareAnalyst, type HypothesisSet } from '../../api/ach-client.js';
import { useRemote } from '../../api/use-remote.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { figure, signed } from './rating-format.js';

const LABEL: Readonly<Record<string, string>> = {
  '2': 'CC',
  '1': 'C',
  '0': 'N',
  '-1': 'I',
  '-2': 'II',
};

/** One analyst against the mean of the others, cell by cell, the largest differences first. */
export const AnalystComparison = ({
  set,
  analyst,
  version,
}: {
  readonly set: HypothesisSet;
  readonly analyst: string;
  readonly version: number;
}) => {
  const cells = useRemote(`ach-compare:${set.id}:${analyst}:${version}`, (signal) =>
    compareAnalyst(set.id, analyst, signal),
  );
  if (cells.status === 'failed') return <ErrorBanner error={cells.error} />;
  const data = cells.status === 'loaded' ? cells.data : cells.previous;
  if (!data) return null;
  const compared = data
    .filter((c) => c.difference !== null)
    .sort((a, b) => Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0));
  return (
    <section className="ach-section" aria-label="Analyst against the group">
      <h2>{analyst} against the group</h2>
      {compared.length === 0 ? (
        <p className="muted">No cell that {analyst} and someone else both rated.</p>
      ) : (
        <table className="data-table comparison-table">
          <thead>
            <tr>
              <th scope="col">Cell</th>
              <th scope="col" className="col-number">
                {analyst}
              </th>
              <th scope="col" className="col-number">
                Others’ mean
              </th>
              <th scope="col" className="col-number">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {compared.map((c) => (
              <tr
                key={`${c.evidence}-${c.hypothesis}`}
                data-large={Math.abs(c.difference ?? 0) >= 2}
              >
                <th scope="row">
                  {c.evidence} × {c.hypothesis}
                </th>
                <td className="col-number">{LABEL[String(c.analystValue)] ?? c.analystValue}</td>
                <td className="col-number">{c.groupMean === null ? '—' : figure(c.groupMean)}</td>
                <td className="col-number">{c.difference === null ? '—' : signed(c.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted ach-section__note">
        On the scale CC = 2 … II = −2; cells {analyst} rated NA or alone are left out.
      </p>
    </section>
  );
};
