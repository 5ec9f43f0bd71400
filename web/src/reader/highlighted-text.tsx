import { Fragment, useMemo, type MouseEvent, type ReactNode } from 'react';
import type { Statement, StatementId } from '../api/client.js';
import { speakerLabel } from '../format/speaker.js';
import { segmentText, type Segment } from './segments.js';

/** The anchor of a statement's first highlight, as used in links: /sources/:id#statement-<sid>. */
export const statementAnchor = (id: StatementId): string => `statement-${id}`;

interface HighlightedTextProps {
  readonly text: string;
  readonly statements: readonly Statement[];
  readonly activeId: StatementId | null;
  readonly onSelect: (id: StatementId) => void;
}

const describe = (statement: Statement | undefined): string | undefined =>
  statement && `${speakerLabel(statement)}${statement.cue ? ` — ${statement.cue}` : ''}`;

/**
 * A source's text with every statement's content in a <mark> and every speaker mention
 * underlined. Overlapping statements nest their marks segment by segment, so each stays whole.
 */
export const HighlightedText = ({ text, statements, activeId, onSelect }: HighlightedTextProps) => {
  const segments = useMemo(() => segmentText(text, statements), [text, statements]);
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);

  // One listener for all marks; the innermost mark under the pointer is the one meant.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof Element)) return;
    const mark = event.target.closest<HTMLElement>('mark[data-statement-id]');
    const id = mark?.dataset.statementId;
    if (id !== undefined && window.getSelection()?.isCollapsed !== false)
      onSelect(id as StatementId);
  };

  // The first mark of each statement, in text order, carries its anchor id.
  const anchored = new Set<StatementId>();
  const renderSegment = (segment: Segment): ReactNode => {
    let node: ReactNode = segment.text;
    if (segment.mentions.length > 0) {
      node = (
        <span className="mention" data-mention-of={segment.mentions.join(' ')}>
          {node}
        </span>
      );
    }
    for (const id of [...segment.content].reverse()) {
      const first = !anchored.has(id);
      anchored.add(id);
      node = (
        <mark
          data-statement-id={id}
          id={first ? statementAnchor(id) : undefined}
          className={id === activeId ? 'highlight is-active' : 'highlight'}
          title={describe(byId.get(id))}
        >
          {node}
        </mark>
      );
    }
    return node;
  };

  return (
    <div className="article-text" onClick={onClick}>
      {segments.map((segment) => (
        <Fragment key={segment.start}>{renderSegment(segment)}</Fragment>
      ))}
    </div>
  );
};
