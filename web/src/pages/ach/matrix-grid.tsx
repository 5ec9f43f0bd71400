import type { HypothesisSet, HypothesisSetScores, Rating } from '../../api/ach-client.js';
import { EvidenceLabel } from './evidence-label.js';
import { DISAGREEMENT_MEANING, RATING_MEANING, cellKey, figure } from './rating-format.js';

export type MatrixView = 'ratings' | 'disagreement';
export interface Cell {
  readonly evidence: string;
  readonly hypothesis: string;
}

interface MatrixGridProps {
  readonly set: HypothesisSet;
  readonly scores: HypothesisSetScores;
  readonly analyst: string;
  readonly view: MatrixView;
  readonly selected: Cell | null;
  readonly onSelect: (cell: Cell) => void;
}

/**
 * The ACH matrix: evidence down, hypotheses across. In the ratings view each cell shows the
 * chosen analyst's rating, coloured; in the disagreement view, how far the analysts disagree.
 * Scores run along the foot, diagnosticity and sensitivity down the right.
 */
export const MatrixGrid = ({ set, scores, analyst, view, selected, onSelect }: MatrixGridProps) => {
  const own = new Map<string, Rating>(
    set.ratings
      .filter((r) => r.analyst === analyst)
      .map((r) => [cellKey(r.evidence, r.hypothesis), r]),
  );
  const disagreement = new Map(scores.cells.map((c) => [cellKey(c.evidence, c.hypothesis), c]));
  const diagnosticity = new Map(scores.evidence.map((e) => [e.id, e.diagnosticity]));
  const maxDiagnosticity = Math.max(2, ...scores.evidence.map((e) => e.diagnosticity));
  const sensitive = new Map(scores.sensitivity.map((s) => [s.evidence, s.changesTop]));
  const ranked = new Map(scores.hypotheses.map((h) => [h.id, h]));
  const probability = new Map(scores.probabilities.map((p) => [p.hypothesis, p.p]));

  const cellContent = (evidence: string, hypothesis: string) => {
    const key = cellKey(evidence, hypothesis);
    if (view === 'disagreement') {
      const d = disagreement.get(key);
      if (!d)
        return { className: 'cell cell--empty', label: '—', title: 'no rating other than NA' };
      return {
        className: `cell level--${d.level}`,
        label: figure(d.disagreement),
        title: `disagreement ${figure(d.disagreement)}: ${DISAGREEMENT_MEANING[d.level]}`,
      };
    }
    const rating = own.get(key);
    if (!rating)
      return {
        className: 'cell cell--empty',
        label: '·',
        title: `${analyst} has not rated this cell`,
      };
    return {
      className: `cell rating--${rating.value}`,
      label: rating.value,
      title: `${analyst}: ${RATING_MEANING[rating.value]}${rating.note ? ` — ${rating.note}` : ''}`,
    };
  };

  return (
    <div className="matrix-scroll">
      <table className="ach-matrix" data-view={view}>
        <thead>
          <tr>
            <th scope="col" className="ach-matrix__corner">
              Evidence
            </th>
            {set.hypotheses.map((h) => (
              <th key={h.id} scope="col" className="ach-matrix__hypothesis" title={h.text}>
                <span className="hypothesis-id">{h.id}</span>
                <span className="hypothesis-text">{h.text}</span>
              </th>
            ))}
            <th
              scope="col"
              className="col-number"
              title="how well the evidence tells the hypotheses apart"
            >
              Diagnosticity
            </th>
            <th
              scope="col"
              title="does leaving this evidence out change the top-ranked hypothesis?"
            >
              Sensitive
            </th>
          </tr>
        </thead>
        <tbody>
          {set.evidence.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="ach-matrix__evidence">
                <EvidenceLabel evidence={e} />
              </th>
              {set.hypotheses.map((h) => {
                const content = cellContent(e.id, h.id);
                const isSelected = selected?.evidence === e.id && selected.hypothesis === h.id;
                return (
                  <td key={h.id} className="ach-matrix__cell">
                    <button
                      type="button"
                      className={content.className}
                      data-evidence={e.id}
                      data-hypothesis={h.id}
                      aria-pressed={isSelected}
                      aria-label={`${e.id} × ${h.id}: ${content.label}`}
                      title={content.title}
                      onClick={() => onSelect({ evidence: e.id, hypothesis: h.id })}
                    >
                      {content.label}
                    </button>
                  </td>
                );
              })}
              <td className="col-number diagnosticity">
                <span className="diagnosticity__value">{figure(diagnosticity.get(e.id) ?? 0)}</span>
                <span className="diagnosticity__track" aria-hidden="true">
                  <span
                    className="diagnosticity__bar"
                    style={{
                      width: `${((diagnosticity.get(e.id) ?? 0) / maxDiagnosticity) * 100}%`,
                    }}
                  />
                </span>
              </td>
              <td className="sensitivity-flag">
                {sensitive.get(e.id) ? (
                  <span className="badge badge--sensitive">changes top</span>
                ) : (
                  <span className="muted" title="leaving it out keeps the same top hypothesis">
                    —
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="score-row">
            <th scope="row">Inconsistency</th>
            {set.hypotheses.map((h) => (
              <td key={h.id} className="col-number">
                {figure(ranked.get(h.id)?.inconsistency ?? 0)}
              </td>
            ))}
            <td colSpan={2} className="muted score-row__note">
              Σ mean inconsistency points (I = 1, II = 2)
            </td>
          </tr>
          <tr className="score-row">
            <th scope="row">Weighted</th>
            {set.hypotheses.map((h) => (
              <td key={h.id} className="col-number">
                {figure(ranked.get(h.id)?.weighted ?? 0)}
              </td>
            ))}
            <td colSpan={2} className="muted score-row__note">
              × credibility × relevance; lower is more likely
            </td>
          </tr>
          <tr className="score-row score-row--rank">
            <th scope="row">Rank</th>
            {set.hypotheses.map((h) => {
              const rank = ranked.get(h.id)?.rank;
              return (
                <td
                  key={h.id}
                  className={`col-number${rank === 1 ? ' is-top' : ''}`}
                  data-hypothesis={h.id}
                >
                  {rank ?? '—'}
                </td>
              );
            })}
            <td colSpan={2} />
          </tr>
          {scores.probabilities.length > 0 && (
            <tr className="score-row">
              <th scope="row">Probability</th>
              {set.hypotheses.map((h) => (
                <td key={h.id} className="col-number">
                  {probability.has(h.id)
                    ? `${Math.round((probability.get(h.id) ?? 0) * 100)}%`
                    : '—'}
                </td>
              ))}
              <td colSpan={2} className="muted score-row__note">
                normalised per analyst, then averaged
              </td>
            </tr>
          )}
        </tfoot>
      </table>
    </div>
  );
};
