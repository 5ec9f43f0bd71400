import { useState } from 'react';
import {
  RATING_VALUES,
  getRatingHistory,
  rateCell,
  type HypothesisSet,
  type RatingValue,
} from '../../api/ach-client.js';
import { ApiError, isApiError } from '../../api/client.js';
import { useRemote } from '../../api/use-remote.js';
import { ErrorBanner } from '../../components/error-banner.js';
import type { Cell } from './matrix-grid.js';
import { RATING_MEANING, formatInstant } from './rating-format.js';

interface CellPanelProps {
  readonly set: HypothesisSet;
  readonly cell: Cell;
  readonly analyst: string;
  /** Bumped after every change, so that the history reloads. */
  readonly version: number;
  readonly onRated: () => void;
}

/** One cell: the analyst's rating to set (CC…NA, with a note), and every change made to it. */
export const CellPanel = ({ set, cell, analyst, version, onRated }: CellPanelProps) => {
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState<RatingValue | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const history = useRemote(
    `ach-history:${set.id}:${cell.evidence}:${cell.hypothesis}:${version}`,
    (signal) => getRatingHistory(set.id, cell, signal),
  );
  const current = set.ratings.find(
    (r) =>
      r.analyst === analyst && r.evidence === cell.evidence && r.hypothesis === cell.hypothesis,
  );
  const evidence = set.evidence.find((e) => e.id === cell.evidence);
  const hypothesis = set.hypotheses.find((h) => h.id === cell.hypothesis);

  const rate = (value: RatingValue) => {
    setSaving(value);
    setFailure(null);
    rateCell(set.id, { analyst, ...cell, value, ...(note.trim() ? { note: note.trim() } : {}) })
      .then(() => {
        setNote('');
        onRated();
      })
      .catch((error: unknown) =>
        setFailure(isApiError(error) ? error : new ApiError('CLIENT', String(error), 0)),
      )
      .finally(() => setSaving(null));
  };

  const events =
    history.status === 'loaded'
      ? history.data
      : history.status === 'loading'
        ? history.previous
        : undefined;

  return (
    <section className="cell-panel" aria-label="Selected cell">
      <h2 className="cell-panel__title">
        {cell.evidence} × {cell.hypothesis}
      </h2>
      <p className="cell-panel__context">
        <strong>{evidence?.text}</strong>
        <br />
        against <em>{hypothesis?.text}</em>
      </p>
      {analyst ? (
        <>
          <p className="cell-panel__who">
            Rating as <strong>{analyst}</strong>
            {current ? `: now ${current.value}` : ': not rated yet'}
          </p>
          <div
            className="rating-picker"
            role="group"
            aria-label={`Rate ${cell.evidence} × ${cell.hypothesis}`}
          >
            {RATING_VALUES.map((value) => (
              <button
                key={value}
                type="button"
                className={`rating-choice rating--${value}`}
                aria-pressed={current?.value === value}
                title={RATING_MEANING[value]}
                disabled={saving !== null}
                onClick={() => rate(value)}
              >
                {value}
              </button>
            ))}
          </div>
          <label htmlFor="rating-note" className="cell-panel__note-label">
            Note (optional, saved with the next rating)
          </label>
          <input id="rating-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </>
      ) : (
        <p className="muted">Choose or add an analyst to rate.</p>
      )}
      {failure && <ErrorBanner error={failure} />}
      <h3 className="cell-panel__subtitle">History</h3>
      {history.status === 'failed' && <ErrorBanner error={history.error} />}
      {events && events.length === 0 && <p className="muted">No rating yet.</p>}
      {events && events.length > 0 && (
        <ol className="rating-history">
          {[...events].reverse().map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <span className={`rating-chip rating--${e.value}`}>{e.value}</span>{' '}
              <strong>{e.analyst}</strong> <span className="muted">{formatInstant(e.at)}</span>
              {e.note && <span className="rating-history__note">{e.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
