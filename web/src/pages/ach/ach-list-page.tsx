import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  createHypothesisSet,
  importAchz,
  listHypothesisSets,
  type HypothesisSet,
} from '../../api/ach-client.js';
import { ApiError, isApiError } from '../../api/client.js';
import { useRemote } from '../../api/use-remote.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { EmptyState, Loading } from '../../components/status.js';
import './ach.css';

const asApiError = (error: unknown): ApiError =>
  isApiError(error) ? error : new ApiError('CLIENT', String(error), 0);

/** A file the user chose: a PARC ACH .achz as it is, anything else as the JSON format. */
const importFile = async (file: File): Promise<HypothesisSet> => {
  if (file.name.toLowerCase().endsWith('.achz')) return importAchz(file);
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    throw new ApiError('CLIENT', `${file.name} is not JSON (nor a PARC ACH .achz file).`, 0);
  }
  return createHypothesisSet(data);
};

/** /ach — the hypothesis sets, a form to start one, and an import. */
export const AchListPage = () => {
  const sets = useRemote('ach-sets', listHypothesisSets);
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [question, setQuestion] = useState('');
  const [hypotheses, setHypotheses] = useState('');

  const open = (promise: Promise<HypothesisSet>) =>
    promise.then(
      (created) => navigate(`/ach/${created.id}`),
      (error: unknown) => setFailure(asApiError(error)),
    );

  const create = (event: FormEvent) => {
    event.preventDefault();
    const lines = hypotheses
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    void open(
      createHypothesisSet({
        question: question.trim(),
        hypotheses: lines.map((text, i) => ({ id: `H${i + 1}`, text })),
        evidence: [],
      }),
    );
  };

  return (
    <div className="page">
      <title>ACH — Telltale</title>
      <div className="page__header">
        <h1>Analysis of Competing Hypotheses</h1>
      </div>
      {failure && <ErrorBanner error={failure} />}
      {sets.status === 'loading' && <Loading what="hypothesis sets" />}
      {sets.status === 'failed' && <ErrorBanner error={sets.error} />}
      {sets.status === 'loaded' && sets.data.length === 0 && (
        <EmptyState>
          <p>No hypothesis sets yet: start one below, or import a file.</p>
        </EmptyState>
      )}
      {sets.status === 'loaded' && sets.data.length > 0 && (
        <table className="data-table ach-sets-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col" className="col-number">
                Hypotheses
              </th>
              <th scope="col" className="col-number">
                Evidence
              </th>
              <th scope="col" className="col-number">
                Analysts
              </th>
              <th scope="col" className="col-number">
                Rating changes
              </th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {sets.data.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link to={`/ach/${s.id}`} className="source-title">
                    {s.question || s.id}
                  </Link>
                </th>
                <td className="col-number">{s.hypotheses}</td>
                <td className="col-number">{s.evidence}</td>
                <td className="col-number">{s.analysts}</td>
                <td className="col-number">{s.ratingEvents}</td>
                <td className="col-date">{s.createdAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="ach-forms">
        <form className="filters ach-form" onSubmit={create} aria-label="New hypothesis set">
          <h2 className="ach-form__title">New hypothesis set</h2>
          <div className="field field--wide">
            <label htmlFor="new-set-question">Question</label>
            <input
              id="new-set-question"
              value={question}
              required
              onChange={(e) => setQuestion(e.target.value)}
            />
          </div>
          <div className="field field--wide">
            <label htmlFor="new-set-hypotheses">Hypotheses, one a line</label>
            <textarea
              id="new-set-hypotheses"
              rows={3}
              value={hypotheses}
              onChange={(e) => setHypotheses(e.target.value)}
            />
          </div>
          <button type="submit">Create</button>
        </form>
        <div className="filters ach-form">
          <h2 className="ach-form__title">Import</h2>
          <div className="field field--wide">
            <label htmlFor="import-set">
              A hypothesis set file (JSON) or a PARC ACH .achz file
            </label>
            <input
              id="import-set"
              type="file"
              accept=".json,.achz,application/json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void open(importFile(file));
              }}
            />
          </div>
        </div>
      </div>
    </div>
  );
};
