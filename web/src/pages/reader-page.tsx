import { useEffect, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { getSource, type Source, type SourceId, type StatementId } from '../api/client.js';
import { useRemote } from '../api/use-remote.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Loading } from '../components/status.js';
import { formatIsoDate } from '../format/dates.js';
import { HighlightedText, statementAnchor } from '../reader/highlighted-text.js';
import { firstOffset } from '../reader/segments.js';
import { panelEntryId, StatementPanel } from '../reader/statement-panel.js';

/** Where a selection came from decides what scrolls: the text to the panel's choice, or back. */
type SelectedFrom = 'panel' | 'text';

const statementIdFromHash = (hash: string): StatementId | null => {
  const match = /^#statement-(.+)$/.exec(hash);
  return match?.[1] ? (decodeURIComponent(match[1]) as StatementId) : null;
};

const selectedFromState = (state: unknown): SelectedFrom | null =>
  typeof state === 'object' &&
  state !== null &&
  'selectedFrom' in state &&
  state.selectedFrom === 'text'
    ? 'text'
    : null;

/** /sources/:id — a source's text with its statements highlighted, and a panel listing them. */
export const ReaderPage = () => {
  const id = (useParams().id ?? '') as SourceId;
  const source = useRemote(`source:${id}`, (signal) => getSource(id, signal));

  switch (source.status) {
    case 'loading':
      return <Loading what="the source" />;
    case 'failed':
      return (
        <div className="page">
          <title>Source not available — Telltale</title>
          <ErrorBanner error={source.error} />
          <p>
            <Link to="/sources">Back to all sources</Link>
          </p>
        </div>
      );
    case 'loaded':
      return <Reader source={source.data} />;
  }
};

const Reader = ({ source }: { source: Source }) => {
  const location = useLocation();
  const navigate = useNavigate();
  // The selected statement lives in the URL, so a link can open the reader at it.
  const activeId = statementIdFromHash(location.hash);
  const selectedFrom = selectedFromState(location.state) ?? 'panel';
  const statements = useMemo(
    () => [...source.statements].sort((a, b) => firstOffset(a) - firstOffset(b)),
    [source.statements],
  );

  const select = (id: StatementId, from: SelectedFrom) =>
    void navigate({ hash: statementAnchor(id) }, { replace: true, state: { selectedFrom: from } });

  // Bring the selection into view each time it is made (location.key changes even on a re-click).
  useEffect(() => {
    if (activeId === null) return;
    const entry = document.getElementById(panelEntryId(activeId));
    entry?.scrollIntoView({ block: 'nearest' });
    if (selectedFrom === 'panel') {
      document.getElementById(statementAnchor(activeId))?.scrollIntoView({ block: 'center' });
    }
  }, [activeId, selectedFrom, location.key]);

  const published = source.publishedOn && formatIsoDate(source.publishedOn);
  return (
    <article className="page reader">
      <title>{`${source.title ?? 'Untitled source'} — Telltale`}</title>
      <header className="reader__header">
        <p className="eyebrow">
          {[source.outlet, published].filter(Boolean).join(' · ') || 'Unknown outlet'}
        </p>
        <h1 className="reader__title">{source.title ?? 'Untitled source'}</h1>
        <p className="reader__byline">
          {source.author && <span>By {source.author}</span>}
          {source.url && (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              Original article
            </a>
          )}
          <span className="muted">
            {source.format} · {source.origin}
          </span>
        </p>
      </header>
      <div className="reader__body">
        <div className="reader__text" lang={source.language}>
          <HighlightedText
            text={source.text}
            statements={statements}
            activeId={activeId}
            onSelect={(sid) => select(sid, 'text')}
          />
        </div>
        <StatementPanel
          statements={statements}
          activeId={activeId}
          onSelect={(sid) => select(sid, 'panel')}
        />
      </div>
    </article>
  );
};
