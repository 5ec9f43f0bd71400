import type { ForecastQuestion } from '../../core/forecast/forecast-question.js';
import { millisOf } from '../../core/forecast/forecast-timeline.js';

/** Where a question stands: not open yet, taking forecasts, closed awaiting resolution, or ended. */
export const QuestionStatus = {
  Upcoming: 'upcoming',
  Open: 'open',
  Closed: 'closed',
  Resolved: 'resolved',
  Annulled: 'annulled',
} as const;
export type QuestionStatus = (typeof QuestionStatus)[keyof typeof QuestionStatus];

/**
 * A question's status at an instant: its resolution first, else where the instant falls between
 * opens and closes (both inclusive for forecasting).
 *
 * @example questionStatus(question, new Date('2024-05-03T00:00:00Z')) // → 'open'
 */
export const questionStatus = (question: ForecastQuestion, at: Date): QuestionStatus => {
  if (question.resolution.status === 'resolved') return QuestionStatus.Resolved;
  if (question.resolution.status === 'annulled') return QuestionStatus.Annulled;
  const t = at.getTime();
  if (t < millisOf(question.opens)) return QuestionStatus.Upcoming;
  return t <= millisOf(question.closes) ? QuestionStatus.Open : QuestionStatus.Closed;
};
