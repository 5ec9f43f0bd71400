import { describe, expect, it } from 'vitest';
import { binaryQuestion, forecast } from './forecast-question.test-support.js';
import { leaderboard } from './leaderboard.js';

describe('leaderboard', () => {
  it('ranks analysts by mean Brier over resolved, non-annulled questions', () => {
    const yes = binaryQuestion();
    const no = binaryQuestion({ resolution: { status: 'resolved', outcome: false } });
    const board = leaderboard([
      // yes: ann 0.9 → 0.01, bob 0.6 → 0.16, dan 0.9 → 0.01
      {
        question: yes,
        forecasts: [forecast('ann', 1, 0.9), forecast('bob', 1, 0.6), forecast('dan', 1, 0.9)],
      },
      // no: ann 0.3 → 0.09, bob 0.1 → 0.01, cy 0.2 → 0.04, dan 0.3 → 0.09
      {
        question: no,
        forecasts: [
          forecast('ann', 1, 0.3),
          forecast('bob', 1, 0.1),
          forecast('cy', 1, 0.2),
          forecast('dan', 1, 0.3),
        ],
      },
      // annulled and unresolved: ignored, however bad
      {
        question: binaryQuestion({ resolution: { status: 'annulled' } }),
        forecasts: [forecast('ann', 1, 0)],
      },
      {
        question: binaryQuestion({ resolution: { status: 'unresolved' } }),
        forecasts: [forecast('eve', 1, 0)],
      },
    ]);
    // cy 0.04 (1 question); ann and dan (0.01 + 0.09) / 2 = 0.05, tied; bob (0.16 + 0.01) / 2 = 0.085
    expect(board.map((e) => [e.analyst, e.rank, e.questions])).toEqual([
      ['cy', 1, 1],
      ['ann', 2, 2],
      ['dan', 2, 2],
      ['bob', 4, 2],
    ]);
    expect(board[0]?.meanBrier).toBeCloseTo(0.04, 10);
    expect(board[1]?.meanBrier).toBeCloseTo(0.05, 10);
    expect(board[3]?.meanBrier).toBeCloseTo(0.085, 10);
  });
});
