import { describe, expect, it } from 'vitest';
import type { AnalystId, EvidenceId, HypothesisId, RatingValue } from './hypothesis-set.js';
import { currentRatings, type IsoDateTime, type RatingEvent } from './rating-history.js';

const event = (analyst: string, value: RatingValue, at: string): RatingEvent => ({
  analyst: analyst as AnalystId,
  evidence: 'E1' as EvidenceId,
  hypothesis: 'H1' as HypothesisId,
  value,
  at: at as IsoDateTime,
});

describe('currentRatings', () => {
  it('keeps the latest event per analyst and cell', () => {
    const ratings = currentRatings([
      event('ann', 'C', '2024-05-01T10:00:00Z'),
      event('ann', 'I', '2024-05-01T09:00:00Z'), // earlier: superseded already
      event('bob', 'N', '2024-05-01T12:00:00+02:00'), // 10:00Z
      event('ann', 'II', '2024-05-01T12:00:00+02:00'), // 10:00Z, same instant as C: later in history wins
      event('bob', 'CC', '2024-05-01T09:30:00Z'), // earlier than bob's N
    ]);
    expect(ratings).toEqual([
      { analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'II' },
      { analyst: 'bob', evidence: 'E1', hypothesis: 'H1', value: 'N' },
    ]);
  });

  it('keeps the note of the latest event', () => {
    const latest = { ...event('ann', 'I', '2024-05-02T00:00:00Z'), note: 'after the speech' };
    expect(currentRatings([event('ann', 'C', '2024-05-01T00:00:00Z'), latest])).toEqual([
      { analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'I', note: 'after the speech' },
    ]);
  });
});
