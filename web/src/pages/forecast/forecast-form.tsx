import { useState, type FormEvent } from 'react';
import { ApiError, isApiError } from '../../api/client.js';
import { addForecast, type Question, type RationaleLink } from '../../api/forecast-client.js';
import { ErrorBanner } from '../../components/error-banner.js';

const LINK_KINDS: ReadonlyArray<RationaleLink['kind']> = [
  'statement',
  'event',
  'source',
  'evidence',
];

/** Percent as typed ("70", "12.5") to a probability; NaN when it is not a number. */
const fromPercent = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text) / 100;

interface ForecastFormProps {
  readonly question: Question;
  readonly analyst: string;
  readonly onAnalyst: (analyst: string) => void;
  readonly onAdded: () => void;
}

/** An analyst's new forecast: a probability (or one per option), a rationale and its links. */
export const ForecastForm = ({ question, analyst, onAnalyst, onAdded }: ForecastFormProps) => {
  const options = question.options ?? [];
  const [yes, setYes] = useState('');
  const [shares, setShares] = useState<Record<string, string>>({});
  const [rationale, setRationale] = useState('');
  const [links, setLinks] = useState<RationaleLink[]>([]);
  const [linkKind, setLinkKind] = useState<RationaleLink['kind']>('statement');
  const [linkId, setLinkId] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const total = options.reduce((sum, o) => sum + (Number(shares[o]) || 0), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const prediction =
      question.type === 'binary'
        ? { p: fromPercent(yes) }
        : {
            probabilities: Object.fromEntries(
              options.map((o) => [o, fromPercent(shares[o] ?? '0') || 0]),
            ),
          };
    if ('p' in prediction && Number.isNaN(prediction.p)) {
      setFailure(new ApiError('CLIENT', 'Give the probability of yes, in percent.', 0));
      return;
    }
    setSaving(true);
    addForecast(question.id, {
      analyst: analyst.trim(),
      ...prediction,
      ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
      ...(links.length > 0 ? { links } : {}),
    })
      .then(() => {
        setFailure(null);
        setYes('');
        setShares({});
        setRationale('');
        setLinks([]);
        onAdded();
      })
      .catch((error: unknown) =>
        setFailure(isApiError(error) ? error : new ApiError('CLIENT', String(error), 0)),
      )
      .finally(() => setSaving(false));
  };

  return (
    <form className="forecast-form" onSubmit={submit} aria-label="New forecast">
      <div className="forecast-form__row">
        <div className="field">
          <label htmlFor="forecast-analyst">Analyst</label>
          <input
            id="forecast-analyst"
            required
            value={analyst}
            onChange={(e) => onAnalyst(e.target.value)}
          />
        </div>
        {question.type === 'binary' ? (
          <div className="field">
            <label htmlFor="forecast-yes">Probability of yes (%)</label>
            <input
              id="forecast-yes"
              type="number"
              min={0}
              max={100}
              step="any"
              required
              value={yes}
              onChange={(e) => setYes(e.target.value)}
            />
          </div>
        ) : (
          options.map((option, i) => (
            <div className="field field--percent" key={option}>
              <label htmlFor={`forecast-option-${i}`}>{option} (%)</label>
              <input
                id={`forecast-option-${i}`}
                type="number"
                min={0}
                max={100}
                step="any"
                value={shares[option] ?? ''}
                onChange={(e) => setShares({ ...shares, [option]: e.target.value })}
              />
            </div>
          ))
        )}
        {question.type === 'multiple_choice' && total > 0 && (
          <p className={`forecast-form__total${Math.abs(total - 100) > 1e-4 ? ' is-off' : ''}`}>
            total {Math.round(total * 10) / 10}%
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="forecast-rationale">Rationale</label>
        <textarea
          id="forecast-rationale"
          rows={2}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      <div className="forecast-form__row">
        <div className="field">
          <label htmlFor="forecast-link-kind">Evidence for it</label>
          <select
            id="forecast-link-kind"
            className="select--short"
            value={linkKind}
            onChange={(e) => setLinkKind(e.target.value as RationaleLink['kind'])}
          >
            {LINK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'evidence' ? 'ACH evidence' : kind}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="forecast-link-id">Its id</label>
          <input id="forecast-link-id" value={linkId} onChange={(e) => setLinkId(e.target.value)} />
        </div>
        <button
          type="button"
          className="button--secondary"
          disabled={!linkId.trim()}
          onClick={() => {
            setLinks([...links, { kind: linkKind, id: linkId.trim() }]);
            setLinkId('');
          }}
        >
          Add link
        </button>
        {links.length > 0 && (
          <ul className="link-list">
            {links.map((l, i) => (
              <li key={`${l.kind}-${l.id}-${i}`}>
                {l.kind} {l.id}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setLinks(links.filter((_, j) => j !== i))}
                >
                  remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {failure && <ErrorBanner error={failure} />}
      <button type="submit" disabled={saving}>
        Save forecast
      </button>
    </form>
  );
};
