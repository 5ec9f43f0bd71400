import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  listActors,
  listSources,
  listStatements,
  type IsoDate,
  type SourceId,
  type StatementFilter,
} from '../api/client.js';
import { useRemote } from '../api/use-remote.js';
import { DirectBadge } from '../components/direct-badge.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager, pageFrom, pageQuery } from '../components/pager.js';
import { SaidOn } from '../components/said-on.js';
import { EmptyState, Loading } from '../components/status.js';
import { mentionNote, speakerLabel } from '../format/speaker.js';
import { statementAnchor } from '../reader/highlighted-text.js';

const FILTER_KEYS = ['q', 'speaker', 'source', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const filterFrom = (params: URLSearchParams): StatementFilter => {
  const get = (key: FilterKey) => params.get(key)?.trim() || undefined;
  return {
    q: get('q'),
    speaker: get('speaker'),
    source: get('source') as SourceId | undefined,
    from: get('from') as IsoDate | undefined,
    to: get('to') as IsoDate | undefined,
  };
};

const countStatements = (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`;

/** /statements — every statement, narrowed by full text, speaker, source and date. */
export const StatementsPage = () => {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const page = pageFrom(params);
  const requestKey = FILTER_KEYS.map((key) => `${key}=${filter[key] ?? ''}`).join('&');
  const statements = useRemote(`statements?${requestKey}&page=${page}`, (signal) =>
    listStatements({ ...filter, ...pageQuery(page) }, signal),
  );
  const actors = useRemote('actors', listActors);
  const sources = useRemote('sources', (signal) => listSources({ limit: 1000 }, signal));

  // The search box is edited freely and applied on submit; it follows the URL when that changes.
  const [draft, setDraft] = useState({ q: filter.q ?? '', for: filter.q });
  if (draft.for !== filter.q) setDraft({ q: filter.q ?? '', for: filter.q });

  const setFilter = (key: FilterKey, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value.trim()) next.set(key, value.trim());
      else next.delete(key);
      // New filters, new rows: start again from the first page.
      next.delete('page');
      return next;
    });
  const setPage = (to: number) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (to > 1) next.set('page', String(to));
      else next.delete('page');
      return next;
    });
    window.scrollTo({ top: 0 });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter('q', draft.q);
  };

  const sourceTitles = new Map(
    sources.status === 'loaded'
      ? sources.data.map((s) => [s.id, s.title ?? 'Untitled source'])
      : [],
  );
  const actorNames = actors.status === 'loaded' ? actors.data.map((a) => a.canonicalName) : [];
  const filtered = FILTER_KEYS.some((key) => filter[key] !== undefined);
  const rows =
    statements.status === 'loaded'
      ? statements.data
      : statements.status === 'loading'
        ? statements.previous
        : undefined;

  return (
    <div className="page">
      <title>Statements — Telltale</title>
      <div className="page__header">
        <h1>Statements</h1>
      </div>

      <form className="filters" role="search" aria-label="Filter statements" onSubmit={onSubmit}>
        <div className="field field--wide">
          <label htmlFor="statement-search">Words in the statement</label>
          <div className="field__row">
            <input
              id="statement-search"
              type="search"
              value={draft.q}
              onChange={(e) => setDraft({ q: e.target.value, for: filter.q })}
              placeholder="e.g. negotiate"
            />
            <button type="submit">Search</button>
          </div>
        </div>
        <div className="field">
          <label htmlFor="speaker-filter">Speaker</label>
          <select
            id="speaker-filter"
            value={filter.speaker ?? ''}
            onChange={(e) => setFilter('speaker', e.target.value)}
          >
            <option value="">Any speaker</option>
            {/* A speaker named in the URL (an alias, a surname) is kept even if it is not an actor's name. */}
            {filter.speaker && !actorNames.includes(filter.speaker) && (
              <option value={filter.speaker}>{filter.speaker}</option>
            )}
            {actors.status === 'loaded' &&
              actors.data.map((actor) => (
                <option key={actor.id} value={actor.canonicalName}>
                  {actor.canonicalName} ({actor.statementCount})
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="source-filter">Source</label>
          <select
            id="source-filter"
            value={filter.source ?? ''}
            onChange={(e) => setFilter('source', e.target.value)}
          >
            <option value="">Any source</option>
            {filter.source && !sourceTitles.has(filter.source) && (
              <option value={filter.source}>{filter.source}</option>
            )}
            {sources.status === 'loaded' &&
              sources.data.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title ?? source.id}
                </option>
              ))}
          </select>
        </div>
        <div className="field field--date">
          <label htmlFor="from-filter">Said from</label>
          <input
            id="from-filter"
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => setFilter('from', e.target.value)}
          />
        </div>
        <div className="field field--date">
          <label htmlFor="to-filter">Said until</label>
          <input
            id="to-filter"
            type="date"
            value={filter.to ?? ''}
            onChange={(e) => setFilter('to', e.target.value)}
          />
        </div>
        {filtered && (
          <Link to="/statements" className="clear-filters">
            Clear filters
          </Link>
        )}
      </form>

      {statements.status === 'failed' && <ErrorBanner error={statements.error} />}
      {statements.status === 'loading' && rows === undefined && <Loading what="statements" />}
      {rows !== undefined && rows.length === 0 && page === 1 && (
        <EmptyState>
          <p>
            {filtered
              ? 'No statement matches these filters.'
              : 'No statements yet: ingest some sources first.'}
          </p>
        </EmptyState>
      )}
      {rows !== undefined && (rows.length > 0 || page > 1) && (
        <Pager page={page} rows={rows.length} count={countStatements} onPage={setPage} />
      )}
      {rows !== undefined && rows.length > 0 && (
        <>
          <table
            className="data-table statements-table"
            aria-busy={statements.status === 'loading'}
          >
            <thead>
              <tr>
                <th scope="col" className="col-date">
                  Said on
                </th>
                <th scope="col" className="col-speaker">
                  Speaker
                </th>
                <th scope="col">Statement</th>
                <th scope="col" className="col-kind">
                  Kind
                </th>
                <th scope="col" className="col-source">
                  Source
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((statement) => {
                const mention = mentionNote(statement);
                const readerLink = `/sources/${encodeURIComponent(statement.sourceId)}#${statementAnchor(statement.id)}`;
                return (
                  <tr key={statement.id}>
                    <td className="col-date">
                      <SaidOn statement={statement} />
                    </td>
                    <td className="col-speaker">
                      <span
                        className={
                          statement.speaker === null ? 'speaker speaker--unresolved' : 'speaker'
                        }
                      >
                        {speakerLabel(statement)}
                      </span>
                      {(mention || statement.cue) && (
                        <span className="muted statement-cue">
                          {[statement.cue, mention && `as “${mention}”`].filter(Boolean).join(', ')}
                        </span>
                      )}
                    </td>
                    <td className="col-content">
                      <Link to={readerLink} className="statement-link">
                        “{statement.content}”
                      </Link>
                    </td>
                    <td className="col-kind">
                      <DirectBadge direct={statement.direct} />
                    </td>
                    <td className="col-source">
                      <Link to={`/sources/${encodeURIComponent(statement.sourceId)}`}>
                        {sourceTitles.get(statement.sourceId) ?? 'Open source'}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager
            page={page}
            rows={rows.length}
            count={countStatements}
            onPage={setPage}
            buttonsOnly
          />
        </>
      )}
    </div>
  );
};
