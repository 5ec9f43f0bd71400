import { Link, useParams } from 'react-router';
import { listActors, type Actor } from '../api/client.js';
import {
  getCredibility,
  getTimeline,
  KIND_LABELS,
  listRelations,
  listTopics,
  readerHref,
  signedStance,
  STATUS_LABELS,
  type Credibility,
  type CredibilityReport,
  type SpeaksFor,
  type Timeline,
} from '../api/signals-client.js';
import { useRemote } from '../api/use-remote.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Loading } from '../components/status.js';
import { StanceChart } from './signals/stance-chart.js';
import './signals/signals.css';

interface ActorData {
  readonly actor: Actor | undefined;
  readonly relations: readonly SpeaksFor[];
  readonly credibility: CredibilityReport;
  readonly timelines: readonly Timeline[];
}

const load = async (name: string, signal: AbortSignal): Promise<ActorData> => {
  const [actors, relations, credibility, topics] = await Promise.all([
    listActors(signal),
    listRelations(name, signal),
    getCredibility(name, signal),
    listTopics(signal),
  ]);
  const timelines = await Promise.all(topics.map((t) => getTimeline(name, t.id, signal)));
  return {
    actor: actors.find((a) => a.canonicalName === name || a.id === name),
    relations,
    credibility,
    timelines: timelines.filter((t) => t.points.length > 0),
  };
};

const pct = (p: number) => `${Math.round(p * 100)}%`;
const period = (from: string | null, to: string | null) =>
  from === null && to === null ? 'open-ended' : `${from ?? '…'} – ${to ?? 'now'}`;

const CredibilityRow = ({ c }: { c: Credibility }) => {
  const label = c.kind === null ? 'All kinds' : KIND_LABELS[c.kind];
  const resolved = c.commitments.filter((x) => x.counted);
  return (
    <tr data-kind={c.kind ?? 'all'}>
      <th scope="row">{label}</th>
      <td className="credibility-estimate">
        <strong>{pct(c.posterior.mean)}</strong>{' '}
        <span className="muted">
          ({Math.round(c.posterior.interval.level * 100)}% interval {pct(c.posterior.interval.low)}–
          {pct(c.posterior.interval.high)}; Beta({c.posterior.alpha}, {c.posterior.beta}))
        </span>
        <div className="credibility-bar" aria-hidden="true">
          <span
            className="credibility-bar__interval"
            style={{
              left: pct(c.posterior.interval.low),
              width: pct(c.posterior.interval.high - c.posterior.interval.low),
            }}
          />
          <span className="credibility-bar__mean" style={{ left: pct(c.posterior.mean) }} />
        </div>
      </td>
      <td className="col-number">
        {c.carriedOut} of {c.resolved} carried out
        {c.pending + c.expired > 0 && (
          <div className="muted">
            {c.pending} pending, {c.expired} expired
          </div>
        )}
      </td>
      <td>
        {resolved.length === 0 ? (
          <span className="muted">none resolved yet: the estimate is the prior</span>
        ) : (
          <ul className="plain-list">
            {resolved.map((x) => (
              <li key={x.id}>
                <span className={`status-pill status-pill--${x.status}`}>
                  {STATUS_LABELS[x.status]}
                </span>{' '}
                {x.text} <span className="muted">({x.resolvedOn ?? x.madeOn ?? 'undated'})</span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
};

const TimelineSection = ({ timeline }: { timeline: Timeline }) => {
  const a = timeline.ambiguityDetail;
  const byId = new Map(timeline.points.map((p) => [p.statementId, p]));
  return (
    <section className="signal-section" aria-labelledby={`topic-${timeline.topic}`}>
      <h3 id={`topic-${timeline.topic}`}>
        <Link to={`/topics/${encodeURIComponent(timeline.topic)}`}>{timeline.topicLabel}</Link>
      </h3>
      <div className="signal-columns">
        <StanceChart
          title={`${timeline.actor}'s stance on ${timeline.topicLabel} over time`}
          series={[
            {
              label: `${timeline.actor} (smoothed)`,
              points: timeline.points,
              line: timeline.line,
              shifts: timeline.shifts,
            },
          ]}
        />
        <div className="signal-side">
          <h4>Ambiguity {a.index.toFixed(2)}</h4>
          <p className="muted small">
            Spread σ {a.spread.toFixed(2)}, {pct(a.hedgedOrConditionalShare)} hedged or conditional,
            over {a.statementCount} statements
            {a.from !== null ? ` (${a.from} – ${a.to ?? ''})` : ''}.
          </p>
          {a.drivers.length > 0 && (
            <ol className="plain-list small">
              {a.drivers.slice(0, 5).map((d) => {
                const p = byId.get(d.statementId);
                return (
                  <li key={d.statementId}>
                    {p ? (
                      <Link to={readerHref(p.sourceId, d.statementId)}>
                        {d.saidOn} {d.via !== null ? `${d.via} (proxy)` : d.speaker}
                      </Link>
                    ) : (
                      `${d.saidOn} ${d.speaker}`
                    )}
                    : {signedStance(d.stance)}
                    {d.hedged ? ', hedged' : ''}
                    {d.conditional ? ', conditional' : ''}{' '}
                    <span className="muted">(contributes {d.contribution.toFixed(2)})</span>
                  </li>
                );
              })}
            </ol>
          )}
          {timeline.shifts.length > 0 && (
            <>
              <h4>Shifts</h4>
              <ul className="plain-list small">
                {timeline.shifts.map((s) => (
                  <li key={`${s.fromStatementId}-${s.toStatementId}`}>
                    <span className="shift-kind">{s.kind}</span> {s.label}
                  </li>
                ))}
              </ul>
            </>
          )}
          {timeline.deniableSignals.length > 0 && (
            <>
              <h4>Deniable signals</h4>
              <ul className="plain-list small deniable-list">
                {timeline.deniableSignals.map((d) => {
                  const p = byId.get(d.statementId);
                  return (
                    <li key={d.statementId}>
                      <span className="flag" title={d.reason}>
                        ⚑
                      </span>{' '}
                      {p ? (
                        <Link to={readerHref(p.sourceId, d.statementId)}>{d.label}</Link>
                      ) : (
                        d.label
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {(timeline.undated > 0 || timeline.unrated > 0) && (
            <p className="muted small">
              Not drawn: {timeline.undated} undated, {timeline.unrated} unrated.
            </p>
          )}
        </div>
      </div>
    </section>
  );
};

/** /actors/:name — who the actor is, who speaks for them, how credible and how consistent. */
export const ActorPage = () => {
  const name = useParams().name ?? '';
  const data = useRemote(`actor:${name}`, (signal) => load(name, signal));
  return (
    <div className="page">
      <title>{`${name} — Telltale`}</title>
      <div className="page__header">
        <div>
          <p className="eyebrow">
            <Link to="/actors">Actors</Link>
          </p>
          <h1>{name}</h1>
        </div>
      </div>
      {data.status === 'loading' && <Loading what="the actor" />}
      {data.status === 'failed' && <ErrorBanner error={data.error} />}
      {data.status === 'loaded' && (
        <>
          <section className="signal-section actor-facts">
            <dl className="facts">
              <dt>Kind</dt>
              <dd>{data.data.actor?.kind ?? '—'}</dd>
              <dt>Country</dt>
              <dd>{data.data.actor?.country ?? '—'}</dd>
              <dt>Also known as</dt>
              <dd>{data.data.actor?.aliases.join(', ') || '—'}</dd>
              <dt>Roles</dt>
              <dd className="muted">not available from the API yet</dd>
              <dt>Statements</dt>
              <dd>
                <Link to={`/statements?${new URLSearchParams({ speaker: name }).toString()}`}>
                  {data.data.actor?.statementCount ?? 0}
                </Link>
              </dd>
            </dl>
            <div>
              <h2>Speaks for</h2>
              {data.data.relations.length === 0 ? (
                <p className="muted">No speaks-for relations recorded.</p>
              ) : (
                <ul className="plain-list relations-list">
                  {data.data.relations.map((r) => (
                    <li key={r.id}>
                      {r.proxy === name || r.proxyId === data.data.actor?.id ? (
                        <>
                          Speaks for{' '}
                          <Link to={`/actors/${encodeURIComponent(r.principal)}`}>
                            {r.principal}
                          </Link>
                        </>
                      ) : (
                        <>
                          <Link to={`/actors/${encodeURIComponent(r.proxy)}`}>{r.proxy}</Link>{' '}
                          speaks for them
                        </>
                      )}{' '}
                      <span className="muted">({period(r.from, r.to)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>

          <section className="signal-section" aria-labelledby="credibility">
            <h2 id="credibility">Credibility of commitments</h2>
            <p className="muted small">
              Posterior mean and interval of the chance a commitment is carried out: Beta(1 +
              carried out, 1 + not carried out). {data.data.credibility.overall.summary}
            </p>
            <table className="data-table credibility-table">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Estimate</th>
                  <th scope="col" className="col-number">
                    Record
                  </th>
                  <th scope="col">Resolved commitments behind it</th>
                </tr>
              </thead>
              <tbody>
                <CredibilityRow c={data.data.credibility.overall} />
                {data.data.credibility.byKind
                  .filter((c) => c.commitments.length > 0)
                  .map((c) => (
                    <CredibilityRow key={c.kind} c={c} />
                  ))}
              </tbody>
            </table>
            <p className="small">
              <Link to={`/commitments?${new URLSearchParams({ actor: name }).toString()}`}>
                Open the ledger for {name}
              </Link>
            </p>
          </section>

          <h2>Lines by topic</h2>
          {data.data.timelines.length === 0 ? (
            <p className="muted">
              No rated statements on any topic. <Link to="/topics">Topics</Link>
            </p>
          ) : (
            data.data.timelines.map((t) => <TimelineSection key={t.topic} timeline={t} />)
          )}
        </>
      )}
    </div>
  );
};
