import { z } from 'zod';
import {
  scoreTimexes,
  type ScoredTimex,
  type TimexScores,
} from '../../core/evaluation/timex-score.js';
import { isoDateFrom } from '../../core/partial-date.js';
import { findTimeExpressions } from '../../extract/time/find-time-expressions.js';

const timexSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  type: z.string(),
  value: z.string(),
});

/** One gold record of FORMAT.md section 2 (time expressions). */
export const goldTimeRecord = z.object({
  id: z.string(),
  published: z.string().nullable(),
  text: z.string(),
  timexes: z.array(timexSchema),
});
export type GoldTimeRecord = z.infer<typeof goldTimeRecord>;

/** What the extractor found in one gold record, in the gold's own format (FORMAT.md, Predictions). */
export interface TimePrediction {
  readonly id: string;
  readonly timexes: ScoredTimex[];
}

/**
 * Finds the time expressions of each gold record, with its `published` day as the reference
 * date, and scores them against the gold.
 * @example evaluateTime([{ id: 'a', published: '2013-03-20', text: 'On Friday.', timexes: [] }]).predictions[0].timexes[0].value // '2013-03-15'
 */
export const evaluateTime = (
  records: readonly GoldTimeRecord[],
): { scores: TimexScores; predictions: TimePrediction[] } => {
  const predictions = records.map((record): TimePrediction => {
    const published = record.published === null ? null : isoDateFrom(record.published.slice(0, 10));
    const found = findTimeExpressions(record.text, published);
    return {
      id: record.id,
      timexes: found.map(({ start, end, type, value }) => ({ start, end, type, value })),
    };
  });
  const scores = scoreTimexes(
    records.map((record, i) => ({
      gold: record.timexes,
      predicted: predictions[i]?.timexes ?? [],
    })),
  );
  return { scores, predictions };
};
