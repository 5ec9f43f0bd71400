import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listSources } from '../api/client.js';
import { useRemote } from '../api/use-remote.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager, pageFrom, pageQuery } from '../components/pager.js';
import { EmptyState, Loading } from '../components/status.js';
import { formatIsoDate } from '../format/dates.js';

/** /sources — every ingested source, newest first, searchable with ?q=. */
export const SourcesPage = () => {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = pageFrom(params);
  const sources = useRemote(`sources?q=${q}&page=${page}`, (signal) =>
    listSources({ q: q || undefined, ...pageQuery(page) }, signal),
  );
  const setPage = (to: number) => {
    setParams(to > 1 ? { ...(q && { q }), page: String(to) } : q ? { q } : {});
    window.scrollTo({ top: 0 });
  };
  const count = (n: number) => (
    <>
      {n} {n === 1 ? 'source' : 'sources'}
      {q && (
        <>
          {' '}
          matching “{q}” · <Link to="/sources">clear search</Link>
        </>
      )}
    </>
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    const next = typeof value === 'string' ? value.trim() : '';
    setParams(next ? { q: next } : {});
  };

  const rows =
    sources.status === 'loaded'
      ? sources.data
      : sources.status === 'loading'
        ? sources.previous
        : undefined;
  return (
    <div className="page">
      <title>Sources — Telltale</title>
      <div className="page__header">
        <h1>Sources</h1>
        {/* Keyed by the query so the box follows the URL on back and forward. */}
        <form key={q} role="search" className="search-form" onSubmit={onSubmit}>
          <label htmlFor="source-search">Search titles and text</label>
          <input
            id="source-search"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="e.g. Muscat"
          />
          <button type="submit">Search</button>
        </form>
      </div>

      {sources.status === 'failed' && <ErrorBanner error={sources.error} />}
      {sources.status === 'loading' && rows === undefined && <Loading what="sources" />}
      {rows !== undefined && rows.length === 0 && page === 1 && (
        <EmptyState>
          {q ? (
            <p>
              No source matches “{q}”. <Link to="/sources">Show all sources</Link>
            </p>
          ) : (
            <p>
              No sources yet. Ingest some with <code>telltale ingest PATH</code>.
            </p>
          )}
        </EmptyState>
      )}
      {rows !== undefined && (rows.length > 0 || page > 1) && (
        <Pager page={page} rows={rows.length} count={count} onPage={setPage} />
      )}
      {rows !== undefined && rows.length > 0 && (
        <>
          <table className="data-table sources-table" aria-busy={sources.status === 'loading'}>
            <thead>
              <tr>
                <th scope="col" className="col-date">
                  Published
                </th>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col" className="col-number">
                  Statements
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((source) => (
                <tr key={source.id}>
                  <td className="col-date">
                    {source.publishedOn ? (
                      <time dateTime={source.publishedOn}>{formatIsoDate(source.publishedOn)}</time>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <Link to={`/sources/${encodeURIComponent(source.id)}`} className="source-title">
                      {source.title ?? 'Untitled source'}
                    </Link>
                    {source.author && <span className="muted source-author">{source.author}</span>}
                  </td>
                  <td>{source.outlet ?? '—'}</td>
                  <td className="col-number">{source.statementCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} rows={rows.length} count={count} onPage={setPage} buttonsOnly />
        </>
      )}
    </div>
  );
};
