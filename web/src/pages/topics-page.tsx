import { Link } from 'react-router';
import { listTopics } from '../api/signals-client.js';
import { useRemote } from '../api/use-remote.js';
import { ErrorBanner } from '../components/error-banner.js';
import { EmptyState, Loading } from '../components/status.js';

/** /topics — the topics analysts follow. */
export const TopicsPage = () => {
  const topics = useRemote('topics', listTopics);
  return (
    <div className="page">
      <title>Topics — Telltale</title>
      <div className="page__header">
        <h1>Topics</h1>
      </div>
      {topics.status === 'loading' && <Loading what="topics" />}
      {topics.status === 'failed' && <ErrorBanner error={topics.error} />}
      {topics.status === 'loaded' && topics.data.length === 0 && (
        <EmptyState>
          <p>
            No topics yet: add one with <code>telltale topics add</code> or POST /api/topics.
          </p>
        </EmptyState>
      )}
      {topics.status === 'loaded' && topics.data.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Terms</th>
              <th scope="col">Countries</th>
              <th scope="col" className="col-number">
                Statements
              </th>
            </tr>
          </thead>
          <tbody>
            {topics.data.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <Link to={`/topics/${encodeURIComponent(t.id)}`}>{t.label}</Link>{' '}
                  <span className="muted small">{t.id}</span>
                </th>
                <td>{[...t.terms, ...t.patterns.map((p) => `/${p}/`)].join(', ')}</td>
                <td>{t.countries.join(', ') || '—'}</td>
                <td className="col-number">{t.statementCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};
