import { Link, useLocation } from 'react-router';

/** Any path the UI does not know. */
export const NotFoundPage = () => {
  const { pathname } = useLocation();
  return (
    <div className="page">
      <title>Not found — Telltale</title>
      <h1>Nothing here</h1>
      <p>
        There is no page at <code>{pathname}</code>. <Link to="/sources">Go to the sources</Link>.
      </p>
    </div>
  );
};
