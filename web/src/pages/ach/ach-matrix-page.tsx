import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  RATING_VALUES,
  getHypothesisSet,
  getHypothesisSetScores,
  type HypothesisSet,
  type HypothesisSetScores,
} from '../../api/ach-client.js';
import { useRemote, type Remote } from '../../api/use-remote.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Loading } from '../../components/status.js';
import { AddItemsForms } from './add-items-forms.js';
import { AnalystComparison } from './analyst-comparison.js';
import { CellPanel } from './cell-panel.js';
import { MatrixGrid, type Cell, type MatrixView } from './matrix-grid.js';
import { ProbabilityForm } from './probability-form.js';
import { DISAGREEMENT_MEANING, RATING_MEANING } from './rating-format.js';
import { SensitivityPanel } from './sensitivity-panel.js';
import './ach.css';

/** The data to show: the latest answer, kept on screen while a newer one loads. */
const shown = <T,>(remote: Remote<T>): T | undefined =>
  remote.status === 'loaded'
    ? remote.data
    : remote.status === 'loading'
      ? remote.previous
      : undefined;

const Legend = ({ view }: { view: MatrixView }) => (
  <ul className="matrix-legend" aria-label="Legend">
    {view === 'ratings'
      ? RATING_VALUES.map((value) => (
          <li key={value}>
            <span className={`legend-swatch rating--${value}`}>{value}</span>{' '}
            {RATING_MEANING[value]}
          </li>
        ))
      : (['consensus', 'mild', 'large', 'extreme'] as const).map((level) => (
          <li key={level}>
            <span className={`legend-swatch level--${level}`} /> {DISAGREEMENT_MEANING[level]}
          </li>
        ))}
  </ul>
);

/** /ach/:id — the matrix of one hypothesis set, rated inline by the chosen analyst. */
export const AchMatrixPage = () => {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Cell | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const [newAnalyst, setNewAnalyst] = useState('');
  const setRemote = useRemote(`ach-set:${id}:${version}`, (signal) => getHypothesisSet(id, signal));
  const scoresRemote = useRemote(`ach-scores:${id}:${version}`, (signal) =>
    getHypothesisSetScores(id, signal),
  );
  const set: HypothesisSet | undefined = shown(setRemote);
  const scores: HypothesisSetScores | undefined = shown(scoresRemote);

  const analysts = [...new Set([...(set?.analysts ?? []), ...added])];
  const analyst = params.get('analyst') ?? analysts[0] ?? '';
  const view: MatrixView = params.get('view') === 'disagreement' ? 'disagreement' : 'ratings';
  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const changed = () => setVersion((v) => v + 1);

  const addAnalyst = (event: FormEvent) => {
    event.preventDefault();
    const name = newAnalyst.trim();
    if (!name) return;
    setAdded((list) => [...list, name]);
    setParam('analyst', name);
    setNewAnalyst('');
  };

  const failed =
    setRemote.status === 'failed'
      ? setRemote
      : scoresRemote.status === 'failed'
        ? scoresRemote
        : null;

  return (
    <div className="page ach-page">
      <title>{set ? `${set.question} — ACH — Telltale` : 'ACH — Telltale'}</title>
      <p className="eyebrow">
        <Link to="/ach">Analysis of Competing Hypotheses</Link>
      </p>
      {failed && <ErrorBanner error={failed.error} />}
      {!failed && (!set || !scores) && <Loading what="the matrix" />}
      {set && scores && (
        <>
          <div className="page__header">
            <h1 className="ach-question">{set.question || set.id}</h1>
          </div>
          <div className="ach-toolbar">
            <div className="field">
              <label htmlFor="ach-analyst">Rating as</label>
              <select
                id="ach-analyst"
                value={analyst}
                onChange={(e) => setParam('analyst', e.target.value)}
              >
                {analysts.length === 0 && <option value="">no analyst yet</option>}
                {analysts.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </div>
            <form className="field" onSubmit={addAnalyst}>
              <label htmlFor="ach-new-analyst">New analyst</label>
              <div className="field__row">
                <input
                  id="ach-new-analyst"
                  value={newAnalyst}
                  placeholder="name"
                  onChange={(e) => setNewAnalyst(e.target.value)}
                />
                <button type="submit" className="button--secondary">
                  Add
                </button>
              </div>
            </form>
            <div className="field">
              <span className="field__label" id="ach-view-label">
                Show
              </span>
              <div className="segmented" role="group" aria-labelledby="ach-view-label">
                <button
                  type="button"
                  aria-pressed={view === 'ratings'}
                  onClick={() => setParam('view', 'ratings')}
                >
                  {analyst ? `${analyst}’s ratings` : 'Ratings'}
                </button>
                <button
                  type="button"
                  aria-pressed={view === 'disagreement'}
                  onClick={() => setParam('view', 'disagreement')}
                >
                  Disagreement
                </button>
              </div>
            </div>
            <Legend view={view} />
          </div>
          <div className="ach-layout" aria-busy={setRemote.status === 'loading'}>
            <MatrixGrid
              set={set}
              scores={scores}
              analyst={analyst}
              view={view}
              selected={selected}
              onSelect={setSelected}
            />
            <aside className="ach-aside">
              {selected ? (
                <CellPanel
                  key={`${selected.evidence}-${selected.hypothesis}`}
                  set={set}
                  cell={selected}
                  analyst={analyst}
                  version={version}
                  onRated={changed}
                />
              ) : (
                <p className="cell-panel cell-panel--empty muted">
                  Click a cell to rate it as {analyst || 'an analyst'} and see its history.
                </p>
              )}
            </aside>
          </div>
          <div className="ach-sections">
            <SensitivityPanel set={set} scores={scores} />
            {analyst && set.analysts.includes(analyst) && (
              <AnalystComparison set={set} analyst={analyst} version={version} />
            )}
          </div>
          {analyst && (
            <section className="ach-section" aria-label="Probabilities">
              <h2>Probabilities</h2>
              <p className="muted ach-section__note">
                Each analyst’s probabilities are normalised to sum to 1, then averaged over analysts
                (the Probability row of the matrix).
              </p>
              <ProbabilityForm
                key={`${analyst}:${JSON.stringify(set.probabilities)}`}
                set={set}
                analyst={analyst}
                onSaved={changed}
              />
            </section>
          )}
          <AddItemsForms setId={set.id} onAdded={changed} />
          <p className="muted ach-export">
            <a
              href={`/api/ach/sets/${encodeURIComponent(set.id)}/export`}
              download={`${set.id}.json`}
            >
              Export as JSON
            </a>
          </p>
        </>
      )}
    </div>
  );
};
