import { NavLink } from 'react-router';
import { getHealth } from '../api/client.js';
import { useRemote } from '../api/use-remote.js';

const LINKS = [
  { to: '/sources', label: 'Sources' },
  { to: '/statements', label: 'Statements' },
  { to: '/actors', label: 'Actors' },
  { to: '/topics', label: 'Topics' },
  { to: '/commitments', label: 'Commitments' },
  { to: '/review', label: 'Review' },
  { to: '/ach', label: 'ACH' },
  { to: '/forecasts', label: 'Forecasts' },
] as const;

/** The app's top bar. NavLink marks the current section with aria-current="page". */
export const NavBar = () => {
  const health = useRemote('health', getHealth);
  return (
    <header className="top-bar">
      <div className="top-bar__inner">
        <NavLink to="/sources" className="brand">
          Telltale
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-links">
            {LINKS.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} className="nav-link">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {health.status === 'loaded' && (
          <p className="top-bar__health">
            {health.data.sources} sources · {health.data.statements} statements ·{' '}
            {health.data.engine}
          </p>
        )}
      </div>
    </header>
  );
};
