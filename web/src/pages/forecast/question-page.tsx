import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  getAggregateOverTime,
  getCalibration,
  getQuestion,
  getQuestionScores,
  type Forecast,
  type Prediction,
  type Question,
} from '../../api/forecast-client.js';
import { useRemote, type Remote } from '../../api/use-remote.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { Loading } from '../../components/status.js';
import { StatementLink } from '../ach/evidence-label.js';
import { AggregateChart } from './aggregate-chart.js';
import { CalibrationPlot } from './calibration-plot.js';
import { longDate, percent } from './chart-scale.js';
import { ForecastForm } from './forecast-form.js';
import { ResolveActions } from './resolve-actions.js';
import './forecast.css';

const shown = <T,>(remote: Remote<T>): T | undefined =>
  remote.status === 'loaded'
    ? remote.data
    : remote.status === 'loading'
      ? remote.previous
      : undefined;

/** A prediction for reading: "70%", or "Oman 60% · Qatar 40%". */
export const formatPrediction = (p: Prediction | null | undefined): string => {
  if (p === null || p === undefined) return '—';
  if (typeof p === 'number') return percent(p);
  return Object.entries(p)
    .map(([option, q]) => `${option} ${percent(q)}`)
    .join(' · ');
};

const predictionOf = (f: Forecast): Prediction | undefined => f.p ?? f.probabilities;

const score = (x: number | null): string => (x === null ? '—' : x.toFixed(4));

const outcomeText = (q: Question): string => {
  if (q.annulled) return 'annulled';
  if (q.outcome === null) return 'not yet resolved';
  if (typeof q.outcome === 'boolean') return q.outcome ? 'yes' : 'no';
  return q.outcome;
};

const Links = ({ links }: { links: Forecast['links'] }) =>
  links && links.length > 0 ? (
    <ul className="rationale-links">
      {links.map((l, i) => (
        <li key={`${l.kind}-${l.id}-${i}`}>
          {l.kind === 'statement' ? (
            <StatementLink id={l.id} />
          ) : l.kind === 'source' ? (
            <Link to={`/sources/${encodeURIComponent(l.id)}`}>source {l.id}</Link>
          ) : (
            <span className="muted">
              {l.kind === 'evidence' ? 'ACH evidence' : l.kind} {l.id}
            </span>
          )}
        </li>
      ))}
    </ul>
  ) : null;

/** /forecasts/:id — a question, its aggregate over time, the analyst's forecast, scores and calibration. */
export const QuestionPage = () => {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const [version, setVersion] = useState(0);
  const [analyst, setAnalyst] = useState(params.get('analyst') ?? '');
  const [method, setMethod] = useState<'median' | 'geoMeanOdds'>('median');
  const detail = useRemote(`question:${id}:${version}`, (signal) => getQuestion(id, signal));
  const points = useRemote(`aggregate:${id}:${version}`, (signal) =>
    getAggregateOverTime(id, signal),
  );
  const scores = useRemote(`scores:${id}:${version}`, (signal) => getQuestionScores(id, signal));
  const calibration = useRemote(`calibration:${version}`, getCalibration);
  const changed = () => setVersion((v) => v + 1);

  const data = shown(detail);
  const question = data?.question;
  const forecasts = data?.forecasts ?? [];
  const own = forecasts.filter((f) => f.analyst === analyst.trim());
  const latestOwn = own.at(-1);
  const analysts = new Set(forecasts.map((f) => f.analyst));
  const calibrated = (shown(calibration) ?? []).filter((c) => analysts.has(c.analyst));
  const aggregate = shown(scores)?.aggregate;

  return (
    <div className="page question-page">
      <title>
        {question
          ? `${question.title || question.id} — Forecasts — Telltale`
          : 'Forecasts — Telltale'}
      </title>
      <p className="eyebrow">
        <Link to="/forecasts">Forecasts</Link>
      </p>
      {detail.status === 'failed' && <ErrorBanner error={detail.error} />}
      {detail.status === 'loading' && !data && <Loading what="the question" />}
      {question && (
        <>
          <header className="question-header">
            <h1>{question.title || question.id}</h1>
            <span className={`status-badge status-badge--${question.status}`}>
              {question.status}
            </span>
          </header>
          <dl className="question-facts">
            <div>
              <dt>Kind</dt>
              <dd>
                {question.type === 'binary'
                  ? 'yes or no'
                  : `one of ${(question.options ?? []).join(', ')}`}
              </dd>
            </div>
            <div>
              <dt>Opens</dt>
              <dd>{longDate(question.opens)}</dd>
            </div>
            <div>
              <dt>Closes</dt>
              <dd>{longDate(question.closes)}</dd>
            </div>
            <div>
              <dt>Outcome</dt>
              <dd className="question-outcome">
                {outcomeText(question)}
                {question.resolvedAt && (
                  <span className="muted"> ({longDate(question.resolvedAt)})</span>
                )}
              </dd>
            </div>
          </dl>
          {question.resolutionCriteria && (
            <p className="question-criteria">
              <strong>Resolves by:</strong> {question.resolutionCriteria}
            </p>
          )}
          {(question.status === 'open' ||
            question.status === 'closed' ||
            question.status === 'upcoming') && (
            <ResolveActions question={question} onDone={changed} />
          )}

          <section className="forecast-section" aria-label="Aggregate over time">
            <div className="forecast-section__head">
              <h2>The group’s forecast over time</h2>
              {question.type === 'multiple_choice' && (
                <div className="field">
                  <label htmlFor="aggregate-method">Aggregate</label>
                  <select
                    id="aggregate-method"
                    value={method}
                    onChange={(e) => setMethod(e.target.value as 'median' | 'geoMeanOdds')}
                  >
                    <option value="median">median</option>
                    <option value="geoMeanOdds">geometric mean of odds</option>
                  </select>
                </div>
              )}
            </div>
            {points.status === 'failed' && <ErrorBanner error={points.error} />}
            {(shown(points)?.length ?? 0) === 0 ? (
              <p className="muted">No forecast yet.</p>
            ) : (
              <AggregateChart question={question} points={shown(points) ?? []} method={method} />
            )}
            {aggregate && (
              <p className="aggregate-now">
                At the close, over each analyst’s latest forecast: median{' '}
                <strong>{formatPrediction(aggregate.median)}</strong>, geometric mean of odds{' '}
                <strong>{formatPrediction(aggregate.geoMeanOdds)}</strong>.
              </p>
            )}
          </section>

          <div className="forecast-columns">
            <section className="forecast-section" aria-label="Your forecast">
              <h2>Your forecast</h2>
              {analyst.trim() && (
                <p className="own-latest">
                  {latestOwn
                    ? `${analyst.trim()}’s latest: ${formatPrediction(predictionOf(latestOwn))} on ${longDate(latestOwn.at)} (${own.length} forecast${own.length === 1 ? '' : 's'})`
                    : `${analyst.trim()} has not forecast this question yet.`}
                </p>
              )}
              {question.status === 'open' ? (
                <ForecastForm
                  question={question}
                  analyst={analyst}
                  onAnalyst={setAnalyst}
                  onAdded={changed}
                />
              ) : (
                <p className="muted">
                  This question is {question.status}: it takes no more forecasts.
                </p>
              )}
            </section>
            <section className="forecast-section" aria-label="Scores">
              <h2>Scores</h2>
              {question.status !== 'resolved' ? (
                <p className="muted">
                  {question.status === 'annulled'
                    ? 'Annulled: not scored.'
                    : 'Scored once resolved: Brier, log and time-averaged Brier, on each analyst’s latest forecast at the close.'}
                </p>
              ) : (
                <table className="data-table scores-table">
                  <thead>
                    <tr>
                      <th scope="col">Analyst</th>
                      <th
                        scope="col"
                        className="col-number"
                        title="0 best; 1 worst (binary), 2 (multiple choice)"
                      >
                        Brier
                      </th>
                      <th
                        scope="col"
                        className="col-number"
                        title="ln of the probability given to the outcome; 0 best"
                      >
                        Log
                      </th>
                      <th
                        scope="col"
                        className="col-number"
                        title="Brier score averaged over the time each forecast held"
                      >
                        Time-avg Brier
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {(shown(scores)?.analysts ?? []).map((a) => (
                      <tr key={a.analyst}>
                        <th scope="row">{a.analyst}</th>
                        <td className="col-number">{score(a.brier)}</td>
                        <td className="col-number">{score(a.log)}</td>
                        <td className="col-number">{score(a.timeAveragedBrier)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>

          <section className="forecast-section" aria-label="Forecasts">
            <h2>Forecasts ({forecasts.length})</h2>
            {forecasts.length === 0 ? (
              <p className="muted">No forecast yet.</p>
            ) : (
              <table className="data-table forecasts-table">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Analyst</th>
                    <th scope="col">Forecast</th>
                    <th scope="col">Rationale</th>
                  </tr>
                </thead>
                <tbody>
                  {[...forecasts].reverse().map((f, i) => (
                    <tr key={`${f.analyst}-${f.at}-${i}`}>
                      <td className="col-date">{longDate(f.at)}</td>
                      <td>{f.analyst}</td>
                      <td className="col-prediction">{formatPrediction(predictionOf(f))}</td>
                      <td>
                        {f.rationale ?? <span className="muted">—</span>}
                        <Links links={f.links} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section className="forecast-section" aria-label="Calibration">
            <h2>Calibration</h2>
            {calibrated.length === 0 ? (
              <p className="muted">
                No resolved question yet for these analysts: calibration needs outcomes.
              </p>
            ) : (
              <>
                <p className="muted">
                  Each analyst’s latest forecasts at the close on every resolved question, in ten
                  bins.
                </p>
                <CalibrationPlot analysts={calibrated} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
};
