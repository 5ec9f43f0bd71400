import { useState, type FormEvent } from 'react';
import { addEvidence, addHypothesis, type EvidenceLink, type Level } from '../../api/ach-client.js';
import { ApiError, isApiError } from '../../api/client.js';
import { ErrorBanner } from '../../components/error-banner.js';

const LEVELS: readonly Level[] = ['High', 'Medium', 'Low'];

/** Forms to add a hypothesis and an item of evidence (free text, or linked). */
export const AddItemsForms = ({
  setId,
  onAdded,
}: {
  readonly setId: string;
  readonly onAdded: () => void;
}) => {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [hypothesis, setHypothesis] = useState('');
  const [evidence, setEvidence] = useState({
    text: '',
    credibility: 'Medium' as Level,
    relevance: 'Medium' as Level,
    type: '',
    date: '',
    linkKind: '' as '' | EvidenceLink['kind'],
    linkId: '',
  });
  const done = (promise: Promise<unknown>, reset: () => void) =>
    promise.then(
      () => {
        setFailure(null);
        reset();
        onAdded();
      },
      (error: unknown) =>
        setFailure(isApiError(error) ? error : new ApiError('CLIENT', String(error), 0)),
    );

  const submitHypothesis = (event: FormEvent) => {
    event.preventDefault();
    void done(addHypothesis(setId, hypothesis.trim()), () => setHypothesis(''));
  };
  const submitEvidence = (event: FormEvent) => {
    event.preventDefault();
    const e = evidence;
    void done(
      addEvidence(setId, {
        text: e.text.trim(),
        credibility: e.credibility,
        relevance: e.relevance,
        ...(e.type.trim() ? { type: e.type.trim() } : {}),
        ...(e.date ? { date: e.date } : {}),
        ...(e.linkKind && e.linkId.trim()
          ? { link: { kind: e.linkKind, id: e.linkId.trim() } }
          : {}),
      }),
      () => setEvidence({ ...evidence, text: '', type: '', date: '', linkKind: '', linkId: '' }),
    );
  };

  return (
    <section className="ach-section" aria-label="Add to the matrix">
      <h2>Add to the matrix</h2>
      {failure && <ErrorBanner error={failure} />}
      <form className="filters" onSubmit={submitHypothesis} aria-label="Add a hypothesis">
        <div className="field field--wide">
          <label htmlFor="new-hypothesis">Hypothesis</label>
          <input
            id="new-hypothesis"
            required
            value={hypothesis}
            onChange={(e) => setHypothesis(e.target.value)}
          />
        </div>
        <button type="submit">Add hypothesis</button>
      </form>
      <form className="filters" onSubmit={submitEvidence} aria-label="Add evidence">
        <div className="field field--wide">
          <label htmlFor="new-evidence">Evidence</label>
          <input
            id="new-evidence"
            required
            value={evidence.text}
            onChange={(e) => setEvidence({ ...evidence, text: e.target.value })}
          />
        </div>
        {(['credibility', 'relevance'] as const).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`new-evidence-${field}`}>
              {field === 'credibility' ? 'Credibility' : 'Relevance'}
            </label>
            <select
              id={`new-evidence-${field}`}
              className="select--short"
              value={evidence[field]}
              onChange={(e) => setEvidence({ ...evidence, [field]: e.target.value as Level })}
            >
              {LEVELS.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor="new-evidence-type">Type</label>
          <input
            id="new-evidence-type"
            list="evidence-types"
            placeholder="statement, action…"
            value={evidence.type}
            onChange={(e) => setEvidence({ ...evidence, type: e.target.value })}
          />
          <datalist id="evidence-types">
            <option value="statement" />
            <option value="action" />
            <option value="assumption" />
          </datalist>
        </div>
        <div className="field field--date">
          <label htmlFor="new-evidence-date">Date</label>
          <input
            id="new-evidence-date"
            type="date"
            value={evidence.date}
            onChange={(e) => setEvidence({ ...evidence, date: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="new-evidence-link-kind">Linked to</label>
          <select
            id="new-evidence-link-kind"
            className="select--short"
            value={evidence.linkKind}
            onChange={(e) =>
              setEvidence({ ...evidence, linkKind: e.target.value as typeof evidence.linkKind })
            }
          >
            <option value="">nothing</option>
            <option value="statement">statement</option>
            <option value="event">event</option>
            <option value="source">source</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-evidence-link-id">Its id</label>
          <input
            id="new-evidence-link-id"
            value={evidence.linkId}
            disabled={!evidence.linkKind}
            onChange={(e) => setEvidence({ ...evidence, linkId: e.target.value })}
          />
        </div>
        <button type="submit">Add evidence</button>
      </form>
    </section>
  );
};
