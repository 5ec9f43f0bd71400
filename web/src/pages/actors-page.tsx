import { Link } from 'react-router';
import { listActors } from '../api/client.js';
import { useRemote } from '../api/use-remote.js';
import { ErrorBanner } from '../components/error-banner.js';
import { EmptyState, Loading } from '../components/status.js';

/** /actors — the people, organisations and states Telltale has heard from. */
export const ActorsPage = () => {
  const actors = useRemote('actors', listActors);
  return (
    <div className="page">
      <title>Actors — Telltale</title>
      <div className="page__header">
        <h1>Actors</h1>
      </div>
      {actors.status === 'loading' && <Loading what="actors" />}
      {actors.status === 'failed' && <ErrorBanner error={actors.error} />}
      {actors.status === 'loaded' && actors.data.length === 0 && (
        <EmptyState>
          <p>No actors yet: they appear as statements are extracted.</p>
        </EmptyState>
      )}
      {actors.status === 'loaded' && actors.data.length > 0 && (
        <>
          <p className="result-count">{actors.data.length} actors</p>
          <table className="data-table actors-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Country</th>
                <th scope="col">Also known as</th>
                <th scope="col" className="col-number">
                  Statements
                </th>
              </tr>
            </thead>
            <tbody>
              {actors.data.map((actor) => (
                <tr key={actor.id}>
                  <th scope="row" className="actor-name">
                    <Link to={`/actors/${encodeURIComponent(actor.canonicalName)}`}>
                      {actor.canonicalName}
                    </Link>
                  </th>
                  <td>{actor.kind}</td>
                  <td>{actor.country ?? <span className="muted">—</span>}</td>
                  <td>
                    {actor.aliases.length > 0 ? (
                      actor.aliases.join(', ')
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="col-number">
                    {actor.statementCount > 0 ? (
                      <Link
                        to={`/statements?${new URLSearchParams({ speaker: actor.canonicalName }).toString()}`}
                      >
                        {actor.statementCount}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
};
