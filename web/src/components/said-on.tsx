import type { Statement } from '../api/client.js';
import { describeDateMethod, formatIsoDate } from '../format/dates.js';

/** When a statement was said, at its precision, with how that date was found on hover. */
export const SaidOn = ({
  statement,
}: {
  statement: Pick<Statement, 'saidOn' | 'saidOnMethod'>;
}) => {
  if (statement.saidOn === null) return <span className="date date--unknown">date unknown</span>;
  const method = describeDateMethod(statement.saidOnMethod);
  const assumed = statement.saidOnMethod === 'publication_default';
  return (
    <time
      className={assumed ? 'date date--assumed' : 'date'}
      dateTime={statement.saidOn}
      title={method ?? undefined}
    >
      {formatIsoDate(statement.saidOn)}
    </time>
  );
};
