import { Link, useParams } from 'react-router';
import {
  getGroupLine,
  getTimeline,
  getTopic,
  listGroups,
  signedStance,
  type GroupLine,
  type Timeline,
  type Topic,
} from '../api/signals-client.js';
import { useRemote } from '../api/use-remote.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Loading } from '../components/status.js';
import { StanceChart } from './signals/stance-chart.js';
import './signals/signals.css';

const MAX_ACTORS = 7;

interface TopicData {
  readonly topic: Topic;
  readonly timelines: readonly Timeline[];
  readonly groups: readonly GroupLine[];
  readonly otherSpeakers: number;
}

const load = async (id: string, signal: AbortSignal): Promise<TopicData> => {
  const [{ topic, stances }, groups] = await Promise.all([
    getTopic(id, signal),
    listGroups(signal),
  ]);
  const counts = new Map<string, number>();
  for (const s of stances) {
    if (s.speaker !== null && s.stance !== null && s.verdict !== 'rejected')
      counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  }
  const speakers = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const [timelines, groupLines] = await Promise.all([
    Promise.all(speakers.slice(0, MAX_ACTORS).map((name) => getTimeline(name, id, signal))),
    Promise.all(groups.map((g) => getGroupLine(g.name, id, signal))),
  ]);
  return {
    topic,
    timelines: timelines.filter((t) => t.points.length > 0),
    groups: groupLines.filter((g) => g.points.length > 0),
    otherSpeakers: Math.max(0, speakers.length - MAX_ACTORS),
  };
};

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** /topics/:id — every actor's line on a topic, side by side, and the analyst's groups' lines. */
export const TopicPage = () => {
  const id = useParams().id ?? '';
  const data = useRemote(`topic:${id}`, (signal) => load(id, signal));
  return (
    <div className="page">
      <title>{`${id} — Topics — Telltale`}</title>
      <div className="page__header">
        <div>
          <p className="eyebrow">
            <Link to="/topics">Topics</Link>
          </p>
          <h1>{data.status === 'loaded' ? data.data.topic.label : id}</h1>
        </div>
      </div>
      {data.status === 'loading' && <Loading what="the topic" />}
      {data.status === 'failed' && <ErrorBanner error={data.error} />}
      {data.status === 'loaded' && (
        <>
          <p className="muted small">
            Terms: {data.data.topic.terms.join(', ') || '—'} · {data.data.topic.statementCount}{' '}
            statements linked
          </p>
          <section className="signal-section" aria-labelledby="actors-lines">
            <h2 id="actors-lines">Actors’ lines</h2>
            {data.data.timelines.length === 0 ? (
              <p className="muted">No rated statements on this topic yet.</p>
            ) : (
              <div className="signal-columns">
                <StanceChart
                  title={`Actors' stances on ${data.data.topic.label}`}
                  height={340}
                  series={data.data.timelines.map((t) => ({
                    label: t.actor,
                    points: t.points,
                    line: t.line,
                  }))}
                />
                <table className="data-table small">
                  <thead>
                    <tr>
                      <th scope="col">Actor</th>
                      <th scope="col" className="col-number">
                        Points
                      </th>
                      <th scope="col" className="col-number">
                        Mean
                      </th>
                      <th scope="col" className="col-number">
                        Ambiguity
                      </th>
                      <th scope="col" className="col-number">
                        Shifts
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.timelines.map((t) => {
                      const m = mean(t.points.map((p) => p.stance));
                      return (
                        <tr key={t.actorId}>
                          <th scope="row">
                            <Link to={`/actors/${encodeURIComponent(t.actor)}`}>{t.actor}</Link>
                          </th>
                          <td className="col-number">{t.points.length}</td>
                          <td className="col-number">{m === null ? '—' : signedStance(m)}</td>
                          <td className="col-number">{t.ambiguity.toFixed(2)}</td>
                          <td className="col-number">{t.shifts.length}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {data.data.otherSpeakers > 0 && (
              <p className="muted small">
                {data.data.otherSpeakers} more speakers with fewer statements are not drawn.
              </p>
            )}
          </section>
          <section className="signal-section" aria-labelledby="group-lines">
            <h2 id="group-lines">Groups’ lines</h2>
            {data.data.groups.length === 0 ? (
              <p className="muted">
                No group has statements on this topic (groups are defined with POST /api/groups).
              </p>
            ) : (
              <>
                <StanceChart
                  title={`Groups' stances on ${data.data.topic.label}`}
                  series={data.data.groups.map((g) => ({
                    label: `${g.group} (group)`,
                    points: g.points,
                    line: g.line,
                    dashed: true,
                  }))}
                />
                <ul className="plain-list small">
                  {data.data.groups.map((g) => (
                    <li key={g.group}>
                      <strong>{g.group}</strong>:{' '}
                      {g.members
                        .map(
                          (m) =>
                            `${m.actor} (${m.statements}${m.meanStance === null ? '' : `, mean ${signedStance(m.meanStance)}`})`,
                        )
                        .join(', ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
};
