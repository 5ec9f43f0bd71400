import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError, type ApiError } from '../api/client.js';
import {
  acceptCandidate,
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  getStatement,
  KIND_LABELS,
  listCandidates,
  listCommitments,
  readerHref,
  resolveCommitment,
  savedAnalyst,
  STATUS_LABELS,
  type Commitment,
  type Evidence,
  type RecordedStatus,
} from '../api/signals-client.js';
import { useRemote } from '../api/use-remote.js';
import { ErrorBanner } from '../components/error-banner.js';
import { EmptyState, Loading } from '../components/status.js';
import './signals/signals.css';

const RESOLVE_STATUSES: readonly RecordedStatus[] = [
  'carried_out',
  'not_carried_out',
  'withdrawn',
  'pending',
];

/** A link to the evidence: statements open in the reader (their source looked up first). */
const EvidenceLink = ({ evidence }: { evidence: Evidence }) => {
  const statement = useRemote(`evidence:${evidence.kind}:${evidence.id}`, async (signal) =>
    evidence.kind === 'statement' ? getStatement(evidence.id, signal) : null,
  );
  if (evidence.kind === 'source')
    return <Link to={`/sources/${encodeURIComponent(evidence.id)}`}>source {evidence.id}</Link>;
  if (evidence.kind === 'event') return <span>event {evidence.id}</span>;
  if (statement.status === 'loaded' && statement.data !== null)
    return (
      <Link to={readerHref(statement.data.sourceId, evidence.id)} title={statement.data.content}>
        “{statement.data.content.slice(0, 60)}
        {statement.data.content.length > 60 ? '…' : ''}”
      </Link>
    );
  return <span>statement {evidence.id}</span>;
};

const StatusPill = ({ c }: { c: Commitment }) => (
  <span className={`status-pill status-pill--${c.status}`}>
    {c.status === 'expired' ? '⚠ ' : ''}
    {STATUS_LABELS[c.status]}
    {c.status === 'expired' && c.daysOverdue !== null ? ` (${c.daysOverdue} days overdue)` : ''}
  </span>
);

const ResolveForm = ({
  commitment,
  onDone,
}: {
  commitment: Commitment;
  onDone: (c: Commitment) => void;
}) => {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => {
      const value = form.get(key);
      return typeof value === 'string' ? value.trim() : '';
    };
    setBusy(true);
    setError(null);
    try {
      onDone(
        await resolveCommitment(commitment.id, {
          status: text('status') as RecordedStatus,
          evidence: { kind: 'statement', id: text('evidence') },
          on: text('on'),
          note: text('note') || null,
          analyst: savedAnalyst() || null,
        }),
      );
    } catch (e) {
      if (isApiError(e)) setError(e);
      else throw e;
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="resolve-form" onSubmit={(e) => void submit(e)} aria-label="Resolve commitment">
      <label className="field">
        <span>Status</span>
        <select name="status" defaultValue="carried_out">
          {RESOLVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Evidence statement id</span>
        <input name="evidence" required placeholder="st_…" />
      </label>
      <label className="field field--date">
        <span>On</span>
        <input name="on" required placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" />
      </label>
      <label className="field field--wide">
        <span>Note</span>
        <input name="note" />
      </label>
      <button type="submit" disabled={busy}>
        Record
      </button>
      {error && <ErrorBanner error={error} />}
    </form>
  );
};

const Row = ({ c, onChange }: { c: Commitment; onChange: () => void }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr data-commitment-id={c.id} className={c.status === 'expired' ? 'row--expired' : undefined}>
        <td>
          <Link to={`/actors/${encodeURIComponent(c.actor)}`}>{c.actor}</Link>
          {c.to !== null && <div className="muted small">to {c.to}</div>}
        </td>
        <td>{KIND_LABELS[c.kind]}</td>
        <td>
          {c.text}
          {c.condition !== null && <div className="muted small">if {c.condition}</div>}
        </td>
        <td>{c.madeOn ?? '—'}</td>
        <td>{c.deadline ?? '—'}</td>
        <td>
          <StatusPill c={c} />
        </td>
        <td className="small">
          {c.history.length === 0 ? (
            <span className="muted">—</span>
          ) : (
            <ol className="plain-list">
              {c.history.map((h) => (
                <li key={h.at}>
                  {STATUS_LABELS[h.status]} on {h.on}
                  {h.evidence && (
                    <>
                      {' '}
                      — <EvidenceLink evidence={h.evidence} />
                    </>
                  )}
                  {h.note && <div className="muted">{h.note}</div>}
                  {h.analyst && <div className="muted">by {h.analyst}</div>}
                </li>
              ))}
            </ol>
          )}
        </td>
        <td className="small">{c.precedents.length > 0 ? c.precedents.join(', ') : '—'}</td>
        <td>
          <button type="button" className="button--small" onClick={() => setOpen(!open)}>
            {open ? 'Close' : 'Resolve'}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="row--form">
          <td colSpan={9}>
            <ResolveForm
              commitment={c}
              onDone={() => {
                setOpen(false);
                onChange();
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
};

/** /commitments — the ledger of threats, red lines, ultimatums and promises, and candidates. */
export const CommitmentsPage = () => {
  const [params, setParams] = useSearchParams();
  const [version, setVersion] = useState(0);
  const [acceptError, setAcceptError] = useState<ApiError | null>(null);
  const filter = {
    actor: params.get('actor') ?? undefined,
    status: params.get('status') ?? undefined,
    kind: params.get('kind') ?? undefined,
  };
  const commitments = useRemote(`commitments:${params.toString()}:${version}`, (signal) =>
    listCommitments(filter, signal),
  );
  const candidates = useRemote(`candidates:${version}`, listCandidates);
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const accept = async (statementId: string) => {
    setAcceptError(null);
    try {
      await acceptCandidate(statementId, savedAnalyst() || null);
      setVersion((v) => v + 1);
    } catch (e) {
      if (isApiError(e)) setAcceptError(e);
      else throw e;
    }
  };
  const list =
    commitments.status === 'loaded'
      ? commitments.data
      : commitments.status === 'loading'
        ? commitments.previous
        : undefined;

  return (
    <div className="page">
      <title>Commitments — Telltale</title>
      <div className="page__header">
        <h1>Commitments ledger</h1>
      </div>
      <form
        className="filters"
        aria-label="Filter commitments"
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="field">
          <span>Actor</span>
          <input
            name="actor"
            defaultValue={filter.actor}
            onBlur={(e) => setFilter('actor', e.currentTarget.value.trim())}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setFilter('actor', e.currentTarget.value.trim());
            }}
          />
        </label>
        <label className="field">
          <span>Status</span>
          <select
            name="status"
            value={filter.status ?? ''}
            onChange={(e) => setFilter('status', e.currentTarget.value)}
          >
            <option value="">Any</option>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Kind</span>
          <select
            name="kind"
            value={filter.kind ?? ''}
            onChange={(e) => setFilter('kind', e.currentTarget.value)}
          >
            <option value="">Any</option>
            {COMMITMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {commitments.status === 'failed' && <ErrorBanner error={commitments.error} />}
      {list === undefined && commitments.status === 'loading' && <Loading what="commitments" />}
      {list !== undefined && list.length === 0 && (
        <EmptyState>
          <p>No commitments match. Accept candidates below or POST /api/commitments.</p>
        </EmptyState>
      )}
      {list !== undefined && list.length > 0 && (
        <table className="data-table commitments-table">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Kind</th>
              <th scope="col">Commitment</th>
              <th scope="col">Made</th>
              <th scope="col">Deadline</th>
              <th scope="col">Status</th>
              <th scope="col">Evidence</th>
              <th scope="col">Precedents</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <Row key={c.id} c={c} onChange={() => setVersion((v) => v + 1)} />
            ))}
          </tbody>
        </table>
      )}

      <section className="signal-section" aria-labelledby="candidates">
        <h2 id="candidates">Candidates from the extraction</h2>
        {acceptError && <ErrorBanner error={acceptError} />}
        {candidates.status === 'loading' && <Loading what="candidates" />}
        {candidates.status === 'failed' && <ErrorBanner error={candidates.error} />}
        {candidates.status === 'loaded' && candidates.data.length === 0 && (
          <p className="muted">No candidates left.</p>
        )}
        {candidates.status === 'loaded' && candidates.data.length > 0 && (
          <ul className="plain-list candidate-list">
            {candidates.data.map((c) => (
              <li key={c.statementId} className="candidate" data-statement-id={c.statementId}>
                <div>
                  <strong>{c.speaker ?? 'Unnamed'}</strong> · {KIND_LABELS[c.kind]} ·{' '}
                  {c.saidOn ?? 'undated'}
                  {c.deadline !== null && <> · deadline {c.deadline}</>}
                  {c.deadlineText !== null && <span className="muted"> ({c.deadlineText})</span>}
                </div>
                <Link to={readerHref(c.sourceId, c.statementId)}>“{c.content}”</Link>
                <div>
                  <button
                    type="button"
                    className="button--small"
                    onClick={() => void accept(c.statementId)}
                  >
                    Accept
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};
