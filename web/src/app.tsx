import { Navigate, Route, Routes } from 'react-router';
import { NavBar } from './components/nav-bar.js';
import { AchListPage } from './pages/ach/ach-list-page.js';
import { AchMatrixPage } from './pages/ach/ach-matrix-page.js';
import { ForecastListPage } from './pages/forecast/forecast-list-page.js';
import { QuestionPage } from './pages/forecast/question-page.js';
import { ActorPage } from './pages/actor-page.js';
import { ActorsPage } from './pages/actors-page.js';
import { CommitmentsPage } from './pages/commitments-page.js';
import { ReviewPage } from './pages/review-page.js';
import { TopicPage } from './pages/topic-page.js';
import { TopicsPage } from './pages/topics-page.js';
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
        <Route path="/actors/:name" element={<ActorPage />} />
        <Route path="/topics" element={<TopicsPage />} />
        <Route path="/topics/:id" element={<TopicPage />} />
        <Route path="/commitments" element={<CommitmentsPage />} />
        <Route path="/review" element={<ReviewPage />} />
        <Route path="/ach" element={<AchListPage />} />
        <Route path="/ach/:id" element={<AchMatrixPage />} />
        <Route path="/forecasts" element={<ForecastListPage />} />
        <Route path="/forecasts/:id" element={<QuestionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </main>
  </>
);
