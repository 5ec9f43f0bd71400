import { useState } from 'react';

const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
import { Link, useSearchParams } from 'react-router';
import { ApiError, isApiError, listActors } from '../api/client.js';
import {
  getStatementStances,
  listReviewedStatements,
  listTopics,
  readerHref,
  reviewStatement,
  saveAnalyst,
  savedAnalyst,
  signedStance,
  type ReviewedStatement,
  type ReviewInput,
  type Topic,
} from '../api/signals-client.js';
import { useRemote } from '../api/use-remote.js';
import { DirectBadge } from '../components/direct-badge.js';
import { ErrorBanner } from '../components/error-banner.js';
import { EmptyState, Loading } from '../components/status.js';
import './signals/signals.css';

/** Statements fetched per page; the unreviewed among them are shown. */
const FETCH = 25;

const ReviewItem = ({
  statement,
  topics,
  analyst,
}: {
  statement: ReviewedStatement;
  topics: readonly Topic[];
  analyst: string;
}) => {
  const stances = useRemote(`stances:${statement.id}`, (signal) =>
    getStatementStances(statement.id, signal),
  );
  const [speaker, setSpeaker] = useState(statement.speaker ?? '');
  const [saidOn, setSaidOn] = useState(statement.saidOn ?? '');
  const [direct, setDirect] = useState(statement.direct);
  const [eventType, setEventType] = useState(statement.eventType ?? '');
  const [edited, setEdited] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<ReviewedStatement | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const current = saved ?? statement;
  const base = stances.status === 'loaded' ? stances.data : [];
  const shownTopics = [...new Set([...base.map((s) => s.topicId), ...Object.keys(edited)])];

  const send = async (input: Omit<ReviewInput, 'analyst'>) => {
    setError(null);
    if (analyst.trim() === '') {
      setError(
        new ApiError('CLIENT', 'Type your name as analyst at the top of the page first.', 0),
      );
      return;
    }
    try {
      setSaved(await reviewStatement(statement.id, { analyst: analyst.trim(), ...input }));
    } catch (e) {
      if (isApiError(e)) setError(e);
      else throw e;
    }
  };

  const correction = (): Omit<ReviewInput, 'analyst'> => ({
    ...(speaker.trim() !== (current.speaker ?? '') ? { speaker: speaker.trim() || null } : {}),
    ...(saidOn.trim() !== (current.saidOn ?? '') ? { saidOn: saidOn.trim() || null } : {}),
    ...(direct !== current.direct ? { direct } : {}),
    ...(eventType !== (current.eventType ?? '') ? { eventType: eventType || null } : {}),
    ...(Object.keys(edited).length > 0 ? { stances: edited } : {}),
  });

  const id = `review-${statement.id}`;
  return (
    <li className="review-item" data-statement-id={statement.id} aria-labelledby={`${id}-content`}>
      <blockquote id={`${id}-content`} className="review-item__content">
        {statement.content}
      </blockquote>
      <p className="small">
        <DirectBadge direct={current.direct} />{' '}
        <Link to={readerHref(statement.sourceId, statement.id)}>Open in the reader</Link>{' '}
        <span className="muted">{statement.id}</span>
      </p>
      <div className="review-item__fields">
        <label className="field">
          <span>Speaker</span>
          <input
            name="speaker"
            list="review-actors"
            value={speaker}
            onChange={(e) => setSpeaker(e.currentTarget.value)}
          />
        </label>
        <label className="field field--date">
          <span>Said on</span>
          <input
            name="saidOn"
            value={saidOn}
            placeholder="YYYY-MM-DD"
            onChange={(e) => setSaidOn(e.currentTarget.value)}
          />
        </label>
        <label className="field field--check">
          <span>Direct quotation</span>
          <input
            type="checkbox"
            name="direct"
            checked={direct}
            onChange={(e) => setDirect(e.currentTarget.checked)}
          />
        </label>
        <label className="field">
          <span>Act (PLOVER)</span>
          <select
            name="eventType"
            value={eventType}
            onChange={(e) => setEventType(e.currentTarget.value)}
          >
            <option value="">none</option>
            {PLOVER_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="review-item__stances">
          <legend>Stance by topic</legend>
          {shownTopics.length === 0 && <span className="muted small">no topic linked</span>}
          {shownTopics.map((topicId) => {
            const found = base.find((s) => s.topicId === topicId);
            const value = edited[topicId] ?? found?.stance ?? null;
            return (
              <label key={topicId} className="stance-input">
                <span>{topics.find((t) => t.id === topicId)?.label ?? topicId}</span>
                <select
                  name={`stance-${topicId}`}
                  value={value === null ? '' : String(value)}
                  onChange={(e) =>
                    setEdited({ ...edited, [topicId]: Number(e.currentTarget.value) })
                  }
                >
                  {value === null && <option value="">unrated</option>}
                  {[-2, -1, 0, 1, 2].map((v) => (
                    <option key={v} value={v}>
                      {signedStance(v)}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
          {topics.some((t) => !shownTopics.includes(t.id)) && (
            <select
              aria-label="Link a topic"
              value=""
              onChange={(e) => setEdited({ ...edited, [e.currentTarget.value]: 0 })}
            >
              <option value="">+ topic…</option>
              {topics
                .filter((t) => !shownTopics.includes(t.id))
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
            </select>
          )}
        </fieldset>
      </div>
      <div className="review-item__actions">
        <button type="button" onClick={() => void send({ verdict: 'confirmed', ...correction() })}>
          Confirm
        </button>
        <button
          type="button"
          className="button--danger"
          onClick={() => void send({ verdict: 'rejected' })}
        >
          Reject
        </button>
        <button type="button" className="button--secondary" onClick={() => void send(correction())}>
          Save correction
        </button>
      </div>
      {error && <ErrorBanner error={error} />}
      {saved && (
        <div className="review-item__saved" role="status">
          <strong>Saved.</strong> Verdict: {saved.verdict ?? 'none'} · speaker:{' '}
          {saved.speaker ?? 'unnamed'} · said on {saved.saidOn ?? 'unknown'} ·{' '}
          {saved.direct ? 'direct' : 'reported'}
          <ul className="plain-list small">
            {saved.reviews.map((r, i) => (
              <li key={`${r.at}-${i}`}>
                {r.field}: {r.oldValue ?? '∅'} → {r.newValue ?? '∅'}{' '}
                <span className="muted">
                  by {r.analyst}, {r.at}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
};

/** /review — statements no analyst has judged yet, to confirm, reject or correct. */
export const ReviewPage = () => {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [analyst, setAnalyst] = useState(savedAnalyst);
  const statements = useRemote(`review:${page}`, (signal) =>
    listReviewedStatements({ limit: FETCH, offset: (page - 1) * FETCH }, signal),
  );
  const actors = useRemote('actors', listActors);
  const topics = useRemote('topics', listTopics);
  const pending =
    statements.status === 'loaded' ? statements.data.filter((s) => s.verdict === null) : [];

  return (
    <div className="page">
      <title>Review — Telltale</title>
      <div className="page__header">
        <h1>Review queue</h1>
        <label className="field analyst-field">
          <span>Analyst</span>
          <input
            name="analyst"
            value={analyst}
            placeholder="your name"
            onChange={(e) => {
              setAnalyst(e.currentTarget.value);
              saveAnalyst(e.currentTarget.value);
            }}
          />
        </label>
      </div>
      <datalist id="review-actors">
        {actors.status === 'loaded' &&
          actors.data.map((a) => <option key={a.id} value={a.canonicalName} />)}
      </datalist>
      {statements.status === 'loading' && <Loading what="statements" />}
      {statements.status === 'failed' && <ErrorBanner error={statements.error} />}
      {statements.status === 'loaded' && (
        <>
          <p className="result-count">
            Statements {(page - 1) * FETCH + 1}–{(page - 1) * FETCH + statements.data.length}:{' '}
            {pending.length} not yet reviewed
          </p>
          {pending.length === 0 ? (
            <EmptyState>
              <p>Every statement on this page has been reviewed.</p>
            </EmptyState>
          ) : (
            <ol className="plain-list review-list">
              {pending.map((s) => (
                <ReviewItem
                  key={s.id}
                  statement={s}
                  analyst={analyst}
                  topics={topics.status === 'loaded' ? topics.data : []}
                />
              ))}
            </ol>
          )}
          <div className="pager__buttons">
            <button
              type="button"
              disabled={page <= 1}
              onClick={() => setParams({ page: String(page - 1) })}
            >
              Previous
            </button>{' '}
            <button
              type="button"
              disabled={statements.data.length < FETCH}
              onClick={() => setParams({ page: String(page + 1) })}
            >
              Next
            </button>
          </div>
        </>
      )}
    </div>
  );
};
