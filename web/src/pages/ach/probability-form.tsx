import { useState, type FormEvent } from 'react';
import { setProbabilities, type HypothesisSet } from '../../api/ach-client.js';
import { ApiError, isApiError } from '../../api/client.js';
import { ErrorBanner } from '../../components/error-banner.js';

/**
 * The chosen analyst's probability for each hypothesis, in percent. They need not sum to 100:
 * the scores normalise each analyst's probabilities before averaging them.
 */
export const ProbabilityForm = ({
  set,
  analyst,
  onSaved,
}: {
  readonly set: HypothesisSet;
  readonly analyst: string;
  readonly onSaved: () => void;
}) => {
  const given = new Map(
    set.probabilities.filter((p) => p.analyst === analyst).map((p) => [p.hypothesis, p.p]),
  );
  const initial = () =>
    Object.fromEntries(
      set.hypotheses.map((h) => [
        h.id,
        given.has(h.id) ? String(Math.round((given.get(h.id) ?? 0) * 1000) / 10) : '',
      ]),
    );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const probabilities = set.hypotheses.flatMap((h) => {
      const text = values[h.id]?.trim() ?? '';
      return text === '' ? [] : [{ hypothesis: h.id, p: Number(text) / 100 }];
    });
    setProbabilities(set.id, analyst, probabilities).then(
      () => {
        setFailure(null);
        onSaved();
      },
      (error: unknown) =>
        setFailure(isApiError(error) ? error : new ApiError('CLIENT', String(error), 0)),
    );
  };

  return (
    <form className="filters probability-form" onSubmit={submit} aria-label="Probabilities">
      <h3 className="probability-form__title">{analyst}’s probabilities (%)</h3>
      {set.hypotheses.map((h) => (
        <div className="field" key={h.id}>
          <label htmlFor={`probability-${h.id}`} title={h.text}>
            {h.id}
          </label>
          <input
            id={`probability-${h.id}`}
            className="input--percent"
            type="number"
            min={0}
            max={100}
            step="any"
            value={values[h.id] ?? ''}
            onChange={(e) => {
              setValues({ ...values, [h.id]: e.target.value });
            }}
          />
        </div>
      ))}
      <button type="submit">Save probabilities</button>
      {failure && <ErrorBanner error={failure} />}
    </form>
  );
};
