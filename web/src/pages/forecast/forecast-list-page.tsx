import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, isApiError } from '../../api/client.js';
import {
  createQuestion,
  getLeaderboard,
  listQuestions,
  type Question,
} from '../../api/forecast-client.js';
import { useRemote } from '../../api/use-remote.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { EmptyState, Loading } from '../../components/status.js';
import { longDate } from './chart-scale.js';
import './forecast.css';

/** A datetime-local value ("2026-11-21T12:00", the browser's time) as an ISO instant. */
const instantOf = (local: string): string => new Date(local).toISOString();

/** Now, or `days` from now, as a datetime-local value in the browser's time. */
const localInput = (days = 0): string => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

const outcome = (q: Question): string =>
  q.outcome === null ? '' : typeof q.outcome === 'boolean' ? (q.outcome ? 'yes' : 'no') : q.outcome;

/** /forecasts — the questions, a form to ask a new one, and the leaderboard. */
export const ForecastListPage = () => {
  const questions = useRemote('questions', listQuestions);
  const board = useRemote('leaderboard', getLeaderboard);
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState({
    type: 'binary' as Question['type'],
    title: '',
    resolutionCriteria: '',
    options: '',
    opens: localInput(),
    closes: localInput(30),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const options = draft.options
      .split(/\n|,/)
      .map((o) => o.trim())
      .filter(Boolean);
    createQuestion({
      type: draft.type,
      title: draft.title.trim(),
      resolutionCriteria: draft.resolutionCriteria.trim(),
      ...(draft.type === 'multiple_choice' ? { options } : {}),
      opens: instantOf(draft.opens),
      closes: instantOf(draft.closes),
    }).then(
      (q) => navigate(`/forecasts/${encodeURIComponent(q.id)}`),
      (error: unknown) =>
        setFailure(isApiError(error) ? error : new ApiError('CLIENT', String(error), 0)),
    );
  };

  return (
    <div className="page">
      <title>Forecasts — Telltale</title>
      <div className="page__header">
        <h1>Forecasts</h1>
      </div>
      {questions.status === 'loading' && <Loading what="questions" />}
      {questions.status === 'failed' && <ErrorBanner error={questions.error} />}
      {questions.status === 'loaded' && questions.data.length === 0 && (
        <EmptyState>
          <p>
            No questions yet: ask one below, or import a forecast file with `telltale forecast
            import`.
          </p>
        </EmptyState>
      )}
      {questions.status === 'loaded' && questions.data.length > 0 && (
        <table className="data-table questions-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Status</th>
              <th scope="col">Closes</th>
              <th scope="col">Outcome</th>
              <th scope="col" className="col-number">
                Forecasts
              </th>
              <th scope="col" className="col-number">
                Analysts
              </th>
            </tr>
          </thead>
          <tbody>
            {questions.data.map(({ question: q, forecasts, analysts }) => (
              <tr key={q.id}>
                <th scope="row">
                  <Link className="source-title" to={`/forecasts/${encodeURIComponent(q.id)}`}>
                    {q.title || q.id}
                  </Link>
                  <span className="question-kind">
                    {q.type === 'binary' ? 'yes / no' : (q.options ?? []).join(' / ')}
                  </span>
                </th>
                <td>
                  <span className={`status-badge status-badge--${q.status}`}>{q.status}</span>
                </td>
                <td className="col-date">{longDate(q.closes)}</td>
                <td>{outcome(q)}</td>
                <td className="col-number">{forecasts}</td>
                <td className="col-number">{analysts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="forecast-columns">
        <form className="forecast-section new-question" onSubmit={submit} aria-label="New question">
          <h2>Ask a question</h2>
          {failure && <ErrorBanner error={failure} />}
          <div className="field">
            <label htmlFor="q-title">Question</label>
            <input
              id="q-title"
              required
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="q-criteria">Resolution criteria</label>
            <textarea
              id="q-criteria"
              rows={2}
              value={draft.resolutionCriteria}
              onChange={(e) => setDraft({ ...draft, resolutionCriteria: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="q-type">Kind</label>
            <select
              id="q-type"
              value={draft.type}
              onChange={(e) => setDraft({ ...draft, type: e.target.value as Question['type'] })}
            >
              <option value="binary">yes or no</option>
              <option value="multiple_choice">multiple choice</option>
            </select>
          </div>
          <div className="forecast-form__row">
            <div className="field">
              <label htmlFor="q-opens">Opens</label>
              <input
                id="q-opens"
                type="datetime-local"
                required
                value={draft.opens}
                onChange={(e) => setDraft({ ...draft, opens: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="q-closes">Closes</label>
              <input
                id="q-closes"
                type="datetime-local"
                required
                value={draft.closes}
                onChange={(e) => setDraft({ ...draft, closes: e.target.value })}
              />
            </div>
          </div>
          {draft.type === 'multiple_choice' && (
            <div className="field">
              <label htmlFor="q-options">Options, one a line</label>
              <textarea
                id="q-options"
                rows={3}
                required
                value={draft.options}
                onChange={(e) => setDraft({ ...draft, options: e.target.value })}
              />
            </div>
          )}
          <button type="submit">Ask</button>
        </form>

        <section className="forecast-section" aria-label="Leaderboard">
          <h2>Leaderboard</h2>
          {board.status === 'failed' && <ErrorBanner error={board.error} />}
          {board.status === 'loaded' && board.data.length === 0 && (
            <p className="muted">No resolved question yet.</p>
          )}
          {board.status === 'loaded' && board.data.length > 0 && (
            <table className="data-table leaderboard-table">
              <thead>
                <tr>
                  <th scope="col" className="col-number">
                    Rank
                  </th>
                  <th scope="col">Analyst</th>
                  <th scope="col" className="col-number">
                    Mean Brier
                  </th>
                  <th scope="col" className="col-number">
                    Questions
                  </th>
                </tr>
              </thead>
              <tbody>
                {board.data.map((e) => (
                  <tr key={e.analyst}>
                    <td className="col-number">{e.rank}</td>
                    <th scope="row">{e.analyst}</th>
                    <td className="col-number">{e.meanBrier.toFixed(4)}</td>
                    <td className="col-number">{e.questions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted forecast-note">
            Mean Brier score of each analyst’s latest forecast at the close, over resolved
            questions; lower is better.
          </p>
        </section>
      </div>
    </div>
  );
};
