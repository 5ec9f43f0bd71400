import { useState } from 'react';
import { ApiError, isApiError } from '../../api/client.js';
import { annulQuestion, resolveQuestion, type Question } from '../../api/forecast-client.js';
import { ErrorBanner } from '../../components/error-banner.js';

/** Resolve a question with its outcome, or annul it. */
export const ResolveActions = ({
  question,
  onDone,
}: {
  readonly question: Question;
  readonly onDone: () => void;
}) => {
  const options = question.options ?? [];
  const [option, setOption] = useState(options[0] ?? '');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const run = (action: Promise<unknown>) =>
    action.then(
      () => {
        setFailure(null);
        onDone();
      },
      (error: unknown) =>
        setFailure(isApiError(error) ? error : new ApiError('CLIENT', String(error), 0)),
    );

  return (
    <div className="resolve-actions" role="group" aria-label="Resolve or annul">
      {question.type === 'binary' ? (
        <>
          <button type="button" onClick={() => void run(resolveQuestion(question.id, true))}>
            Resolve: yes
          </button>
          <button type="button" onClick={() => void run(resolveQuestion(question.id, false))}>
            Resolve: no
          </button>
        </>
      ) : (
        <>
          <label htmlFor="resolve-option" className="visually-hidden">
            Outcome
          </label>
          <select id="resolve-option" value={option} onChange={(e) => setOption(e.target.value)}>
            {options.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
          <button type="button" onClick={() => void run(resolveQuestion(question.id, option))}>
            Resolve
          </button>
        </>
      )}
      <button
        type="button"
        className="button--danger"
        onClick={() => void run(annulQuestion(question.id))}
      >
        Annul
      </button>
      {failure && <ErrorBanner error={failure} />}
    </div>
  );
};
