import { Navigate, Route, Routes } from 'react-router';
import { NavBar } from './components/nav-bar.js';
import { ActorsPage } from './pages/actors-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { SourcesPage } from './pages/sources-page.js';
import { StatementsPage } from './pages/statements-page.js';

/** The workbench: a top bar and one page per route. */
export const App = () => (
  <>
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <NavBar />
    <main id="main" className="main">
      <Routes>
        <Route path="/" element={<Navigate to="/sources" replace />} />
        <Route path="/sources" element={<SourcesPage />} />
        <Route path="/sources/:id" element={<ReaderPage />} />
        <Route path="/statements" element={<StatementsPage />} />
        <Route path="/actors" element={<ActorsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </main>
  </>
);
