import { Link } from 'react-router';
import { getStatementSource, type Evidence } from '../../api/ach-client.js';
import type { StatementId } from '../../api/client.js';
import { useRemote } from '../../api/use-remote.js';

/** A statement opens in the reader, scrolled to it; its source comes from the statement API. */
export const StatementLink = ({ id }: { id: string }) => {
  const source = useRemote(`statement-source:${id}`, (signal) =>
    getStatementSource(id as StatementId, signal),
  );
  if (source.status === 'loaded') {
    return (
      <Link
        className="evidence-link"
        to={`/sources/${encodeURIComponent(source.data)}#statement-${id}`}
      >
        statement {id}
      </Link>
    );
  }
  return (
    <span
      className="evidence-link muted"
      title={source.status === 'failed' ? source.error.message : undefined}
    >
      statement {id}
      {source.status === 'failed' && ' (not found)'}
    </span>
  );
};

const LinkTo = ({ link }: { link: NonNullable<Evidence['link']> }) => {
  switch (link.kind) {
    case 'statement':
      return <StatementLink id={link.id} />;
    case 'source':
      return /^https?:\/\//.test(link.id) ? (
        <a className="evidence-link" href={link.id} rel="noreferrer noopener" target="_blank">
          {link.id}
        </a>
      ) : (
        <Link className="evidence-link" to={`/sources/${encodeURIComponent(link.id)}`}>
          source {link.id}
        </Link>
      );
    case 'event':
      return <span className="evidence-link muted">event {link.id}</span>;
  }
};

/** The row header of one item of evidence: its text, weights, date, type and link. */
export const EvidenceLabel = ({ evidence }: { evidence: Evidence }) => (
  <div className="evidence-label">
    <span className="evidence-label__id">{evidence.id}</span>
    <span className="evidence-label__text">{evidence.text}</span>
    <span className="evidence-label__meta">
      <span className={`weight weight--${evidence.credibility.toLowerCase()}`} title="credibility">
        cred. {evidence.credibility}
      </span>
      <span className={`weight weight--${evidence.relevance.toLowerCase()}`} title="relevance">
        rel. {evidence.relevance}
      </span>
      {evidence.type && <span className="evidence-label__type">{evidence.type}</span>}
      {evidence.date && <span>{evidence.date.slice(0, 10)}</span>}
      {evidence.link && <LinkTo link={evidence.link} />}
    </span>
  </div>
);
