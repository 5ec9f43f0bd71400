import type { Statement, StatementId } from '../api/client.js';
import { DirectBadge } from '../components/direct-badge.js';
import { SaidOn } from '../components/said-on.js';
import { mentionNote, speakerLabel } from '../format/speaker.js';

/** The id of a statement's entry in the side panel. */
export const panelEntryId = (id: StatementId): string => `panel-${id}`;

interface StatementPanelProps {
  /** In the order they appear in the text. */
  readonly statements: readonly Statement[];
  readonly activeId: StatementId | null;
  readonly onSelect: (id: StatementId) => void;
}

/** The reader's side panel: every statement in the source, each a button that finds it in the text. */
export const StatementPanel = ({ statements, activeId, onSelect }: StatementPanelProps) => (
  <aside className="statement-panel" aria-labelledby="statement-panel-title">
    <h2 id="statement-panel-title" className="statement-panel__title">
      Statements <span className="count">{statements.length}</span>
    </h2>
    {statements.length === 0 ? (
      <p className="statement-panel__empty">No statements were found in this source.</p>
    ) : (
      <ol className="statement-list">
        {statements.map((statement) => {
          const mention = mentionNote(statement);
          return (
            <li key={statement.id}>
              <button
                type="button"
                id={panelEntryId(statement.id)}
                className="statement-entry"
                aria-pressed={statement.id === activeId}
                onClick={() => onSelect(statement.id)}
              >
                <span className="statement-entry__head">
                  <span
                    className={
                      statement.speaker === null ? 'speaker speaker--unresolved' : 'speaker'
                    }
                  >
                    {speakerLabel(statement)}
                  </span>
                  <DirectBadge direct={statement.direct} />
                </span>
                <span className="statement-entry__meta">
                  <SaidOn statement={statement} />
                  {statement.cue && <span className="cue">{statement.cue}</span>}
                  {mention && <span className="mention-note">as “{mention}”</span>}
                </span>
                <span className="statement-entry__content">{statement.content}</span>
              </button>
            </li>
          );
        })}
      </ol>
    )}
  </aside>
);
